// A socket actor: one Socket.IO client of a case. It records every frame in the case's
// transcript and validates every event and ack against the contract as it arrives.
import { io, type Socket } from '../lib/socket-client.ts';
import { describeViolation, type Violation } from '../contract/index.ts';
import { bound, withoutBinary } from './bound.ts';
import type { CaseContext } from './context.ts';
import type { Placement } from './tokens.ts';

/**
 * The largest WebSocket message an actor accepts; a bigger one closes its connection.
 * No frame of the protocol comes near it (a 500-id join ack is ~13 KB); it bounds what a
 * hostile target can make the runner hold at once.
 */
export const MAX_MESSAGE_BYTES = 16 * 1024 * 1024;

export interface Received {
  frame: number;
  event: string;
  payload: unknown;
  consumed: boolean;
}

type Waiter = { test: (r: Received) => boolean; resolve: (r: Received) => void; cancel: () => void };

export type ConnectOutcome =
  | { ok: true }
  | { ok: false; error: { message: string; data?: unknown }; frame: number }
  | { ok: false; timeout: true }
  /** No Socket.IO conversation at all: refused, not Socket.IO, closed during the handshake. */
  | { ok: false; transport: string };

function isBinaryMarker(v: unknown): boolean {
  return v !== null && typeof v === 'object' && (v as { binary?: unknown }).binary === true && (v as { truncated?: unknown }).truncated === true;
}

/**
 * Engine-level errors (no CONNECT_ERROR packet from the server): the target was not tested.
 * Besides transport failures and the handshake timeout, engine.io-client reports a packet
 * it cannot parse (or an engine `error` packet) as "server error" with the parser's `code`;
 * a Socket.IO CONNECT_ERROR never carries a `code`.
 */
export function transportError(err: Error & { type?: unknown; description?: unknown; code?: unknown }): string | undefined {
  const engine = err.message === 'server error' && err.code !== undefined;
  if (err.type !== 'TransportError' && err.message !== 'timeout' && !engine) return undefined;
  const d = err.description as { message?: unknown } | Error | undefined;
  const detail = engine ? `: ${String(err.code)}` : d && typeof d === 'object' && typeof d.message === 'string' && d.message ? `: ${d.message}` : '';
  return `${err.message}${detail}`;
}

/** Why nothing was tested at `url`: the engine-level `transport` error, and what to check. */
export function notSocketIo(url: string, transport: string): string {
  return `cannot open a Socket.IO connection to ${url} (${transport}): is the target running, and is it a Socket.IO server?`;
}

/**
 * How the kit opens a Socket.IO connection: websocket only, one attempt, its own manager,
 * frames capped at MAX_MESSAGE_BYTES (engine.io-client hands `maxPayload` to Node's ws).
 */
export function kitSocketOptions(auth: { token?: string }, timeoutMs: number): Parameters<typeof io>[1] {
  return { auth, transports: ['websocket'], reconnection: false, forceNew: true, timeout: timeoutMs, ...({ maxPayload: MAX_MESSAGE_BYTES } as object) };
}

/** socket.io-parser's packet types for acknowledgements (plain and binary). */
export const ACK_PACKETS = new Set([3, 6]);

export class SocketActor {
  readonly received: Received[] = [];
  /**
   * Every ack id this actor's emits used, with the event and how many ACK packets the
   * server sent for it, counted from the Manager's decoded packets: socket.io-client
   * calls a callback once and drops any further ack for its id silently (D-14 "exactly once").
   */
  private readonly acks = new Map<number, { event: string; count: number }>();
  private packetListener: ((packet: { type: number; nsp: string; id?: number; data?: unknown }) => void) | undefined;
  private socket: Socket | undefined;
  private waiters: Waiter[] = [];
  private dropped = 0;
  /** The fixtures role this actor connected as, when known. */
  user: string | undefined;
  /** Why the connection ended, once it has (set by a disconnect the actor did not ask for). */
  lost: string | undefined;

  constructor(readonly name: string, private readonly ctx: CaseContext) {}

  get connected(): boolean {
    return this.socket?.connected ?? false;
  }

