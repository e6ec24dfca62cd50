// A hostile client: wrong types, missing and extra fields, null, huge strings, no
// callback, several arguments. The server answers INVALID_PAYLOAD when it can, never
// disconnects, never throws, and serves the next valid request on the same socket.
// Unexpected failures inside the server answer UNAVAILABLE / 500 without leaking text.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { io } from 'socket.io-client';
import { describe, expect, it } from 'vitest';
import { RestSurface } from '../../src/server/rest.ts';
import { Service } from '../../src/server/service.ts';
import { SocketSurface } from '../../src/server/socket.ts';
import { Store } from '../../src/server/store.ts';
import { createFixtures } from '../../src/server/fixtures.ts';
import { Client, contract, expectValid, tag, useHarness, validators, type Harness } from './helpers.ts';

let h: Harness;
useHarness((started) => (h = started));

const HUGE = 'x'.repeat(500_000);

function garbage(channelId: string, communityId: string): unknown[] {
  const deep: Record<string, unknown> = {};
  let cursor = deep;
  for (let i = 0; i < 500; i++) cursor = (cursor.next = {}) as Record<string, unknown>;
  return [
    null, 0, -1, 1e308, 'chat', '', true, [], [null], {}, deep,
    { chatType: 'new' },
    { chatType: 'new', channelId },
    { chatType: 'new', channelId, content: HUGE },
    { chatType: 'new', channelId: HUGE, content: 'x' },
    { chatType: 'new', channelId, content: ['x'] },
    { chatType: 'new', channelId, content: { toString: 'x' } },
    { chatType: 'new', channelId, content: 'x', extra: true },
    JSON.parse(`{"chatType":"new","channelId":"${channelId}","content":"x","__proto__":{"polluted":true}}`),
    { chatType: null, channelId, content: 'x' },
    { chatType: 'modify', channelId, chatId: 1.5, content: 'x' },
    { chatType: 'modify', channelId, chatId: Number.MAX_VALUE, content: 'x' },
    { chatType: 'delete', channelId, chatId: null },
    { channels: null },
    { channels: [HUGE] },
    { channels: Array.from({ length: 501 }, () => channelId) },
    { communityId, channelId, users: null },
    { communityId, channelId, users: [HUGE] },
    { communityId, channelId },
  ];
}

describe('hostile payloads', () => {
  it.each(['join', 'chat', 'invite-users-to-channel'])('%s: every bad payload is refused, the socket keeps serving', async (event) => {
    const fx = await h.world();
    const { main } = fx.communities;
    const c = await h.connect(fx.users.author.token, main.id, 'author');
    const failure = event === 'join' ? { joined: [], reason: 'INVALID_PAYLOAD' } : { written: false, reason: 'INVALID_PAYLOAD' };
    const all = garbage(main.channels.public, main.id);
    for (const payload of all) {
      // A valid payload for another event is garbage here; skip payloads valid for this one.
      if (validators.event(event, payload)?.length === 0) continue;
      const ack = await c.ack(event, payload);
      expectValid(validators.ack(event, ack), `${event} ack`);
      expect(ack, JSON.stringify(payload)?.slice(0, 80)).toEqual(failure);
      c.socket.emit(event, payload); // no callback: nothing to answer, nothing breaks
    }
    // No payload, several payloads, a non-function last argument.
    expect(await c.ack(event)).toEqual(failure);
    expect(await c.ack(event, { channels: [] }, 'extra')).toEqual(failure);
    c.socket.emit(event, { chatType: 'new', channelId: main.channels.public, content: 'not processed' }, 42);
    c.socket.emit('no-such-event', { anything: true });
    // Still the same connection, still serving.
    expect(c.socket.connected).toBe(true);
    const ok = await c.ack('chat', { chatType: 'new', channelId: main.channels.public, content: tag('after-garbage') });
    expect(ok.written).toBe(true);
    const list = await h.http('GET', `/api/channels/${main.channels.public}/chats?limit=100`, { token: fx.users.author.token });
    expect(list.body.result.chats.map((x: any) => x.content)).toEqual([ok.chatInfo.content]);
  });

  it('a message over Socket.IO\'s 1 MB limit costs only that connection', async () => {
    const fx = await h.world();
    const { main } = fx.communities;
    const big = await h.connect(fx.users.author.token, main.id, 'big');
    const closed = new Promise<string>((resolve) => big.socket.once('disconnect', (reason) => resolve(reason)));
    big.socket.emit('chat', { chatType: 'new', channelId: main.channels.public, content: 'y'.repeat(2_000_000) });
    expect(await closed).toMatch(/transport/);
    const next = await h.connect(fx.users.author.token, main.id, 'next');
    expect((await next.ack('chat', { chatType: 'new', channelId: main.channels.public, content: 'fine' })).written).toBe(true);
  });
});

