// The presence protocol's small reference server: Socket.IO v4 over an HTTP server with a
// test-only `POST /fixtures` (a fresh room per call). Every payload is checked against the
// contract's own schemas (asyncapi.yaml), never a hand-written check. `mutant` breaks one
// rule, for the test that proves the kit catches it.
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { Server, type Socket } from 'socket.io';
import { loadContract, Validators } from '../../src/contract/index.ts';

export const PRESENCE_DIR = fileURLToPath(new URL('.', import.meta.url));

/** A server breaking exactly one rule of the protocol. */
export type PresenceMutant =
  /** The typist receives its own `is-typing` (it MUST NOT). */
  | 'typing-echoes-sender'
  /** `said` reaches every socket of the room, subscribed to the topic or not. */
  | 'said-to-unsubscribed'
  /** An invalid `status` is acknowledged as accepted. */
  | 'status-accepts-invalid';

export interface PresenceServer {
  url: string;
  close(): Promise<void>;
}

interface Room {
  id: string;
  topics: Record<'lobby' | 'games', string>;
  members: Set<string>;
  nextId: number;
}

const id = (prefix: string, n: number) => prefix + randomBytes(8).toString('hex').replace(/[^a-z0-9]/g, '').slice(0, n);

export async function startPresence(options: { mutant?: PresenceMutant } = {}): Promise<PresenceServer> {
  const contract = loadContract(PRESENCE_DIR);
  const validators = new Validators(contract, undefined, { firstError: true });
  const valid = (event: string, payload: unknown) => validators.check(contract.events[event]!.message.schema)(payload).length === 0;
  const rooms = new Map<string, Room>();
  const tokens = new Map<string, string>();
  const mutant = options.mutant;

  const http = createServer((req, res) => {
    if (req.method === 'POST' && req.url === '/fixtures') {
      const room: Room = { id: id('', 8), topics: { lobby: id('t', 7), games: id('t', 7) }, members: new Set(), nextId: 1 };
      rooms.set(room.id, room);
      const users: Record<string, { id: string; token: string }> = {};
      for (const name of ['alice', 'bob', 'carol', 'mallory']) {
        const user = { id: id('u', 7), token: randomBytes(16).toString('hex') };
        tokens.set(user.token, user.id);
        if (name !== 'mallory') room.members.add(user.id);
        users[name] = user;
      }
      res.writeHead(201, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ room: { id: room.id, topics: room.topics }, users }));
      return;
    }
    res.writeHead(404, { 'content-type': 'application/json' });
    res.end('{"error":"not found"}');
  });
  const io = new Server(http, { serveClient: false });
  const nsp = io.of(/^\/presence\/[^/]+$/);
  nsp.use((socket, next) => {
    const raw = (socket.handshake.auth as { token?: unknown }).token;
    const match = typeof raw === 'string' ? /^Bearer (\S+)$/.exec(raw) : null;
    const user = match ? tokens.get(match[1]!) : undefined;
    if (!user) return next(new Error('Unauthorized'));
    const room = rooms.get(socket.nsp.name.slice('/presence/'.length));
    if (!room || !room.members.has(user)) return next(new Error('Forbidden'));
    socket.data.user = user;
    socket.data.room = room;
    next();
  });
  nsp.on('connection', (socket: Socket) => {
    const user = socket.data.user as string;
    const room = socket.data.room as Room;
    const topics = new Set(Object.values(room.topics));
    const subscribed = new Set<string>();
    const refuse = (reason: string) => ({ ok: false, reason });
    const handle = (event: string, act: (payload: never) => unknown) => {
      socket.on(event, (payload: unknown, ack?: unknown) => {
        if (typeof ack !== 'function') return;
        const invalid = !valid(event, payload) && !(mutant === 'status-accepts-invalid' && event === 'status');
        ack(invalid ? refuse('INVALID_PAYLOAD') : act(payload as never));
      });
    };
    handle('subscribe', (p: { topics: string[] }) => {
      const joined = p.topics.filter((t) => topics.has(t));
      for (const t of joined) {
        subscribed.add(t);
        void socket.join(t);
      }
      return { ok: true, subscribed: joined };
    });
    handle('say', (p: { topicId: string; text: string }) => {
      if (!subscribed.has(p.topicId)) return refuse('NOT_SUBSCRIBED');
      const said = { topicId: p.topicId, id: room.nextId++, from: user, text: p.text };
      if (mutant === 'said-to-unsubscribed') socket.broadcast.emit('said', said);
      else socket.to(p.topicId).emit('said', said);
      return { ok: true, id: said.id };
    });
    handle('typing', (p: { topicId: string; typing: boolean }) => {
      if (!subscribed.has(p.topicId)) return refuse('NOT_SUBSCRIBED');
      const notice = { topicId: p.topicId, from: user, typing: p.typing };
      if (mutant === 'typing-echoes-sender') socket.nsp.to(p.topicId).emit('is-typing', notice);
      else socket.to(p.topicId).emit('is-typing', notice);
      return { ok: true };
    });
    handle('status', (p: { state: string }) => {
      if (valid('status', p)) socket.broadcast.emit('presence', { from: user, state: p.state });
      return { ok: true };
    });
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const { port } = http.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => {
      void io.close(() => resolve());
    }),
  };
}

// `npx tsx examples/presence/server.ts`: serve until interrupted.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const server = await startPresence();
  process.stdout.write(`presence server on ${server.url} (POST ${server.url}/fixtures for a room)\n`);
}
