// The shared verifiers: each step kind runs here and reports failures in one shape
// (check, message, expected, actual, frame, spec pointer).
import { describeViolation, namespaceOf } from '../contract/index.ts';
import { notSocketIo, SocketActor, type Received } from './actor.ts';
import { BodyTooLarge, fetchFailure, readText } from './bound.ts';
import { fuzzStep } from './fuzz.ts';
import { CaseContext, CaseError, StepAbort } from './context.ts';
import type { Fixtures } from './fixtures.ts';
import type { AbsentStep, ActorSpec, BurstStep, ConnectStep, EmitStep, Expectation, ExpectStep, HttpStep, Level, OrderStep, Step, TokenSpec, Via, WaitStep } from './model.ts';
import { expiresAt, isFixtureToken, present, TokenUnavailable, type Presented } from './tokens.ts';
import { getPath, interpolate, match, type Mismatch } from './values.ts';
import { socketUrlOf, type Placement } from './placement.ts';

export interface Target {
  socketUrl: string;
  apiUrl: string;
  /** A clustered target: one socket URL per node (D-68); actors are placed across them. */
  socketUrls?: string[];
}

export interface CaseWorld {
  ctx: CaseContext;
  target: Target;
  fixtures: Fixtures;
  actors: Map<string, SocketActor>;
  nonce: string;
  /** A clustered target: each actor's node (placement.ts). */
  placement?: Placement;
}

/** The URL `name` connects to; on a cluster, noted in the transcript with its node. */
function connectUrl(world: CaseWorld, name: string): string {
  const url = socketUrlOf(world.target, world.placement, name);
  const node = world.placement?.get(name);
  if (node !== undefined) world.ctx.record({ actor: name, dir: 'out', kind: 'note', data: { node: node + 1, url } });
  return url;
}

const CHANNEL_KEYS = {
  public: (f: Fixtures) => f.communities.main.channels.public,
  private: (f: Fixtures) => f.communities.main.channels.private,
  other: (f: Fixtures) => f.communities.other.channels.public,
} as const;

export function channelId(world: CaseWorld, key: string): string {
  const get = CHANNEL_KEYS[key as keyof typeof CHANNEL_KEYS];
  if (!get) throw new CaseError(`unknown channel key ${key}`);
  return get(world.fixtures);
}

function user(world: CaseWorld, role: string) {
  const u = (world.fixtures.users as Record<string, Fixtures['users']['author'] | undefined>)[role];
  if (!u) throw new CaseError(`the fixtures have no user for role ${role}`);
  return u;
}

function tokenFor(world: CaseWorld, spec: TokenSpec | undefined, role: string | undefined): Presented {
  if (spec?.raw !== undefined) return { value: String(interpolate(spec.raw, world.ctx.scope)), where: 'auth' };
  const who = spec?.user ?? role;
  if (who === undefined) return { value: undefined, where: 'auth' };
  const u = user(world, who);
  const { expiredToken, tokens } = world.fixtures;
  try {
    return present(spec?.variant ?? 'valid', { token: u.token, ...(expiredToken ? { expiredToken } : {}), ...(tokens ? { tokens } : {}) });
  } catch (err) {
    if (err instanceof TokenUnavailable) throw new CaseError(err.message);
    throw err;
  }
}

function communityNamespace(world: CaseWorld, community: 'main' | 'other' | undefined): string {
  return namespaceOf(world.ctx.validators.contract, world.fixtures.communities[community ?? 'main'].id);
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
    world.ctx.fail({ check: 'connect', message: `actor ${name} (${spec.user}, a member) was refused: ${outcome.error.message}`, expected: 'a connection', actual: outcome.error, frame: outcome.frame, spec: 'asyncapi.yaml#/channels/community' });
    throw new StepAbort();
  }
  if (spec.join && spec.join.length > 0) {
    const channels = spec.join.map((k) => channelId(world, k));
    const ack = await a.emit('join', [{ channels }], true);
    if (ack) {
      checkAckSchema(world, a, 'join', ack.payload, ack.frame);
    } else {
      // The join ack is a SHOULD (D-08): go on, as the server has handled the join by now
      // unless it is slower than the timeout, and say so.
      world.ctx.fail({ level: 'SHOULD', check: 'ack', message: `actor ${name}: the setup \`join\` was not acknowledged within ${world.ctx.options.timeoutMs} ms (D-08: the server SHOULD acknowledge join)`, spec: 'asyncapi.yaml#/operations/receiveJoin' });
    }
  }
}