describe('unexpected failures', () => {
  it('answer UNAVAILABLE / 500, log the error and leak nothing', async () => {
    const store = new Store(':memory:');
    const service = new Service(store);
    const secret = 'unit-secret';
    const fx = createFixtures(store, secret);
    const failing = new Proxy(service, {
      get(target, key, receiver) {
        if (key === 'createChat' || key === 'listChats') return () => { throw new Error('disk on fire: secret detail'); };
        return Reflect.get(target, key, receiver);
      },
    });
    const logs: string[] = [];
    const log = (line: string) => logs.push(line);
    const rest = new RestSurface({ contract, validators, service: failing, jwtSecret: secret, testMode: false, log });
    const http = createServer(rest.listener);
    const sockets = new SocketSurface(http, { contract, validators, service: failing, jwtSecret: secret, log });
    rest.attach(sockets);
    await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
    const socket = io(`${url}/socket/commu-${fx.communities.main.id}`, { auth: { token: `Bearer ${fx.users.author.token}` }, transports: ['websocket'], reconnection: false, forceNew: true });
    try {
      const c = new Client(socket, 'author');
      await new Promise<void>((resolve, reject) => { socket.once('connect', () => resolve()); socket.once('connect_error', reject); });
      const ack = await c.ack('chat', { chatType: 'new', channelId: fx.communities.main.channels.public, content: 'x' });
      expect(ack).toEqual({ written: false, reason: 'UNAVAILABLE' });
      expect(socket.connected).toBe(true);
      expect((await c.ack('join', { channels: [fx.communities.main.channels.public] })).joined).toHaveLength(1);

      const res = await fetch(`${url}/api/channels/${fx.communities.main.channels.public}/chats`, { headers: { authorization: `Bearer ${fx.users.author.token}` } });
      expect(res.status).toBe(500);
      const body = await res.json();
      expect(body).toEqual({ statusCode: 500, message: 'Internal Server Error', error: 'Internal Server Error' });
      expectValid(validators.restResponse('listChats', 500, body), 'listChats 500');
      expect(logs.filter((l) => l.includes('disk on fire'))).toHaveLength(2);
    } finally {
      socket.close();
      await rest.drain();
      await sockets.close();
      store.close();
    }
  });
});

describe('namespaces', () => {
  it('refused handshakes on addresses that name no community leave no namespace behind', async () => {
    const store = new Store(':memory:');
    const secret = 'ns-secret';
    const fx = createFixtures(store, secret);
    const http = createServer();
    const sockets = new SocketSurface(http, { contract, validators, service: new Service(store), jwtSecret: secret, log: () => undefined });
    await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
    const attempt = (community: string, token = fx.users.author.token) =>
      new Promise<string>((resolve) => {
        const s = io(`${url}/socket/commu-${community}`, { auth: { token: `Bearer ${token}` }, transports: ['websocket'], reconnection: false, forceNew: true });
        s.once('connect', () => { s.close(); resolve('connected'); });
        s.once('connect_error', (e) => { s.close(); resolve(e.message); });
      });
    try {
      const baseline = sockets.io._nsps.size;
      const bogus = Array.from({ length: 20 }, (_, i) => (i % 2 === 0 ? `junk-${i}` : i.toString(16).padStart(24, '0')));
      expect(await Promise.all(bogus.map((b) => attempt(b)))).toEqual(bogus.map(() => 'Forbidden'));
      expect(await attempt(fx.communities.main.id)).toBe('connected');
      await new Promise((resolve) => setImmediate(resolve));
      expect(sockets.io._nsps.size).toBe(baseline + 1);
      expect(await attempt(fx.communities.main.id, fx.users.stranger.token)).toBe('Forbidden');
      await new Promise((resolve) => setImmediate(resolve));
      expect(await attempt(fx.communities.main.id)).toBe('connected');
    } finally {
      await sockets.close();
      store.close();
    }
  });
});
