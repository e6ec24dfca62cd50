// The `order` step: An actor receives a channel's writes in write order.
import type { Received } from '../actor.ts';
import { StepAbort } from '../context.ts';
import type { OrderStep } from '../model.ts';
import { getPath } from '../values.ts';
import { actor, type CaseWorld, channelId } from '../verify.ts';

export async function orderStep(world: CaseWorld, step: OrderStep['order']): Promise<void> {
  const { ctx } = world;
  const a = actor(world, step.actor);
  const channel = channelId(world, step.channel);
  const { channelField, idField } = world.profile.write;
  const ofChannel = (r: Received) => r.event === step.event && getPath(r.payload, channelField) === channel;
  const enough = () => a.received.filter(ofChannel).length >= step.count;
  if (!enough()) await a.waitFor(enough, ctx.options.timeoutMs);
  const got = a.received.filter(ofChannel);
  got.forEach((r) => (r.consumed = true));
  if (got.length < step.count) {
    ctx.fail({ check: 'order', message: `${step.actor} received ${got.length} "${step.event}" of ${step.channel}, expected ${step.count}`, expected: step.count, actual: got.length });
    throw new StepAbort();
  }
  const ids = got.map((r) => getPath(r.payload, idField));
  for (let i = 1; i < ids.length; i++) {
    const prev = ids[i - 1];
    const cur = ids[i];
    if (typeof prev === 'number' && cur === prev) {
      ctx.fail({ check: 'once', message: `${step.actor} received "${step.event}" for ${idField} ${String(cur)} twice; each subscribed socket MUST receive exactly one event per write (D-15)`, expected: 'one event per write', actual: ids, frame: got[i]!.frame });
      throw new StepAbort();
    }
    if (!(typeof prev === 'number' && typeof cur === 'number' && cur > prev)) {
      ctx.fail({ check: 'order', message: `${step.actor} received "${step.event}" out of write order: id ${String(cur)} after ${String(prev)}`, expected: 'strictly increasing ids', actual: ids, frame: got[i]!.frame });
      throw new StepAbort();
    }
  }
}
