// The `emit` step: An actor emits an event, with or without a callback, and its ack is checked.
import { SocketActor } from '../actor.ts';
import { StepAbort } from '../context.ts';
import type { EmitStep } from '../model.ts';
import { interpolate } from '../values.ts';
import { ackIsOptional, actor, type CaseWorld, checkAckSchema, missingOptionalAck, roundTrip, roundTripSpec, verify, waited } from '../verify.ts';

export async function emitStep(world: CaseWorld, step: EmitStep['emit']): Promise<void> {
  const { ctx } = world;
  const a = actor(world, step.actor);
  const args = step.args !== undefined ? (interpolate(step.args, ctx.scope) as unknown[]) : [interpolate(step.payload ?? null, ctx.scope)];
  if (!step.ack) {
    await a.emit(step.event, args, false);
    return;
  }
  const ack = await a.emit(step.event, args, true);
  if (!ack && ackIsOptional(world, step.event) && a.lost === undefined) {
    // The same finding as a setup `join` not acknowledged (D-85). Nothing of the ack can be
    // checked; the case goes on (its later steps prove what the emit did) unless it needed
    // a value from the ack.
    missingOptionalAck(world, a, step.event);
    if (step.ack.capture) throw new StepAbort();
    return;
  }
  if (!ack) {
    ctx.fail({ check: 'ack', message: `no acknowledgement for "${step.event}" ${waited(a, ctx.options.timeoutMs)}; the server MUST call the callback exactly once`, expected: step.ack.match ?? '(an ack)', actual: '(none)', spec: ctx.validators.contract.events[step.event]?.operationPointer ?? '' });
    throw new StepAbort();
  }
  checkAckSchema(world, a, step.event, ack.payload, ack.frame);
  const ok = verify(world, `the "${step.event}" ack`, step.ack, ack.payload, ack.frame, 'ack');
  if (step.ack.once) await proveAckedOnce(world, a, step.event, ack.ackId);
  if (!ok) throw new StepAbort();
}


/**
 * D-14 "exactly once", made deterministic for one emit: a second ACK the server sent
 * while handling the emit precedes the ack of a later round trip on the same connection,
 * and the actor counts every ACK packet (it reports a repeat itself).
 */
async function proveAckedOnce(world: CaseWorld, a: SocketActor, event: string, ackId: number): Promise<void> {
  const { ctx } = world;
  const next = await roundTrip(world, a);
  if (!next) {
    ctx.fail({ check: 'ack-once', message: `${a.name}'s round trip after "${event}" (an invalid chat) was not acknowledged ${waited(a, ctx.options.timeoutMs)}, so "acknowledged once" cannot be proven`, spec: roundTripSpec(world) });
    throw new StepAbort();
  }
  ctx.record({ actor: a.name, dir: 'in', kind: 'note', data: { acknowledged: a.ackCount(ackId), event } });
}
