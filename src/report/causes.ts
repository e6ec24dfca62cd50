// Root causes: a run's failures grouped by the rule they break and the way they break it
// (the violation's signature), so that one deviation repeated in every frame is reported
// once, with its case count, one example and the cases it affects. Pure, over the result
// model only: every report format and the proxy (live violations as CaseResults) use it.
import type { CaseResult, Failure, Level, RootCause } from '../runner/model.ts';

/** Failures that stand for others (the cap's summary) have no cause of their own. */
const NOT_A_CAUSE = new Set(['more']);

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A message with what differs from case to case abstracted: the case's actor names,
 * ids and other hex runs, numbers. `alice did not receive "new-chat" within 1000 ms` and
 * `b did not receive "new-chat" within 2000 ms` share one signature.
 */
export function normalizeMessage(message: string, actors: readonly string[] = []): string {
  let out = message;
  for (const a of [...actors].sort((x, y) => y.length - x.length)) {
    if (a.length === 0) continue;
    out = out.replace(new RegExp(`(^|[^\\w-])${escapeRegExp(a)}(?![\\w-])`, 'g'), '$1‹actor›');
  }
  return out
    .replace(/\(got [^]*\)$/, '')
    .replace(/\b(?=[0-9a-f]*\d)[0-9a-f]{8,}\b/g, '‹id›')
    .replace(/-?\d+(\.\d+)?/g, 'N')
    .trim();
}

function actorsOf(c: CaseResult): string[] {
  return [...new Set(c.transcript.map((f) => f.actor))];
}

/**
 * The signature of one failure: a schema violation by its schema rule (the same whatever
 * event or response carried the shape); anything else by level, check, spec location and
 * normalised message. Not by phase (D-85): a `join` never acknowledged is one cause whether
 * a case's setup or its own step emitted it.
 */
export function signatureOf(c: CaseResult, f: Failure, actors: readonly string[] = actorsOf(c)): string {
  if (f.check === 'schema' && f.rule) return `schema ${f.rule}`;
  return [f.level, f.check, f.spec ?? '', normalizeMessage(f.message, actors)].join(' | ');
}

interface Group {
  keys: string[];
  phase: RootCause['phase'];
  level: Level;
  check: string;
  rules: string[];
  spec?: string;
  events: Set<string>;
  failures: number;
  cases: string[];
  example: { case: string; failure: Failure };
  /** `case#frame` of every failure, to merge violations that always come together. */
  where: Set<string>;
  /** Cases where it failed the setup, and where one of the case's own steps. */
  inSetup: Set<string>;
  inSteps: Set<string>;
  summary: string;
}

function summaryOf(g: Group): string {
  if (g.check === 'schema' && g.rules.length > 0) {
    const on = g.events.size > 0 ? ` (in ${[...g.events].join(', ')})` : '';
    return `the contract's schema rule ${g.rules.join(' + ')} is broken${on}: ${g.example.failure.message}`;
  }
  const setup = g.phase === 'setup' ? 'setup: ' : '';
  const both = g.inSetup.size > 0 && g.inSteps.size > 0 ? ` (in the setup of ${casesCount(g.inSetup.size)}, in the own steps of ${casesCount(g.inSteps.size)})` : '';
  return `${setup}${g.check}: ${g.example.failure.message}${both}`;
}

/** Cases whose failures a root-cause grouping reads: failing, warning or errored, and not baselined. */
function grouped(c: CaseResult): boolean {
  return !c.known && (c.verdict === 'fail' || c.verdict === 'warn' || c.verdict === 'error');
}

/**
 * The root causes of `cases`, most cases first. Violations found in exactly the same
 * frames of the same cases (a renamed key: the new name is not allowed, the old one
 * missing) are one cause with several rules.
 */
