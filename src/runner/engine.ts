// Runs cases: a fresh world (or the shared one) per case, its actors, its steps, and a
// verdict. Cases run concurrently in a small pool; a case never ends the run.
import { randomBytes } from 'node:crypto';
import type { Validators } from '../contract/index.ts';
import { CaseContext, CaseError, StepAbort, type RunOptions } from './context.ts';
import { FixturesError, type FixtureProvider, type Fixtures } from './fixtures.ts';
import type { CaseResult, LoadedCase, Verdict } from './model.ts';
import { caseScope, expiredTokenOf, profileOf, signedTokensOf, usersOf, type Profile } from './profile.ts';
import { missingTokens } from './tokens.ts';
import { runStep } from './steps.ts';
import { checkWatch, openActor, type AbsentWatch, type CaseWorld, type Target } from './verify.ts';
import { placeActors, placementRecord } from './placement.ts';

export interface EngineOptions extends RunOptions {
  concurrency: number;
  strict: boolean;
  /** Builds the command line that reruns one case. */
  rerun: (id: string) => string;
  /**
   * Aborted (its reason the signal's name, `SIGINT`) to interrupt the run: no case starts
   * after it, and `runCases` returns at once with the cases that ended; the others are
   * `error` results saying they were interrupted or not run.
   */
  signal?: AbortSignal;
}

/** The result of a case that did not run to its end: verdict `error` with the reason. */
export function notRunResult(c: LoadedCase, reason: string, rerun: string): CaseResult {
  return {
    id: c.id, title: c.title, area: c.area, level: c.level, requirement: c.requirement, clauses: c.clauses,
    verdict: 'error', failures: [], reason, durationMs: 0, transcript: [], rerun,
  };
}

/** A character a word-like token is made of (base64url, a JWT's dots): a token stands whole where none of them touch it. */
const TOKEN = /[\w.~+-]/;

/**
 * Replaces every token of the fixtures by a label, in any value. A token is replaced where
 * it stands whole (`Bearer abc.def`, `"abc.def"`), never inside a longer word: a token
 * `e` must not turn every `e` of a report into a label.
 */
export function redactor(fixtures: Fixtures | undefined, profile?: Profile): (value: unknown) => unknown {
  const secrets = new Map<string, string>();
  if (fixtures && profile) {
    for (const [role, u] of Object.entries(usersOf(profile, fixtures))) if (u) secrets.set(u.token, `«token:${role}»`);
    const expired = expiredTokenOf(profile, fixtures);
    if (expired) secrets.set(expired, '«token:expired»');
    for (const [name, token] of Object.entries(signedTokensOf(profile, fixtures) ?? {})) if (token) secrets.set(token, `«token:${name}»`);
  }
  secrets.delete('');
  if (secrets.size === 0) return (v) => v;
  // Longest first, so that a token that contains another is replaced whole.
  const known = [...secrets.keys()].sort((a, b) => b.length - a.length);
  // Most strings of a transcript (ids, contents, messages) are shorter than any token and
  // carry no JWT: they are returned as they are.
  const shortest = known[known.length - 1]!.length;
  const scrub = (text: string) => {
    if (text.length < shortest && !text.includes('eyJ')) return text;
    const out = replaceWhole(text, known, secrets);
    // Crafted variants (wrong key, alg none, tampered) are not the fixtures' tokens but
    // carry the same claims: mask any JWT-looking value.
    return out.includes('eyJ') ? out.replace(/eyJ[\w-]+\.[\w-]+\.[\w-]*/g, '«jwt»') : out;
  };
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return scrub(v);
    if (Array.isArray(v)) return v.map(walk);
    if (v !== null && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
    return v;
  };
  return walk;
}

/**
 * `text` with each of the `known` secrets (longest first) replaced by its label where it stands whole:
 * what one regular expression of the tokens with look-arounds would do, left to right, the
 * first token in order winning at a position. Found by substring search: an expression of
 * a world's tokens is compiled for each world, which costs more than the whole search.
 */
