// A socket actor: one Socket.IO client of a case. It records every frame in the case's
// transcript and validates every event and ack against the contract as it arrives.
import { io, type Socket } from 'socket.io-client';
import { describeViolation, type Violation } from '../contract/index.ts';
import type { CaseContext } from './context.ts';

export interface Received {
  frame: number;
  event: string;
  payload: unknown;
  consumed: boolean;
}

type Waiter = { test: (r: Received) => boolean; resolve: (r: Received) => void };

export type ConnectOutcome =
  | { ok: true }
  | { ok: false; error: { message: string; data?: unknown }; frame: number }
  | { ok: false; timeout: true };

export class SocketActor {
  readonly received: Received[] = [];
  private socket: Socket | undefined;
  private waiters: Waiter[] = [];
  private dropped = 0;

  constructor(readonly name: string, private readonly ctx: CaseContext) {}

  get connected(): boolean {
    return this.socket?.connected ?? false;
  }

  connect(baseUrl: string, namespace: string, token: string | undefined): Promise<ConnectOutcome> {
    const auth = token === undefined ? {} : { token };
    this.ctx.record({ actor: this.name, dir: 'out', kind: 'connect', data: { namespace, auth } });
    const socket = io(baseUrl + namespace, {
      auth,
      transports: ['websocket'],
      reconnection: false,
      forceNew: true,
      timeout: this.ctx.options.timeoutMs,
    });
    this.socket = socket;
    socket.onAny((event: string, ...args: unknown[]) => this.onEvent(event, args));
    return new Promise((resolve) => {
      const done = (outcome: ConnectOutcome) => {
        socket.off('connect', onConnect);
        socket.off('connect_error', onError);
        clearTimeout(timer);
        resolve(outcome);
      };
      const onConnect = () => {
        this.ctx.record({ actor: this.name, dir: 'in', kind: 'connected' });
        socket.on('disconnect', (reason) => this.ctx.record({ actor: this.name, dir: 'in', kind: 'disconnect', data: { reason } }));
        done({ ok: true });
      };
      const onError = (err: Error & { data?: unknown }) => {
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

  private onEvent(event: string, args: unknown[]): void {
    if (this.received.length >= this.ctx.options.maxEventsPerActor) {
      if (this.dropped++ === 0) {
        this.ctx.fail({ check: 'flood', message: `${this.name} received more than ${this.ctx.options.maxEventsPerActor} events in one case; the rest were dropped` });
      }
      return;
    }
    const payload = args.length === 1 ? args[0] : args;
    const frame = this.ctx.record({ actor: this.name, dir: 'in', kind: 'event', event, data: payload });
    const def = this.ctx.validators.contract.events[event];
    if (!def || def.direction !== 'serverToClient' || event === 'connect_error') {
      this.ctx.fail({ check: 'undeclared', message: `${this.name} received "${event}", an event the contract does not declare for server → client`, actual: payload, frame });
    } else {
      if (args.length !== 1) {
        this.ctx.fail({ check: 'schema', message: `"${event}" must carry exactly one payload argument, got ${args.length}`, actual: args, frame, spec: def.message.pointer });
      }
      this.reportViolations(`"${event}" payload`, this.ctx.validators.check(def.message.schema)(payload), frame, def.message.pointer);
    }
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
      this.ctx.fail({ check: 'schema', message: `${what} breaks the contract: ${describeViolation(v)}`, pointer: v.pointer, actual: v.value, frame, spec });
    }
  }

  /** The first unconsumed event passing `test`, waiting up to `timeoutMs` for it. */
  waitFor(test: (r: Received) => boolean, timeoutMs: number): Promise<Received | undefined> {
    const already = this.received.find((r) => !r.consumed && test(r));
    if (already) return Promise.resolve(already);
    return new Promise((resolve) => {
      const waiter: Waiter = {
        test: (r) => !r.consumed && test(r),
        resolve: (r) => {
          clearTimeout(timer);
          resolve(r);
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
  emit(event: string, args: unknown[], withAck: boolean): Promise<{ payload: unknown; frame: number } | undefined> {
    const socket = this.socket;
    this.ctx.record({ actor: this.name, dir: 'out', kind: 'emit', event, data: args.length === 1 ? args[0] : args });
    if (!socket) return Promise.resolve(undefined);
    if (!withAck) {
      socket.emit(event, ...args);
      return Promise.resolve(undefined);
    }
    return new Promise((resolve) => {
      socket.timeout(this.ctx.options.timeoutMs).emit(event, ...args, (err: Error | null, ...reply: unknown[]) => {
        if (err) {
          resolve(undefined);
          return;
        }
        const payload = reply.length === 1 ? reply[0] : reply;
        const frame = this.ctx.record({ actor: this.name, dir: 'in', kind: 'ack', event, data: payload });
        resolve({ payload, frame });
      });
    });
  }

  close(): void {
    this.waiters = [];
    const socket = this.socket;
    if (socket) {
      socket.offAny();
      socket.removeAllListeners('disconnect');
      socket.close();
      if (socket.connected) this.ctx.record({ actor: this.name, dir: 'out', kind: 'disconnect' });
    }
  }

  disconnect(): void {
    this.ctx.record({ actor: this.name, dir: 'out', kind: 'disconnect' });
    this.socket?.removeAllListeners('disconnect');
    this.socket?.close();
  }
}
