// `npm run flakes`: the whole catalogue against the clean reference server, 20 times in a
// row at the default concurrency, then once at concurrency 1 and once at 16. Any
// failure, warning or error is a flake (the server is conforming): exit 1, naming it.
import { parseArgs } from 'node:util';
import { loadContract, Validators } from '../../src/contract/index.ts';
import type { EngineOptions } from '../../src/runner/engine.ts';
import { flattenCases, loadSuites } from '../../src/runner/suites.ts';
import { runMutant } from './run.ts';

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { repeat: { type: 'string' } } });
  const repeat = Number(values.repeat ?? 20);
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

main().then((code) => { process.exitCode = code; }, (err: unknown) => {
  process.stderr.write(`flakes: ${(err as Error).message}\n`);
  process.exitCode = 2;
});
