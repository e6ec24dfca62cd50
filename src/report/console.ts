// The console report: live progress while cases run, then a summary per area, then
// every failure with its requirement, expected vs got, the frames and the rerun command.
import type { CaseResult, Frame, RunResult, Verdict } from '../runner/model.ts';
import { byArea, countVerdicts, formatValue } from './summary.ts';

const COLORS: Record<Verdict, string> = { pass: '32', warn: '33', fail: '31', skip: '90', error: '35' };

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
    const tag = paint(r.verdict.toUpperCase().padEnd(5), COLORS[r.verdict], this.color);
    if (this.out.isTTY) {
      this.out.write(`\r\u001b[2K[${this.done}/${this.total}] ${tag} ${r.id}`);
      if (r.verdict === 'fail' || r.verdict === 'error' || r.verdict === 'warn') this.out.write(`\r\u001b[2K${tag} ${r.id}  ${r.title}\n`);
    } else {
      this.out.write(`${tag} ${r.id}  ${r.title} (${r.durationMs} ms)\n`);
    }
  }

  end(): void {
    if (this.out.isTTY) this.out.write('\r\u001b[2K');
  }
}

function frameLine(f: Frame, index: number): string {
  const arrow = f.dir === 'out' ? '→' : '←';
  const what = f.event ? `${f.kind} ${f.event}` : f.kind;
  const data = f.data === undefined ? '' : ` ${formatValue(f.data, 200)}`;
  return `      #${index} +${f.t}ms ${f.actor} ${arrow} ${what}${data}`;
}

export function renderFailures(result: RunResult, color = false): string {
  const lines: string[] = [];
  for (const c of result.cases) {
    if (c.verdict !== 'fail' && c.verdict !== 'warn' && c.verdict !== 'error') continue;
    lines.push('');
    lines.push(`${paint(c.verdict.toUpperCase(), COLORS[c.verdict], color)} ${c.id} [${c.level}] ${c.title}`);
    lines.push(`  requirement: ${c.requirement}`);
    lines.push(`  clauses:     ${c.clauses.join(', ')}`);
    if (c.reason) lines.push(`  reason:      ${c.reason}`);
    for (const f of c.failures) {
      lines.push(`  - [${f.level}] ${f.check}: ${f.message}`);
      if (f.expected !== undefined) lines.push(`      expected: ${formatValue(f.expected)}`);
      if (f.actual !== undefined) lines.push(`      got:      ${formatValue(f.actual)}`);
      if (f.spec) lines.push(`      spec:     ${f.spec}`);
      if (f.frame !== undefined) {
        const from = Math.max(0, f.frame - 2);
        c.transcript.slice(from, f.frame + 1).forEach((fr, i) => lines.push(frameLine(fr, from + i)));
      }
    }
    lines.push(`  rerun: ${c.rerun}`);
  }
  return lines.join('\n');
}

export function renderSummary(result: RunResult, color = false): string {
  const lines: string[] = ['', 'area                 pass  warn  fail  skip  error'];
  for (const [area, cases] of byArea(result.cases)) {
    const n = countVerdicts(cases);
    lines.push(`${area.padEnd(20)} ${[n.pass, n.warn, n.fail, n.skip, n.error].map((x) => String(x).padStart(5)).join(' ')}`);
  }
  const s = result.summary;
  const total = result.cases.length;
  const verdict = s.fail > 0 ? paint('FAILED', COLORS.fail, color) : s.error > 0 ? paint('INCOMPLETE', COLORS.error, color) : paint('CONFORMS', COLORS.pass, color);
  lines.push('');
  lines.push(`${verdict}: ${total} cases, ${s.pass} passed, ${s.warn} warnings, ${s.fail} failed, ${s.skip} skipped, ${s.error} errors in ${(result.durationMs / 1000).toFixed(2)} s`);
  lines.push(`target: ${result.target.socketUrl}${result.target.embedded ? ' (embedded reference server)' : ''}; fixtures: ${result.target.fixtures}`);
  return lines.join('\n');
}
