// The proxy's judge: every frame the proxy relays is shown here, in its direction, and
// checked with the contract's validators (never a restated shape), plus the rules a
// bystander can observe across frames: acknowledgements once and in time, no echo to the
// emitting socket, events only for subscribed channels, per-channel order, no broadcast of
// a refused write. It knows no socket: the wiring (socket.ts, rest.ts) calls it.
import type { Chat as GeneratedChat, ChatRequest, EventAcks, EventPayloads, JoinRequest } from '../../generated/events.js';
import { describeViolation, namespacePattern, preview, type Validators, type Violation } from '../contract/index.ts';
import { decodeClaims } from '../lib/jwt.ts';
import { bound, withoutBinary } from '../runner/bound.ts';
import { EVENTS } from '../server/socket.ts';
import { RULES, type ProxyDirection, type ProxyViolation, type RuleKey } from './rules.ts';

/** Keys remembered per socket (received and written chats): enough to pair an ack with its echo. */
const REMEMBERED = 1000;
/** Chat events kept across sockets, to find the broadcast of a refused write. */
const RECENT_EVENTS = 2000;

type Chat = GeneratedChat;
type Channel = EventPayloads['invited-to-channel'];

/** A set that forgets its oldest keys beyond `limit`. */
class RecentSet {
  private readonly keys = new Set<string>();
  constructor(private readonly limit: number) {}
  add(key: string): void {
    this.keys.add(key);
    if (this.keys.size > this.limit) this.keys.delete(this.keys.values().next().value as string);
  }
  has(key: string): boolean {
    return this.keys.has(key);
  }
}

/** The chat event a successful `chat` request of each kind is broadcast as (D-15). */
const BROADCAST_OF: Record<ChatRequest['chatType'], string> = { new: EVENTS.newChat, modify: EVENTS.modifyChat, delete: EVENTS.deleteChat };
const CHAT_EVENTS = new Set<string>(Object.values(BROADCAST_OF));

/** What identifies one broadcast of one write: the same Chat as the ack (D-15). */
const chatKey = (event: string, chat: { id: number; updatedAt: string }): string => `${event}#${chat.id}#${chat.updatedAt}`;

interface SeenChat { seq: number; client: string; event: string; chat: Chat }

/** A refused write, and how to recognise its broadcast should the server send it anyway. */
interface Refusal { client: string; since: number; until: number; request: ChatRequest; senderId?: string }

interface ClientState {
  label: string;
  namespace: string;
  userId?: string;
  joined: Set<string>;
  invited: Set<string>;
  /** Channels of joins emitted without a callback: maybe subscribed, never judged. */
  unknown: Set<string>;
  /** Channels of join requests not acknowledged yet, with the events that wait for them. */
  pendingJoins: Map<number, { channels: Set<string>; waiting: ProxyViolation[] }>;
  lastNewId: Map<string, number>;
  received: RecentSet;
  written: RecentSet;
}

/** What a client emit turned out to be, for the wiring. */
export interface EmitVerdict {
  /** The payload breaks the contract (or the event is undeclared): `--enforce` refuses it. */
  invalid: boolean;
  /** Hand it back with the acknowledgement. */
  ticket: number;
}

export interface JudgeOptions {
  validators: Validators;
  /** How long an acknowledgement may take; also how long a refused write is watched for its broadcast. */
  timeoutMs: number;
  onViolation: (v: ProxyViolation) => void;
  now?: () => number;
}

export class Judge {
  private readonly clients = new Map<string, ClientState>();
  private readonly emits = new Map<number, { client: string; event: string; payload: unknown; valid: boolean; seq: number }>();
  /** The last RECENT_EVENTS chat events, a ring indexed by `seq`. */
  private readonly recent: Array<SeenChat | undefined> = [];
  private refusals: Refusal[] = [];
  /** Writes acknowledged as written, by any socket: their broadcasts are never a refused write's. */
  private readonly writtenAnywhere = new RecentSet(REMEMBERED * 10);
  private seq = 0;
  private tickets = 0;
  private nextClient = 1;
  private nextRequest = 1;
  private readonly started: number;
  private readonly pattern: RegExp;
  readonly counts = { clients: 0, frames: 0, requests: 0, violations: 0 };

