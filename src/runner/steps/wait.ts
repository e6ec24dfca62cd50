// The `wait` step: Waits until a fixtures token has expired (the one wait for the clock, D-49).
import { CaseError } from '../context.ts';
import type { WaitStep } from '../model.ts';
import { signedTokensOf } from '../profile.ts';
import { expiresAt } from '../tokens.ts';
import { actor, type CaseWorld } from '../verify.ts';

/** Waits until a fixtures token has expired: its `exp`, plus one second for the claim's resolution and clock skew. */
export async function waitStep(world: CaseWorld, step: WaitStep['wait']): Promise<void> {
  const token = signedTokensOf(world.profile, world.fixtures)?.[step.tokenExpires];
  const at = token === undefined ? undefined : expiresAt(token);
  if (at === undefined) throw new CaseError(`the fixtures' tokens.${step.tokenExpires} has no numeric exp to wait for`);
  const ms = at + 1000 - Date.now();
  world.ctx.record({ actor: '', dir: 'out', kind: 'note', data: { wait: `until tokens.${step.tokenExpires} has expired (${Math.max(0, ms)} ms)` } });
  if (ms > 0) await new Promise((resolve) => setTimeout(resolve, ms));
}
