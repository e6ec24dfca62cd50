// One mutant-runner worker thread (test/mutants/run.ts `--workers N`, `npm run flakes --
// --mutants`): it loads the contract and the selected cases once, then runs the catalogue
// against each mutant the main thread names (or the clean server), one at a time, and
// answers with the verdict lists and each case's verdict signature. A mutant run is one
// Node thread's work (the runner and the mutant server in process), so N workers use N
// cores; the kill map is the same as in process, only sooner.
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
/** `null`: the clean reference server. */
export interface WorkerRequest { mutantId: string | null }
export type WorkerAnswer =
  | { mutantId: string | null; killedBy: string[]; viaSetup: string[]; errors: string[]; passed: string[]; verdicts: Record<string, string> }
  | { mutantId: string | null; error: string };

const { caseIds, options } = workerData as WorkerData;
const wanted = new Set(caseIds);
const cases = flattenCases(loadSuites()).filter((c) => wanted.has(c.id));
const validators = new Validators(loadContract());

parentPort!.on('message', ({ mutantId }: WorkerRequest) => {
  const mutant = mutantId === null ? undefined : MUTANTS.find((m) => m.id === mutantId);
  const answer = (a: WorkerAnswer) => parentPort!.postMessage(a);
  if (mutantId !== null && !mutant) return answer({ mutantId, error: `unknown mutant ${mutantId}` });
  runMutant(mutant, cases, validators, { ...options, rerun: (id) => id }).then(
    (o) => answer({ mutantId, killedBy: o.killedBy, viaSetup: o.viaSetup, errors: o.errors, passed: o.passed, verdicts: o.verdicts }),
    (err: unknown) => answer({ mutantId, error: (err as Error).message }),
  );
});
