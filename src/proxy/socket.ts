// The proxy's Socket.IO half: every client handshake opens one upstream socket.io-client
// connection with the same auth, query and transports; the client is admitted only when
// the upstream admits it (a connect_error is relayed as is). Then every event and ack is
// forwarded both ways, binary included, in order, and shown to the judge on the way.
import type { IncomingHttpHeaders, Server as HttpServer } from 'node:http';
import { Server, type Socket as ServerSocket } from 'socket.io';
import { io as connect, type Socket as ClientSocket } from '../lib/socket-client.ts';
import { ACK_PACKETS, MAX_MESSAGE_BYTES, transportError } from '../runner/actor.ts';
import type { Judge } from './judge.ts';

/** Engine.IO's own query parameters: the upstream connection sets its own. */
const ENGINE_QUERY = new Set(['EIO', 'transport', 't', 'sid', 'b64', 'j']);
/** Handshake headers worth forwarding (a Node client's extraHeaders, a browser's cookies). */
const FORWARDED_HEADERS = ['authorization', 'cookie', 'origin', 'user-agent', 'accept-language'];
/** How long the upstream handshake may take (socket.io-client's default): the client's own timeout governs. */
const UPSTREAM_CONNECT_MS = 20_000;

export interface SocketProxyOptions {
  upstream: string;
  judge: Judge;
  timeoutMs: number;
  enforce: boolean;
  /** The tokens of every handshake, so outputs can mask them. */
  secret: (value: string) => void;
  log: (line: string) => void;
}

function upstreamQuery(query: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(query)) if (!ENGINE_QUERY.has(k) && typeof v === 'string') out[k] = v;
  return out;
}

function forwardedHeaders(headers: IncomingHttpHeaders): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of FORWARDED_HEADERS) {
    const v = headers[name];
    if (typeof v === 'string') out[name] = v;
  }
  return out;
}

/** One client and its upstream connection. */
class Link {
  private socket: ServerSocket | undefined;
  private readonly early: Array<[string, unknown[]]> = [];
  /** The event each upstream ack id answers, and whether it has been answered. */
  private readonly acks = new Map<number, { event: string; answered: boolean }>();

  constructor(readonly label: string, readonly upstream: ClientSocket, namespace: string, private readonly options: SocketProxyOptions) {
    upstream.onAny((event: string, ...args: unknown[]) => (this.socket ? this.toClient(event, args) : this.early.push([event, args])));
    const manager = upstream.io;
    manager.on('packet', (packet: { type: number; nsp: string; id?: number; data?: unknown }) => {
      if (!ACK_PACKETS.has(packet.type) || packet.nsp !== namespace || packet.id === undefined) return;
      const ack = this.acks.get(packet.id);
      if (ack?.answered) options.judge.ackAgain(label, ack.event, Array.isArray(packet.data) ? packet.data : [packet.data]);
      else if (ack) ack.answered = true;
    });
  }

  attach(socket: ServerSocket): void {
    this.socket = socket;
    socket.onAny((event: string, ...args: unknown[]) => this.toServer(event, args));
    socket.on('disconnect', () => {
      this.options.judge.closed(this.label);
      this.upstream.close();
    });
    this.upstream.on('disconnect', () => {
      if (socket.connected) socket.disconnect();
    });
    for (const [event, args] of this.early.splice(0)) this.toClient(event, args);
  }

  private toServer(event: string, args: unknown[]): void {
    const { judge, enforce, timeoutMs, log } = this.options;
    const last = args[args.length - 1];
    const reply = typeof last === 'function' ? (args.pop() as (...a: unknown[]) => void) : undefined;
    const verdict = judge.clientEmit(this.label, event, args, reply !== undefined);
    if (enforce && verdict.invalid) {
      judge.dropped(verdict.ticket);
      const refusal = judge.refusalFor(event);
      if (reply && refusal !== undefined) reply(refusal);
      return;
    }
    try {
      if (!reply) {
        this.upstream.emit(event, ...args);
        return;
      }
      // socket.io-client numbers acks in emit order: this emit's id is the next one.
      const id = (this.upstream as unknown as { ids: number }).ids;
      this.acks.set(id, { event, answered: false });
      const timer = setTimeout(() => judge.ackMissing(this.label, verdict.ticket), timeoutMs);
      timer.unref();
      this.upstream.emit(event, ...args, (...answer: unknown[]) => {
        clearTimeout(timer);
        judge.ack(this.label, verdict.ticket, answer);
        reply(...answer);
      });
    } catch (err) {
      // socket.io-client refuses its reserved names (`connect`, …): the judge has said it is undeclared.
      log(`${this.label}: "${event}" could not be forwarded: ${(err as Error).message}`);
    }
  }

