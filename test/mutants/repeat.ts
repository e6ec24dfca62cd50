// The default gate's determinism: the whole catalogue, `--repeat N` times (default 10), at
// the CLI's defaults (concurrency 4, floor-only fuzz), against the clean reference server
// and each `--mutant ID`. Prints per server whether every run gave every case the same
// verdict (and the same failing checks), naming the cases that changed. Exit 1 if any did.
//   npx tsx test/mutants/repeat.ts --mutant clean --mutant chat-acked-twice --repeat 10
import { parseArgs } from 'node:util';
import { loadContract, Validators } from '../../src/contract/index.ts';
import { runCases, type EngineOptions } from '../../src/runner/engine.ts';
import { endpointProvider } from '../../src/runner/fixtures.ts';
import { flattenCases, loadSuites } from '../../src/runner/suites.ts';
import type { CaseResult } from '../../src/runner/model.ts';
import { startServer } from '../../src/server/index.ts';
import { MUTANTS } from './mutants.ts';

/** What must not change between runs of an unchanged server: the verdict and which checks failed. */
function signature(r: CaseResult): string {
  return `${r.verdict} ${[...new Set(r.failures.map((f) => `${f.level}:${f.check}`))].sort().join(',')}`;
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { mutant: { type: 'string', multiple: true }, repeat: { type: 'string' } } });
  const repeat = Number(values.repeat ?? 10);
  const ids = values.mutant ?? ['clean'];
  const cases = flattenCases(loadSuites());
  const validators = new Validators(loadContract());
  const options: EngineOptions = { concurrency: 4, timeoutMs: 2000, graceMs: 5, strict: false, maxEventsPerActor: 10_000, rerun: (id) => id };
  let unstable = 0;
  for (const id of ids) {
    const mutant = id === 'clean' ? undefined : MUTANTS.find((m) => m.id === id);
    if (id !== 'clean' && !mutant) throw new Error(`unknown mutant ${id}`);
    const server = await startServer({ testMode: true, log: () => {}, contract: validators.contract, ...(mutant ? { instrument: (parts) => mutant.apply(parts) } : {}) });
    const seen = new Map<string, Set<string>>();
    let failing = 0;
    try {
      for (let i = 0; i < repeat; i++) {
        const results = await runCases(cases, { socketUrl: server.socketUrl, apiUrl: server.apiUrl }, endpointProvider(server.apiUrl, validators, options.timeoutMs), validators, options);
        failing = results.filter((r) => r.verdict !== 'pass').length;
        for (const r of results) {
          const s = seen.get(r.id) ?? new Set<string>();
          s.add(signature(r));
          seen.set(r.id, s);
        }
      }
    } finally {
      await server.close();
    }
    const changed = [...seen].filter(([, s]) => s.size > 1);
    unstable += changed.length;
    process.stdout.write(`${id}: ${repeat} runs × ${cases.length} cases, ${failing} not passing; ${changed.length === 0 ? 'identical verdicts every run' : `CHANGED: ${changed.map(([c, s]) => `${c} [${[...s].join(' | ')}]`).join('; ')}`}\n`);
  }
  return unstable === 0 ? 0 : 1;
}

main().then((code) => { process.exitCode = code; }, (err: unknown) => {
  process.stderr.write(`repeat: ${(err as Error).message}\n`);
  process.exitCode = 2;
});