  constructor(private readonly options: JudgeOptions) {
    this.started = this.now();
    this.pattern = namespacePattern(options.validators.contract);
  }

  private now(): number {
    return (this.options.now ?? Date.now)();
  }

  private report(rule: RuleKey, v: Omit<ProxyViolation, 'rule' | 't' | 'clauses'> & { spec?: string }): ProxyViolation {
    const { spec, ...rest } = v;
    return this.emitViolation(this.violation(rule, { ...rest, clauses: [...(spec ? [spec] : []), ...RULES[rule].clauses] }));
  }

  private violation(rule: RuleKey, v: Omit<ProxyViolation, 'rule' | 't'>): ProxyViolation {
    return { rule, ...v, t: this.now() - this.started };
  }

  private emitViolation(v: ProxyViolation): ProxyViolation {
    this.counts.violations++;
    this.options.onViolation(v);
    return v;
  }

  private schemaViolations(rule: RuleKey, client: string, direction: ProxyDirection, event: string, what: string, violations: Violation[], frame: unknown, spec: string): void {
    for (const v of violations) {
      this.report(rule, { client, direction, event, pointer: v.pointer, message: `${what} breaks the contract: ${describeViolation(v)}`, expected: v.message, got: bound(v.value), frame, spec });
    }
  }

  // ---- the handshake ----

  /** A new client handshake: its stable label. The token is read for its user id only, never kept. */
  client(namespace: string, token: unknown): string {
    const label = `client-${this.nextClient++}`;
    const jwt = typeof token === 'string' ? token.replace(/^\S+\s+/, '') : undefined;
    const id = jwt ? decodeClaims(jwt)?._id : undefined;
    this.clients.set(label, {
      label, namespace, ...(typeof id === 'string' ? { userId: id } : {}),
      joined: new Set(), invited: new Set(), unknown: new Set(), pendingJoins: new Map(), lastNewId: new Map(),
      received: new RecentSet(REMEMBERED), written: new RecentSet(REMEMBERED),
    });
    this.counts.clients++;
    return label;
  }

  /** The server accepted the handshake. */
  admitted(client: string): void {
    const state = this.clients.get(client);
    if (state && !this.pattern.test(state.namespace)) {
      this.report('namespace', { client, direction: 'server→client', event: 'connect', pointer: '', message: `the server admitted the namespace ${preview(state.namespace)}, which is not a community namespace (${this.options.validators.contract.namespace.address}): it must refuse it with connect_error`, expected: 'connect_error', got: 'connected', frame: { namespace: state.namespace } });
    }
  }

  /** The server refused the handshake with a connect_error. */
  refused(client: string, error: { message: string; data?: unknown }): void {
    this.counts.frames++;
    const def = this.options.validators.contract.events.connect_error;
    const frame = bound(error);
    // Outside the community channel the contract fixes no message (D-51): only the refusal counts.
    const namespace = this.clients.get(client)?.namespace;
    if (def && namespace !== undefined && this.pattern.test(namespace)) this.schemaViolations('connectError', client, 'server→client', 'connect_error', 'connect_error', this.options.validators.check(def.message.schema)(error), frame, def.message.pointer);
    this.clients.delete(client);
  }

  closed(client: string): void {
    this.clients.delete(client);
  }

  // ---- client → server ----