/** The reason of a case the kit could not run because no Socket.IO conversation took place. */
/** `within N ms`, or why there was nothing to wait for: the connection was closed. */
function waited(a: SocketActor, ms: number): string {
  return a.lost === undefined ? `within ${ms} ms` : `(the connection was closed: ${a.lost})`;
}

export function checkAckSchema(world: CaseWorld, a: SocketActor, event: string, payload: unknown, frame: number): void {
  const def = world.ctx.validators.contract.events[event];
  // A binary ack was reported as such by the actor.
  if ((payload as { binary?: unknown } | null)?.binary === true) return;
  if (def?.ack) a.reportViolations(`the "${event}" ack`, world.ctx.validators.check(def.ack.schema)(payload), frame, def.ack.pointer);
}

async function connectStep(world: CaseWorld, step: ConnectStep['connect']): Promise<void> {
  const { ctx } = world;
  const a = new SocketActor(step.actor, ctx);
  a.user = step.user ?? step.token?.user;
  world.actors.get(step.actor)?.close();
  world.actors.set(step.actor, a);
  const namespace = step.namespace !== undefined ? String(interpolate(step.namespace, ctx.scope)) : communityNamespace(world, step.community);
  const presented = tokenFor(world, step.token, step.user);
  const url = connectUrl(world, step.actor);
  const outcome = await a.connect(url, namespace, presented.value, presented.where);
  // A refusal is a Socket.IO CONNECT_ERROR; no conversation at all proves nothing either way.
  if (!outcome.ok && 'transport' in outcome) throw new CaseError(notSocketIo(url + namespace, outcome.transport));
  const expected = step.expect ?? 'ok';
  const spec = 'asyncapi.yaml#/operations/refuseConnection';
  if (expected === 'ok') {
    if (outcome.ok) return;
    // A short-lived fixtures token that expired before the case could use it is the kit's
    // timing (a slow machine), not the server's failure.
    const variant = step.token?.variant;
    const token = variant !== undefined && isFixtureToken(variant) ? world.fixtures.tokens?.[variant] : undefined;
    const exp = token === undefined ? undefined : expiresAt(token);
    if (exp !== undefined && exp <= Date.now()) throw new CaseError(`the fixtures' tokens.${String(variant)} expired before the case could connect with it (the machine was too slow); rerun the case`);
    if ('timeout' in outcome) throw new StepAbort(ctx.fail({ check: 'connect', message: `no connection and no connect_error within ${ctx.options.timeoutMs} ms`, expected: 'a connection' }) as never);
    ctx.fail({ check: 'connect', message: `the connection was refused: ${outcome.error.message}`, expected: 'a connection', actual: outcome.error, frame: outcome.frame, spec });
    throw new StepAbort();
  }
  const refusal = expected === 'refused' ? 'connect_error' : `connect_error "${expected.error}"`;
  if (outcome.ok) {
    ctx.fail({ check: 'connect', message: `the connection was accepted; it must be refused with ${refusal}`, expected: expected === 'refused' ? 'connect_error' : { message: expected.error }, actual: 'connected', spec });
    throw new StepAbort();
  }
  if ('timeout' in outcome) {
    ctx.fail({ check: 'connect', message: `no connect_error within ${ctx.options.timeoutMs} ms`, expected: expected === 'refused' ? 'connect_error' : { message: expected.error } });
    throw new StepAbort();
  }
  // Any refusal will do; its shape is the contract's only for the community namespaces.
  if (expected === 'refused') return;
  const def = ctx.validators.contract.events.connect_error;
  if (def) a.reportViolations('connect_error', ctx.validators.check(def.message.schema)(outcome.error), outcome.frame, def.message.pointer);
  if (outcome.error.message !== expected.error) {
    ctx.fail({ check: 'connect', message: `connect_error message must be "${expected.error}"`, expected: { message: expected.error }, actual: outcome.error, frame: outcome.frame, spec });
  }
  if (expected.code !== undefined) {
    const code = (outcome.error.data as { code?: unknown } | undefined)?.code;
    if (code !== expected.code) {
      ctx.fail({ level: 'SHOULD', check: 'connect', message: `connect_error SHOULD carry data.code "${expected.code}"`, expected: { data: { code: expected.code } }, actual: outcome.error, frame: outcome.frame, spec });
    }
  }
}

