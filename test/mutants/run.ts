// `npm run mutants`: the whole catalogue against every mutant server. Prints a table
// (mutant, rule broken, cases that caught it) and `mutation score: K/N killed`; exits 1
// when a mutant survives, naming the rule nobody checks, or when a case is vacuous (no
// mutant makes it fail). See USAGE below, or `tsx test/mutants/run.ts --help`.
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { isMainThread, Worker } from 'node:worker_threads';
import { UsageError, wholeNumber } from '../../src/cli/args.ts';
import { loadContract, Validators } from '../../src/contract/index.ts';
import { runCases, type EngineOptions } from '../../src/runner/engine.ts';
import { endpointProvider } from '../../src/runner/fixtures.ts';
import { flattenCases, globToRegExp, loadSuites } from '../../src/runner/suites.ts';
import type { CaseResult, LoadedCase } from '../../src/runner/model.ts';
import { startServer } from '../../src/server/index.ts';
import { CHECKED_BY_THE_KIT, loadDecisions } from '../../src/runner/clauses.ts';
import { MUTANTS, type Mutant } from './mutants.ts';
import { renderTraceability } from './traceability.ts';
import type { WorkerAnswer } from './worker.ts';

/**
 * The fuzz seed of mutant runs: fixed, so a run's kill table (and docs/traceability.md)
 * is the same every time. The fuzz payload counts are the cases' own (fixed) `runs`.
 */
export const DEFAULT_SEED = 20240607;

const USAGE = `usage: tsx test/mutants/run.ts [options]
  Runs the catalogue against the clean reference server (which must pass it), then
  against every mutant server; prints mutant, rule broken and the cases that caught it,
  and last \`mutation score: K/N killed\`. Exit 1 when a mutant survives or a case is
  vacuous (caught failing by no mutant run), 2 on bad usage.
  --case GLOB           only these cases (repeatable; * matches anything)
  --exclude-case GLOB   leave these cases out (repeatable; to prove a surviving mutant
                        fails the command)
  --mutant ID           only these mutants (repeatable)
  --check-vacuous       report the selected cases no selected mutant catches, and fail
                        (on by default when every mutant runs; off with --mutant)
  --seed N              the fuzz seed (default ${DEFAULT_SEED}: the same payloads every run)
  --fuzz-runs N         payloads per fuzz case (default: each case's own \`runs\`)
  --concurrency N       cases at once per server (default 8)
  --workers N           mutant runs at once, each in its own worker thread (default 2,
                        one per core; 1 runs them in this thread); the table is printed in
                        mutant order whatever finishes first
  --json FILE           write { mutant: { rule, killedBy, viaSetup } } (killedBy: by the
                        case's own rule; viaSetup: failed only in setup, not a kill)
  --traceability FILE   write docs/traceability.md from this run (every mutant, every case)
  --help                this text
`;

/**
 * Cases no mutant can make fail, each with the reason. Reviewed: keep it short. Every
 * other case must be caught failing by at least one mutant, or it is vacuous.
 */
export const UNKILLABLE: Readonly<Record<string, string>> = {};

export interface MutantOutcome {
  mutant: Mutant;
  /** Cases that failed or warned against the mutant through their own assertions (by own rule). */
  killedBy: string[];
  /** Cases that failed or warned only in their setup (actors connecting or joining): not kills. */
  viaSetup: string[];
  /** Cases the kit could not run against it. */
  errors: string[];
}

/**
 * Whether a result counts as a kill by the case's own rule: it failed or warned, and at
 * least one failure came from its own steps, not from its setup (connecting and joining
 * its `actors:`), which every case shares.
 */
export function killedByOwnRule(r: Pick<CaseResult, 'verdict' | 'failures'>): boolean {
  return (r.verdict === 'fail' || r.verdict === 'warn') && r.failures.some((f) => f.phase !== 'setup');
}

