// The shared verifiers of every step kind: the world a case runs in, its actors, checks of
// acks and payloads, the ordering barrier and absence watches. Failures are reported in
// one shape (check, message, expected, actual, frame, spec pointer).
import { namespaceOf } from '../contract/index.ts';
import { notSocketIo, SocketActor } from './actor.ts';
import { CaseContext, CaseError, StepAbort } from './context.ts';
import type { Fixtures } from './fixtures.ts';
import type { ActorSpec, Expectation, Level, TokenSpec, Via } from './model.ts';
import { channelOf, expiredTokenOf, namespaceParam, type Profile, request, signedTokensOf, usersOf } from './profile.ts';
import { present, type Presented, TokenUnavailable } from './tokens.ts';
import { getPath, interpolate, match, type Mismatch } from './values.ts';
import { socketUrlOf, type Placement } from './placement.ts';

export interface Target {
  socketUrl: string;
  apiUrl: string;
  /** A clustered target: one socket URL per node (D-65); actors are placed across them. */
  socketUrls?: string[];
}

export interface CaseWorld {
  ctx: CaseContext;
  target: Target;
  fixtures: Fixtures;
  /** What the engine knows of the protocol beyond its contract. */
  profile: Profile;
  actors: Map<string, SocketActor>;
  nonce: string;
  /** A clustered target: each actor's node (placement.ts). */
  placement?: Placement;
}

/** The URL `name` connects to; on a cluster, noted in the transcript with its node. */
export function connectUrl(world: CaseWorld, name: string): string {
  const url = socketUrlOf(world.target, world.placement, name);
  const node = world.placement?.get(name);
  if (node !== undefined) world.ctx.record({ actor: name, dir: 'out', kind: 'note', data: { node: node + 1, url } });
  return url;
}

export function channelId(world: CaseWorld, key: string): string {
  const id = channelOf(world.profile, world.fixtures, key);
  if (id === undefined) throw new CaseError(`unknown channel key ${key} (the ${world.profile.name} profile's channels: ${Object.keys(world.profile.channels).join(', ')})`);
  return id;
}

export function user(world: CaseWorld, role: string) {
  const u = usersOf(world.profile, world.fixtures)[role];
  if (!u) throw new CaseError(`the fixtures have no user for role ${role}`);
  return u;
}

/** The spec pointer of the operation that receives `event`, for messages ('' when none). */
export function operationOf(world: CaseWorld, event: string): string {
  return world.ctx.validators.contract.events[event]?.operationPointer ?? '';
}

export function tokenFor(world: CaseWorld, spec: TokenSpec | undefined, role: string | undefined): Presented {
  if (spec?.raw !== undefined) return { value: String(interpolate(spec.raw, world.ctx.scope)), where: 'auth' };
  const who = spec?.user ?? role;
  if (who === undefined) return { value: undefined, where: 'auth' };
  const u = user(world, who);
  const expired = expiredTokenOf(world.profile, world.fixtures);
  const signed = signedTokensOf(world.profile, world.fixtures);
  try {
    return present(spec?.variant ?? 'valid', { token: u.token, claims: world.profile.credentials, ...(expired ? { expired } : {}), ...(signed ? { signed } : {}) });
  } catch (err) {
    if (err instanceof TokenUnavailable) throw new CaseError(err.message);
    throw err;
  }
}

export function communityNamespace(world: CaseWorld, community: string | undefined): string {
  const param = namespaceParam(world.profile, world.fixtures, community);
  if (param === undefined) throw new CaseError(`unknown community ${String(community)} (the ${world.profile.name} profile's namespaces: ${Object.keys(world.profile.namespaces).join(', ')})`);
  return namespaceOf(world.ctx.validators.contract, param);
}

export function actor(world: CaseWorld, name: string): SocketActor {
  const a = world.actors.get(name);
  if (!a) throw new CaseError(`actor ${name} is not connected`);
  // The case closed it itself: whatever the step expects cannot come, and it is not the
  // server's doing. The suite must \`connect\` the actor again first.
  if (a.disconnectedByCase) throw new CaseError(`actor ${name} was disconnected by an earlier \`disconnect\` step of this case; the suite must \`connect\` it again before using it`);
  return a;
}

/** Reports mismatches of `expectation` against `value`; returns false when a MUST part failed. */
export function verify(world: CaseWorld, what: string, expectation: Expectation | undefined, value: unknown, frame: number, check: string): boolean {
  if (!expectation) return true;
  const { ctx } = world;
  const report = (mismatches: Mismatch[], level: Level) => {
    for (const m of mismatches) {
      ctx.fail({ level, check, message: `${what}: ${m.pointer || '(root)'} ${m.message}`, pointer: m.pointer, expected: m.expected, actual: m.actual, frame });
    }
  };
  const must = expectation.match === undefined ? [] : match(interpolate(expectation.match, ctx.scope), value);
  const should = expectation.should === undefined ? [] : match(interpolate(expectation.should, ctx.scope), value);
  // D-54: a `reason` SHOULD be given; one that is given MUST be the right one.
  const wrongReason = should.filter((m) => m.pointer === '/reason' && getPath(value, 'reason') !== undefined);
  report(must, 'MUST');
  report(wrongReason.map((m) => ({ ...m, message: `${m.message} (a reason that is given MUST be the right one, D-54)` })), 'MUST');
  report(should.filter((m) => !wrongReason.includes(m)), 'SHOULD');
  for (const [name, path] of Object.entries(expectation.capture ?? {})) {
    const captured = getPath(value, path);
    if (captured === undefined) ctx.fail({ check, message: `${what}: nothing at "${path}" to capture as \${${name}}`, actual: value, frame });
    else ctx.scope[name] = captured;
  }
  return must.length === 0 && wrongReason.length === 0;
}