export function replaceWhole(text: string, known: readonly string[], labels: ReadonlyMap<string, string>): string {
  const whole = (at: number, t: string) => !TOKEN.test(text[at - 1] ?? ' ') && !TOKEN.test(text[at + t.length] ?? ' ');
  const hits: Array<{ at: number; order: number }> = [];
  known.forEach((t, order) => {
    for (let at = text.indexOf(t); at >= 0; at = text.indexOf(t, at + 1)) if (whole(at, t)) hits.push({ at, order });
  });
  if (hits.length === 0) return text;
  hits.sort((x, y) => x.at - y.at || x.order - y.order);
  let out = '';
  let cursor = 0;
  for (const { at, order } of hits) {
    if (at < cursor) continue;
    const t = known[order]!;
    out += text.slice(cursor, at) + labels.get(t)!;
    cursor = at + t.length;
  }
  return out + text.slice(cursor);
}

/**
 * MUST failures fail the case; SHOULD failures warn, and fail it under --strict unless they
 * are the setup's (a setup `join` not acknowledged is the join case's rule, not every case's).
 */
function verdictOf(ctx: CaseContext, strict: boolean): Verdict {
  if (ctx.failures.some((f) => f.level === 'MUST')) return 'fail';
  if (ctx.failures.length === 0) return 'pass';
  return strict && ctx.failures.some((f) => f.phase !== 'setup') ? 'fail' : 'warn';
}

export async function runCase(c: LoadedCase, target: Target, provider: FixtureProvider, validators: Validators, options: EngineOptions): Promise<CaseResult> {
  const base = { id: c.id, title: c.title, area: c.area, level: c.level, requirement: c.requirement, clauses: c.clauses, rerun: options.rerun(c.id) };
  const skip = (reason: string): CaseResult => ({ ...base, verdict: 'skip', failures: [], reason, durationMs: 0, transcript: [] });
  if (c.needs?.includes('fresh-world') && !provider.fresh) return skip('needs a fresh world per case; the fixtures come from a file (use the target\'s fixtures endpoint or --fixtures-cmd)');

  const started = performance.now();
  let fixtures: Fixtures;
  try {
    fixtures = await provider.get();
  } catch (err) {
    if (err instanceof FixturesError && err.stopsRun) throw err;
    return { ...base, verdict: 'error', failures: [], reason: `fixtures: ${(err as Error).message}`, durationMs: Math.round(performance.now() - started), transcript: [] };
  }
  const profile = profileOf(validators.contract);
  if (c.needs?.includes('expired-token') && expiredTokenOf(profile, fixtures) === undefined) return skip(`needs an expired token; the fixtures have no ${profile.fixtures.expired ?? 'expired token'}`);
  const missing = missingTokens(c, signedTokensOf(profile, fixtures));
  if (missing.length > 0) return skip(`needs the fixtures' ${missing.map((t) => `${profile.fixtures.signed}.${t}`).join(', ')} (tokens only the server's key can sign; schemas/${profile.fixtures.shape}.yaml)`);

  const nonce = randomBytes(4).toString('hex');
  const ctx = new CaseContext(validators, options, caseScope(profile, fixtures, nonce), redactor(fixtures, profile));
  const placement = placeActors(c, target.socketUrls?.length ?? 1);
  const world: CaseWorld = { ctx, target, fixtures, profile, actors: new Map(), nonce, ...(placement.size > 0 ? { placement } : {}) };
  const watches: AbsentWatch[] = [];
  let reason: string | undefined;
  let errored = false;
  try {
    ctx.phase = 'setup';
    await Promise.all(Object.entries(c.actors ?? {}).filter(([, spec]) => spec.connect !== false).map(([name, spec]) => openActor(world, name, spec)));
    ctx.phase = 'assertion';
    for (const step of c.steps) await runStep(world, step, watches);
  } catch (err) {
    if (err instanceof StepAbort) {
      // The failure that stopped the case is already recorded.
    } else if (err instanceof CaseError) {
      errored = true;
      reason = err.message;
    } else {
      errored = true;
      reason = `internal error: ${(err as Error).message}`;
    }
  } finally {
    for (const watch of watches) checkWatch(ctx, watch);
    for (const a of world.actors.values()) a.close();
  }
  const verdict: Verdict = errored && !ctx.failures.some((f) => f.level === 'MUST') ? 'error' : verdictOf(ctx, options.strict);
  return {
    ...base,
    verdict,
    failures: ctx.failures,
    ...(reason ? { reason } : {}),
    durationMs: Math.round(performance.now() - started),
    transcript: ctx.transcript,
    ...(placement.size > 0 ? { placement: placementRecord(placement) } : {}),
  };
}

