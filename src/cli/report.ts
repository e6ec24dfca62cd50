// `commu-contract report`: renders reports from JSON reports written by `run`, later and
// elsewhere: the matrix of several implementations, or the other formats of one run
// (optionally through a baseline). Argument parsing and wiring only.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createAjv } from '../contract/validate.ts';
import { applyBaseline, BaselineError, parseBaseline } from '../report/baseline.ts';
import { buildMatrix, renderMatrixHtml, renderMatrixMarkdown, type Implementation } from '../report/matrix.ts';
import { gateOf } from '../report/summary.ts';
import { FILE_FORMATS, scrub, writeReports, type FileFormat } from '../report/write.ts';
import type { RunResult } from '../runner/model.ts';
import { commandArgs } from './args.ts';
import { EXIT } from './exit.ts';

export const REPORT_HELP = `usage: commu-contract report --matrix FILE FILE… [options]
       commu-contract report FILE [options]

With --matrix: renders implementations × cases from the JSON reports of several runs
(reports/conformance.json of each server) as matrix.md and matrix.html: which server
passes what. Without: renders the other formats of one JSON report again.

options
  --matrix             the positional files are one run each, one column each
  --names LIST         column names, comma-separated (default: each file's directory or name)
  --report-dir DIR     where to write (default reports/)
  --format LIST        matrix: markdown,html (default both);
                       one report: json,junit,markdown,html (default all but json)
  --baseline FILE      one report: apply a baseline of known failures (YAML or JSON list of { id, reason })

exit codes
  0  written (one report: no failures outside the baseline)
  1  one report: failures outside the baseline
  2  usage error, unreadable file or a file that is not a commu-contract JSON report
  3  one report: the run had errors (incomplete)
`;

const SCHEMA_FILE = fileURLToPath(new URL('../report/report.schema.json', import.meta.url));

class ReportError extends Error {}

function fail(message: string): number {
  process.stderr.write(`commu-contract report: ${message}\n`);
  return EXIT.USAGE;
}

/** Reads and validates a JSON report against src/report/report.schema.json. */
export function loadReport(file: string, validate: (doc: unknown) => string[]): RunResult {
  let doc: unknown;
  try {
    doc = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new ReportError(`cannot read ${file} as JSON: ${(err as Error).message}`);
  }
  const problems = validate(doc);
  if (problems.length > 0) throw new ReportError(`${file} is not a commu-contract JSON report (src/report/report.schema.json): ${problems.slice(0, 3).join('; ')}`);
  return doc as RunResult;
}

export function reportValidator(): (doc: unknown) => string[] {
  const check = createAjv().compile(JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')) as object);
  return (doc) => (check(doc) ? [] : (check.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}`));
}

/** A column name for a report file: its directory for `…/conformance.json`, else its name. */
export function defaultName(file: string): string {
  const base = basename(file).replace(/\.json$/i, '');
  return base === 'conformance' ? basename(dirname(resolve(file))) : base;
}

export async function report(argv: string[]): Promise<number> {
  const parsed = commandArgs('report', argv, {
    matrix: { type: 'boolean' },
    names: { type: 'string' },
    'report-dir': { type: 'string' },
    format: { type: 'string' },
    baseline: { type: 'string' },
  }, REPORT_HELP, { positionals: true });
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  if (positionals.length === 0) return fail(`no report given\n\n${REPORT_HELP}`);
  const dir = resolve(values['report-dir'] ?? 'reports');
  const formats = values.format?.split(',').map((f) => f.trim()).filter(Boolean);
  const validate = reportValidator();

  if (values.matrix) {
    if (values.baseline) return fail('--baseline applies to one report, not to --matrix');
    const allowed = ['markdown', 'html'];
    const chosen = formats ?? allowed;
    const bad = chosen.find((f) => !allowed.includes(f));
    if (bad) return fail(`unknown --format "${bad}" for --matrix (one of ${allowed.join(', ')})`);
    const names = values.names ? values.names.split(',').map((n) => n.trim()) : positionals.map(defaultName);
    if (names.length !== positionals.length) return fail(`--names has ${names.length} names for ${positionals.length} files`);
    if (new Set(names).size !== names.length) return fail(`column names must differ (${names.join(', ')}); pass --names`);
    let impls: Implementation[];
    try {
      impls = positionals.map((file, i) => ({ name: names[i]!, result: scrub(loadReport(file, validate)) }));
    } catch (err) {
      if (err instanceof ReportError) return fail(err.message);
      throw err;
    }
    const m = buildMatrix(impls);
    mkdirSync(dir, { recursive: true });
    const written: string[] = [];
    if (chosen.includes('markdown')) {
      writeFileSync(join(dir, 'matrix.md'), renderMatrixMarkdown(m));
      written.push(join(dir, 'matrix.md'));
    }
    if (chosen.includes('html')) {
      writeFileSync(join(dir, 'matrix.html'), renderMatrixHtml(m));
      written.push(join(dir, 'matrix.html'));
    }
    process.stdout.write(`${m.implementations.length} implementations × ${m.rows.length} cases, ${m.rows.filter((r) => r.differs).length} differ\nreports: ${written.join(', ')}\n`);
    return EXIT.OK;
  }

  if (positionals.length > 1) return fail('one report at a time without --matrix');
  const chosen = formats ?? FILE_FORMATS.filter((f) => f !== 'json');
  const bad = chosen.find((f) => !(FILE_FORMATS as readonly string[]).includes(f));
  if (bad) return fail(`unknown --format "${bad}" (one of ${FILE_FORMATS.join(', ')})`);
  let result: RunResult;
  try {
    result = scrub(loadReport(positionals[0]!, validate));
  } catch (err) {
    if (err instanceof ReportError) return fail(err.message);
    throw err;
  }
  if (values.baseline) {
    if (!existsSync(values.baseline)) return fail(`cannot read the baseline ${values.baseline}`);
    try {
      result = applyBaseline(result, parseBaseline(readFileSync(values.baseline, 'utf8'), values.baseline), values.baseline).result;
    } catch (err) {
      if (err instanceof BaselineError) return fail(`malformed baseline: ${err.message}`);
      throw err;
    }
  }
  const written = writeReports(result, chosen as FileFormat[], dir);
  process.stdout.write(`reports: ${written.join(', ')}\n`);
  const gate = gateOf(result);
  return gate === 'failed' ? EXIT.FAILURES : gate === 'incomplete' ? EXIT.TARGET : EXIT.OK;
}