async function emitStep(world: CaseWorld, step: EmitStep['emit']): Promise<void> {
  const { ctx } = world;
  const a = actor(world, step.actor);
  const args = step.args !== undefined ? (interpolate(step.args, ctx.scope) as unknown[]) : [interpolate(step.payload ?? null, ctx.scope)];
  if (!step.ack) {
    await a.emit(step.event, args, false);
    return;
  }
  const ack = await a.emit(step.event, args, true);
  if (!ack) {
    ctx.fail({ check: 'ack', message: `no acknowledgement for "${step.event}" ${waited(a, ctx.options.timeoutMs)}; the server MUST call the callback exactly once`, expected: step.ack.match ?? '(an ack)', actual: '(none)', spec: ctx.validators.contract.events[step.event]?.operationPointer ?? '' });
    throw new StepAbort();
  }
  checkAckSchema(world, a, step.event, ack.payload, ack.frame);
  const ok = verify(world, `the "${step.event}" ack`, step.ack, ack.payload, ack.frame, 'ack');
  if (step.ack.once) await proveAckedOnce(world, a, step.event, ack.ackId);
  if (!ok) throw new StepAbort();
}

/** A round trip of `a`'s own: a chat the server must refuse (`{}`), and its ack. */
export function roundTrip(a: SocketActor): ReturnType<SocketActor['emit']> {
  return a.emit('chat', [{}], true);
}

/**
 * D-14 "exactly once", made deterministic for one emit: a second ACK the server sent
 * while handling the emit precedes the ack of a later round trip on the same connection,
 * and the actor counts every ACK packet (it reports a repeat itself).
 */
async function proveAckedOnce(world: CaseWorld, a: SocketActor, event: string, ackId: number): Promise<void> {
  const { ctx } = world;
  const next = await roundTrip(a);
  if (!next) {
    ctx.fail({ check: 'ack-once', message: `${a.name}'s round trip after "${event}" (an invalid chat) was not acknowledged ${waited(a, ctx.options.timeoutMs)}, so "acknowledged once" cannot be proven`, spec: 'asyncapi.yaml#/operations/receiveChat' });
    throw new StepAbort();
  }
  ctx.record({ actor: a.name, dir: 'in', kind: 'note', data: { acknowledged: a.ackCount(ackId), event } });
}

function describeReceived(list: Received[], event: string): unknown {
  const same = list.filter((r) => r.event === event);
  return same.length === 0 ? `(no "${event}" received)` : same.slice(-3).map((r) => r.payload);
}

async function expectStep(world: CaseWorld, step: ExpectStep['expect'], watches: AbsentWatch[]): Promise<void> {
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
  const trip = await roundTrip(a);
  if (!trip) {
    ctx.fail({ check: 'event', message: `${a.name}'s round trip (an invalid chat) was not acknowledged ${waited(a, ctx.options.timeoutMs)}, so "broadcast before the ack" cannot be proven`, spec: 'asyncapi.yaml#/operations/receiveChat' });
    throw new StepAbort();
  }
  if (a.received.some((r) => !r.consumed && test(r) && r.frame < trip.frame)) return;
  ctx.fail({
    check: 'event',
    message: `${a.name} had no "${event}" by the end of a round trip of its own begun after the writer's acknowledgement: the server acknowledged the write before it broadcast it (D-15: the broadcast MUST come first)`,
    expected: wanted ?? `(a "${event}" before ${a.name}'s own ack)`,
    actual: describeReceived(a.received, event),
    frame: trip.frame,
    spec: 'asyncapi.yaml#/operations/receiveChat',
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

/**
 * Runs the barrier for `watched`, then reports what arrived before it; when the barrier
 * fails, what arrived is reported all the same (a forbidden event is a violation whatever
 * became of the barrier).
 */
async function watchedBarrier(world: CaseWorld, watched: AbsentWatch[], listeners: SocketActor[], via: Via): Promise<void> {
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
      const ack = await roundTrip(l);
      if (!ack) {
        ctx.fail({ check: 'absent', message: `barrier: ${l.name}'s invalid chat was not acknowledged ${waited(l, ctx.options.timeoutMs)}`, spec: 'asyncapi.yaml#/operations/receiveChat' });
        throw new StepAbort();
      }
      frames.set(l.name, ack.frame);
    }));
    return { frames };
  }
  const sender = actor(world, via.actor);
  const content = `barrier ${world.nonce}-${++barrierCount}`;
  const ack = await sender.emit('chat', [{ chatType: 'new', channelId: channelId(world, via.channel), content }], true);
  if (!ack) {
    ctx.fail({ check: 'absent', message: `barrier: ${sender.name}'s chat was not acknowledged ${waited(sender, ctx.options.timeoutMs)}`, spec: 'asyncapi.yaml#/operations/receiveChat' });
    throw new StepAbort();
  }
  await Promise.all(listeners.map(async (l) => {
    const got = await l.waitFor((r) => r.event === 'new-chat' && (r.payload as { content?: unknown } | null)?.content === content, ctx.options.timeoutMs);
    if (!got) {
      ctx.fail({ check: 'absent', message: `barrier: ${l.name} did not receive ${sender.name}'s chat in ${via.channel} ${waited(l, ctx.options.timeoutMs)}, so absence cannot be proven (the barrier must reach every listener)`, expected: { content } });
      throw new StepAbort();
    }
    got.consumed = true;
    frames.set(l.name, got.frame);
  }));
  return { frames, ack };
}

