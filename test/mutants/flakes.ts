// `npm run flakes`: the whole catalogue against the clean reference server, 20 times in a
// row at the default concurrency, then once at concurrency 1 and once at 16. Any
// failure, warning or error is a flake (the server is conforming): exit 1, naming it.
//
// `npm run flakes -- --mutants issue13 --repeat 10` (or `--mutants ID,ID,…`, `clean` for
// the clean server): the whole catalogue N times against each of those servers at the
// CLI's defaults (concurrency 4, timeout 2000 ms, the fuzz floor only), in worker threads
// (`--workers`, default 2); every case must get the same verdict and the same failing
// checks in every run of a server. Exit 1 naming each case that changed.
import { parseArgs } from 'node:util';
import { UsageError, wholeNumber } from '../../src/cli/args.ts';
import { loadContract, Validators } from '../../src/contract/index.ts';
import type { EngineOptions } from '../../src/runner/engine.ts';
import { flattenCases, loadSuites } from '../../src/runner/suites.ts';
import { ISSUE_13_MUTANTS, MUTANTS, type Mutant } from './mutants.ts';
import { MutantPool, runMutant } from './run.ts';

const USAGE = `usage: tsx test/mutants/flakes.ts [--repeat N] [--mutants LIST [--workers N]]
  --repeat N     runs per server (default 20 against the clean server, 10 with --mutants)
  --mutants LIST comma-separated mutant ids, \`clean\` for the clean reference server, or
                 \`issue13\` (the clean server and issue 13's ${ISSUE_13_MUTANTS.length} mutants)
  --workers N    worker threads running the catalogue at once (default 2, one per core)
`;

async function cleanRuns(repeat: number): Promise<number> {
  const cases = flattenCases(loadSuites());
  const validators = new Validators(loadContract());
  const base: EngineOptions = { concurrency: 4, timeoutMs: 2000, graceMs: 5, strict: true, maxEventsPerActor: 10_000, rerun: (id) => id };
  const plan = [...Array.from({ length: repeat }, () => base.concurrency), 1, 16];
  let flakes = 0;
  for (const [i, concurrency] of plan.entries()) {
    const t0 = performance.now();
    const o = await runMutant(undefined, cases, validators, { ...base, concurrency });
    const bad = [...o.killedBy, ...o.viaSetup, ...o.errors];
    flakes += bad.length;
    process.stdout.write(`run ${String(i + 1).padStart(2)}/${plan.length} concurrency ${String(concurrency).padStart(2)}: ${o.passed.length}/${cases.length} passed in ${((performance.now() - t0) / 1000).toFixed(2)} s${bad.length ? `; NOT PASSED: ${bad.join(', ')}` : ''}\n`);
  }
  process.stdout.write(flakes === 0 ? `no flakes: ${plan.length} runs × ${cases.length} cases\n` : `${flakes} flaky results\n`);
  return flakes === 0 ? 0 : 1;
}

/** The servers `--mutants` names, in order: `undefined` is the clean server. */
export function serversOf(list: string): Array<Mutant | undefined> {
  const ids = list.split(',').map((s) => s.trim()).filter(Boolean).flatMap((id) => (id === 'issue13' ? ['clean', ...ISSUE_13_MUTANTS] : [id]));
  const unknown = ids.filter((id) => id !== 'clean' && !MUTANTS.some((m) => m.id === id));
  if (unknown.length > 0) throw new UsageError(`unknown mutant ${unknown.join(', ')}`);
  if (ids.length === 0) throw new UsageError('--mutants names no server');
  return [...new Set(ids)].map((id) => (id === 'clean' ? undefined : MUTANTS.find((m) => m.id === id)));
}

/** Cases whose verdict signature differs between runs, each with the signatures seen. */
export function changedCases(runs: ReadonlyArray<Record<string, string>>): Array<[string, string[]]> {
  const seen = new Map<string, Set<string>>();
  for (const run of runs) for (const [id, sig] of Object.entries(run)) seen.set(id, (seen.get(id) ?? new Set()).add(sig));
  // A case missing from a run changed too.
  for (const [id, s] of seen) if (runs.some((r) => !(id in r))) s.add('(not run)');
  return [...seen].filter(([, s]) => s.size > 1).map(([id, s]) => [id, [...s]]);
}

async function mutantRuns(servers: Array<Mutant | undefined>, repeat: number, workers: number): Promise<number> {
  const cases = flattenCases(loadSuites());
  const options: EngineOptions = { concurrency: 4, timeoutMs: 2000, graceMs: 5, strict: false, maxEventsPerActor: 10_000, rerun: (id) => id };
  const pool = new MutantPool(Math.min(workers, servers.length * repeat), cases.map((c) => c.id), options);
  const t0 = performance.now();
  let unstable = 0;
  try {
    // Every run is queued at once, in server order; the pool's idle workers take them in
    // turn (a long server's runs do not hold back the others'). Lines print in server order.
    const runsOf = servers.map((server) => Promise.all(Array.from({ length: repeat }, () => pool.run(server))));
    for (const p of runsOf) p.catch(() => {}); // rejected early, awaited (and thrown) in its turn
    for (const [i, server] of servers.entries()) {
      const outcomes = await runsOf[i]!;
      const changed = changedCases(outcomes.map((o) => o.verdicts));
      unstable += changed.length;
      const notPassing = Object.values(outcomes[0]!.verdicts).filter((v) => !v.startsWith('pass')).length;
      process.stdout.write(`${(server?.id ?? 'clean').padEnd(36)} ${repeat} runs × ${cases.length} cases, ${String(notPassing).padStart(3)} not passing: ${changed.length === 0 ? 'identical verdicts every run' : `CHANGED: ${changed.map(([c, sigs]) => `${c} [${sigs.join(' | ')}]`).join('; ')}`} (${((performance.now() - t0) / 1000).toFixed(0)} s)\n`);
    }
  } finally {
    await pool.close();
  }
  process.stdout.write(`${servers.length} servers × ${repeat} runs × ${cases.length} cases in ${((performance.now() - t0) / 1000).toFixed(0)} s (${workers} workers): ${unstable === 0 ? 'no verdict changed' : `${unstable} cases changed verdict`}\n`);
  return unstable === 0 ? 0 : 1;
}

async function main(): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({ options: { repeat: { type: 'string' }, mutants: { type: 'string' }, workers: { type: 'string' }, help: { type: 'boolean' } } }));
  } catch (err) {
    process.stderr.write(`flakes: ${(err as Error).message}\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  try {
    const repeat = Math.max(1, wholeNumber(values.repeat, '--repeat', values.mutants ? 10 : 20));
    if (values.mutants === undefined) {
      if (values.workers !== undefined) throw new UsageError('--workers needs --mutants');
      return await cleanRuns(repeat);
    }
    return await mutantRuns(serversOf(values.mutants), repeat, Math.max(1, wholeNumber(values.workers, '--workers', 2)));
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    process.stderr.write(`flakes: ${err.message}\n${USAGE}`);
    return 2;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().then((code) => { process.exitCode = code; }, (err: unknown) => {
    process.stderr.write(`flakes: ${(err as Error).message}\n`);
    process.exitCode = 2;
  });
}
