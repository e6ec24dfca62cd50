// Hostile targets: small servers on loopback that break the runner's assumptions one at a
// time (never ack, ack late, disconnect, crash, flood, 10 MB, binary, not JSON, not
// Socket.IO, HTML or hanging REST, hanging fixtures). Each serves a valid fixtures
// document on POST /api/conformance/fixtures unless its scenario is about the fixtures.
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server as HttpServer, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket as NetSocket } from 'node:net';
import { Server as IoServer, type Socket } from 'socket.io';

const ROLES = ['communityManager', 'channelManager', 'author', 'member', 'outsider', 'stranger', 'invitee1', 'invitee2', 'invitee3'] as const;

const id = () => randomBytes(12).toString('hex');

/** A valid fixtures document (schemas/Fixtures.yaml) whose tokens mean nothing to anyone. */
export function fakeFixtures(tokens: Behaviour['tokens'] = {}): Record<string, unknown> {
  return {
    communities: {
      main: { id: id(), channels: { public: id(), private: id() } },
      other: { id: id(), channels: { public: id() } },
    },
    users: Object.fromEntries(ROLES.map((role) => [role, { id: id(), nickname: role, token: tokens[role] ?? `hostile-${role}-${randomBytes(4).toString('hex')}` }])),
  };
}

export interface Behaviour {
  /** The fixtures endpoint: a fresh document (default), HTML, or one world then hanging requests. */
  fixtures?: 'ok' | 'html' | 'hang-after-first';
  /** No Socket.IO at all: a plain HTTP server (404 HTML for everything but the fixtures). */
  plainHttp?: boolean;
  /** Each connected socket of any community namespace. */
  onConnection?: (socket: Socket) => void;
  /** Any other HTTP request (REST); default 404 JSON. */
  rest?: (req: IncomingMessage, res: ServerResponse) => void;
  /** Each engine.io connection, before any Socket.IO packet (its WebSocket is `transport.socket`). */
  onEngine?: (raw: EngineSocket) => void;
  /** The fixtures document's tokens, by role (default: random ones). */
  tokens?: Partial<Record<(typeof ROLES)[number], string>>;
}

/** What a behaviour uses of an engine.io connection: its WebSocket, to send raw frames. */
export interface EngineSocket {
  transport: { socket?: { send(data: string): void } };
}

export interface Hostile {
  url: string;
  close(): Promise<void>;
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

/** The escape character that starts every terminal control sequence. */
export const ESC = '\u001b';

export const HTML = '<!doctype html><html><head><title>Welcome</title></head><body><h1>It works!</h1></body></html>';

export async function startHostile(b: Behaviour): Promise<Hostile> {
  let fixturesServed = 0;
  const sockets = new Set<NetSocket>();
  const http: HttpServer = createServer((req, res) => {
    if (req.url === '/api/conformance/fixtures' && req.method === 'POST') {
      fixturesServed++;
      if (b.fixtures === 'html') {
        res.writeHead(200, { 'content-type': 'text/html' });
        res.end(HTML);
      } else if (b.fixtures === 'hang-after-first' && fixturesServed > 1) {
        // Never answer.
      } else {
        sendJson(res, 201, { statusCode: 201, result: fakeFixtures(b.tokens) });
      }
      return;
    }
    if (req.url?.startsWith('/socket.io/') && !b.plainHttp) return; // socket.io's own
    if (b.plainHttp) {
      res.writeHead(404, { 'content-type': 'text/html' });
      res.end(HTML);
      return;
    }
    if (b.rest) b.rest(req, res);
    else sendJson(res, 404, { statusCode: 404, message: 'Not Found', error: 'Not Found' });
  });
  http.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  let io: IoServer | undefined;
  if (!b.plainHttp) {
    io = new IoServer(http, { transports: ['websocket', 'polling'], maxHttpBufferSize: 1e8 });
    io.of(/^\/socket\/commu-[0-9a-f]{24}$/).on('connection', (socket) => b.onConnection?.(socket));
    if (b.onEngine) io.engine.on('connection', (raw: EngineSocket) => b.onEngine!(raw));
  }
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  return {
    url,
    close: async () => {
      io?.disconnectSockets(true);
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => {
        if (io) void io.close(() => resolve());
        else http.close(() => resolve());
      });
    },
  };
}