/**
 * Proves that none of `actors` received `event` since the action: a barrier that travels
 * the server's broadcast path after the action's ack must reach each of them first.
 */
async function absentStep(world: CaseWorld, step: AbsentStep['absent'], watches: AbsentWatch[]): Promise<void> {
  const { ctx } = world;
  const since = ctx.actionMark;
  const wanted = step.match === undefined ? undefined : interpolate(step.match, ctx.scope);
  const listeners = step.actors.map((n) => actor(world, n));
  // Watching starts before the barrier: what arrives is reported even if the barrier fails.
  const watched = listeners.map((l): AbsentWatch => ({ actor: l, event: step.event, wanted, since, reported: new Set() }));
  watches.push(...watched);
  await watchedBarrier(world, watched, listeners, step.via);
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
      const spec = ctx.validators.contract.events[watch.event]?.operationPointer ?? 'asyncapi.yaml#/operations/receiveChat';
      const failed = when === 'barrier-failed' ? late : '';
      ctx.fail({ check: 'once', message: `${watch.actor.name} received "${watch.event}" again for a write it had already received it for${failed}; each subscribed socket MUST receive exactly one event per write (D-15)`, expected: `one "${watch.event}" per write`, actual: r.payload, frame: r.frame, spec });
    } else {
      ctx.fail({ check: 'absent', message: `${watch.actor.name} received "${watch.event}" it must not receive${late}`, expected: `(no "${watch.event}")`, actual: r.payload, frame: r.frame });
    }
  }
}

const OPERATION_ROUTES = new WeakMap<object, Array<{ re: RegExp; method: string; operationId: string }>>();

function operationFor(world: CaseWorld, method: string, path: string): string | undefined {
  const rest = world.ctx.validators.contract.rest;
  let routes = OPERATION_ROUTES.get(rest);
  if (!routes) {
    routes = Object.values(rest).map((op) => ({
      re: new RegExp(`^${op.path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\\?\{[^}]+\\?\}/g, '[^/]+')}$`),
      method: op.method.toUpperCase(),
      operationId: op.operationId,
    }));
    OPERATION_ROUTES.set(rest, routes);
  }
  const pathname = path.split('?')[0] ?? path;
  return routes.find((r) => r.method === method && r.re.test(pathname))?.operationId;
}

