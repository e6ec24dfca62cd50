// The REST surface: every status code, the envelope and error body, pagination, the
// shared store with the socket, and REST writes fanning out to subscribed sockets.
import { beforeAll, describe, expect, it } from 'vitest';
import { signToken } from '../../src/lib/jwt.ts';
import type { Fixtures } from '../../src/server/index.ts';
import { barrier, expectValid, harness, tag, validators, useHarness, type Harness } from './helpers.ts';

let h: Harness;
useHarness((started) => (h = started));

type Op = 'createChat' | 'listChats' | 'modifyChat' | 'deleteChat' | 'inviteUsers' | 'createFixtures';

/** Checks a response against the contract: its documented schema for that status. */
function conforms(op: Op, res: { status: number; body: unknown }): void {
  expectValid(validators.restResponse(op, res.status, res.body), `${op} ${res.status}`);
  if (res.status >= 400) expect((res.body as { statusCode: number }).statusCode).toBe(res.status);
}

describe('fixtures (D-22)', () => {
  it('creates a fresh world per call that matches schemas/Fixtures.yaml', async () => {
    const res = await h.http('POST', '/api/conformance/fixtures');
    conforms('createFixtures', res);
    expectValid(validators.shape('Fixtures', res.body.result), 'fixtures');
    const again = await h.world();
    expect(again.communities.main.id).not.toBe(res.body.result.communities.main.id);
    expect(again.users.author.id).not.toBe(res.body.result.users.author.id);
    const ids = Object.values(again.users).map((u) => u.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('gives the roles the memberships the schema describes', async () => {
    const fx = await h.world();
    const { main } = fx.communities;
    const status = async (role: keyof Fixtures['users'], channel: string) =>
      (await h.http('GET', `/api/channels/${channel}/chats`, { token: fx.users[role].token })).status;
    expect(await status('channelManager', main.channels.public)).toBe(200);
    expect(await status('channelManager', main.channels.private)).toBe(200);
    expect(await status('author', main.channels.private)).toBe(200);
    expect(await status('member', main.channels.public)).toBe(200);
    expect(await status('member', main.channels.private)).toBe(403);
    expect(await status('communityManager', main.channels.public)).toBe(403);
    expect(await status('outsider', main.channels.public)).toBe(403);
    expect(await status('stranger', fx.communities.other.channels.public)).toBe(200);
    expect(await status('stranger', main.channels.public)).toBe(403);
    for (const role of ['outsider', 'invitee1', 'communityManager'] as const) await h.connect(fx.users[role].token, main.id, role);
  });

  it('does not exist without test mode', async () => {
    const plain = await harness({ testMode: false });
    try {
      const res = await plain.http('POST', '/api/conformance/fixtures');
      expect(res.status).toBe(404);
      expectValid(validators.shape('ErrorBody', res.body), 'error body');
      // The declared 404 of the test-only operation (Error404, D-41).
      expectValid(validators.restResponse('createFixtures', 404, res.body), 'the 404 of createFixtures');
    } finally {
      await plain.close();
    }
  });
});

describe('chats over REST', () => {
  let fx: Fixtures;
  let pub: string;
  beforeAll(async () => {
    fx = await h.world();
    pub = fx.communities.main.channels.public;
  });
  const create = (role: keyof Fixtures['users'], content: unknown = tag(), channel = pub) =>
    h.http('POST', `/api/channels/${channel}/chat`, { token: fx.users[role].token, body: { type: 'TEXT', content } });

  it('POST chat → 201 Chat in the envelope', async () => {
    const res = await create('author', ' verbatim <i>x</i> ');
    conforms('createChat', res);
    expect(res.status).toBe(201);
    expect(res.body.result).toMatchObject({ content: ' verbatim <i>x</i> ', senderId: fx.users.author.id, channelId: pub, communityId: fx.communities.main.id, type: 'TEXT' });
  });

  it('PATCH → 200 for the author, 403 for anyone else, 404 for unknown or deleted chats', async () => {
    const chat = (await create('author')).body.result;
    const patch = (role: keyof Fixtures['users'], id: number, content = 'edited') =>
      h.http('PATCH', `/api/channels/${pub}/chats/${id}`, { token: fx.users[role].token, body: { content } });
    const forbidden = await patch('channelManager', chat.id);
    conforms('modifyChat', forbidden);
    expect(forbidden.status).toBe(403);
    const ok = await patch('author', chat.id);
    conforms('modifyChat', ok);
    expect(ok.status).toBe(200);
    expect(ok.body.result).toMatchObject({ id: chat.id, content: 'edited', createdAt: chat.createdAt });
    expect((await patch('author', 2 ** 40)).status).toBe(404);
    const del = await h.http('DELETE', `/api/channels/${pub}/chats/${chat.id}`, { token: fx.users.author.token });
    conforms('deleteChat', del);
    expect(del.status).toBe(200);
    expect(del.body.result.deletedAt).toBe(del.body.result.updatedAt);
    expect(del.body.result.content).toBe('edited');
    const gone = await patch('author', chat.id);
    conforms('modifyChat', gone);
    expect(gone.status).toBe(404);
  });

  it('DELETE → 200 for author, channel manager, community manager; 403 for a member; 404 twice', async () => {
    for (const role of ['author', 'channelManager', 'communityManager'] as const) {
      const chat = (await create('author')).body.result;
      const res = await h.http('DELETE', `/api/channels/${pub}/chats/${chat.id}`, { token: fx.users[role].token });
      conforms('deleteChat', res);
      expect(res.status, role).toBe(200);
      const again = await h.http('DELETE', `/api/channels/${pub}/chats/${chat.id}`, { token: fx.users[role].token });
      expect(again.status).toBe(404);
    }
    const chat = (await create('author')).body.result;
    const res = await h.http('DELETE', `/api/channels/${pub}/chats/${chat.id}`, { token: fx.users.member.token });
    conforms('deleteChat', res);
    expect(res.status).toBe(403);
    // A chat addressed through another channel does not exist there.
    const wrong = await h.http('DELETE', `/api/channels/${fx.communities.main.channels.private}/chats/${chat.id}`, { token: fx.users.author.token });
    expect(wrong.status).toBe(404);
  });

  it('403 for a non-member writing or reading, 404 for an unknown channel', async () => {
    for (const role of ['outsider', 'communityManager', 'stranger'] as const) {
      const res = await create(role);
      conforms('createChat', res);
      expect(res.status, role).toBe(403);
    }
    const unknown = await create('author', 'x', 'e'.repeat(24));
    conforms('createChat', unknown);
    expect(unknown.status).toBe(404);
    const list = await h.http('GET', `/api/channels/${pub}/chats`, { token: fx.users.outsider.token });
    conforms('listChats', list);
    expect(list.status).toBe(403);
    expect((await h.http('GET', `/api/channels/${'e'.repeat(24)}/chats`, { token: fx.users.author.token })).status).toBe(404);
  });

  it.each([
    ['no Authorization header', undefined],
    ['a malformed token', 'Bearer nope'],
    ['another scheme', `Basic ${Buffer.from('a:b').toString('base64')}`],
    ['a token signed with another key', () => `Bearer ${signToken({ _id: fx.users.author.id, nickname: 'x' }, 'not-the-key')}`],
    ['an expired token', () => `Bearer ${fx.expiredToken}`],
  ] as const)('401 for %s', async (_n, auth) => {
    const value = typeof auth === 'function' ? auth() : auth;
    const res = await h.http('POST', `/api/channels/${pub}/chat`, {
      body: { type: 'TEXT', content: 'x' },
      ...(value !== undefined ? { headers: { authorization: value } } : {}),
    });
    conforms('createChat', res);
    expect(res.status).toBe(401);
    expect(res.body).toEqual({ statusCode: 401, message: 'Unauthorized', error: 'Unauthorized' });
  });

  it.each([
    ['malformed JSON', { raw: '{"type":"TEXT",', headers: { 'content-type': 'application/json' } }],
    ['a non-JSON content type', { raw: 'type=TEXT&content=x', headers: { 'content-type': 'application/x-www-form-urlencoded' } }],
    ['no body', {}],
    ['a JSON null', { raw: 'null', headers: { 'content-type': 'application/json' } }],
    ['an extra field', { body: { type: 'TEXT', content: 'x', senderId: 'a'.repeat(24) } }],
    ['type IMAGE', { body: { type: 'IMAGE', content: 'x' } }],
    ['empty content', { body: { type: 'TEXT', content: '' } }],
    ['301 code points', { body: { type: 'TEXT', content: '😀'.repeat(301) } }],
    ['content that is a number', { body: { type: 'TEXT', content: 5 } }],
    ['invalid UTF-8', { raw: new Uint8Array([0x7b, 0x22, 0xff, 0x22, 0x7d]), headers: { 'content-type': 'application/json' } }],
    ['content nested 100,000 arrays deep', { raw: `{"type":"TEXT","content":${'['.repeat(100_000)}${']'.repeat(100_000)}}`, headers: { 'content-type': 'application/json' } }],
  ] as const)('400 for %s', async (_n, opts) => {
    const res = await h.http('POST', `/api/channels/${pub}/chat`, { token: fx.users.author.token, ...(opts as object) });
    conforms('createChat', res);
    expect(res.status).toBe(400);
  });

  it.each([
    ['GET', '/api/channels/123/chats'],
    ['GET', `/api/channels/${'A'.repeat(24)}/chats`],
    ['GET', '/api/channels/%E0%A4%A/chats'],
    ['GET', '/api/channels/{c}/chats?limit=0'],
    ['GET', '/api/channels/{c}/chats?limit=101'],
    ['GET', '/api/channels/{c}/chats?limit=ten'],
    ['GET', '/api/channels/{c}/chats?limit=5&limit=6'],
    ['GET', '/api/channels/{c}/chats?before=-1'],
    ['GET', '/api/channels/{c}/chats?before=1.5'],
    ['DELETE', '/api/channels/{c}/chats/abc'],
    ['DELETE', '/api/channels/{c}/chats/6x'],
    ['DELETE', '/api/channels/{c}/chats/-1'],
    ['DELETE', '/api/channels/{c}/chats/1.0'],
    ['GET', '/api/channels/{c}/chats?before=2.0'],
  ])('400 for %s %s', async (method, path) => {
    const res = await h.http(method, path.replace('{c}', pub), { token: fx.users.author.token });
    expect(res.status).toBe(400);
    expectValid(validators.shape('ErrorBody', res.body), 'error body');
  });

  it('404 for an unknown path, 405 for a wrong method, both with the error body', async () => {
    const unknown = await h.http('GET', '/api/nothing', { token: fx.users.author.token });
    expect(unknown.status).toBe(404);
    expectValid(validators.shape('ErrorBody', unknown.body), 'error body');
    expect(unknown.body.error).toBe('Not Found');
    const wrong = await h.http('PUT', `/api/channels/${pub}/chat`, { token: fx.users.author.token, body: {} });
    expect(wrong.status).toBe(405);
    expectValid(validators.shape('ErrorBody', wrong.body), 'error body');
  });

  it('413 for a body over 1 MB, and keeps serving', async () => {
    const res = await h.http('POST', `/api/channels/${pub}/chat`, { token: fx.users.author.token, raw: JSON.stringify({ type: 'TEXT', content: 'x'.repeat(2 * 1024 * 1024) }), headers: { 'content-type': 'application/json' } });
    expect(res.status).toBe(413);
    expectValid(validators.shape('ErrorBody', res.body), 'error body');
    expect((await create('author')).status).toBe(201);
  });
});

describe('GET chats: keyset pagination (D-19)', () => {
  it('pages the live chats newest-first by page, ascending within a page', async () => {
    const fx = await h.world();
    const ch = fx.communities.main.channels.private;
    const token = fx.users.author.token;
    const ids: number[] = [];
    for (let i = 0; i < 8; i++) {
      ids.push((await h.http('POST', `/api/channels/${ch}/chat`, { token, body: { type: 'TEXT', content: `c${i}` } })).body.result.id);
    }
    await h.http('DELETE', `/api/channels/${ch}/chats/${ids[5]}`, { token });
    const live = ids.filter((_, i) => i !== 5);

    const all = await h.http('GET', `/api/channels/${ch}/chats`, { token });
    conforms('listChats', all);
    expect(all.body.result).toEqual({ chats: expect.any(Array), hasMore: false });
    expect(all.body.result.chats.map((c: any) => c.id)).toEqual(live);

    const pages: number[][] = [];
    let before: number | undefined;
    for (;;) {
      const res = await h.http('GET', `/api/channels/${ch}/chats?limit=3${before !== undefined ? `&before=${before}` : ''}`, { token });
      conforms('listChats', res);
      const { chats, hasMore, nextBefore } = res.body.result;
      pages.push(chats.map((c: any) => c.id));
      if (!hasMore) {
        expect(nextBefore).toBeUndefined();
        break;
      }
      expect(nextBefore).toBe(chats[0].id);
      before = nextBefore;
    }
    expect(pages).toEqual([live.slice(4), live.slice(1, 4), live.slice(0, 1)]);
    const exact = await h.http('GET', `/api/channels/${ch}/chats?limit=7`, { token });
    expect(exact.body.result.hasMore).toBe(false);
  });
});

describe('one store, both surfaces (D-21)', () => {
  it('a REST write reaches every subscribed socket, including the writer\'s; socket and REST see the same chat', async () => {
    const fx = await h.world();
    const { main } = fx.communities;
    const pub = main.channels.public;
    const a = await h.connect(fx.users.author.token, main.id, 'author');
    const m = await h.connect(fx.users.member.token, main.id, 'member');
    const o = await h.connect(fx.users.outsider.token, main.id, 'outsider');
    await a.ack('join', { channels: [pub] });
    await m.ack('join', { channels: [pub] });

    const created = (await h.http('POST', `/api/channels/${pub}/chat`, { token: fx.users.author.token, body: { type: 'TEXT', content: 'via rest' } })).body.result;
    for (const c of [a, m]) await c.waitFor('new-chat', (x) => x.id === created.id);
    expect(a.payloads('new-chat')[0]).toEqual(created);

    const viaSocket = await a.ack('chat', { chatType: 'modify', channelId: pub, chatId: created.id, content: 'via socket' });
    expect(viaSocket.written).toBe(true);
    const list = await h.http('GET', `/api/channels/${pub}/chats`, { token: fx.users.member.token });
    expect(list.body.result.chats).toContainEqual(viaSocket.chatInfo);

    const deleted = (await h.http('DELETE', `/api/channels/${pub}/chats/${created.id}`, { token: fx.users.channelManager.token })).body.result;
    const mods = await m.waitFor('delete-chat', (x) => x.id === created.id);
    expect(m.events[mods]!.payload).toEqual(deleted);
    expectValid(validators.event('delete-chat', deleted), 'delete-chat');
    // The outsider, subscribed to nothing, got none of it: its join ack is the barrier.
    await o.ack('join', { channels: [] });
    expect(o.events).toEqual([]);
  });

  it('POST users: the same rules and live effects as the socket invite', async () => {
    const fx = await h.world();
    const { main, other } = fx.communities;
    const priv = main.channels.private;
    const a = await h.connect(fx.users.author.token, main.id, 'author');
    await a.ack('join', { channels: [priv] });
    const i1 = await h.connect(fx.users.invitee1.token, main.id, 'invitee1');
    const invite = (role: keyof Fixtures['users'], body: unknown, channel = priv) =>
      h.http('POST', `/api/channels/${channel}/users`, { token: fx.users[role].token, body });

    const ok = await invite('author', { communityId: main.id, users: [fx.users.invitee1.id, fx.users.author.id] });
    conforms('inviteUsers', ok);
    expect(ok).toEqual({ status: 201, body: { statusCode: 201, result: { invited: [fx.users.invitee1.id] } } });
    await i1.waitFor('invited-to-channel', (c) => c._id === priv);
    const [before] = await barrier(a, priv, [i1]);
    expect(before!.map((e) => e.event)).toEqual(['invited-to-channel']);

    const cases: [keyof Fixtures['users'], unknown, string, number][] = [
      ['member', { communityId: main.id, users: [fx.users.invitee2.id] }, priv, 403],
      ['author', { communityId: main.id, users: [fx.users.invitee2.id, fx.users.stranger.id] }, priv, 403],
      ['author', { communityId: other.id, users: [fx.users.invitee2.id] }, priv, 404],
      ['author', { communityId: main.id, users: [fx.users.invitee2.id] }, 'd'.repeat(24), 404],
      ['author', { communityId: main.id, channelId: priv, users: [fx.users.invitee2.id] }, priv, 400],
      ['author', { communityId: main.id, users: [] }, priv, 400],
    ];
    for (const [role, body, channel, status] of cases) {
      const res = await invite(role, body, channel);
      conforms('inviteUsers', res);
      expect(res.status, JSON.stringify(body)).toBe(status);
    }
    expect((await h.http('GET', `/api/channels/${priv}/chats`, { token: fx.users.invitee2.token })).status).toBe(403);
  });
});

describe('two ports', () => {
  it('serves REST on apiPort and nothing but Socket.IO on port', async () => {
    const two = await harness({ port: 0, apiPort: await freePort() });
    try {
      expect(two.server.apiUrl).not.toBe(two.server.socketUrl);
      const fx = await two.world();
      const c = await two.connect(fx.users.author.token, fx.communities.main.id);
      expect((await c.ack('join', { channels: [fx.communities.main.channels.public] })).joined).toHaveLength(1);
      const onSocketPort = await fetch(`${two.server.socketUrl}/api/conformance/fixtures`, { method: 'POST' });
      expect(onSocketPort.status).toBe(404);
    } finally {
      await two.close();
    }
  });
});

async function freePort(): Promise<number> {
  const { createServer } = await import('node:net');
  return new Promise((resolve) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}