  private toClient(event: string, args: unknown[]): void {
    const socket = this.socket!;
    const last = args[args.length - 1];
    const reply = typeof last === 'function' ? (args.pop() as (...a: unknown[]) => void) : undefined;
    this.options.judge.serverEvent(this.label, event, args);
    try {
      if (reply) socket.emit(event, ...args, (...answer: unknown[]) => reply(...answer));
      else socket.emit(event, ...args);
    } catch (err) {
      this.options.log(`${this.label}: "${event}" could not be relayed: ${(err as Error).message}`);
    }
  }
}

/** Attaches the Socket.IO side of the proxy to `http`. Every namespace is relayed (the judge says which must be refused). */
export function attachSocketProxy(http: HttpServer, options: SocketProxyOptions): Server {
  const server = new Server(http, { serveClient: false, maxHttpBufferSize: MAX_MESSAGE_BYTES, cors: { origin: true, credentials: true } });
  const links = new WeakMap<ServerSocket, Link>();
  const upstreamBase = options.upstream.replace(/\/$/, '');

  const handshake = (socket: ServerSocket, next: (err?: Error) => void): void => {
    const auth = (socket.handshake.auth ?? {}) as Record<string, unknown>;
    if (typeof auth.token === 'string') options.secret(auth.token);
    const label = options.judge.client(socket.nsp.name, auth.token);
    const websocketOnly = socket.conn.transport.name === 'websocket';
    const headers = forwardedHeaders(socket.handshake.headers);
    if (headers.authorization) options.secret(headers.authorization);
    const upstream = connect(upstreamBase + socket.nsp.name, {
      auth,
      query: upstreamQuery(socket.handshake.query as Record<string, unknown>),
      transports: websocketOnly ? ['websocket'] : ['polling', 'websocket'],
      extraHeaders: headers,
      reconnection: false,
      forceNew: true,
      timeout: UPSTREAM_CONNECT_MS,
      ...({ maxPayload: MAX_MESSAGE_BYTES } as object),
    });
    const link = new Link(label, upstream, socket.nsp.name, options);
    let settled = false;
    const abandon = (): void => {
      if (!settled) upstream.close();
    };
    socket.conn.once('close', abandon);
    upstream.once('connect', () => {
      settled = true;
      socket.conn.off('close', abandon);
      options.judge.admitted(label);
      links.set(socket, link);
      next();
    });
    upstream.once('connect_error', (err: Error & { data?: unknown; type?: unknown; description?: unknown }) => {
      settled = true;
      socket.conn.off('close', abandon);
      upstream.close();
      const transport = transportError(err);
      const refusal = new Error(transport === undefined ? err.message : `the proxy cannot reach the upstream ${upstreamBase}: ${transport}`) as Error & { data?: unknown };
      if (transport === undefined) {
        if (err.data !== undefined) refusal.data = err.data;
        options.judge.refused(label, { message: err.message, ...(err.data !== undefined ? { data: err.data } : {}) });
      } else {
        options.log(`${label}: ${refusal.message}`);
        options.judge.closed(label);
      }
      next(refusal);
    });
  };
  const connection = (socket: ServerSocket): void => {
    const link = links.get(socket);
    if (link) link.attach(socket);
    else socket.disconnect(true);
  };
  server.use(handshake);
  server.on('connection', connection);
  const any = server.of(/^\/.+$/);
  any.use(handshake);
  any.on('connection', connection);
  return server;
}
