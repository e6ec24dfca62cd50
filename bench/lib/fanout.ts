// (d) Fan-out: one sender writes M chats, N receivers in the channel's room get each one.
// The reference server against bare socket.io doing the same broadcast (no validation,
// no store, no rules: `socket.to(room).emit` then the ack). Each server runs in a worker
// thread, the clients in this thread, with the same client code; deliveries/s is N × M
// over first send → last delivery, and the server thread's event-loop utilization says
// how busy the server was.
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { io, type Socket } from 'socket.io-client';
import type { Fixtures } from '../../generated/events.js';
import { startEmbeddedServer } from '../../src/load/embedded.ts';

const require = createRequire(import.meta.url);

const BARE = `
const { parentPort, workerData } = require('node:worker_threads');
const { createServer } = require('node:http');
const { Server } = require(workerData.socketio);
const http = createServer();
const server = new Server(http, { serveClient: false });
let id = 0;
server.of('/socket/commu-bare').on('connection', (socket) => {
  socket.on('join', (payload, ack) => {
    socket.join(payload.channels.map((c) => 'channel:' + c));
    ack({ joined: payload.channels });
  });
  socket.on('chat', (payload, ack) => {
    const now = new Date().toISOString();
    const chat = { id: ++id, type: 'TEXT', content: payload.content, senderId: '6394cc8fd1a615bf564d7e75', channelId: payload.channelId,
      communityId: '63908b6d2258e789af7d7394', createdAt: now, updatedAt: now };
    socket.to('channel:' + payload.channelId).emit('new-chat', chat);
    ack({ written: true, chatInfo: chat });
  });
});
http.listen(0, '127.0.0.1', () => parentPort.postMessage({ url: 'http://127.0.0.1:' + http.address().port }));
parentPort.on('message', (m) => { if (m === 'close') server.close(() => parentPort.postMessage('closed')); });
`;

interface Target {
  url: string;
  namespace: string;
  channel: string;
  senderToken?: string;
  receiverTokens?: string[];
  utilization(): { active: number; idle: number };
  close(): Promise<void>;
}

async function bareTarget(): Promise<Target> {
  const worker = new Worker(BARE, { eval: true, workerData: { socketio: require.resolve('socket.io') } });
  const url = await new Promise<string>((resolve, reject) => {
    worker.once('message', (m: { url: string }) => resolve(m.url));
    worker.once('error', reject);
  });
  return {
    url, namespace: '/socket/commu-bare', channel: '6394cd01d1a615bf564d9e4c',
    utilization: () => worker.performance.eventLoopUtilization(),
    close: async () => {
      await worker.terminate();
    },
  };
}

async function referenceTarget(): Promise<Target> {
  const server = await startEmbeddedServer();
  const res = await fetch(`${server.apiUrl}/api/conformance/fixtures`, { method: 'POST' });
  const world = ((await res.json()) as { result: Fixtures }).result;
  const receivers = [world.users.member.token, world.users.channelManager.token];
  return {
    url: server.socketUrl, namespace: `/socket/commu-${world.communities.main.id}`, channel: world.communities.main.channels.public,
    senderToken: world.users.author.token, receiverTokens: receivers,
    utilization: () => server.utilization(),
    close: () => server.close(),
  };
}

function open(t: Target, token: string | undefined): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const s = io(t.url + t.namespace, { ...(token ? { auth: { token: `Bearer ${token}` } } : {}), transports: ['websocket'], reconnection: false, forceNew: true });
    s.once('connect', () => resolve(s));
    s.once('connect_error', reject);
  });
}

const ack = (s: Socket, event: string, payload: unknown) => new Promise<unknown>((resolve) => s.emit(event, payload, resolve));

export interface FanoutResult {
  deliveriesPerSec: number;
  /** Server thread busy time per chat written (µs). */
  serverUsPerChat: number;
  serverUtilization: number;
}

async function fanoutOnce(t: Target, receivers: number, chats: number, inFlight: number): Promise<FanoutResult> {
  const sockets = await Promise.all(Array.from({ length: receivers }, (_, i) => open(t, t.receiverTokens?.[i % t.receiverTokens.length])));
  const sender = await open(t, t.senderToken);
  await Promise.all(sockets.map((s) => ack(s, 'join', { channels: [t.channel] })));
  const expected = receivers * chats;
  let got = 0;
  let done!: () => void;
  const all = new Promise<void>((r) => (done = r));
  for (const s of sockets) s.on('new-chat', () => {
    if (++got === expected) done();
  });
  const before = t.utilization();
  const t0 = performance.now();
  let next = 0;
  await Promise.all(Array.from({ length: inFlight }, async () => {
    while (next < chats) {
      const k = next++;
      await ack(sender, 'chat', { chatType: 'new', channelId: t.channel, content: `fan-out ${k}` });
    }
  }));
  await all;
  const wall = performance.now() - t0;
  const after = t.utilization();
  for (const s of [...sockets, sender]) s.close();
  const active = after.active - before.active;
  return { deliveriesPerSec: (expected * 1000) / wall, serverUsPerChat: (active * 1000) / chats, serverUtilization: active / wall };
}

export interface FanoutBench {
  rows: Array<{ receivers: number; chats: number; reference: FanoutResult[]; bare: FanoutResult[] }>;
  inFlight: number;
}

export async function benchFanout(reps: number, log: (s: string) => void): Promise<FanoutBench> {
  const shapes = [
    { receivers: 10, chats: 3000 },
    { receivers: 100, chats: 600 },
  ];
  const inFlight = 16;
  const rows: FanoutBench['rows'] = shapes.map((s) => ({ ...s, reference: [], bare: [] }));
  const ref = await referenceTarget();
  const bare = await bareTarget();
  try {
    for (let r = 0; r < reps; r++) {
      for (const row of rows) {
        // Alternate which server goes first so drift does not favour one.
        const order = r % 2 === 0 ? (['reference', 'bare'] as const) : (['bare', 'reference'] as const);
        for (const which of order) {
          row[which].push(await fanoutOnce(which === 'reference' ? ref : bare, row.receivers, row.chats, inFlight));
        }
        log(`fan-out: rep ${r + 1}/${reps} N=${row.receivers}: reference ${row.reference.at(-1)!.deliveriesPerSec.toFixed(0)}/s, bare ${row.bare.at(-1)!.deliveriesPerSec.toFixed(0)}/s`);
      }
    }
  } finally {
    await ref.close();
    await bare.close();
  }
  return { rows, inFlight };
}
