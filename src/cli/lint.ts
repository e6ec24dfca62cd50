// `commu-contract lint [--root DIR] [--json]`: lints asyncapi.yaml and openapi.yaml (and
// the shared schemas) with the standard tools and the kit's own rules. Argument parsing
// and rendering only; the rules live in src/contract/lint.ts.
import { resolve } from 'node:path';
import { EXIT } from './main.ts';
import { PACKAGE_ROOT } from '../contract/model.ts';
import { formatFinding, hasSpecs, lintContract, RULES, summarize } from '../contract/lint.ts';

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
  let root = PACKAGE_ROOT;
  let json = false;
  const fail = (message: string) => {
    err.write(`commu-contract lint: ${message}\n\n${lintUsage()}\n`);
    return EXIT.USAGE;
  };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--json') json = true;
    else if (arg === '--help' || arg === '-h') {
      out.write(lintUsage() + '\n');
      return EXIT.OK;
    } else if (arg === '--root' || arg.startsWith('--root=')) {
      const value = arg === '--root' ? args[++i] : arg.slice('--root='.length);
      if (value === undefined || value === '') return fail('--root needs a directory');
      root = resolve(value);
    } else return fail(`unknown option "${arg}"`);
  }
  if (!hasSpecs(root)) return fail(`${root} does not contain asyncapi.yaml and openapi.yaml`);

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
