// The step registry: one entry per step kind, with the actors a step of that kind names
// (checked when a suite loads), whether it is an action (absence is judged from the last
// action) and how it runs (its module in src/runner/steps/, over the shared verifiers of
// src/runner/verify.ts). A kind's format is its fragment beside its module,
// src/runner/steps/<kind>.schema.yaml (assembled by src/runner/suite-schema.ts, D-80),
// and its types are generated from it (generated/suite.d.ts): `StepKind` is the fragments'
// names, so a fragment without an entry here, or an entry without a fragment, does not
// compile. A new kind is one module, its fragment, `npm run generate`, and one entry here.
// `fuzz` loads its module (and fast-check) on first use: most runs never fuzz before their
// first case, and start-up is measured (bench/).
import { CaseError } from './context.ts';
import type { Step, StepKind } from './model.ts';
import { absentStep } from './steps/absent.ts';
import { burstStep } from './steps/burst.ts';
import { checkStep } from './steps/check.ts';
import { connectStep } from './steps/connect.ts';
import { disconnectStep } from './steps/disconnect.ts';
import { emitStep } from './steps/emit.ts';
import { expectStep } from './steps/expect.ts';
import { httpStep } from './steps/http.ts';
import { orderStep } from './steps/order.ts';
import { waitStep } from './steps/wait.ts';
import type { AbsentWatch, CaseWorld } from './verify.ts';

/** The body of a step of kind `K` (`{ emit: X }` → X). */
type Body<K extends StepKind> = Extract<Step, Record<K, unknown>>[K];

interface StepKindDef<K extends StepKind> {
  /** The actors a step names (each must be declared or connected by an earlier step). */
  actors(body: Body<K>): string[];
  /** An action: what follows is judged from it (absence since the last action). */
  action: boolean;
  run(world: CaseWorld, body: Body<K>, watches: AbsentWatch[]): Promise<void>;
}

export const STEP_KINDS: { [K in StepKind]: StepKindDef<K> } = {
  connect: { actors: () => [], action: true, run: (w, s) => connectStep(w, s) },
  emit: { actors: (s) => [s.actor], action: true, run: (w, s) => emitStep(w, s) },
  http: { actors: () => [], action: true, run: (w, s) => httpStep(w, s) },
  burst: { actors: (s) => s.actors, action: true, run: (w, s) => burstStep(w, s) },
  disconnect: { actors: (s) => [s.actor], action: true, run: (w, s) => disconnectStep(w, s) },
  fuzz: { actors: (s) => [s.actor, ...(s.writer ? [s.writer] : []), ...(s.listeners ?? []), ...(s.watch ?? [])], action: true, run: async (w, s) => (await import('./steps/fuzz.ts')).fuzzStep(w, s) },
  expect: { actors: (s) => [s.actor], action: false, run: (w, s, watches) => expectStep(w, s, watches) },
  absent: { actors: (s) => [...s.actors, ...(s.via === 'self' ? [] : [s.via.actor])], action: false, run: (w, s, watches) => absentStep(w, s, watches) },
  order: { actors: (s) => [s.actor], action: false, run: (w, s) => orderStep(w, s) },
  wait: { actors: () => [], action: false, run: (w, s) => waitStep(w, s) },
  check: { actors: () => [], action: false, run: (w, s) => checkStep(w, s) },
};

/** The kind of a step: its one key. */
export function stepKind(step: Step): string {
  return Object.keys(step)[0] ?? '';
}

function definition(step: Step): { def: StepKindDef<StepKind>; body: never } | undefined {
  const kind = stepKind(step);
  if (!Object.hasOwn(STEP_KINDS, kind)) return undefined;
  return { def: STEP_KINDS[kind as StepKind] as unknown as StepKindDef<StepKind>, body: (step as unknown as Record<string, never>)[kind]! };
}

/** The actors a step names. */
export function stepActors(step: Step): string[] {
  const found = definition(step);
  return found ? found.def.actors(found.body) : [];
}

export async function runStep(world: CaseWorld, step: Step, watches: AbsentWatch[]): Promise<void> {
  const found = definition(step);
  if (!found) throw new CaseError(`unknown step ${Object.keys(step).join(',')}`);
  if (found.def.action) world.ctx.actionMark = world.ctx.transcript.length;
  return found.def.run(world, found.body, watches);
}
