// The console report: live progress while cases run, then the root causes (failures
// grouped by the rule broken, most cases first), a summary per area, the reason of every
// skipped case, then every failure with its requirement, expected vs got (as JSON), the
// frames and the rerun command (a failure shared with other cases only names its root
// cause); baselined failures show as KNOWN, and fixed baseline entries are named. Every
// string from the target (or a suite or baseline file) goes through `visible`, so no
// control character reaches the terminal as such.
import { preview } from '../contract/index.ts';
import type { CaseResult, RootCause, RunResult } from '../runner/model.ts';
import { causeFinder, casesCount, referenceText, rootCauses, splitFailures } from './causes.ts';
import { visible } from './escape.ts';
import { byArea, countStatuses, frameLine as line, GATE_LABEL, gateOf, statusOf, summaryLine, type Gate, type Status } from './summary.ts';

const COLORS: Record<Status, string> = { pass: '32', warn: '33', fail: '31', known: '36', skip: '90', error: '35' };
const GATE_COLORS: Record<Gate, string> = { conforms: COLORS.pass, failed: COLORS.fail, incomplete: COLORS.error };

export interface Writer {
  write(text: string): void;
  isTTY?: boolean;
}

export function paint(text: string, code: string, on: boolean): string {
  return on ? `\u001b[${code}m${text}\u001b[0m` : text;
}

export class ConsoleProgress {
  private done = 0;

  constructor(private readonly out: Writer, private readonly total: number, private readonly color: boolean) {}

  onResult(r: CaseResult): void {
    this.done++;
    const status = statusOf(r);
    const tag = paint(status.toUpperCase().padEnd(5), COLORS[status], this.color);
    if (this.out.isTTY) {
      this.out.write(`\r\u001b[2K[${this.done}/${this.total}] ${tag} ${visible(r.id)}`);
      if (status !== 'pass' && status !== 'skip') this.out.write(`\r\u001b[2K${tag} ${visible(`${r.id}  ${r.title}`)}\n`);
    } else {
      this.out.write(`${tag} ${visible(`${r.id}  ${r.title}`)} (${r.durationMs} ms)\n`);
    }
  }

  end(): void {
    if (this.out.isTTY) this.out.write('\r\u001b[2K');
  }
}

const frameLine = (f: CaseResult['transcript'][number], index: number): string => `      ${visible(line(f, index))}`;

/** Root causes shown on the console; the rest are counted. */
export const CONSOLE_CAUSES = 8;
/** Cases named per root cause on the console. */
const CASES_NAMED = 6;

/** The root causes, most cases first: what failed, how often, where to look. Empty when nothing failed. */
export function renderRootCauses(causes: readonly RootCause[], color = false): string {
  if (causes.length === 0) return '';
  const affected = new Set(causes.flatMap((c) => c.cases)).size;
  const lines = [`${paint('root causes', COLORS.fail, color)} (${causes.length}, across ${casesCount(affected)}):`];
  causes.slice(0, CONSOLE_CAUSES).forEach((cause, i) => {
    const named = cause.cases.slice(0, CASES_NAMED).join(', ') + (cause.cases.length > CASES_NAMED ? `, … (+${cause.cases.length - CASES_NAMED} more)` : '');
    lines.push(visible(`  #${i + 1} ${casesCount(cause.cases.length)} [${cause.level}]: ${oneLine(cause.summary)}`));
    lines.push(visible(`     ${cause.failures} failure${cause.failures === 1 ? '' : 's'}${cause.spec ? ` · spec ${cause.spec}` : ''} · e.g. ${cause.example.case} · cases: ${named}`));
  });
  if (causes.length > CONSOLE_CAUSES) lines.push(`  … ${causes.length - CONSOLE_CAUSES} more root causes (the JSON, Markdown and HTML reports list them all)`);
  return lines.join('\n');
}