export async function openActor(world: CaseWorld, name: string, spec: ActorSpec): Promise<void> {
  const a = new SocketActor(name, world.ctx);
  a.user = spec.user;
  world.actors.set(name, a);
  const namespace = communityNamespace(world, spec.community);
  const url = connectUrl(world, name);
  const outcome = await a.connect(url, namespace, tokenFor(world, undefined, spec.user).value);
  if (!outcome.ok) {
    if ('transport' in outcome) throw new CaseError(notSocketIo(url + namespace, outcome.transport));
    if ('timeout' in outcome) throw new CaseError(`actor ${name} (${spec.user}) could not connect within ${world.ctx.options.timeoutMs} ms`);
    world.ctx.fail({ check: 'connect', message: `actor ${name} (${spec.user}, a member) was refused: ${outcome.error.message}`, expected: 'a connection', actual: outcome.error, frame: outcome.frame, spec: world.ctx.validators.contract.namespace.pointer });
    throw new StepAbort();
  }
  const subscribe = world.profile.subscribe;
  if (spec.join && spec.join.length > 0 && subscribe) {
    const { event, args } = request(subscribe, { channelIds: spec.join.map((k) => channelId(world, k)) });
    const ack = await a.emit(event, args, true);
    if (ack) {
      checkAckSchema(world, a, event, ack.payload, ack.frame);
    } else if (ackIsOptional(world, event) && a.lost === undefined) {
      // An optional ack (commu's join, D-08): go on, as the server has handled the
      // subscription by now unless it is slower than the timeout, and say so.
      missingOptionalAck(world, a, event);
    } else {
      world.ctx.fail({ check: 'ack', message: `actor ${name}: the setup \`${event}\` was not acknowledged ${waited(a, world.ctx.options.timeoutMs)}`, spec: operationOf(world, event) });
      throw new StepAbort();
    }
  }
}

/** Whether the profile makes `event`'s acknowledgement a SHOULD (commu's `join`, D-08). */
export function ackIsOptional(world: CaseWorld, event: string): boolean {
  const { subscribe, fuzz } = world.profile;
  return (subscribe?.event === event && subscribe.ackOptional === true) || (fuzz?.ackOptional ?? []).includes(event);
}

/**
 * An optional ack that did not come (the connection still open): one finding whether the
 * `emit` was the setup's or a case's own step (D-85). The message, level, check and spec
 * are the same in both places, so a server that never acknowledges `join` is one root
 * cause; the failure's phase tells which cases it only blocked.
 */
export function missingOptionalAck(world: CaseWorld, a: SocketActor, event: string): void {
  world.ctx.fail({ level: 'SHOULD', check: 'ack', message: `actor ${a.name}: \`${event}\` was not acknowledged within ${world.ctx.options.timeoutMs} ms (the server SHOULD acknowledge ${event})`, spec: operationOf(world, event) });
}

/** `within N ms`, or why there was nothing to wait for: the connection was closed. */
export function waited(a: SocketActor, ms: number): string {
  return a.lost === undefined ? `within ${ms} ms` : `(the connection was closed: ${a.lost})`;
}

export function checkAckSchema(world: CaseWorld, a: SocketActor, event: string, payload: unknown, frame: number): void {
  const def = world.ctx.validators.contract.events[event];
  // A binary ack was reported as such by the actor.
  if ((payload as { binary?: unknown } | null)?.binary === true) return;
  if (def?.ack) a.reportViolations(`the "${event}" ack`, world.ctx.validators.check(def.ack.schema)(payload), frame, def.ack.pointer);
}

/** A round trip of `a`'s own: the profile's request the server must refuse, and its ack. */
export function roundTrip(world: CaseWorld, a: SocketActor): ReturnType<SocketActor['emit']> {
  const { event, args } = request(world.profile.roundTrip, world.ctx.scope);
  return a.emit(event, args, true);
}

/** The spec pointer of the round trip's operation. */
export function roundTripSpec(world: CaseWorld): string {
  return operationOf(world, world.profile.roundTrip.event);
}

/**
 * Runs the barrier for `watched`, then reports what arrived before it; when the barrier
 * fails, what arrived is reported all the same (a forbidden event is a violation whatever
 * became of the barrier).
 */
