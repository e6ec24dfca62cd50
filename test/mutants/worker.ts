// One mutant-runner worker thread (test/mutants/run.ts `--workers N`): it loads the
// contract and the selected cases once, then runs the catalogue against each mutant the
// main thread names, one at a time, and answers with the verdict lists. A mutant run is
// one Node thread's work (the runner and the mutant server in process), so N workers use
// N cores; the kill map is the same as in process, only sooner.
import { parentPort, workerData } from 'node:worker_threads';
import { loadContract, Validators } from '../../src/contract/index.ts';
import type { EngineOptions } from '../../src/runner/engine.ts';
import { flattenCases, loadSuites } from '../../src/runner/suites.ts';
import { MUTANTS } from './mutants.ts';
import { runMutant } from './run.ts';

export interface WorkerData {
  caseIds: string[];
  options: Omit<EngineOptions, 'rerun' | 'signal'>;
}
export interface WorkerRequest { mutantId: string }
export type WorkerAnswer =
  | { mutantId: string; killedBy: string[]; viaSetup: string[]; errors: string[]; passed: string[] }
  | { mutantId: string; error: string };

const { caseIds, options } = workerData as WorkerData;
const wanted = new Set(caseIds);
const cases = flattenCases(loadSuites()).filter((c) => wanted.has(c.id));
const validators = new Validators(loadContract());

parentPort!.on('message', ({ mutantId }: WorkerRequest) => {
  const mutant = MUTANTS.find((m) => m.id === mutantId);
  const answer = (a: WorkerAnswer) => parentPort!.postMessage(a);
  if (!mutant) return answer({ mutantId, error: `unknown mutant ${mutantId}` });
  runMutant(mutant, cases, validators, { ...options, rerun: (id) => id }).then(
    (o) => answer({ mutantId, killedBy: o.killedBy, viaSetup: o.viaSetup, errors: o.errors, passed: o.passed }),
    (err: unknown) => answer({ mutantId, error: (err as Error).message }),
  );
});
