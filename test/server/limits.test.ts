// What abuse must not buy (issue 15, D-45..D-52): validation that costs no more than the
// payload, a root namespace that refuses, a flood that costs its sender, bodies the
// server does not read, tokens verified by jose. Every assertion counts or orders, none
// times: the costs themselves are measured in bench/ (`npm run bench -- --part limits`).
import { readFileSync } from 'node:fs';
import { connect as tcpConnect } from 'node:net';
import { join } from 'node:path';
import { io } from 'socket.io-client';
import { describe, expect, it } from 'vitest';
import { MAX_FIRST_ERRORS, PACKAGE_ROOT } from '../../src/contract/index.ts';
import { signToken } from '../../src/lib/jwt.ts';
import { authenticate, verifier } from '../../src/server/auth.ts';
import { FairQueue, MAX_QUEUED_PER_SOCKET } from '../../src/server/fairness.ts';
import { useHarness, type Harness } from './helpers.ts';

let h: Harness;
useHarness((started) => (h = started));

describe('validation cost (D-52)', () => {
  it('a 0.96 MB REST body of invalid items gets a small 400, whoever sends it', async () => {
    const w = await h.world();
    const users = `[${Array.from({ length: 480_000 }, () => '1').join(',')}]`;
    const raw = `{"communityId":"${w.communities.main.id}","users":${users}}`;
    expect(raw.length).toBeGreaterThan(950_000);
    const res = await fetch(`${h.server.apiUrl}/api/channels/${w.communities.main.channels.public}/users`, {
      method: 'POST',
      headers: { authorization: `Bearer ${w.users.stranger.token}`, 'content-type': 'application/json' },
      body: raw,
    });
    const text = await res.text();
    expect(res.status).toBe(400);
    const body = JSON.parse(text) as { message: string[] };
    expect(body.message.length).toBeGreaterThan(0);
    expect(body.message.length).toBeLessThanOrEqual(MAX_FIRST_ERRORS);
    expect(text.length).toBeLessThan(8 * 1024);
  });

  it('a huge key is cut in the message, not echoed whole', async () => {
    const w = await h.world();
    const res = await h.http('POST', `/api/channels/${w.communities.main.channels.public}/chat`, {
      token: w.users.author.token,
      body: { type: 'TEXT', content: 'x', ['k'.repeat(500_000)]: 1 },
    });
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body).length).toBeLessThan(8 * 1024);
  });

  it('a 0.9 MB socket invite is refused as INVALID_PAYLOAD on a socket that keeps serving', async () => {
    const w = await h.world();
    const c = await h.connect(w.users.author.token, w.communities.main.id);
    const users = Array.from({ length: 37_000 }, (_, i) => i.toString(16).padStart(24, '0'));
    expect(JSON.stringify(users).length).toBeGreaterThan(900_000);
    const ack = await c.ack('invite-users-to-channel', { communityId: w.communities.main.id, channelId: w.communities.main.channels.public, users });
    expect(ack).toEqual({ written: false, reason: 'INVALID_PAYLOAD' });
    expect((await c.ack('join', { channels: [w.communities.main.channels.public] })).joined).toEqual([w.communities.main.channels.public]);
  });
});

/** The connect_error message of a handshake on `path`, or 'connected'. */
function handshake(path: string, token: string): Promise<string> {
  return new Promise((resolve) => {
    const s = io(`${h.server.socketUrl}${path}`, { auth: { token: `Bearer ${token}` }, transports: ['websocket'], reconnection: false, forceNew: true });
    s.once('connect', () => { s.close(); resolve('connected'); });
    s.once('connect_error', (e) => { s.close(); resolve(e.message); });
  });
}

describe('namespaces (D-51)', () => {
  it('the root namespace and names that are no community address refuse every handshake', async () => {
    const w = await h.world();
    expect(await handshake('/', w.users.member.token)).toBe('Forbidden');
    expect(await handshake('/chat', w.users.member.token)).not.toBe('connected');
    expect(await handshake(`/socket/${w.communities.main.id}`, w.users.member.token)).not.toBe('connected');
    expect(await handshake(`/socket/commu-${w.communities.main.id}`, w.users.member.token)).toBe('connected');
  });

  it('uses public Socket.IO options, not its internals', () => {
    const source = readFileSync(join(PACKAGE_ROOT, 'src', 'server', 'socket.ts'), 'utf8');
    expect(source).not.toMatch(/_nsps|\.children\b/);
    expect(source).toMatch(/cleanupEmptyChildNamespaces: true/);
  });
});