export async function watchedBarrier(world: CaseWorld, watched: AbsentWatch[], listeners: SocketActor[], via: Via): Promise<void> {
  const { ctx } = world;
  let frames: Map<string, number>;
  try {
    frames = (await barrier(world, listeners, via)).frames;
  } catch (err) {
    for (const w of watched) checkWatch(ctx, w, Infinity, 'barrier-failed');
    throw err;
  }
  if (ctx.options.graceMs > 0) await new Promise((r) => setTimeout(r, ctx.options.graceMs));
  for (const w of watched) checkWatch(ctx, w, frames.get(w.actor.name) ?? Infinity);
}

let barrierCount = 0;

/** The profile's write of `text` into the channel `key`: what the barrier and `burst` send. */
export function writeRequest(world: CaseWorld, key: string, text: string): { event: string; args: unknown[] } {
  return request(world.profile.write, { channel: channelId(world, key), text });
}

/** Whether `r` is what a subscriber receives for the profile's write of `text`. */
export function isEcho(world: CaseWorld, r: { event: string; payload: unknown }, text: string): boolean {
  const { echo } = world.profile.write;
  return r.event === echo.event && match(interpolate(echo.match, { text }), r.payload).length === 0;
}

/**
 * The ordering barrier: a chat by `via.actor` in `via.channel` that every listener must
 * receive (it travels the broadcast path), or with `self` each listener's own invalid
 * chat and its ack. Anything the server emitted to a listener before it handled the
 * barrier arrives before it. Returns each listener's barrier frame and the sender's ack.
 */
export async function barrier(world: CaseWorld, listeners: SocketActor[], via: Via): Promise<{ frames: Map<string, number>; ack?: { payload: unknown; frame: number } }> {
  const { ctx } = world;
  const frames = new Map<string, number>();
  if (via === 'self') {
    // Each listener's own emit and ack: the server handled it after the action.
    await Promise.all(listeners.map(async (l) => {
      const ack = await roundTrip(world, l);
      if (!ack) {
        ctx.fail({ check: 'absent', message: `barrier: ${l.name}'s round trip was not acknowledged ${waited(l, ctx.options.timeoutMs)}`, spec: roundTripSpec(world) });
        throw new StepAbort();
      }
      frames.set(l.name, ack.frame);
    }));
    return { frames };
  }
  const sender = actor(world, via.actor);
  const content = `barrier ${world.nonce}-${++barrierCount}`;
  const write = writeRequest(world, via.channel, content);
  const ack = await sender.emit(write.event, write.args, true);
  if (!ack) {
    ctx.fail({ check: 'absent', message: `barrier: ${sender.name}'s write was not acknowledged ${waited(sender, ctx.options.timeoutMs)}`, spec: roundTripSpec(world) });
    throw new StepAbort();
  }
  await Promise.all(listeners.map(async (l) => {
    const got = await l.waitFor((r) => isEcho(world, r, content), ctx.options.timeoutMs);
    if (!got) {
      ctx.fail({ check: 'absent', message: `barrier: ${l.name} did not receive ${sender.name}'s write in ${via.channel} ${waited(l, ctx.options.timeoutMs)}, so absence cannot be proven (the barrier must reach every listener)`, expected: interpolate(world.profile.write.echo.match, { text: content }) });
      throw new StepAbort();
    }
    got.consumed = true;
    frames.set(l.name, got.frame);
  }));
  return { frames, ack };
}

export interface AbsentWatch {
  actor: SocketActor;
  event: string;
  wanted: unknown;
  since: number;
  reported: Set<number>;
  /** Set when the watch proves one event per write: the payload already received once. */
  repeatOf?: unknown;
}

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Fails for every matching event after the watch's mark (up to `before`, a frame index).
 * `when` says how the event relates to the barrier: before it, after it (late), or the
 * barrier failed.
 */
export function checkWatch(ctx: CaseContext, watch: AbsentWatch, before = Infinity, when: 'barrier-failed' | undefined = undefined): void {
  for (const r of watch.actor.received) {
    if (r.frame < watch.since || r.frame >= before || r.event !== watch.event || r.consumed || watch.reported.has(r.frame)) continue;
    if (watch.wanted !== undefined && match(watch.wanted, r.payload).length > 0) continue;
    watch.reported.add(r.frame);
    const late = when === 'barrier-failed' ? ' (it arrived although the barrier did not complete: a violation all the same)'
      : before === Infinity ? ' (after the barrier: the server emitted it late, still a violation)' : '';
    // A repeat of an event the socket already received for the same write.
    const repeat = watch.repeatOf !== undefined || watch.actor.received.some((o) => o.consumed && o.event === r.event && o.frame < r.frame && sameJson(o.payload, r.payload));
    if (repeat) {
      const spec = ctx.validators.contract.events[watch.event]?.operationPointer ?? '';
      const failed = when === 'barrier-failed' ? late : '';
      ctx.fail({ check: 'once', message: `${watch.actor.name} received "${watch.event}" again for a write it had already received it for${failed}; each subscribed socket MUST receive exactly one event per write (D-15)`, expected: `one "${watch.event}" per write`, actual: r.payload, frame: r.frame, spec });
    } else {
      ctx.fail({ check: 'absent', message: `${watch.actor.name} received "${watch.event}" it must not receive${late}`, expected: `(no "${watch.event}")`, actual: r.payload, frame: r.frame });
    }
  }
}