export function rootCauses(cases: readonly CaseResult[]): RootCause[] {
  const groups = new Map<string, Group>();
  const order: Group[] = [];
  for (const c of cases) {
    if (!grouped(c)) continue;
    const actors = actorsOf(c);
    for (const f of c.failures) {
      if (NOT_A_CAUSE.has(f.check)) continue;
      const key = signatureOf(c, f, actors);
      let g = groups.get(key);
      if (!g) {
        g = {
          keys: [key], phase: f.phase ?? 'assertion', level: f.level, check: f.check, rules: f.rule ? [f.rule] : [],
          ...(f.spec ? { spec: f.spec } : {}), events: new Set(), failures: 0, cases: [], example: { case: c.id, failure: f }, where: new Set(), inSetup: new Set(), inSteps: new Set(), summary: '',
        };
        groups.set(key, g);
        order.push(g);
      }
      g.failures++;
      // A cause seen in any case's setup is a setup finding (the cases it blocked refer to it).
      if (f.phase === 'setup') {
        g.phase = 'setup';
        g.inSetup.add(c.id);
      } else {
        g.inSteps.add(c.id);
      }
      if (f.level === 'MUST') g.level = 'MUST';
      if (g.cases[g.cases.length - 1] !== c.id) g.cases.push(c.id);
      const event = f.frame !== undefined ? c.transcript[f.frame]?.event : undefined;
      if (event) g.events.add(event);
      g.where.add(f.frame !== undefined ? `${c.id}#${f.frame}` : `${c.id}#${key}`);
    }
  }
  // Merge schema groups that always occur together, frame for frame.
  const merged: Group[] = [];
  for (const g of order) {
    const twin = g.check === 'schema' ? merged.find((m) => m.check === 'schema' && m.where.size === g.where.size && [...g.where].every((w) => m.where.has(w))) : undefined;
    if (!twin) {
      merged.push(g);
      continue;
    }
    twin.keys.push(...g.keys);
    twin.rules.push(...g.rules);
    twin.failures += g.failures;
    if (g.level === 'MUST') twin.level = 'MUST';
  }
  return merged
    .map((g, i) => ({ g, i }))
    .sort((a, b) => b.g.cases.length - a.g.cases.length || b.g.failures - a.g.failures || a.i - b.i)
    .map(({ g }) => ({
      key: g.keys.join(' + '),
      summary: summaryOf(g),
      phase: g.phase,
      level: g.level,
      check: g.check,
      ...(g.rules.length > 0 ? { rule: g.rules.join(' + ') } : {}),
      ...(g.spec ? { spec: g.spec } : {}),
      events: [...g.events],
      failures: g.failures,
      cases: g.cases,
      example: g.example,
    }));
}

/**
 * Looks up the root cause of a case's failure: its index in `causes` (1-based, as reports
 * number them) and the cause itself; `undefined` for failures no cause stands for.
 */
export function causeFinder(causes: readonly RootCause[]): (c: CaseResult, f: Failure) => { n: number; cause: RootCause } | undefined {
  const byKey = new Map<string, { n: number; cause: RootCause }>();
  causes.forEach((cause, i) => {
    for (const key of cause.check === 'schema' ? cause.key.split(' + ') : [cause.key]) byKey.set(key, { n: i + 1, cause });
  });
  return (c, f) => (NOT_A_CAUSE.has(f.check) ? undefined : byKey.get(signatureOf(c, f)));
}

/**
 * Whether a report shows a failure of a case in full, or as a reference to its root cause:
 * the example of its cause, and any cause that affects this case only, are shown in full.
 */
export function shownInFull(c: CaseResult, f: Failure, found: { cause: RootCause } | undefined): boolean {
  const e = found?.cause.example;
  return found === undefined || found.cause.cases.length === 1 || (e!.case === c.id && e!.failure.message === f.message && e!.failure.frame === f.frame);
}

/**
 * A case's failures as a report shows them: those in full, and per shared root cause how
 * many it stands for (`setup`: all of them were in the case's setup, which they blocked).
 */
export interface CaseFailures {
  full: Failure[];
  referenced: Array<{ n: number; cause: RootCause; count: number; setup: boolean }>;
}

export function splitFailures(c: CaseResult, find: ReturnType<typeof causeFinder>): CaseFailures {
  const full: Failure[] = [];
  const referenced = new Map<number, CaseFailures['referenced'][number]>();
  for (const f of c.failures) {
    const found = find(c, f);
    if (!found || shownInFull(c, f, found)) {
      full.push(f);
      continue;
    }
    const seen = referenced.get(found.n);
    const setup = f.phase === 'setup';
    if (seen) {
      seen.count++;
      seen.setup &&= setup;
    } else {
      referenced.set(found.n, { ...found, count: 1, setup });
    }
  }
  return { full, referenced: [...referenced.values()] };
}

/** `blocked by a setup failure: root cause #1 (211 cases, shown under BAD-NEW-001)` or `3 failures: root cause #2 (…)`. */
export function referenceText(r: CaseFailures['referenced'][number]): string {
  const what = r.setup ? 'blocked by a setup failure' : `${r.count} failure${r.count === 1 ? '' : 's'}`;
  return `${what}: root cause #${r.n} (${casesCount(r.cause.cases.length)}, shown under ${r.cause.example.case})`;
}

/** `N cases` / `1 case`. */
export function casesCount(n: number): string {
  return `${n} case${n === 1 ? '' : 's'}`;
}