  /** A client emit; `withAck`: it carries a callback (the server owes an acknowledgement). */
  clientEmit(client: string, event: string, args: unknown[], withAck = true): EmitVerdict {
    this.counts.frames++;
    const ticket = this.tickets++;
    const wire = withoutBinary(args.length === 1 ? args[0] : args);
    const frame = bound(wire.value);
    const def = this.options.validators.contract.events[event];
    if (!def || def.direction !== 'clientToServer') {
      this.report('clientUndeclared', { client, direction: 'client→server', event, pointer: '', message: `${client} emitted "${event}", an event the contract does not declare for client → server`, expected: this.declared('clientToServer'), got: event, frame });
      return { invalid: true, ticket };
    }
    let valid = true;
    if (args.length !== 1) {
      valid = false;
      this.report('clientPayload', { client, direction: 'client→server', event, pointer: '', message: `"${event}" must carry exactly one payload argument, got ${args.length}`, expected: 1, got: args.length, frame, spec: def.message.pointer });
    } else if (wire.binary) {
      valid = false;
      this.report('clientPayload', { client, direction: 'client→server', event, pointer: '', message: `"${event}" carries binary data; the contract's payloads are JSON`, expected: 'JSON', got: frame, frame, spec: def.message.pointer });
    } else {
      const violations = this.options.validators.check(def.message.schema)(args[0]);
      valid = violations.length === 0;
      this.schemaViolations('clientPayload', client, 'client→server', event, `"${event}" payload`, violations, frame, def.message.pointer);
    }
    const state = this.clients.get(client);
    if (valid && state && event === EVENTS.join) {
      const channels = (args[0] as JoinRequest).channels;
      // Without a callback nobody learns what was joined: those channels cannot be judged.
      if (withAck) state.pendingJoins.set(ticket, { channels: new Set(channels), waiting: [] });
      else for (const id of channels) state.unknown.add(id);
    }
    if (withAck) this.emits.set(ticket, { client, event, payload: args[0], valid, seq: this.seq });
    return { invalid: !valid, ticket };
  }

  /** The emit was not forwarded (`--enforce` refused it): nothing will be acknowledged. */
  dropped(ticket: number): void {
    this.emits.delete(ticket);
  }

  /** The refusal the contract gives an invalid emit of `event`, when its ack schema has one. */
  refusalFor(event: string): unknown {
    const candidates = [{ written: false, reason: 'INVALID_PAYLOAD' }, { joined: [], reason: 'INVALID_PAYLOAD' }];
    return candidates.find((c) => this.options.validators.ack(event, c)?.length === 0);
  }

  private declared(direction: 'clientToServer' | 'serverToClient'): string[] {
    return Object.values(this.options.validators.contract.events).filter((e) => e.direction === direction && e.event !== 'connect_error').map((e) => e.event);
  }

  // ---- server → client ----

  ack(client: string, ticket: number, args: unknown[]): void {
    this.counts.frames++;
    const emit = this.emits.get(ticket);
    this.emits.delete(ticket);
    if (!emit) return;
    const { event } = emit;
    const name = `${event} ack`;
    const wire = withoutBinary(args.length === 1 ? args[0] : args);
    const frame = bound(wire.value);
    const ack = this.options.validators.contract.events[event]?.ack;
    if (!ack) return;
    if (args.length !== 1 || wire.binary) {
      this.report('ackPayload', { client, direction: 'server→client', event: name, pointer: '', message: args.length !== 1 ? `the "${event}" ack must be exactly one value, got ${args.length}` : `the "${event}" ack carries binary data; the contract's payloads are JSON`, expected: 'one JSON value', got: frame, frame, spec: ack.pointer });
      return;
    }
    const violations = this.options.validators.check(ack.schema)(args[0]);
    this.schemaViolations('ackPayload', client, 'server→client', name, `the "${event}" ack`, violations, frame, ack.pointer);
    const state = this.clients.get(client);
    if (!state) return;
    if (event === EVENTS.join) {
      const pending = state.pendingJoins.get(ticket);
      state.pendingJoins.delete(ticket);
      if (violations.length === 0) for (const id of (args[0] as EventAcks['join']).joined) state.joined.add(id);
      // Events that came for a requested channel before this ack: fine if it was joined.
      for (const v of pending?.waiting ?? []) {
        const channel = (v.frame as { channelId?: string })?.channelId;
        if (channel === undefined || !this.subscribed(state, channel)) this.emitViolation(v);
      }
      return;
    }
    if (!emit.valid || violations.length > 0) return;
    if (event === EVENTS.chat) this.chatAck(state, emit.payload as ChatRequest, args[0] as EventAcks['chat'], emit.seq);
  }