  /**
   * `where`: the credential in `auth.token` (the contract's place), or in a handshake
   * header or query parameter named `token` (which a server must ignore, D-45).
   */
  connect(baseUrl: string, namespace: string, token: string | undefined, where: Placement = 'auth'): Promise<ConnectOutcome> {
    const auth = token === undefined || where !== 'auth' ? {} : { token };
    const elsewhere = token === undefined || where === 'auth' ? {} : where === 'header' ? { extraHeaders: { token } } : { query: { token } };
    this.ctx.record({ actor: this.name, dir: 'out', kind: 'connect', data: { namespace, auth, ...elsewhere } });
    const socket = io(baseUrl + namespace, { ...kitSocketOptions(auth, this.ctx.options.timeoutMs), ...elsewhere });
    this.socket = socket;
    // Removed by close(): nothing may be added to a case after its verdict.
    this.packetListener = (packet: { type: number; nsp: string; id?: number; data?: unknown }) => this.onPacket(namespace, packet);
    socket.io.on('packet', this.packetListener);
    socket.onAny((event: string, ...args: unknown[]) => {
      // socket.io-client calls listeners from a timer: an exception here would end the
      // process. A value the runner cannot handle is the target's fault, reported as such.
      try {
        this.onEvent(event, args);
      } catch (err) {
        this.ctx.fail({ check: 'event', message: `${this.name} received "${String(event)}" that the runner could not process: ${(err as Error).message}` });
      }
    });
    return new Promise((resolve) => {
      const done = (outcome: ConnectOutcome) => {
        socket.off('connect', onConnect);
        socket.off('connect_error', onError);
        clearTimeout(timer);
        resolve(outcome);
      };
      const onConnect = () => {
        this.ctx.record({ actor: this.name, dir: 'in', kind: 'connected' });
        socket.on('disconnect', (reason, description) => {
          const detail = description instanceof Error ? description.message : (description as { description?: { message?: string } } | undefined)?.description?.message;
          this.lost ??= detail ? `${reason}: ${detail}` : reason;
          this.ctx.record({ actor: this.name, dir: 'in', kind: 'disconnect', data: { reason: this.lost } });
          // Nothing more will arrive: whoever waits for an event stops waiting now.
          const waiters = this.waiters;
          this.waiters = [];
          for (const w of waiters) w.cancel();
        });
        done({ ok: true });
      };
      const onError = (err: Error & { data?: unknown; type?: unknown; description?: unknown }) => {
        const transport = transportError(err);
        if (transport !== undefined) {
          this.ctx.record({ actor: this.name, dir: 'in', kind: 'note', data: { connect: transport } });
          socket.close();
          done({ ok: false, transport });
          return;
        }
        const error = { message: err.message, ...(err.data !== undefined ? { data: err.data } : {}) };
        const frame = this.ctx.record({ actor: this.name, dir: 'in', kind: 'connect_error', event: 'connect_error', data: error });
        socket.close();
        done({ ok: false, error, frame });
      };
      const timer = setTimeout(() => {
        socket.close();
        done({ ok: false, timeout: true });
      }, this.ctx.options.timeoutMs + 50);
      socket.on('connect', onConnect);
      socket.on('connect_error', onError);
    });
  }

  /** Counts the server's ACK packets per ack id, below socket.io-client's bookkeeping. */
  private onPacket(nsp: string, packet: { type: number; nsp: string; id?: number; data?: unknown }): void {
    if (!ACK_PACKETS.has(packet.type) || packet.nsp !== nsp || typeof packet.id !== 'number') return;
    const sent = this.acks.get(packet.id);
    if (!sent) {
      const frame = this.ctx.record({ actor: this.name, dir: 'in', kind: 'ack', data: { ackId: packet.id, unsolicited: bound(packet.data) } });
      this.ctx.fail({ check: 'ack-once', message: `${this.name} received an acknowledgement (ack id ${packet.id}) for no emit of its own; the server MUST call each callback exactly once`, actual: bound(packet.data), frame, spec: 'asyncapi.yaml#/operations/receiveChat/reply' });
      return;
    }
    if (++sent.count < 2) return;
    const frame = this.ctx.record({ actor: this.name, dir: 'in', kind: 'ack', event: sent.event, data: { ackId: packet.id, repeated: sent.count, args: bound(packet.data) } });
    const spec = this.ctx.validators.contract.events[sent.event]?.operationPointer ?? '';
    this.ctx.fail({ check: 'ack-once', message: `${this.name}'s "${sent.event}" was acknowledged ${sent.count} times (ack id ${packet.id}); the server MUST call the callback exactly once (D-14)`, expected: 1, actual: sent.count, frame, spec });
  }

  /** How many ACK packets the emit with ack id `id` has received so far. */
  ackCount(id: number): number {
    return this.acks.get(id)?.count ?? 0;
  }