/** The results of `cases` against the reference server, changed by `mutant` when given. */
export async function runAgainst(mutant: Mutant | undefined, cases: LoadedCase[], validators: Validators, options: EngineOptions): Promise<CaseResult[]> {
  const server = await startServer({ testMode: true, log: () => {}, contract: validators.contract, ...(mutant ? { instrument: (parts) => mutant.apply(parts) } : {}) });
  try {
    const target = { socketUrl: server.socketUrl, apiUrl: server.apiUrl };
    return await runCases(cases, target, endpointProvider(server.apiUrl, validators, options.timeoutMs), validators, options);
  } finally {
    await server.close();
  }
}

/** What must not change between runs of an unchanged server: a case's verdict and which checks failed, at which level. */
export function verdictSignature(r: Pick<CaseResult, 'verdict' | 'failures'>): string {
  return `${r.verdict} ${[...new Set(r.failures.map((f) => `${f.level}:${f.check}`))].sort().join(',')}`;
}

/** A mutant run's outcome, with each case's `verdictSignature` (`npm run flakes -- --mutants`). */
export type RunOutcome = MutantOutcome & { passed: string[]; verdicts: Record<string, string> };

export async function runMutant(mutant: Mutant | undefined, cases: LoadedCase[], validators: Validators, options: EngineOptions): Promise<RunOutcome> {
  const results = await runAgainst(mutant, cases, validators, options);
  return {
    verdicts: Object.fromEntries(results.map((r) => [r.id, verdictSignature(r)])),
    mutant: mutant ?? CLEAN,
    killedBy: results.filter(killedByOwnRule).map((r) => r.id),
    viaSetup: results.filter((r) => (r.verdict === 'fail' || r.verdict === 'warn') && !killedByOwnRule(r)).map((r) => r.id),
    errors: results.filter((r) => r.verdict === 'error').map((r) => r.id),
    passed: results.filter((r) => r.verdict === 'pass').map((r) => r.id),
  };
}

/** Which of `cases` no outcome caught failing by its own rule, leaving out the reviewed UNKILLABLE ones. */
export function vacuousCases(cases: readonly LoadedCase[], outcomes: readonly MutantOutcome[]): string[] {
  const caught = new Set(outcomes.flatMap((o) => o.killedBy));
  return cases.filter((c) => !(c.id in UNKILLABLE) && !caught.has(c.id)).map((c) => c.id);
}

/**
 * `run(item)` for every item, at most `width` at once, yielded in the items' order: the
 * output of a parallel run reads exactly like a sequential one.
 */
export async function* inOrder<T, R>(items: readonly T[], width: number, run: (item: T) => Promise<R>): AsyncGenerator<R> {
  const started: Promise<R>[] = [];
  let yielded = 0;
  const startMore = (): void => {
    while (started.length < items.length && started.length - yielded < width) {
      const p = run(items[started.length]!);
      p.catch(() => {}); // rejected early, awaited (and thrown) in its turn
      started.push(p);
    }
  };
  startMore();
  while (yielded < items.length) {
    const r = await started[yielded]!;
    yielded++;
    startMore();
    yield r;
  }
}

/** The clean reference server, where an outcome names a mutant. */
const CLEAN: Mutant = { id: '(clean)', rule: '', apply: () => {} };

/** Worker threads that each run the catalogue against one mutant (or the clean server) at a time (worker.ts). */
export class MutantPool {
  private readonly idle: Worker[] = [];
  private readonly all: Worker[] = [];
  private readonly waiting: Array<(w: Worker) => void> = [];

  constructor(size: number, caseIds: string[], options: EngineOptions) {
    const { rerun: _rerun, signal: _signal, ...plain } = options;
    for (let i = 0; i < size; i++) {
      const w = new Worker(new URL('./worker-entry.mjs', import.meta.url), { workerData: { caseIds, options: plain } });
      this.all.push(w);
      this.idle.push(w);
    }
  }

  private acquire(): Promise<Worker> {
    const w = this.idle.pop();
    return w ? Promise.resolve(w) : new Promise((resolve) => this.waiting.push(resolve));
  }

  private release(w: Worker): void {
    const next = this.waiting.shift();
    if (next) next(w);
    else this.idle.push(w);
  }

