// The `expect` step: An actor receives a matching event (once, by a round trip).
import { type Received, SocketActor } from '../actor.ts';
import { StepAbort } from '../context.ts';
import type { ExpectStep, Via } from '../model.ts';
import { interpolate, match } from '../values.ts';
import { type AbsentWatch, actor, barrier, type CaseWorld, roundTrip, roundTripSpec, verify, waited, watchedBarrier } from '../verify.ts';

function describeReceived(list: Received[], event: string): unknown {
  const same = list.filter((r) => r.event === event);
  return same.length === 0 ? `(no "${event}" received)` : same.slice(-3).map((r) => r.payload);
}

export async function expectStep(world: CaseWorld, step: ExpectStep['expect'], watches: AbsentWatch[]): Promise<void> {
  const { ctx } = world;
  const a = actor(world, step.actor);
  const wanted = step.match === undefined ? undefined : interpolate(step.match, ctx.scope);
  const test = (r: Received) => r.event === step.event && (wanted === undefined || match(wanted, r.payload).length === 0);
  if (step.byRoundTrip) await arrivedByRoundTrip(world, a, step.event, wanted, test);
  const got = await a.waitFor(test, step.timeout ?? ctx.options.timeoutMs);
  if (!got) {
    ctx.fail({ check: 'event', message: `${step.actor} did not receive "${step.event}"${wanted !== undefined ? ' matching' : ''} ${waited(a, step.timeout ?? ctx.options.timeoutMs)}`, expected: wanted ?? `(any "${step.event}")`, actual: describeReceived(a.received, step.event) });
    throw new StepAbort();
  }
  got.consumed = true;
  if (!verify(world, `"${step.event}" on ${step.actor}`, { ...(step.should !== undefined ? { should: step.should } : {}), ...(step.capture ? { capture: step.capture } : {}) }, got.payload, got.frame, 'event')) throw new StepAbort();
  if (step.once) await receivedOnce(world, a, step.event, wanted, got, step.once.via, watches);
}

/**
 * D-15 "broadcast before the ack", as the wire shows it (D-53): the writer holds its ack,
 * so a round trip `a` begins now is handled after the write; its ack comes after every
 * event the server emitted to `a` before handling it, the broadcast among them.
 */
async function arrivedByRoundTrip(world: CaseWorld, a: SocketActor, event: string, wanted: unknown, test: (r: Received) => boolean): Promise<void> {
  const { ctx } = world;
  if (a.received.some((r) => !r.consumed && test(r))) return;
  const trip = await roundTrip(world, a);
  if (!trip) {
    ctx.fail({ check: 'event', message: `${a.name}'s round trip (an invalid chat) was not acknowledged ${waited(a, ctx.options.timeoutMs)}, so "broadcast before the ack" cannot be proven`, spec: roundTripSpec(world) });
    throw new StepAbort();
  }
  if (a.received.some((r) => !r.consumed && test(r) && r.frame < trip.frame)) return;
  ctx.fail({
    check: 'event',
    message: `${a.name} had no "${event}" by the end of a round trip of its own begun after the writer's acknowledgement: the server acknowledged the write before it broadcast it (D-15: the broadcast MUST come first)`,
    expected: wanted ?? `(a "${event}" before ${a.name}'s own ack)`,
    actual: describeReceived(a.received, event),
    frame: trip.frame,
    spec: roundTripSpec(world),
  });
}

/**
 * One event per write per socket (D-15): after `got`, a barrier `via` must reach `a`
 * with no second matching event before it; the watch stays on to the end of the case.
 */
async function receivedOnce(world: CaseWorld, a: SocketActor, event: string, wanted: unknown, got: Received, via: Via, watches: AbsentWatch[]): Promise<void> {
  const watch: AbsentWatch = { actor: a, event, wanted, since: got.frame + 1, reported: new Set(), repeatOf: got.payload };
  watches.push(watch);
  await watchedBarrier(world, [watch], [a], via);
}
