// Small helpers every report shares: counts, grouping, the exit-relevant totals.
import { VERDICTS, type CaseResult, type Verdict } from '../runner/model.ts';

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
