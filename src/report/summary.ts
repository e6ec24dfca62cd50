// Small helpers every report shares: counts, grouping, the gate (exit-relevant totals),
// one-line renderings of values and frames.
import { VERDICTS, type CaseResult, type Frame, type Level, type RunResult, type Verdict } from '../runner/model.ts';

export function countVerdicts(cases: readonly CaseResult[]): Record<Verdict, number> {
  const counts = Object.fromEntries(VERDICTS.map((v) => [v, 0])) as Record<Verdict, number>;
  for (const c of cases) counts[c.verdict]++;
  return counts;
}

export function byArea(cases: readonly CaseResult[]): Map<string, CaseResult[]> {
  const out = new Map<string, CaseResult[]>();
  for (const c of cases) {
    const list = out.get(c.area) ?? [];
    list.push(c);
    out.set(c.area, list);
  }
  return out;
}

export function formatValue(value: unknown, max = 400): string {
  let text: string;
  try {
    text = typeof value === 'string' ? value : JSON.stringify(value);
  } catch {
    text = String(value);
  }
  if (text === undefined) text = 'undefined';
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** What a report shows for a case: its verdict, or `known` for a baselined failure. */
export type Status = Verdict | 'known';
export const STATUSES: readonly Status[] = ['pass', 'warn', 'fail', 'known', 'skip', 'error'];

export function statusOf(c: CaseResult): Status {
  return c.verdict === 'fail' && c.known ? 'known' : c.verdict;
}

export function countStatuses(cases: readonly CaseResult[]): Record<Status, number> {
  const counts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
  for (const c of cases) counts[statusOf(c)]++;
  return counts;
}

/** Cases grouped by area, then level (MUST before SHOULD), in catalogue order. */
export function byAreaLevel(cases: readonly CaseResult[]): Array<{ area: string; level: Level; cases: CaseResult[] }> {
  const out: Array<{ area: string; level: Level; cases: CaseResult[] }> = [];
  for (const [area, list] of byArea(cases)) {
    for (const level of ['MUST', 'SHOULD'] as const) {
      const at = list.filter((c) => c.level === level);
      if (at.length > 0) out.push({ area, level, cases: at });
    }
  }
  return out;
}

export type Gate = 'conforms' | 'failed' | 'incomplete';

/** The verdict of the whole run: failures not in the baseline fail it; errors leave it incomplete. */
export function gateOf(result: RunResult): Gate {
  const n = countStatuses(result.cases);
  if (n.fail > 0) return 'failed';
  if (n.error > 0) return 'incomplete';
  return 'conforms';
}

export const GATE_LABEL: Record<Gate, string> = { conforms: 'CONFORMS', failed: 'FAILED', incomplete: 'INCOMPLETE' };

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** `82 cases: 80 passed, 1 warning, …` with only the non-zero extras. */
export function summaryLine(result: RunResult): string {
  const n = countStatuses(result.cases);
  const parts = [`${n.pass} passed`, count(n.warn, 'warning'), `${n.fail} failed`];
  if (n.known > 0) parts.push(`${n.known} known (baseline)`);
  parts.push(`${n.skip} skipped`, count(n.error, 'error'));
  return `${count(result.cases.length, 'case')}: ${parts.join(', ')}`;
}

/** Compact JSON of a frame's data or a failure value, for one line of text. */
export function compact(value: unknown, max = 400): string {
  return value === undefined ? '' : formatValue(value, max);
}

/** One transcript line: `#3 +12.5ms a → emit chat {…}`. */
export function frameLine(f: Frame, index: number, max = 200): string {
  const arrow = f.dir === 'out' ? '→' : '←';
  const what = f.event ? `${f.kind} ${f.event}` : f.kind;
  const data = f.data === undefined ? '' : ` ${formatValue(f.data, max)}`;
  return `#${index} +${f.t}ms ${f.actor} ${arrow} ${what}${data}`;
}
