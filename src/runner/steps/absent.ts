// The `absent` step: Listed actors received no matching event since the last action (the ordering barrier proves it).
import type { AbsentStep } from '../model.ts';
import { interpolate } from '../values.ts';
import { type AbsentWatch, actor, barrier, type CaseWorld, watchedBarrier } from '../verify.ts';

/**
 * Proves that none of `actors` received `event` since the action: a barrier that travels
 * the server's broadcast path after the action's ack must reach each of them first.
 */
export async function absentStep(world: CaseWorld, step: AbsentStep['absent'], watches: AbsentWatch[]): Promise<void> {
  const { ctx } = world;
  const since = ctx.actionMark;
  const wanted = step.match === undefined ? undefined : interpolate(step.match, ctx.scope);
  const listeners = step.actors.map((n) => actor(world, n));
  // Watching starts before the barrier: what arrives is reported even if the barrier fails.
  const watched = listeners.map((l): AbsentWatch => ({ actor: l, event: step.event, wanted, since, reported: new Set() }));
  watches.push(...watched);
  await watchedBarrier(world, watched, listeners, step.via);
}