  private onEvent(event: string, args: unknown[]): void {
    if (this.received.length >= this.ctx.options.maxEventsPerActor) {
      if (this.dropped++ === 0) {
        this.ctx.fail({ check: 'flood', message: `${this.name} received more than ${this.ctx.options.maxEventsPerActor} events in one case (--max-events); the rest were dropped and the connection closed` });
        // Stop the flood at its source rather than parse what will be dropped.
        this.lost = `closed by the runner after ${this.ctx.options.maxEventsPerActor} events`;
        this.socket?.offAny();
        this.socket?.close();
      }
      return;
    }
    const wire = withoutBinary(args.length === 1 ? args[0] : args);
    const raw = wire.value;
    const payload = bound(raw);
    const frame = this.ctx.record({ actor: this.name, dir: 'in', kind: 'event', event, data: payload });
    const def = this.ctx.validators.contract.events[event];
    if (!def || def.direction !== 'serverToClient' || event === 'connect_error') {
      this.ctx.fail({ check: 'undeclared', message: `${this.name} received "${event}", an event the contract does not declare for server → client`, actual: payload, frame });
    } else {
      if (args.length !== 1) {
        this.ctx.fail({ check: 'schema', message: `"${event}" must carry exactly one payload argument, got ${args.length}`, actual: args, frame, spec: def.message.pointer });
      }
      if (wire.binary) this.ctx.fail({ check: 'schema', message: `"${event}" carries binary data; the contract's payloads are JSON`, actual: payload, frame, spec: def.message.pointer });
      // A payload that is binary as a whole has said all there is to say.
      if (!isBinaryMarker(raw)) this.reportViolations(`"${event}" payload`, this.ctx.validators.check(def.message.schema)(raw), frame, def.message.pointer);
    }
    // Steps match against what is kept: protocol values are kept whole, a 10 MB string is not.
    const r: Received = { frame, event, payload, consumed: false };
    this.received.push(r);
    const waiter = this.waiters.find((w) => w.test(r));
    if (waiter) {
      this.waiters = this.waiters.filter((w) => w !== waiter);
      waiter.resolve(r);
    }
  }

  reportViolations(what: string, violations: Violation[], frame: number, spec: string): void {
    for (const v of violations) {
      this.ctx.fail({ check: 'schema', message: `${what} breaks the contract: ${describeViolation(v)}`, pointer: v.pointer, actual: v.value, frame, spec, ...(v.rule ? { rule: v.rule } : {}) });
    }
  }

  /** The first unconsumed event passing `test`, waiting up to `timeoutMs` for it. */
  waitFor(test: (r: Received) => boolean, timeoutMs: number): Promise<Received | undefined> {
    const already = this.received.find((r) => !r.consumed && test(r));
    if (already) return Promise.resolve(already);
    if (this.lost !== undefined) return Promise.resolve(undefined);
    return new Promise((resolve) => {
      const waiter: Waiter = {
        test: (r) => !r.consumed && test(r),
        resolve: (r) => {
          clearTimeout(timer);
          resolve(r);
        },
        cancel: () => {
          clearTimeout(timer);
          resolve(undefined);
        },
      };
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== waiter);
        resolve(undefined);
      }, timeoutMs);
      this.waiters.push(waiter);
    });
  }

  /**
   * Emits `event` with `args`. With `withAck`, resolves with the ack's arguments, or
   * `undefined` when no ack came within the timeout.
   */
  emit(event: string, args: unknown[], withAck: boolean): Promise<{ payload: unknown; frame: number; ackId: number } | undefined> {
    const socket = this.socket;
    this.ctx.record({ actor: this.name, dir: 'out', kind: 'emit', event, data: args.length === 1 ? args[0] : args });
    if (!socket) return Promise.resolve(undefined);
    if (!socket.connected) {
      // socket.io-client would buffer it until a reconnection that never comes.
      this.ctx.record({ actor: this.name, dir: 'out', kind: 'note', data: { notSent: `the connection is closed${this.lost ? ` (${this.lost})` : ''}` } });
      return Promise.resolve(undefined);
    }
    if (!withAck) {
      socket.emit(event, ...args);
      return Promise.resolve(undefined);
    }
    // The id socket.io-client gives this emit's ack (its counter, read before it moves).
    const ackId = (socket as unknown as { ids: number }).ids;
    this.acks.set(ackId, { event, count: 0 });
    return new Promise((resolve) => {
      socket.timeout(this.ctx.options.timeoutMs).emit(event, ...args, (err: Error | null, ...reply: unknown[]) => {
        if (err) {
          resolve(undefined);
          return;
        }
        const wire = withoutBinary(reply.length === 1 ? reply[0] : reply);
        const raw = wire.value;
        const frame = this.ctx.record({ actor: this.name, dir: 'in', kind: 'ack', event, data: raw });
        if (wire.binary) this.ctx.fail({ check: 'schema', message: `the "${event}" ack carries binary data; the contract's payloads are JSON`, actual: bound(raw), frame });
        resolve({ payload: raw, frame, ackId });
      });
    });
  }

  close(): void {
    this.waiters = [];
    const socket = this.socket;
    if (socket) {
      socket.offAny();
      if (this.packetListener) socket.io.off('packet', this.packetListener);
      socket.removeAllListeners('disconnect');
      socket.close();
      if (socket.connected) this.ctx.record({ actor: this.name, dir: 'out', kind: 'disconnect' });
    }
  }

  /** Set by `disconnect()`: the case closed this actor on purpose. */
  disconnectedByCase = false;

  disconnect(): void {
    this.disconnectedByCase = true;
    this.ctx.record({ actor: this.name, dir: 'out', kind: 'disconnect' });
    this.socket?.removeAllListeners('disconnect');
    this.socket?.close();
  }
}
