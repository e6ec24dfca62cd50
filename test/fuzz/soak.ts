// Soak: the reference server under the whole fuzz area, round after round, in one
// process, with the heap measured after a full GC between rounds. It must pass every
// round and its heap must not keep growing (the store's rows are data, not a leak: they
// live in SQLite, outside the JS heap, and are reported apart as RSS).
//   node --expose-gc --import tsx test/fuzz/soak.ts [--rounds 5] [--runs 2000] [--seed S]
// Exits 1 on a failing case or a heap that grew more than --max-growth MB (default 32)
// from the first measured round to the last.
import { parseArgs } from 'node:util';
import { loadContract, Validators } from '../../src/contract/index.ts';
import { runCases, type EngineOptions } from '../../src/runner/engine.ts';
import { endpointProvider } from '../../src/runner/fixtures.ts';
import { flattenCases, loadSuites } from '../../src/runner/suites.ts';
import { startServer } from '../../src/server/index.ts';

export interface SoakRound {
  round: number;
  payloads: number;
  ms: number;
  heapMB: number;
  rssMB: number;
  failed: string[];
}

const mb = (n: number) => Math.round((n / 1024 / 1024) * 10) / 10;

function measure(): { heap: number; rss: number } {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) {
    gc();
    gc();
  }
  const m = process.memoryUsage();
  return { heap: m.heapUsed, rss: m.rss };
}

export async function soak(rounds: number, runs: number, seed: number, onRound: (r: SoakRound) => void = () => {}): Promise<SoakRound[]> {
  const validators = new Validators(loadContract());
  const cases = flattenCases(loadSuites()).filter((c) => c.area === 'fuzz');
  const server = await startServer({ testMode: true, log: () => {}, contract: validators.contract });
  const out: SoakRound[] = [];
  try {
    const target = { socketUrl: server.socketUrl, apiUrl: server.apiUrl };
    for (let round = 1; round <= rounds; round++) {
      const options: EngineOptions = {
        concurrency: 4, timeoutMs: 2000, graceMs: 0, strict: false, maxEventsPerActor: 10_000,
        fuzzRuns: runs, fuzzSeed: seed + round, rerun: (id) => id,
      };
      const t0 = performance.now();
      const results = await runCases(cases, target, endpointProvider(server.apiUrl, validators, 2000), validators, options);
      const ms = Math.round(performance.now() - t0);
      const { heap, rss } = measure();
      const r: SoakRound = { round, payloads: runs * cases.length, ms, heapMB: mb(heap), rssMB: mb(rss), failed: results.filter((x) => x.verdict !== 'pass').map((x) => `${x.id} ${x.verdict}: ${x.failures[0]?.message ?? x.reason ?? ''}`) };
      out.push(r);
      onRound(r);
    }
  } finally {
    await server.close();
  }
  return out;
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { rounds: { type: 'string' }, runs: { type: 'string' }, seed: { type: 'string' }, 'max-growth': { type: 'string' } } });
  const rounds = Number(values.rounds ?? 5);
  const runs = Number(values.runs ?? 2000);
  const seed = Number(values.seed ?? 1);
  const maxGrowth = Number(values['max-growth'] ?? 32);
  if (!(globalThis as { gc?: unknown }).gc) process.stderr.write('soak: run with node --expose-gc for exact heap figures\n');
  process.stdout.write(`soak: ${rounds} rounds × ${runs} payloads per fuzz case, seeds ${seed + 1}..${seed + rounds}\nround  payloads      ms  heap MB  rss MB\n`);
  const t0 = performance.now();
  const results = await soak(rounds, runs, seed, (r) => {
    process.stdout.write(`${String(r.round).padStart(5)}  ${String(r.payloads).padStart(8)}  ${String(r.ms).padStart(6)}  ${String(r.heapMB).padStart(7)}  ${String(r.rssMB).padStart(6)}\n`);
    for (const f of r.failed) process.stdout.write(`  FAILED ${f}\n`);
  });
  const failed = results.some((r) => r.failed.length > 0);
  // The first round warms everything up (compiled validators, arbitraries, JIT).
  const growth = results.length > 1 ? results.at(-1)!.heapMB - results[0]!.heapMB : 0;
  process.stdout.write(`${results.reduce((n, r) => n + r.payloads, 0)} payloads in ${((performance.now() - t0) / 1000).toFixed(1)} s; heap growth from round 1 to ${results.length}: ${growth.toFixed(1)} MB (limit ${maxGrowth})\n`);
  return failed || growth > maxGrowth ? 1 : 0;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().then((code) => { process.exitCode = code; }, (err: unknown) => {
    process.stderr.write(`soak: ${(err as Error).message}\n`);
    process.exitCode = 2;
  });
}