describe('fairness (D-50)', () => {
  it(`a socket flooding past ${MAX_QUEUED_PER_SOCKET} waiting events gets UNAVAILABLE for the excess; the others are written in order`, async () => {
    const w = await h.world();
    const channelId = w.communities.main.channels.public;
    // Long-polling: every emit after the first goes out in one POST, so the server
    // decodes them all at once, before it handles any: the count does not depend on speed.
    const flooder = io(`${h.server.socketUrl}/socket/commu-${w.communities.main.id}`, {
      auth: { token: `Bearer ${w.users.author.token}` }, transports: ['polling'], upgrade: false, reconnection: false, forceNew: true,
    });
    try {
      await new Promise<void>((resolve, reject) => { flooder.once('connect', resolve); flooder.once('connect_error', reject); });
      const excess = 64;
      const total = 1 + MAX_QUEUED_PER_SOCKET + excess;
      const acks = await Promise.all(Array.from({ length: total }, (_, i) =>
        flooder.timeout(30_000).emitWithAck('chat', { chatType: 'new', channelId, content: `flood ${i}` }) as Promise<{ written: boolean; reason?: string; chatInfo?: { id: number } }>));
      const written = acks.filter((a) => a.written);
      const refused = acks.filter((a) => !a.written);
      expect(refused.every((a) => a.reason === 'UNAVAILABLE')).toBe(true);
      // The first emit may or may not still wait when the rest arrive: one either way.
      expect(refused.length).toBeGreaterThanOrEqual(excess);
      expect(written.length).toBeGreaterThanOrEqual(MAX_QUEUED_PER_SOCKET);
      const ids = written.map((a) => a.chatInfo!.id);
      expect(ids).toEqual([...ids].sort((a, b) => a - b));
      // The socket keeps serving once its queue has drained.
      expect(await flooder.timeout(5000).emitWithAck('chat', { chatType: 'new', channelId, content: 'after the flood' })).toMatchObject({ written: true });
    } finally {
      flooder.close();
    }
  });
});

describe('FairQueue (D-50)', () => {
  const drain = () => new Promise((resolve) => setTimeout(resolve, 0));
  it('serves the sockets round robin, one event each per turn, each in its own order', async () => {
    const order: string[] = [];
    const q = new FairQueue();
    for (let i = 0; i < 5; i++) q.offer('flooder', () => order.push(`f${i}`));
    q.offer('probe', () => order.push('p0'));
    q.offer('other', () => order.push('o0'));
    q.offer('probe', () => order.push('p1'));
    while (order.length < 8) await drain();
    expect(order).toEqual(['f0', 'p0', 'o0', 'f1', 'p1', 'f2', 'f3', 'f4']);
  });

  it('asks to stop reading a socket at pauseAt, to resume at half of it, and refuses past maxQueued', async () => {
    const calls: string[] = [];
    const q = new FairQueue({ pauseAt: 4, maxQueued: 6, onFull: (k) => calls.push(`full ${k}`), onRoom: (k) => calls.push(`room ${k}`) });
    const offered = Array.from({ length: 8 }, () => q.offer('a', () => calls.push('task')));
    expect(offered).toEqual([true, true, true, true, true, true, false, false]);
    expect(calls).toEqual(['full a']);
    while (q.waiting('a') > 0) await drain();
    expect(calls).toEqual(['full a', 'task', 'task', 'task', 'task', 'room a', 'task', 'task']);
  });
});

