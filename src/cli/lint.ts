// `commu-contract lint [--root DIR] [--json]`: lints asyncapi.yaml and openapi.yaml (and
// the shared schemas) with the standard tools and the kit's own rules. Argument parsing
// and rendering only; the rules live in src/contract/lint.ts.
import { resolve } from 'node:path';
import { EXIT } from './exit.ts';
import { parseFlags, UsageError } from './flags.ts';
import { PACKAGE_ROOT } from '../contract/model.ts';
import { formatFinding, hasSpecs, lintContract, RULES, summarize } from '../contract/lint.ts';

/** The standard validators lint runs (development dependencies of the kit). */
const LINT_TOOLS = ['@asyncapi/parser', '@redocly/openapi-core'] as const;
const LINT_TOOL_RANGES: Record<(typeof LINT_TOOLS)[number], string> = { '@asyncapi/parser': '^3.6.6', '@redocly/openapi-core': '^2.64.0' };

function resolvable(pkg: string): boolean {
  try {
    import.meta.resolve(pkg);
    return true;
  } catch {
    return false;
  }
}

interface Writer {
  write(text: string): unknown;
}

export function lintUsage(): string {
  const width = Math.max(...Object.keys(RULES).map((r) => r.length));
  return [
    'usage: commu-contract lint [--root DIR] [--json]',
    '',
    'Validates asyncapi.yaml with the AsyncAPI parser, openapi.yaml with Redocly, then the',
    'kit\'s own rules. Prints one line per finding: file#/json/pointer  rule-id  message.',
    '',
    'options:',
    '  --root DIR  lint the specs in DIR (default: the package root)',
    '  --json      print the findings as one JSON document',
    '  -h, --help  this help',
    '',
    'own rules (tool findings are asyncapi/<code> and redocly/<rule>):',
    ...Object.entries(RULES).map(([id, text]) => `  ${id.padEnd(width)}  ${text}`),
    '',
    'Exit codes: 0 no findings, 1 findings, 2 usage error.',
  ].join('\n');
}

export async function lint(args: string[], out: Writer = process.stdout, err: Writer = process.stderr): Promise<number> {
  const fail = (message: string) => {
    err.write(`commu-contract lint: ${message}; see \`commu-contract lint --help\`\n`);
    return EXIT.USAGE;
  };
  let values;
  try {
    ({ values } = parseFlags(args, { root: { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } }));
  } catch (e) {
    if (e instanceof UsageError) return fail(e.message);
    throw e;
  }
  if (values.help) {
    out.write(lintUsage() + '\n');
    return EXIT.OK;
  }
  if (values.root === '') return fail('--root needs a directory');
  const root = values.root === undefined ? PACKAGE_ROOT : resolve(values.root);
  const json = values.json === true;
  if (!hasSpecs(root)) return fail(`${root} does not contain asyncapi.yaml and openapi.yaml`);
  // The standard validators are not dependencies of the installed kit (they weigh more
  // than the kit): a missing one is a usage error saying what to install, not a finding.
  const missing = LINT_TOOLS.filter((pkg) => !resolvable(pkg));
  if (missing.length > 0) {
    err.write(`commu-contract lint: needs ${missing.join(' and ')} (not installed with the kit): run \`npm install --save-dev ${LINT_TOOLS.map((p) => `${p}@${LINT_TOOL_RANGES[p]}`).join(' ')}\` beside it\n`);
    return EXIT.USAGE;
  }

  let findings;
  try {
    findings = await lintContract(root);
  } catch (e) {
    // lintContract turns bad input into findings; reaching this is a bug of the linter.
    err.write(`commu-contract lint: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
    return EXIT.FAILURES;
  }
  if (json) {
    out.write(JSON.stringify({ root, ok: findings.length === 0, findings, summary: summarize(findings) }, null, 2) + '\n');
  } else {
    for (const f of findings) out.write(formatFinding(f) + '\n');
    out.write(summarize(findings) + '\n');
  }
  return findings.length === 0 ? EXIT.OK : EXIT.FAILURES;
}