/** Acknowledges `join` with what was asked, so that cases get past their setup. */
export function acksJoin(socket: Socket): void {
  socket.on('join', (payload: { channels?: unknown }, ack?: (a: unknown) => void) => {
    if (typeof ack === 'function') ack({ joined: Array.isArray(payload?.channels) ? payload.channels : [] });
  });
}

/** The scenarios of the hostile test suite, by name. */
export const BEHAVIOURS = {
  'never-acks': {},
  'acks-late': {
    onConnection: (s) => s.onAny((...args: unknown[]) => {
      const ack = args.at(-1);
      if (typeof ack === 'function') setTimeout(() => ack({ written: false, reason: 'UNAVAILABLE' }), 3000).unref();
    }),
  },
  'disconnects-mid-case': {
    onConnection: (s) => {
      acksJoin(s);
      s.on('chat', () => s.disconnect(true));
    },
  },
  flood: {
    onConnection: (s) => {
      acksJoin(s);
      for (let i = 0; i < 100_000; i++) s.emit('new-chat', { id: i, content: `flood ${i}` });
    },
  },
  'ten-megabytes': {
    onConnection: (s) => {
      acksJoin(s);
      s.emit('new-chat', { id: 1, content: 'x'.repeat(10 * 1024 * 1024) });
    },
  },
  'binary-and-undeclared': {
    onConnection: (s) => {
      acksJoin(s);
      s.emit('new-chat', Buffer.alloc(100_000, 1));
      s.emit('hello', { undeclared: true });
      s.emit('new-chat', 'one', 2, [3]);
      s.on('chat', (_p: unknown, ack?: (a: unknown) => void) => ack?.(Buffer.from('not json')));
    },
  },
  'not-json': {
    onConnection: (s) => {
      acksJoin(s);
      // A Socket.IO EVENT packet whose JSON is cut off: the client cannot decode it.
      setTimeout(() => s.conn.send('2/socket/commu-x,["new-chat",{"id":'), 20);
    },
  },
  'plain-http': { plainHttp: true },
  'rest-html': {
    onConnection: acksJoin,
    rest: (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(HTML);
    },
  },
  'rest-hangs': { onConnection: acksJoin, rest: () => {} },
  'rest-body-hangs': {
    onConnection: acksJoin,
    rest: (_req, res) => {
      res.writeHead(201, { 'content-type': 'application/json' });
      res.write('{"statusCode":201,"result":');
    },
  },
  'rest-endless': {
    onConnection: acksJoin,
    rest: (_req, res) => {
      res.writeHead(201, { 'content-type': 'application/json' });
      const chunk = Buffer.alloc(64 * 1024, 0x20);
      const pump = () => {
        while (!res.destroyed && res.write(chunk));
        if (!res.destroyed) res.once('drain', pump);
      };
      pump();
    },
  },
  /**
   * Terminal escapes everywhere the target speaks: an event name that clears the screen and
   * sets the window title, keys and values that paint a fake green verdict, C1 CSI and bidi
   * overrides, an ack whose reason moves the cursor up to overwrite the gate line, and a
   * REST error message doing the same.
   */
  escapes: {
    onConnection: (s) => {
      acksJoin(s);
      s.emit(`${ESC}[2J${ESC}[H${ESC}]0;pwned\u0007`, { [`${ESC}[32mCONFORMS${ESC}[0m\r`]: '\u009b2J\u202eevil\b\b' });
      s.emit('new-chat', { id: `${ESC}[1A${ESC}[2K${ESC}[32mCONFORMS${ESC}[0m: 1 case: 1 passed` });
      s.on('chat', (_p: unknown, ack?: (a: unknown) => void) => ack?.({ written: false, reason: `\r${ESC}[1A${ESC}[2K${ESC}[32mCONFORMS${ESC}[0m\n` }));
    },
    rest: (_req, res) => sendJson(res, 400, { statusCode: 400, message: `${ESC}]0;title\u0007${ESC}[32mCONFORMS${ESC}[0m`, error: 'Bad Request' }),
  },
  /** An engine.io frame that is no packet at all ("x"), before the Socket.IO CONNECT. */
  'engine-garbage': { onEngine: (raw) => raw.transport.socket?.send('x') },
  /** The author's token is one letter: redaction must replace it whole, never inside words. */
  'one-letter-token': { tokens: { author: 'e' } },
  'fixtures-html': { fixtures: 'html' },
  'fixtures-hang': { fixtures: 'hang-after-first', onConnection: acksJoin },
} satisfies Record<string, Behaviour>;

export type BehaviourName = keyof typeof BEHAVIOURS;