  private chatAck(state: ClientState, request: ChatRequest, reply: EventAcks['chat'], since: number): void {
    const event = BROADCAST_OF[request.chatType];
    if (reply.written) {
      const key = chatKey(event, reply.chatInfo);
      state.written.add(key);
      this.writtenAnywhere.add(key);
      if (state.received.has(key)) this.echo(state.label, event, reply.chatInfo);
      return;
    }
    const refusal: Refusal = { client: state.label, since, until: this.now() + this.options.timeoutMs, request, ...(state.userId ? { senderId: state.userId } : {}) };
    for (const seen of this.recent) if (seen !== undefined && seen.seq > since && this.isBroadcastOf(refusal, seen.event, seen.chat)) this.refusedBroadcast(refusal, seen.client, seen.event, seen.chat);
    this.refusals.push(refusal);
  }

  private isBroadcastOf(r: Refusal, event: string, chat: Chat): boolean {
    if (event !== BROADCAST_OF[r.request.chatType] || chat.channelId !== r.request.channelId) return false;
    if (this.writtenAnywhere.has(chatKey(event, chat))) return false;
    switch (r.request.chatType) {
      case 'new': return chat.content === r.request.content && (r.senderId === undefined || chat.senderId === r.senderId);
      case 'modify': return chat.id === r.request.chatId && chat.content === r.request.content;
      case 'delete': return chat.id === r.request.chatId;
    }
  }

  private refusedBroadcast(r: Refusal, client: string, event: string, chat: Chat): void {
    this.report('refusedBroadcast', { client, direction: 'server→client', event, pointer: '', message: `${client} received "${event}" for the ${r.request.chatType} write that ${r.client} was refused: a refused write must not be broadcast`, expected: 'no broadcast', got: bound(chat), frame: bound(chat) });
  }

  private echo(client: string, event: string, chat: Chat): void {
    this.report('echo', { client, direction: 'server→client', event, pointer: '', message: `${client} received "${event}" for chat ${chat.id} that it wrote itself: the emitting socket must not receive its own write`, expected: 'no event on the emitting socket', got: bound(chat), frame: bound(chat) });
  }

  /** The server emitted the acknowledgement of an emit a second time (or more). */
  ackAgain(client: string, event: string | undefined, args: unknown[]): void {
    this.counts.frames++;
    const name = event ? `${event} ack` : 'ack';
    const frame = bound(withoutBinary(args.length === 1 ? args[0] : args).value);
    this.report('ackTwice', { client, direction: 'server→client', event: name, pointer: '', message: `the server acknowledged ${event ? `"${event}"` : 'an emit'} of ${client} again: an acknowledgement is called exactly once`, expected: 'one acknowledgement', got: 'a second one', frame });
  }

  ackMissing(client: string, ticket: number): void {
    const emit = this.emits.get(ticket);
    if (!emit) return;
    this.report('ackMissing', { client, direction: 'server→client', event: `${emit.event} ack`, pointer: '', message: `no acknowledgement of "${emit.event}" from the server within ${this.options.timeoutMs} ms (--timeout)`, expected: `an acknowledgement within ${this.options.timeoutMs} ms`, got: 'none', frame: bound(withoutBinary(emit.payload).value) });
  }