export function renderFailures(result: RunResult, color = false, causes: readonly RootCause[] = rootCauses(result.cases)): string {
  const lines: string[] = [];
  const find = causeFinder(causes);
  let compact = false;
  for (const c of result.cases) {
    const status = statusOf(c);
    if (status === 'known') {
      const first = c.failures[0];
      compact = false;
      lines.push('', `${paint('KNOWN', COLORS.known, color)} ${visible(`${c.id} [${c.level}] ${c.title}`)}`, visible(`  baseline: ${c.known!.reason}`));
      if (first) lines.push(visible(`  - [${first.level}] ${first.check}: ${first.message}${c.failures.length > 1 ? ` (+${c.failures.length - 1} more)` : ''}`));
      continue;
    }
    if (status !== 'fail' && status !== 'warn' && status !== 'error') continue;
    const { full, referenced } = splitFailures(c, find);
    const head = `${paint(status.toUpperCase(), COLORS[status], color)} ${visible(`${c.id} [${c.level}] ${c.title}`)}`;
    // Nothing of its own to show: one line that names the root causes (issue 13); such
    // lines follow each other without a blank line.
    if (full.length === 0 && !c.reason) {
      if (!compact) lines.push('');
      lines.push(`${head} — ${visible(referenced.map(referenceText).join('; '))}`);
      compact = true;
      continue;
    }
    compact = false;
    lines.push('', head);
    const detail = (text: string) => lines.push(visible(text));
    detail(`  requirement: ${c.requirement}`);
    detail(`  clauses:     ${c.clauses.join(', ')}`);
    if (c.reason) detail(`  reason:      ${c.reason}`);
    for (const f of full) {
      detail(`  - [${f.level}] ${f.check}: ${f.message}`);
      if (f.expected !== undefined) detail(`      expected: ${preview(f.expected)}`);
      if (f.actual !== undefined) detail(`      got:      ${preview(f.actual)}`);
      if (f.spec) detail(`      spec:     ${f.spec}`);
      if (f.frame !== undefined) {
        const from = Math.max(0, f.frame - 2);
        c.transcript.slice(from, f.frame + 1).forEach((fr, i) => lines.push(frameLine(fr, from + i)));
      }
    }
    for (const r of referenced) detail(`  - ${referenceText(r)}`);
    detail(`  rerun: ${c.rerun}`);
  }
  return lines.join('\n');
}

/** The whole console report after a run: root causes first, then the summary, skips and failures. */
export function renderConsoleReport(result: RunResult, color = false, details = true): string {
  const causes = rootCauses(result.cases);
  const parts = [renderRootCauses(causes, color), renderSummary(result, color)];
  if (details) parts.push(renderSkips(result, color), renderFailures(result, color, causes));
  return parts.filter(Boolean).join('\n');
}

/** One line per skipped case, `id — reason`, under a heading; empty when nothing was skipped. */
export function renderSkips(result: RunResult, color = false): string {
  const skipped = result.cases.filter((c) => c.verdict === 'skip');
  if (skipped.length === 0) return '';
  const width = Math.max(...skipped.map((c) => c.id.length));
  return ['', `${paint('skipped', COLORS.skip, color)} (${skipped.length}):`, ...skipped.map((c) => visible(`  ${c.id.padEnd(width)} — ${oneLine(c.reason ?? '(no reason given)')}`))].join('\n');
}

function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ');
}

export function renderSummary(result: RunResult, color = false): string {
  const withKnown = result.baseline !== undefined;
  const lines: string[] = ['', `area                 pass  warn  fail${withKnown ? ' known' : ''}  skip  error`];
  for (const [area, cases] of byArea(result.cases)) {
    const n = countStatuses(cases);
    const cols = withKnown ? [n.pass, n.warn, n.fail, n.known, n.skip, n.error] : [n.pass, n.warn, n.fail, n.skip, n.error];
    lines.push(`${visible(area).padEnd(20)} ${cols.map((x) => String(x).padStart(5)).join(' ')}`);
  }
  const gate = gateOf(result);
  lines.push('');
  lines.push(`${paint(GATE_LABEL[gate], GATE_COLORS[gate], color)}: ${summaryLine(result)} in ${(result.durationMs / 1000).toFixed(2)} s`);
  lines.push(visible(`target: ${result.target.socketUrl}${result.target.embedded ? ' (embedded reference server)' : ''}; fixtures: ${result.target.fixtures}`));
  const b = result.baseline;
  if (b) {
    lines.push(visible(`baseline: ${b.file}: ${b.known.length} known, ${b.fixed.length} fixed, ${b.notRun.length} not run`));
    for (const f of b.fixed) lines.push(`  ${paint('FIXED', COLORS.pass, color)} ${visible(`${f.id} (${f.verdict} now; baseline: ${f.reason}): remove it from the baseline`)}`);
    for (const f of b.notRun) lines.push(visible(`  not run: ${f.id}${f.verdict ? ` (${f.verdict})` : ' (not selected or not in the catalogue)'}`));
  }
  return lines.join('\n');
}