describe('bodies the server does not read (D-52)', () => {
  /**
   * Streams `total` bytes of body after `head` (in 1 MB chunks, framed when `chunked`);
   * resolves with the bytes written before the server closed, and what it answered.
   */
  function stream(head: string, total: number, chunked = false): Promise<{ written: number; response: string }> {
    return new Promise((resolve) => {
      const url = new URL(h.server.apiUrl);
      const sock = tcpConnect(Number(url.port), url.hostname);
      const data = Buffer.alloc(1024 * 1024, 0x61);
      const chunk = chunked ? Buffer.concat([Buffer.from('100000\r\n'), data, Buffer.from('\r\n')]) : data;
      let written = 0;
      let response = '';
      let done = false;
      const finish = () => { if (!done) { done = true; sock.destroy(); resolve({ written, response }); } };
      sock.on('data', (d) => { response += d.toString('latin1'); });
      sock.on('error', finish);
      sock.on('close', finish);
      const pump = () => {
        while (!done && written < total) {
          written += chunk.length;
          if (!sock.write(chunk)) return void sock.once('drain', pump);
        }
        if (written >= total) finish();
      };
      sock.write(head, pump);
    });
  }

  it('an unauthenticated 400 MB body on a route without a body is answered and the connection closed', async () => {
    const w = await h.world();
    const total = 400 * 1024 * 1024;
    const { written, response } = await stream(
      `GET /api/channels/${w.communities.main.channels.public}/chats HTTP/1.1\r\nhost: x\r\ncontent-length: ${total}\r\n\r\n`,
      total,
    );
    expect(response).toMatch(/^HTTP\/1\.1 401/);
    expect(response.toLowerCase()).toContain('connection: close');
    expect(written).toBeLessThan(64 * 1024 * 1024);
  });

  it('a chunked body on an unknown route is not drained either', async () => {
    const total = 400 * 1024 * 1024;
    const { written, response } = await stream('POST /api/nothing-here HTTP/1.1\r\nhost: x\r\ntransfer-encoding: chunked\r\n\r\n', total, true);
    expect(response).toMatch(/^HTTP\/1\.1 404/);
    expect(written).toBeLessThan(64 * 1024 * 1024);
  });
});

describe('token verification with jose (D-45..D-49)', () => {
  const secret = 'limits-secret';
  const id = 'aaaaaaaaaaaaaaaaaaaaaaaa';
  const v = verifier(secret, (x) => /^[0-9a-f]{24}$/.test(x), (x) => x === id);
  const now = Math.floor(Date.now() / 1000);
  const bearer = (claims: Record<string, unknown>, header?: Record<string, unknown>) => `Bearer ${signToken(claims, secret, header)}`;

  it.each([
    ['exp "tomorrow"', { _id: id, exp: 'tomorrow' }],
    ['exp null', { _id: id, exp: null }],
    ['no exp', { _id: id }],
    ['no _id', { exp: now + 60 }],
    ['_id naming no user', { _id: 'bbbbbbbbbbbbbbbbbbbbbbbb', exp: now + 60 }],
    ['_id not an id', { _id: 42, exp: now + 60 }],
    ['a future nbf', { _id: id, exp: now + 120, nbf: now + 60 }],
  ])('%s is TOKEN_INVALID', async (_, claims) => {
    expect(await authenticate(bearer(claims), v)).toEqual({ ok: false, code: 'TOKEN_INVALID' });
  });

  it('an unknown crit header is TOKEN_INVALID; a numeric past exp TOKEN_EXPIRED; no nickname and a lowercase scheme are fine', async () => {
    expect(await authenticate(bearer({ _id: id, exp: now + 60 }, { alg: 'HS256', crit: ['x-unknown'], 'x-unknown': 1 }), v)).toEqual({ ok: false, code: 'TOKEN_INVALID' });
    expect(await authenticate(bearer({ _id: id, exp: now - 1 }), v)).toEqual({ ok: false, code: 'TOKEN_EXPIRED' });
    expect(await authenticate(bearer({ _id: id, exp: now + 60 }), v)).toEqual({ ok: true, userId: id, nickname: undefined });
    expect(await authenticate(bearer({ _id: id, exp: now + 60, nickname: 'n' }).replace('Bearer', 'bEARER'), v)).toEqual({ ok: true, userId: id, nickname: 'n' });
  });
});
