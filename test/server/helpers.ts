// Shared helpers of the server tests: a server per file, a fresh fixtures world per
// test, recorded client sockets, and the ordering barrier that proves an event did
// not arrive (never a fixed sleep).
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { io, type Socket } from 'socket.io-client';
import { loadContract, Validators, describeViolation, type Violation } from '../../src/contract/index.ts';
import { startServer, type Fixtures, type ReferenceServer, type ServerOptions } from '../../src/server/index.ts';

export const contract = loadContract();
export const validators = new Validators(contract);

/** Positive waits give up after this long (a failure, not a pause). */
const WAIT_MS = 3000;

export function expectValid(violations: Violation[] | undefined, what = 'value'): void {
  expect(violations, `${what} has a schema in the contract`).toBeDefined();
  expect((violations ?? []).map(describeViolation), `${what} matches the contract`).toEqual([]);
}

export interface Received {
  event: string;
  payload: unknown;
}

/** A connected client socket that records every event it receives, in order. */
export class Client {
  readonly events: Received[] = [];
  private waiters: (() => void)[] = [];

  constructor(readonly socket: Socket, readonly label: string) {
    socket.onAny((event: string, payload: unknown) => {
      this.events.push({ event, payload });
      for (const wake of this.waiters.splice(0)) wake();
    });
  }

  /** Emits with an acknowledgement and returns it (fails the test after WAIT_MS). */
  ack(event: string, ...args: unknown[]): Promise<any> {
    return this.socket.timeout(WAIT_MS).emitWithAck(event, ...args);
  }

  /** Waits for an event matching `match` at or after `from`; returns its index. */
  async waitFor(event: string, match: (payload: any) => boolean = () => true, from = 0): Promise<number> {
    const deadline = Date.now() + WAIT_MS;
    for (;;) {
      const index = this.events.findIndex((e, i) => i >= from && e.event === event && match(e.payload));
      if (index !== -1) return index;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`${this.label}: no ${event} within ${WAIT_MS} ms; got ${JSON.stringify(this.events.map((e) => e.event))}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  /** The payloads of one event, in arrival order. */
  payloads(event: string): any[] {
    return this.events.filter((e) => e.event === event).map((e) => e.payload);
  }

  /** Events that arrived before index `end`. */
  before(end: number): Received[] {
    return this.events.slice(0, end);
  }
}

export interface Harness {
  server: ReferenceServer;
  /** A fresh isolated world from the test-only endpoint. */
  world(): Promise<Fixtures>;
  /** Connects and waits for `connect`; closed by `cleanup`. */
  connect(token: string, communityId: string, label?: string): Promise<Client>;
  /** Connects expecting a refusal; returns the connect_error's message and data. */
  refused(token: string | undefined, communityId: string, auth?: Record<string, unknown>): Promise<{ message: string; data: unknown }>;
  /** REST call: JSON in and out. */
  http(method: string, path: string, options?: { token?: string; body?: unknown; raw?: string | Uint8Array; headers?: Record<string, string> }): Promise<{ status: number; body: any }>;
  cleanup(): void;
  close(): Promise<void>;
}

export async function harness(options: ServerOptions = {}): Promise<Harness> {
  const logs: string[] = [];
  const server = await startServer({ testMode: true, log: (line) => logs.push(line), ...options });
  const open: Socket[] = [];
  const h: Harness = {
    server,
    async world() {
      const res = await h.http('POST', '/api/conformance/fixtures');
      expect(res.status).toBe(201);
      return res.body.result as Fixtures;
    },
    connect(token, communityId, label = 'client') {
      const socket = io(`${server.socketUrl}/socket/commu-${communityId}`, {
        auth: { token: `Bearer ${token}` },
        transports: ['websocket'],
        reconnection: false,
        forceNew: true,
      });
      open.push(socket);
      const client = new Client(socket, label);
      return new Promise((resolve, reject) => {
        socket.once('connect', () => resolve(client));
        socket.once('connect_error', (err) => reject(new Error(`${label} refused: ${err.message}`)));
      });
    },
    refused(token, communityId, auth) {
      const socket = io(`${server.socketUrl}/socket/commu-${communityId}`, {
        auth: auth ?? (token === undefined ? {} : { token }),
        transports: ['websocket'],
        reconnection: false,
        forceNew: true,
      });
      open.push(socket);
      return new Promise((resolve, reject) => {
        socket.once('connect', () => reject(new Error('connected, expected a refusal')));
        socket.once('connect_error', (err: Error & { data?: unknown }) => resolve({ message: err.message, data: err.data }));
      });
    },
    async http(method, path, opts = {}) {
      const headers: Record<string, string> = { ...opts.headers };
      if (opts.token !== undefined) headers.authorization = `Bearer ${opts.token}`;
      let body: string | Uint8Array | undefined = opts.raw;
      if (opts.body !== undefined) {
        body = JSON.stringify(opts.body);
        headers['content-type'] ??= 'application/json';
      }
      const res = await fetch(`${server.apiUrl}${path}`, { method, headers, ...(body !== undefined ? { body } : {}) });
      const text = await res.text();
      let parsed: unknown = text;
      try {
        parsed = JSON.parse(text);
      } catch {
        /* keep the text */
      }
      return { status: res.status, body: parsed };
    },
    cleanup() {
      for (const socket of open.splice(0)) socket.close();
    },
    async close() {
      h.cleanup();
      await server.close();
    },
  };
  return h;
}

/** A unique chat content, to find one chat among others. */
let serial = 0;
/**
 * One reference server for a test file: started before its tests (handed to `started`),
 * its clients closed after each test, the server closed after all.
 */
export function useHarness(started: (h: Harness) => void, options: ServerOptions = {}): void {
  let h: Harness | undefined;
  beforeAll(async () => {
    h = await harness(options);
    started(h);
  });
  afterEach(() => h?.cleanup());
  afterAll(async () => {
    await h?.close();
  });
}

export function tag(prefix = 'chat'): string {
  return `${prefix}-${process.pid}-${++serial}`;
}

/**
 * The absence barrier: `writer` writes a chat into `channelId`; every client in
 * `receivers` (subscribed to that channel) must receive it. Returns, per receiver, the
 * events that arrived before the barrier. The server emits an event before it handles
 * any later request, so an event that would have been wrongly sent for an earlier
 * action is in that list. Call it after the action's acknowledgement.
 */
export async function barrier(writer: Client, channelId: string, receivers: Client[]): Promise<Received[][]> {
  const content = tag('barrier');
  const ack = await writer.ack('chat', { chatType: 'new', channelId, content });
  expect(ack.written, `barrier chat by ${writer.label}`).toBe(true);
  const out: Received[][] = [];
  for (const r of receivers) {
    const index = await r.waitFor('new-chat', (c) => c.content === content);
    out.push(r.before(index));
  }
  return out;
}
