// The `disconnect` step: An actor closes its connection.
import type { DisconnectStep } from '../model.ts';
import { actor, type CaseWorld } from '../verify.ts';

export async function disconnectStep(world: CaseWorld, step: DisconnectStep['disconnect']): Promise<void> {
  await actor(world, step.actor).disconnect();
}