  async run(mutant: Mutant | undefined): Promise<RunOutcome> {
    const w = await this.acquire();
    try {
      const answer = await new Promise<WorkerAnswer>((resolve, reject) => {
        const done = () => { w.off('message', onMessage); w.off('error', onError); w.off('exit', onExit); };
        const onMessage = (a: WorkerAnswer) => { done(); resolve(a); };
        const onError = (err: Error) => { done(); reject(err); };
        const onExit = (code: number) => { done(); reject(new Error(`the worker running ${mutant?.id ?? 'the clean server'} exited (code ${code})`)); };
        w.on('message', onMessage);
        w.on('error', onError);
        w.on('exit', onExit);
        w.postMessage({ mutantId: mutant?.id ?? null });
      });
      if ('error' in answer) throw new Error(`${mutant?.id ?? 'clean'}: ${answer.error}`);
      return { mutant: mutant ?? CLEAN, killedBy: answer.killedBy, viaSetup: answer.viaSetup, errors: answer.errors, passed: answer.passed, verdicts: answer.verdicts };
    } finally {
      this.release(w);
    }
  }

  async close(): Promise<void> {
    await Promise.all(this.all.map((w) => w.terminate()));
  }
}

async function main(): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        case: { type: 'string', multiple: true },
        'exclude-case': { type: 'string', multiple: true },
        mutant: { type: 'string', multiple: true },
        'check-vacuous': { type: 'boolean' },
        seed: { type: 'string' },
        'fuzz-runs': { type: 'string' },
        json: { type: 'string' },
        traceability: { type: 'string' },
        concurrency: { type: 'string' },
        workers: { type: 'string' },
        help: { type: 'boolean' },
      },
    }));
  } catch (err) {
    process.stderr.write(`mutants: ${(err as Error).message}\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const only = (values.case ?? []).map(globToRegExp);
  const exclude = (values['exclude-case'] ?? []).map(globToRegExp);
  const cases = flattenCases(loadSuites()).filter((c) => (only.length === 0 || only.some((re) => re.test(c.id))) && !exclude.some((re) => re.test(c.id)));
  const mutants = values.mutant ? MUTANTS.filter((m) => values.mutant!.includes(m.id)) : MUTANTS;
  const unknown = (values.mutant ?? []).filter((id) => !MUTANTS.some((m) => m.id === id));
  if (unknown.length > 0) {
    process.stderr.write(`mutants: unknown mutant ${unknown.join(', ')}\n`);
    return 2;
  }
  if (cases.length === 0) {
    process.stderr.write('mutants: no case selected\n');
    return 2;
  }
  if (values.traceability && (values.mutant || values.case || values['exclude-case'])) {
    process.stderr.write('mutants: --traceability maps the whole catalogue to every mutant; it takes no --case, --exclude-case or --mutant\n');
    return 2;
  }
  let concurrency: number, workers: number, fuzzSeed: number, fuzzRuns: number | undefined;
  try {
    concurrency = wholeNumber(values.concurrency, '--concurrency', 8);
    workers = Math.max(1, wholeNumber(values.workers, '--workers', 2));
    fuzzSeed = wholeNumber(values.seed, '--seed', DEFAULT_SEED);
    fuzzRuns = values['fuzz-runs'] === undefined ? undefined : wholeNumber(values['fuzz-runs'], '--fuzz-runs', 0);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    process.stderr.write(`mutants: ${err.message}\n`);
    return 2;
  }
  // Vacuous cases are judged against every mutant; a subset of mutants checks them only when asked.
  const checkVacuous = values['check-vacuous'] ?? !values.mutant;
  const validators = new Validators(loadContract());
  const options: EngineOptions = {
    concurrency: Math.max(1, concurrency), timeoutMs: 1000, graceMs: 5, strict: false, maxEventsPerActor: 10_000,
    fuzzSeed, ...(fuzzRuns !== undefined ? { fuzzRuns } : {}),
    rerun: (id) => id,
  };

  const t0 = performance.now();
  const clean = await runMutant(undefined, cases, validators, options);
  if (clean.killedBy.length > 0 || clean.viaSetup.length > 0 || clean.errors.length > 0) {
    process.stderr.write(`mutants: the clean reference server does not pass the catalogue (${[...clean.killedBy, ...clean.viaSetup, ...clean.errors].join(', ')}); fix that first\n`);
    return 1;
  }

  const outcomes: MutantOutcome[] = [];
  const width = Math.max(...mutants.map((m) => m.id.length));
  const ruleWidth = Math.max(...mutants.map((m) => m.rule.length));
  process.stdout.write(`${'mutant'.padEnd(width)}  ${'rule broken'.padEnd(ruleWidth)}  caught by (own rule)\n`);
  const pool = workers > 1 ? new MutantPool(Math.min(workers, mutants.length), cases.map((c) => c.id), options) : undefined;
  const runOne = (mutant: Mutant) => (pool ? pool.run(mutant) : runMutant(mutant, cases, validators, options));
  try {
  for await (const o of inOrder(mutants, workers, runOne)) {
    outcomes.push(o);
    const mutant = o.mutant;
    const setup = o.viaSetup.length > 0 ? ` (+${o.viaSetup.length} failing only in setup, not counted)` : '';
    const caught = o.killedBy.length === 0 ? `SURVIVED${setup}` : `${o.killedBy.length} case(s): ${o.killedBy.slice(0, 4).join(', ')}${o.killedBy.length > 4 ? ', …' : ''}${setup}`;
    process.stdout.write(`${mutant.id.padEnd(width)}  ${mutant.rule.padEnd(ruleWidth)}  ${caught}\n`);
  }
  } finally {
    await pool?.close();
  }
  // No vacuous cases: each case run must fail against one of the mutants run.
  const vacuous = checkVacuous ? vacuousCases(cases, outcomes) : [];
  if (values.json) writeFileSync(values.json, JSON.stringify(Object.fromEntries(outcomes.map((o) => [o.mutant.id, { rule: o.mutant.rule, killedBy: o.killedBy, viaSetup: o.viaSetup }])), null, 2) + '\n');
  const survivors = outcomes.filter((o) => o.killedBy.length === 0);
  process.stdout.write(`\n${cases.length} cases × ${mutants.length} mutants in ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
  for (const s of survivors) process.stdout.write(`SURVIVED ${s.mutant.id}: no case checks "${s.mutant.rule}"\n`);
  if (values.traceability) {
    const kills = Object.fromEntries(outcomes.map((o) => [o.mutant.id, { rule: o.mutant.rule, killedBy: o.killedBy, viaSetup: o.viaSetup }]));
    writeFileSync(values.traceability, renderTraceability(loadDecisions(), cases, kills, CHECKED_BY_THE_KIT, UNKILLABLE));
    process.stdout.write(`wrote ${values.traceability}\n`);
  }
  const onlySetup = new Set(outcomes.flatMap((o) => o.viaSetup));
  for (const id of vacuous) {
    const why = onlySetup.has(id) ? ' by its own rule (some mutants break its setup only)' : '';
    process.stdout.write(`VACUOUS ${id}: no mutant makes it fail${why} (add a mutant that breaks its rule, or list it in UNKILLABLE with the reason)\n`);
  }
  if (checkVacuous && vacuous.length === 0) process.stdout.write(`every case is killed by its own rule (${cases.length - Object.keys(UNKILLABLE).filter((id) => cases.some((c) => c.id === id)).length} cases)\n`);
  process.stdout.write(`mutation score: ${outcomes.length - survivors.length}/${outcomes.length} killed\n`);
  return survivors.length > 0 || vacuous.length > 0 ? 1 : 0;
}

// A worker thread imports this module too (for runMutant), with the same argv: never main there.
if (isMainThread && import.meta.url === `file://${process.argv[1]}`) {
  main().then((code) => { process.exitCode = code; }, (err: unknown) => {
    process.stderr.write(`mutants: ${(err as Error).message}\n`);
    process.exitCode = 2;
  });
}