export async function httpStep(world: CaseWorld, step: HttpStep['http']): Promise<void> {
  const { ctx } = world;
  const headers: Record<string, string> = { ...(interpolate(step.headers ?? {}, ctx.scope) as Record<string, string>) };
  const auth = tokenFor(world, step.token, step.as);
  let path = String(interpolate(step.path, ctx.scope));
  // The contract's place is Authorization; `inHeader` / `inQuery` put it where it must be ignored.
  if (auth.value !== undefined && auth.where === 'auth') headers.authorization = auth.value;
  if (auth.value !== undefined && auth.where === 'header') headers.token = auth.value;
  if (auth.value !== undefined && auth.where === 'query') path += `${path.includes('?') ? '&' : '?'}token=${encodeURIComponent(auth.value)}`;
  let body: string | undefined;
  if (step.rawBody !== undefined) body = step.rawBody;
  else if (step.body !== undefined) body = JSON.stringify(interpolate(step.body, ctx.scope));
  if (body !== undefined) headers['content-type'] ??= 'application/json';
  const actorName = step.as ?? 'http';
  ctx.record({ actor: actorName, dir: 'out', kind: 'http-request', event: `${step.method} ${path}`, data: { headers, ...(body !== undefined ? { body: safeJson(body) } : {}) } });
  let res: Response;
  try {
    res = await fetch(world.target.apiUrl + path, { method: step.method, headers, ...(body !== undefined ? { body } : {}), signal: AbortSignal.timeout(ctx.options.timeoutMs) });
  } catch (err) {
    const why = fetchFailure(err, ctx.options.timeoutMs);
    // No answer in time is the target's failure; no connection at all, the case's error.
    if ((err as Error).name === 'TimeoutError') {
      ctx.fail({ check: 'http', message: `${step.method} ${path}: ${why}` });
      throw new StepAbort();
    }
    throw new CaseError(`${step.method} ${path}: ${why}`);
  }
  let text: string;
  try {
    text = await readText(res);
  } catch (err) {
    const e = err as Error;
    const why = e instanceof BodyTooLarge ? e.message : e.name === 'TimeoutError' || e.name === 'AbortError' ? `the body did not end within ${ctx.options.timeoutMs} ms` : `the body could not be read (${e.message})`;
    const frame = ctx.record({ actor: actorName, dir: 'in', kind: 'http-response', event: `${res.status} ${step.method} ${path}`, data: { incomplete: why } });
    ctx.fail({ check: 'http', message: `${step.method} ${path} answered ${res.status} but ${why}`, frame });
    throw new StepAbort();
  }
  const json = safeJson(text);
  const frame = ctx.record({ actor: actorName, dir: 'in', kind: 'http-response', event: `${res.status} ${step.method} ${path}`, data: json });
  const operationId = operationFor(world, step.method, path);
  if (operationId) {
    const op = ctx.validators.contract.rest[operationId]!;
    const spec = `${op.pointer}/responses/${res.status}`;
    if (json === text && text !== '') {
      ctx.fail({ check: 'http', message: `${step.method} ${path} answered ${res.status} with a body that is not JSON`, actual: text.slice(0, 200), frame, spec });
    } else {
      const violations = ctx.validators.restResponse(operationId, res.status, json);
      if (violations === undefined) ctx.fail({ check: 'http', message: `${step.method} ${path} answered ${res.status}, a status the contract does not document for ${operationId}`, actual: res.status, frame, spec: op.pointer });
      else for (const v of violations) ctx.fail({ check: 'schema', message: `${res.status} response of ${operationId} breaks the contract: ${describeViolation(v)}`, pointer: v.pointer, actual: v.value, frame, spec, ...(v.rule ? { rule: v.rule } : {}) });
    }
  }
  if (res.status !== step.expect.status) {
    ctx.fail({ check: 'http', message: `${step.method} ${path} must answer ${step.expect.status}, got ${res.status}`, expected: step.expect.status, actual: { status: res.status, body: json }, frame });
    throw new StepAbort();
  }
  if (!verify(world, `${step.method} ${path} response`, step.expect, json, frame, 'http')) throw new StepAbort();
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

async function burstStep(world: CaseWorld, step: BurstStep['burst']): Promise<void> {
  const { ctx } = world;
  const channels = (step.channels ?? [step.channel!]).map((k) => ({ key: k, id: channelId(world, k) }));
  const sends: Promise<unknown>[] = [];
  for (let i = 0; i < step.count; i++) {
    for (const channel of channels) {
      for (const name of step.actors) {
        const a = actor(world, name);
        sends.push(a.emit('chat', [{ chatType: 'new', channelId: channel.id, content: `burst ${world.nonce} ${channel.key} ${name} ${i}` }], true).then((ack) => {
          if (!ack) ctx.fail({ check: 'ack', message: `burst: ${name}'s chat ${i} in ${channel.key} was not acknowledged within ${ctx.options.timeoutMs} ms` });
          else checkAckSchema(world, a, 'chat', ack.payload, ack.frame);
        }));
      }
    }
  }
  await Promise.all(sends);
}

async function orderStep(world: CaseWorld, step: OrderStep['order']): Promise<void> {
  const { ctx } = world;
  const a = actor(world, step.actor);
  const channel = channelId(world, step.channel);
  const ofChannel = (r: Received) => r.event === step.event && (r.payload as { channelId?: unknown } | null)?.channelId === channel;
  const enough = () => a.received.filter(ofChannel).length >= step.count;
  if (!enough()) await a.waitFor(enough, ctx.options.timeoutMs);
  const got = a.received.filter(ofChannel);
  got.forEach((r) => (r.consumed = true));
  if (got.length < step.count) {
    ctx.fail({ check: 'order', message: `${step.actor} received ${got.length} "${step.event}" of ${step.channel}, expected ${step.count}`, expected: step.count, actual: got.length });
    throw new StepAbort();
  }
  const ids = got.map((r) => (r.payload as { id?: unknown }).id);
  for (let i = 1; i < ids.length; i++) {
    const prev = ids[i - 1];
    const cur = ids[i];
    if (typeof prev === 'number' && cur === prev) {
      ctx.fail({ check: 'once', message: `${step.actor} received "${step.event}" for chat ${String(cur)} twice; each subscribed socket MUST receive exactly one event per write (D-15)`, expected: 'one event per write', actual: ids, frame: got[i]!.frame });
      throw new StepAbort();
    }
    if (!(typeof prev === 'number' && typeof cur === 'number' && cur > prev)) {
      ctx.fail({ check: 'order', message: `${step.actor} received "${step.event}" out of write order: id ${String(cur)} after ${String(prev)}`, expected: 'strictly increasing ids', actual: ids, frame: got[i]!.frame });
      throw new StepAbort();
    }
  }
}

/** Waits until a fixtures token has expired: its `exp`, plus one second for the claim's resolution and clock skew. */
async function waitStep(world: CaseWorld, step: WaitStep['wait']): Promise<void> {
  const token = world.fixtures.tokens?.[step.tokenExpires];
  const at = token === undefined ? undefined : expiresAt(token);
  if (at === undefined) throw new CaseError(`the fixtures' tokens.${step.tokenExpires} has no numeric exp to wait for`);
  const ms = at + 1000 - Date.now();
  world.ctx.record({ actor: '', dir: 'out', kind: 'note', data: { wait: `until tokens.${step.tokenExpires} has expired (${Math.max(0, ms)} ms)` } });
  if (ms > 0) await new Promise((resolve) => setTimeout(resolve, ms));
}

export async function runStep(world: CaseWorld, step: Step, watches: AbsentWatch[]): Promise<void> {
  const { ctx } = world;
  if ('connect' in step) { ctx.actionMark = ctx.transcript.length; return connectStep(world, step.connect); }
  if ('emit' in step) { ctx.actionMark = ctx.transcript.length; return emitStep(world, step.emit); }
  if ('http' in step) { ctx.actionMark = ctx.transcript.length; return httpStep(world, step.http); }
  if ('burst' in step) { ctx.actionMark = ctx.transcript.length; return burstStep(world, step.burst); }
  if ('disconnect' in step) { ctx.actionMark = ctx.transcript.length; actor(world, step.disconnect.actor).disconnect(); return; }
  if ('expect' in step) return expectStep(world, step.expect, watches);
  if ('absent' in step) return absentStep(world, step.absent, watches);
  if ('order' in step) return orderStep(world, step.order);
  if ('fuzz' in step) { ctx.actionMark = ctx.transcript.length; return fuzzStep(world, step.fuzz); }
  if ('wait' in step) return waitStep(world, step.wait);
  if ('check' in step) {
    const value = interpolate(step.check.value, ctx.scope);
    const level = step.check.level ?? 'MUST';
    for (const m of match(interpolate(step.check.match, ctx.scope), value)) {
      ctx.fail({ level, check: 'value', message: `${JSON.stringify(step.check.value)} ${m.message}`, expected: m.expected, actual: value });
    }
    if (level === 'MUST' && ctx.failures.some((f) => f.check === 'value')) throw new StepAbort();
    return;
  }
  throw new CaseError(`unknown step ${Object.keys(step).join(',')}`);
}
