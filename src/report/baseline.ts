// A baseline of known failures: a list of `{ id, reason }` a team keeps while its server
// does not pass everything yet. Pure functions over the result model; the CLI reads and
// writes the file.
import { yaml } from '../lib/yaml.ts';
import type { BaselineOutcome, CaseResult, RunResult } from '../runner/model.ts';
import { countVerdicts } from './summary.ts';

export interface BaselineEntry {
  id: string;
  reason: string;
}

export class BaselineError extends Error {}

/** Reads a baseline document (YAML or JSON): a list of `{ id, reason }`, or `{ known: [...] }`. */
export function parseBaseline(text: string, file: string): BaselineEntry[] {
  let doc: unknown;
  try {
    doc = yaml().parse(text);
  } catch (err) {
    throw new BaselineError(`${file} is not YAML or JSON: ${(err as Error).message.split('\n')[0]}`);
  }
  if (doc === null || doc === undefined) return [];
  const list = doc !== null && typeof doc === 'object' && !Array.isArray(doc) && 'known' in doc ? (doc as { known: unknown }).known : doc;
  if (!Array.isArray(list)) throw new BaselineError(`${file} must be a list of { id, reason } entries`);
  const seen = new Set<string>();
  return list.map((entry, i) => {
    const where = `${file}: entry ${i + 1}`;
    if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) throw new BaselineError(`${where} must be an object { id, reason }`);
    const { id, reason, ...rest } = entry as Record<string, unknown>;
    if (typeof id !== 'string' || !/^[A-Z]+(-[A-Z]+)*-[0-9]{3}$/.test(id)) throw new BaselineError(`${where}: id must be a case id like CHAT-MOD-003, got ${JSON.stringify(id)}`);
    if (typeof reason !== 'string' || reason.trim() === '') throw new BaselineError(`${where} (${id}): reason must be a non-empty string`);
    const extra = Object.keys(rest);
    if (extra.length > 0) throw new BaselineError(`${where} (${id}): unknown field ${extra.map((k) => `"${k}"`).join(', ')} (only id and reason)`);
    if (seen.has(id)) throw new BaselineError(`${where}: ${id} is listed twice`);
    seen.add(id);
    return { id, reason: reason.trim() };
  });
}

export interface BaselineApplied {
  /** The result with `known` set on baselined failures and `baseline` describing the outcome. */
  result: RunResult;
  /** Failures not in the baseline: these fail the gate. */
  newFailures: string[];
  known: string[];
  fixed: BaselineOutcome['fixed'];
  notRun: BaselineOutcome['notRun'];
}

/** Marks one case known when the baseline lists it and it failed (for live progress). */
export function markKnown(c: CaseResult, baseline: readonly BaselineEntry[]): CaseResult {
  if (c.verdict !== 'fail') return c;
  const entry = baseline.find((e) => e.id === c.id);
  return entry ? { ...c, known: { reason: entry.reason } } : c;
}

/**
 * Applies a baseline to a run. A listed case that failed becomes known (its verdict stays
 * `fail`, the gate ignores it); a listed case that ran and did not fail is reported as
 * fixed; a listed case that was not run, was skipped or errored is `notRun`. Errors are
 * never baselined: they mean the run was incomplete, not that the server deviates.
 */
export function applyBaseline(result: RunResult, baseline: readonly BaselineEntry[], file: string): BaselineApplied {
  const byId = new Map(result.cases.map((c) => [c.id, c]));
  const listed = new Map(baseline.map((e) => [e.id, e]));
  const cases = result.cases.map((c): CaseResult => {
    const entry = listed.get(c.id);
    if (c.verdict === 'fail' && entry) return { ...c, known: { reason: entry.reason } };
    const { known: _drop, ...rest } = c;
    return rest;
  });
  const known: string[] = [];
  const fixed: BaselineOutcome['fixed'] = [];
  const notRun: BaselineOutcome['notRun'] = [];
  for (const e of baseline) {
    const c = byId.get(e.id);
    if (!c) notRun.push({ id: e.id, reason: e.reason });
    else if (c.verdict === 'fail') known.push(e.id);
    else if (c.verdict === 'pass' || c.verdict === 'warn') fixed.push({ id: e.id, reason: e.reason, verdict: c.verdict });
    else notRun.push({ id: e.id, reason: e.reason, verdict: c.verdict });
  }
  const newFailures = cases.filter((c) => c.verdict === 'fail' && !c.known).map((c) => c.id);
  return {
    result: { ...result, cases, summary: countVerdicts(cases), baseline: { file, known, fixed, notRun } },
    newFailures,
    known,
    fixed,
    notRun,
  };
}

/**
 * The baseline that makes this run pass: every failing case, keeping the reasons of
 * entries that still fail and the entries of cases this run did not execute (a partial
 * run must not forget them); fixed entries are dropped.
 */
export function updatedBaseline(result: RunResult, previous: readonly BaselineEntry[]): BaselineEntry[] {
  const ran = new Map(result.cases.map((c) => [c.id, c]));
  const old = new Map(previous.map((e) => [e.id, e]));
  const out: BaselineEntry[] = [];
  for (const e of previous) {
    const c = ran.get(e.id);
    if (!c || c.verdict === 'skip' || c.verdict === 'error' || c.verdict === 'fail') out.push(e);
  }
  for (const c of result.cases) {
    if (c.verdict !== 'fail' || old.has(c.id)) continue;
    const first = c.failures.find((f) => f.level === 'MUST') ?? c.failures[0];
    out.push({ id: c.id, reason: `TODO: explain. Failing: ${first ? `${first.check}: ${first.message}` : c.requirement}`.replace(/\s+/g, ' ').slice(0, 300) });
  }
  return out;
}

/** Serialises a baseline as JSON (for `.json` files) or YAML (anything else). */
export function serializeBaseline(entries: readonly BaselineEntry[], file: string): string {
  if (/\.json$/i.test(file)) return JSON.stringify(entries, null, 2) + '\n';
  const header = '# Known conformance failures: commu-contract run --baseline <this file> reports them as\n# known and does not fail on them. Each entry needs a reason; remove an entry once it passes.\n';
  return header + (entries.length === 0 ? '[]\n' : yaml().stringify(entries.map((e) => ({ id: e.id, reason: e.reason })), { lineWidth: 0 }));
}
