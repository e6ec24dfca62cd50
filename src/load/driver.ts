// The client side of a load run: one Socket.IO connection per client (websocket only, no
// reconnection: a dropped connection must show as losses, not be papered over), an emit
// that resolves with the acknowledgement or a timeout, and the per-client send schedule
// (a window of writes in flight, optionally paced to a rate).
import { io, type Socket } from '../lib/socket-client.ts';

export class ConnectError extends Error {}

export type OnEvent = (event: string, args: unknown[]) => void;

/** Opens one socket to `url` (base URL + namespace); rejects with ConnectError. */
export function connectSocket(url: string, token: string, timeoutMs: number, onEvent: OnEvent): Promise<Socket> {
  const socket = io(url, { auth: { token }, transports: ['websocket'], reconnection: false, forceNew: true, timeout: timeoutMs });
  socket.onAny((event: string, ...args: unknown[]) => onEvent(event, args));
  return new Promise((resolve, reject) => {
    const done = (err?: Error) => {
      socket.off('connect', onConnect);
      socket.off('connect_error', onError);
      if (err) {
        socket.close();
        reject(err);
      } else {
        resolve(socket);
      }
    };
    const onConnect = () => done();
    const onError = (err: Error & { data?: unknown }) =>
      done(new ConnectError(`${err.message}${err.data !== undefined ? ` ${JSON.stringify(err.data)}` : ''}`));
    socket.on('connect', onConnect);
    socket.on('connect_error', onError);
  });
}

export type AckOutcome = { ok: true; reply: unknown; args: number } | { ok: false; reason: 'timeout' | 'disconnected' };

/** Emits `event` with one payload and waits up to `timeoutMs` for the acknowledgement. */
export function emitWithAck(socket: Socket, event: string, payload: unknown, timeoutMs: number): Promise<AckOutcome> {
  // socket.io-client would buffer it for a reconnection that never comes, and time out.
  if (!socket.connected) return Promise.resolve({ ok: false, reason: 'disconnected' });
  return new Promise((resolve) => {
    socket.timeout(timeoutMs).emit(event, payload, (err: Error | null, ...reply: unknown[]) => {
      if (err) resolve({ ok: false, reason: socket.connected ? 'timeout' : 'disconnected' });
      else resolve({ ok: true, reply: reply[0], args: reply.length });
    });
  });
}

export interface Schedule {
  /** How many writes. */
  count: number;
  /** At most this many unacknowledged at once (≥ 1). */
  inFlight: number;
  /** Writes per second, or undefined for as fast as the window allows. */
  rate?: number | undefined;
  /** Checked before each write: true stops the schedule (the writes left are not made). */
  stop?: () => boolean;
}

export interface Clock {
  now(): number;
  wait(ms: number): Promise<void>;
}

export const realClock: Clock = {
  now: () => performance.now(),
  wait: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/**
 * Calls `send(seq)` for seq = 0 … count-1, in order of seq, with at most `inFlight` sends
 * pending; with a rate, write k does not start before start + k/rate. Resolves when all
 * sends have settled.
 */
export async function schedule(plan: Schedule, send: (seq: number) => Promise<void>, clock: Clock = realClock): Promise<void> {
  const start = clock.now();
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < plan.count && plan.stop?.() !== true) {
      const seq = next++;
      if (plan.rate !== undefined) {
        const gap = start + (seq * 1000) / plan.rate - clock.now();
        if (gap > 0) await clock.wait(gap);
        if (plan.stop?.() === true) return;
      }
      await send(seq);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(plan.inFlight, plan.count)) }, lane));
}
