// The `check` step: Compares values captured earlier (`updatedAt` ≥ `createdAt`).
import { StepAbort } from '../context.ts';
import type { CheckStep } from '../model.ts';
import { interpolate, match } from '../values.ts';
import type { CaseWorld } from '../verify.ts';

export async function checkStep(world: CaseWorld, step: CheckStep['check']): Promise<void> {
  const { ctx } = world;
  const value = interpolate(step.value, ctx.scope);
  const level = step.level ?? 'MUST';
  for (const m of match(interpolate(step.match, ctx.scope), value)) {
    ctx.fail({ level, check: 'value', message: `${JSON.stringify(step.value)} ${m.message}`, expected: m.expected, actual: value });
  }
  if (level === 'MUST' && ctx.failures.some((f) => f.check === 'value')) throw new StepAbort();
}