/** Cases run at once: `concurrency`, or 1 when the cases share the provider's one world. */
export function effectiveConcurrency(provider: FixtureProvider, concurrency: number): number {
  return provider.fresh ? Math.max(1, concurrency) : 1;
}

/**
 * Runs `cases` with at most `concurrency` at once (1 when the world is shared); results in
 * catalogue order. A fixtures error that stops the run (FixturesError.stopsRun) is thrown
 * once the cases in flight have ended; no case starts after it.
 */
export async function runCases(
  cases: LoadedCase[], target: Target, provider: FixtureProvider, validators: Validators, options: EngineOptions,
  onResult: (r: CaseResult) => void = () => {},
): Promise<CaseResult[]> {
  const results: CaseResult[] = new Array(cases.length);
  const limit = effectiveConcurrency(provider, options.concurrency);
  // A case that waits for the clock (a token's expiry) is idle for seconds: with fresh
  // worlds it runs beside the pool from the start instead of holding one of its places.
  const beside = limit > 1 ? cases.flatMap((c, i) => (waitsForClock(c) ? [i] : [])) : [];
  const pool = cases.map((_, i) => i).filter((i) => !beside.includes(i));
  const started = new Set<number>();
  let next = 0;
  let stopped: unknown;
  const interrupt = options.signal;
  /** Runs case `i`; false when the run must stop (a fixtures error, an interrupt). */
  const runAt = async (i: number): Promise<boolean> => {
    started.add(i);
    let r: CaseResult;
    try {
      r = await runCase(cases[i]!, target, provider, validators, options);
    } catch (err) {
      stopped ??= err;
      return false;
    }
    // Ended after the interrupt: the reports are already being written without it.
    if (interrupt?.aborted) return false;
    results[i] = r;
    onResult(r);
    return true;
  };
  const worker = async () => {
    while (next < pool.length && stopped === undefined && !interrupt?.aborted) {
      if (!(await runAt(pool[next++]!))) return;
    }
  };
  const interrupted = new Promise<void>((resolve) => {
    if (interrupt?.aborted) resolve();
    interrupt?.addEventListener('abort', () => resolve(), { once: true });
  });
  const workers = Array.from({ length: Math.min(limit, pool.length) }, worker);
  await Promise.race([Promise.all([...beside.map(runAt), ...workers]), interrupted]);
  if (stopped !== undefined) throw stopped;
  if (!interrupt?.aborted) return results;
  // Interrupted: the cases in flight are abandoned (their sockets close with the process).
  const signal = String(interrupt.reason);
  return cases.map((c, i) => results[i] ?? notRunResult(c, started.has(i) ? `interrupted by ${signal} before it ended` : `not run: interrupted by ${signal}`, options.rerun(c.id)));
}

/** Whether a case waits for the clock (`wait` steps): idle time, not work. */
function waitsForClock(c: LoadedCase): boolean {
  return c.steps.some((s) => 'wait' in s);
}

export { FixturesError };