  serverEvent(client: string, event: string, args: unknown[]): void {
    this.counts.frames++;
    const wire = withoutBinary(args.length === 1 ? args[0] : args);
    const frame = bound(wire.value);
    const def = this.options.validators.contract.events[event];
    if (!def || def.direction !== 'serverToClient' || event === 'connect_error') {
      this.report('serverUndeclared', { client, direction: 'server→client', event, pointer: '', message: `the server emitted "${event}" to ${client}, an event the contract does not declare for server → client`, expected: this.declared('serverToClient'), got: event, frame });
      return;
    }
    if (args.length !== 1 || wire.binary) {
      this.report('serverPayload', { client, direction: 'server→client', event, pointer: '', message: args.length !== 1 ? `"${event}" must carry exactly one payload argument, got ${args.length}` : `"${event}" carries binary data; the contract's payloads are JSON`, expected: 'one JSON payload', got: frame, frame, spec: def.message.pointer });
      return;
    }
    const violations = this.options.validators.check(def.message.schema)(args[0]);
    this.schemaViolations('serverPayload', client, 'server→client', event, `"${event}" payload`, violations, frame, def.message.pointer);
    const state = this.clients.get(client);
    if (!state || violations.length > 0) return;
    if (event === EVENTS.invited) {
      state.invited.add((args[0] as Channel)._id);
      return;
    }
    if (CHAT_EVENTS.has(event)) this.chatEvent(state, event, args[0] as Chat, frame);
  }

  private subscribed(state: ClientState, channel: string): boolean {
    return state.joined.has(channel) || state.invited.has(channel) || state.unknown.has(channel);
  }

  private chatEvent(state: ClientState, event: string, chat: Chat, frame: unknown): void {
    const client = state.label;
    if (!this.subscribed(state, chat.channelId)) {
      const message = `${client} received "${event}" for channel ${chat.channelId}, which it never joined (its join acks) nor was invited to`;
      const v = this.violation('notSubscribed', { client, direction: 'server→client', event, pointer: '/channelId', message, expected: [...state.joined, ...state.invited], got: chat.channelId, frame, clauses: [...RULES.notSubscribed.clauses] });
      const pending = [...state.pendingJoins.values()].find((p) => p.channels.has(chat.channelId));
      // A join of that channel is in flight: its ack decides.
      if (pending) pending.waiting.push(v);
      else this.emitViolation(v);
    }
    const key = chatKey(event, chat);
    if (state.written.has(key)) this.echo(client, event, chat);
    state.received.add(key);
    if (event === EVENTS.newChat) {
      const last = state.lastNewId.get(chat.channelId);
      if (last !== undefined && chat.id <= last) {
        this.report('order', { client, direction: 'server→client', event, pointer: '/id', message: `${client} received new-chat ${chat.id} in channel ${chat.channelId} after new-chat ${last}: per channel, chats arrive in write order (ids increase)`, expected: `an id above ${last}`, got: chat.id, frame });
      }
      if (last === undefined || chat.id > last) state.lastNewId.set(chat.channelId, chat.id);
    }
    // A refused write's broadcast, seen now or by a refusal acknowledged earlier.
    const seq = ++this.seq;
    this.recent[seq % RECENT_EVENTS] = { seq, client, event, chat };
    if (this.refusals.length === 0) return;
    const now = this.now();
    this.refusals = this.refusals.filter((r) => r.until >= now);
    for (const r of this.refusals) if (this.isBroadcastOf(r, event, chat)) this.refusedBroadcast(r, client, event, chat);
  }

  // ---- REST ----

  /** A label for one HTTP request. */
  request(): string {
    this.counts.requests++;
    return `rest-${this.nextRequest++}`;
  }

  restViolation(rule: 'restRequest' | 'restResponse', v: Omit<ProxyViolation, 'rule' | 't' | 'clauses' | 'direction'> & { spec?: string }, violations?: Violation[]): void {
    const direction: ProxyDirection = rule === 'restRequest' ? 'client→server' : 'server→client';
    if (!violations) {
      this.report(rule, { ...v, direction });
      return;
    }
    for (const x of violations) this.report(rule, { ...v, direction, pointer: x.pointer, message: `${v.message}: ${describeViolation(x)}`, expected: x.message, got: bound(x.value) });
  }
}
