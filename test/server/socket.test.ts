// The Socket.IO surface against the brief: handshake, join, chat rules and acks, who
// receives each broadcast (absence proved with barriers), ordering, invitations.
import { beforeAll, describe, expect, it } from 'vitest';
import { signToken, unsignedToken } from '../../src/lib/jwt.ts';
import type { Fixtures } from '../../src/server/index.ts';
import { barrier, expectValid, tag, useHarness, validators, type Client, type Harness } from './helpers.ts';

let h: Harness;
useHarness((started) => (h = started));

const newChat = (channelId: string, content = tag()) => ({ chatType: 'new', channelId, content });

async function write(client: Client, channelId: string, content = tag()): Promise<any> {
  const ack = await client.ack('chat', newChat(channelId, content));
  expectValid(validators.ack('chat', ack), 'chat ack');
  expect(ack.written).toBe(true);
  return ack.chatInfo;
}

async function joined(client: Client, channels: string[]): Promise<string[]> {
  const ack = await client.ack('join', { channels });
  expectValid(validators.ack('join', ack), 'join ack');
  return ack.joined;
}

describe('handshake (D-07)', () => {
  let fx: Fixtures;
  beforeAll(async () => {
    fx = await h.world();
  });

  it('accepts a member with "Bearer <jwt>"', async () => {
    const c = await h.connect(fx.users.outsider.token, fx.communities.main.id);
    expect(c.socket.connected).toBe(true);
  });

  const cases: [string, () => { token?: string; auth?: Record<string, unknown>; community?: string }, string, string][] = [
    ['no token', () => ({}), 'Unauthorized', 'TOKEN_MISSING'],
    ['an empty token', () => ({ token: '' }), 'Unauthorized', 'TOKEN_MISSING'],
    ['a token that is not a string', () => ({ auth: { token: 42 } }), 'Unauthorized', 'TOKEN_MISSING'],
    ['a jwt without "Bearer "', () => ({ token: fx.users.author.token }), 'Unauthorized', 'TOKEN_MISSING'],
    ['another scheme', () => ({ token: `Basic ${fx.users.author.token}` }), 'Unauthorized', 'TOKEN_MISSING'],
    ['"Bearer " and nothing', () => ({ token: 'Bearer ' }), 'Unauthorized', 'TOKEN_MISSING'],
    ['a jwt whose _id is not a user id', () => ({ token: `Bearer ${signToken({ _id: 'root', nickname: 'a' }, h.server.jwtSecret)}` }), 'Unauthorized', 'TOKEN_INVALID'],
    ['a malformed jwt', () => ({ token: 'Bearer not.a.jwt' }), 'Unauthorized', 'TOKEN_INVALID'],
    ['a jwt signed with another key', () => ({ token: `Bearer ${signToken({ _id: fx.users.author.id, nickname: 'a' }, 'other-key')}` }), 'Unauthorized', 'TOKEN_INVALID'],
    ['an unsigned jwt (alg none)', () => ({ token: `Bearer ${unsignedToken({ _id: fx.users.author.id, nickname: 'a' })}` }), 'Unauthorized', 'TOKEN_INVALID'],
    ['an expired jwt', () => ({ token: `Bearer ${fx.expiredToken}` }), 'Unauthorized', 'TOKEN_EXPIRED'],
    ['a user outside the community', () => ({ token: `Bearer ${fx.users.stranger.token}` }), 'Forbidden', 'NOT_A_MEMBER'],
    ['an unknown community', () => ({ token: `Bearer ${fx.users.author.token}`, community: 'a'.repeat(24) }), 'Forbidden', 'UNKNOWN_COMMUNITY'],
    ['a malformed community id', () => ({ token: `Bearer ${fx.users.author.token}`, community: 'NOT-AN-ID' }), 'Forbidden', 'UNKNOWN_COMMUNITY'],
    ['an empty community id', () => ({ token: `Bearer ${fx.users.author.token}`, community: '' }), 'Forbidden', 'UNKNOWN_COMMUNITY'],
  ];
  it.each(cases)('refuses %s', async (_name, make, message, code) => {
    const { token, auth, community } = make();
    const err = await h.refused(token, community ?? fx.communities.main.id, auth);
    expect(err).toEqual({ message, data: { code } });
    expectValid(validators.event('connect_error', err), 'connect_error');
  });

  it('still serves a namespace after refusals on it', async () => {
    await h.refused(`Bearer ${fx.users.stranger.token}`, fx.communities.main.id);
    const c = await h.connect(fx.users.member.token, fx.communities.main.id);
    expect(await joined(c, [fx.communities.main.channels.public])).toEqual([fx.communities.main.channels.public]);
  });
});

describe('join (D-08)', () => {
  it('subscribes only listed channels of this community the user is a member of', async () => {
    const fx = await h.world();
    const { main, other } = fx.communities;
    const m = await h.connect(fx.users.member.token, main.id, 'member');
    const got = await joined(m, [main.channels.private, other.channels.public, 'f'.repeat(24), main.channels.public, main.channels.public]);
    expect(got).toEqual([main.channels.public]);
  });

  it('subscribes only the emitting socket', async () => {
    const fx = await h.world();
    const { main } = fx.communities;
    const m1 = await h.connect(fx.users.member.token, main.id, 'member-1');
    const m2 = await h.connect(fx.users.member.token, main.id, 'member-2');
    const a = await h.connect(fx.users.author.token, main.id, 'author');
    await joined(m1, [main.channels.public]);
    await joined(a, [main.channels.private]);
    const chat = await write(await h.connect(fx.users.channelManager.token, main.id), main.channels.public);
    await m1.waitFor('new-chat', (c) => c.id === chat.id);
    // m2 never joined: its own join ack is the barrier (the server emits before it
    // handles the join), then it must receive the next chat of the channel.
    expect(await joined(m2, [main.channels.public])).toEqual([main.channels.public]);
    expect(m2.payloads('new-chat')).toEqual([]);
    const next = await write(a, main.channels.public);
    await m2.waitFor('new-chat', (c) => c.id === next.id);
  });

  it('a non-member joining a private channel is not subscribed: it receives none of its chats', async () => {
    const fx = await h.world();
    const { main } = fx.communities;
    const m = await h.connect(fx.users.member.token, main.id, 'member');
    expect(await joined(m, [main.channels.private, main.channels.public])).toEqual([main.channels.public]);
    const a = await h.connect(fx.users.author.token, main.id, 'author');
    await joined(a, [main.channels.private]);
    await write(a, main.channels.private);
    // The barrier: the author's next chat in public reaches m after anything the private write sent it.
    const [before] = await barrier(a, main.channels.public, [m]);
    expect(before!.filter((r) => r.event === 'new-chat')).toEqual([]);
  });

  it('answers an invalid payload with INVALID_PAYLOAD and subscribes nothing', async () => {
    const fx = await h.world();
    const { main } = fx.communities;
    const m = await h.connect(fx.users.member.token, main.id, 'member');
    for (const bad of [{ channels: [main.channels.public], extra: 1 }, { channels: main.channels.public }, { channels: ['6'] }, null]) {
      const ack = await m.ack('join', bad);
      expectValid(validators.ack('join', ack), 'join ack');
      expect(ack).toEqual({ joined: [], reason: 'INVALID_PAYLOAD' });
    }
    const a = await h.connect(fx.users.author.token, main.id, 'author');
    await write(a, main.channels.public);
    expect(await joined(m, [])).toEqual([]);
    expect(m.payloads('new-chat')).toEqual([]);
  });

  it('works without a callback, and re-joining is harmless', async () => {
    const fx = await h.world();
    const { main } = fx.communities;
    const m = await h.connect(fx.users.member.token, main.id, 'member');
    m.socket.emit('join', { channels: [main.channels.public] });
    expect(await joined(m, [main.channels.public])).toEqual([main.channels.public]);
    const a = await h.connect(fx.users.author.token, main.id, 'author');
    const first = await write(a, main.channels.public);
    const [before] = await barrier(a, main.channels.public, [m]);
    expect(before!.filter((e) => e.event === 'new-chat').map((e) => (e.payload as any).id)).toEqual([first.id]);
  });
});

describe('chat: writes, acks and rules (D-09, D-10, D-12, D-13, D-14)', () => {
  let fx: Fixtures;
  let pub: string;
  let priv: string;
  beforeAll(async () => {
    fx = await h.world();
    pub = fx.communities.main.channels.public;
    priv = fx.communities.main.channels.private;
  });
  const as = (role: keyof Fixtures['users']) => h.connect(fx.users[role].token, fx.communities.main.id, role);

  it('writes a new chat: the token user is the sender, content verbatim, TEXT, the namespace community', async () => {
    const a = await as('author');
    const content = '  <b>héllo</b> & "quotes" \u0301e\u00a0 ';
    const before = Date.now();
    const chat = await write(a, pub, content);
    expect(chat).toMatchObject({ type: 'TEXT', content, senderId: fx.users.author.id, channelId: pub, communityId: fx.communities.main.id });
    expect(chat.deletedAt).toBeUndefined();
    expect('deletedAt' in chat).toBe(false);
    expect(chat.createdAt).toBe(chat.updatedAt);
    expect(Date.parse(chat.createdAt)).toBeGreaterThanOrEqual(before - 5);
    const next = await write(a, pub);
    expect(next.id).toBeGreaterThan(chat.id);
  });

  it('counts content in code points: 300 emoji are valid, 301 are not', async () => {
    const a = await as('author');
    expect((await write(a, pub, '😀'.repeat(300))).content).toBe('😀'.repeat(300));
    expect(await a.ack('chat', newChat(pub, '😀'.repeat(301)))).toEqual({ written: false, reason: 'INVALID_PAYLOAD' });
    expect(await a.ack('chat', newChat(pub, ''))).toEqual({ written: false, reason: 'INVALID_PAYLOAD' });
  });

  it.each([
    ['a client-set senderId', (ch: string) => ({ ...newChat(ch), senderId: 'a'.repeat(24) })],
    ['a string chatId', (ch: string) => ({ chatType: 'modify', channelId: ch, chatId: '6', content: 'x' })],
    ['snake_case keys', (ch: string) => ({ chatType: 'new', channel_id: ch, content: 'x' })],
    ['an unknown chatType', (ch: string) => ({ chatType: 'edit', channelId: ch, content: 'x' })],
    ['a malformed channel id', () => newChat('6394CD01D1A615BF564D9E4C')],
    ['a negative chatId', (ch: string) => ({ chatType: 'delete', channelId: ch, chatId: -1 })],
    ['content on delete', (ch: string) => ({ chatType: 'delete', channelId: ch, chatId: 1, content: 'x' })],
  ])('refuses %s as INVALID_PAYLOAD and writes nothing', async (_name, make) => {
    const a = await as('author');
    const ack = await a.ack('chat', make(pub));
    expectValid(validators.ack('chat', ack), 'chat ack');
    expect(ack).toEqual({ written: false, reason: 'INVALID_PAYLOAD' });
  });

  it.each([
    ['a member of the public channel', 'member', 'public', true, undefined],
    ['the channel manager', 'channelManager', 'private', true, undefined],
    ['a community member outside the channel', 'outsider', 'public', false, 'FORBIDDEN'],
    ['the community manager outside the channel', 'communityManager', 'public', false, 'FORBIDDEN'],
    ['a member of the public channel in the private one', 'member', 'private', false, 'FORBIDDEN'],
  ] as const)('new by %s: written=%s', async (_n, role, channel, written, reason) => {
    const c = await as(role);
    const ack = await c.ack('chat', newChat(channel === 'public' ? pub : priv));
    expectValid(validators.ack('chat', ack), 'chat ack');
    expect(ack.written).toBe(written);
    if (!written) expect(ack).toEqual({ written: false, reason });
  });

  it('new in a channel of another community or an unknown channel is NOT_FOUND', async () => {
    const a = await as('author');
    expect(await a.ack('chat', newChat(fx.communities.other.channels.public))).toEqual({ written: false, reason: 'NOT_FOUND' });
    expect(await a.ack('chat', newChat('0'.repeat(24)))).toEqual({ written: false, reason: 'NOT_FOUND' });
    // Seen from the other community's namespace, main's channel does not exist either.
    const s = await h.connect(fx.users.stranger.token, fx.communities.other.id, 'stranger');
    expect(await s.ack('chat', newChat(pub))).toEqual({ written: false, reason: 'NOT_FOUND' });
  });

  it('modify: the author only; content and updatedAt change, createdAt never', async () => {
    const a = await as('author');
    const chat = await write(a, pub, 'first');
    for (const role of ['member', 'channelManager', 'communityManager'] as const) {
      const other = await as(role);
      expect(await other.ack('chat', { chatType: 'modify', channelId: pub, chatId: chat.id, content: 'nope' })).toEqual({ written: false, reason: 'FORBIDDEN' });
    }
    const ack = await a.ack('chat', { chatType: 'modify', channelId: pub, chatId: chat.id, content: 'second' });
    expectValid(validators.ack('chat', ack), 'chat ack');
    expect(ack.written).toBe(true);
    expect(ack.chatInfo).toMatchObject({ ...chat, content: 'second', updatedAt: expect.any(String) });
    expect(ack.chatInfo.createdAt).toBe(chat.createdAt);
    expect(Date.parse(ack.chatInfo.updatedAt)).toBeGreaterThanOrEqual(Date.parse(chat.createdAt));
    expect('deletedAt' in ack.chatInfo).toBe(false);
  });

  it('delete: the author, the channel manager, the community manager (not a channel member); content kept', async () => {
    for (const role of ['author', 'channelManager', 'communityManager'] as const) {
      const a = await as('author');
      const chat = await write(a, pub, `to delete by ${role}`);
      const deleter = role === 'author' ? a : await as(role);
      const ack = await deleter.ack('chat', { chatType: 'delete', channelId: pub, chatId: chat.id });
      expectValid(validators.ack('chat', ack), 'chat ack');
      expect(ack.written, role).toBe(true);
      expect(ack.chatInfo).toMatchObject({ id: chat.id, content: chat.content, createdAt: chat.createdAt, senderId: fx.users.author.id });
      expect(ack.chatInfo.deletedAt).toBe(ack.chatInfo.updatedAt);
      expectValid(validators.event('delete-chat', ack.chatInfo), 'deleted chat');
    }
  });

  it('delete by a member who is not the author is FORBIDDEN', async () => {
    const chat = await write(await as('author'), pub);
    const m = await as('member');
    expect(await m.ack('chat', { chatType: 'delete', channelId: pub, chatId: chat.id })).toEqual({ written: false, reason: 'FORBIDDEN' });
  });

  it('a chat that is deleted, unknown or in another channel is NOT_FOUND', async () => {
    const a = await as('author');
    const chat = await write(a, pub);
    const inPrivate = await write(a, priv);
    await a.ack('chat', { chatType: 'delete', channelId: pub, chatId: chat.id });
    const notFound = { written: false, reason: 'NOT_FOUND' };
    expect(await a.ack('chat', { chatType: 'delete', channelId: pub, chatId: chat.id })).toEqual(notFound);
    expect(await a.ack('chat', { chatType: 'modify', channelId: pub, chatId: chat.id, content: 'x' })).toEqual(notFound);
    expect(await a.ack('chat', { chatType: 'modify', channelId: pub, chatId: 2 ** 40, content: 'x' })).toEqual(notFound);
    expect(await a.ack('chat', { chatType: 'modify', channelId: pub, chatId: inPrivate.id, content: 'x' })).toEqual(notFound);
    expect(await a.ack('chat', { chatType: 'delete', channelId: pub, chatId: inPrivate.id })).toEqual(notFound);
  });

  it('processes a chat sent without a callback', async () => {
    const m = await as('member');
    await joined(m, [pub]);
    const a = await as('author');
    const content = tag('no-callback');
    a.socket.emit('chat', newChat(pub, content));
    await m.waitFor('new-chat', (c) => c.content === content);
    const list = await h.http('GET', `/api/channels/${pub}/chats?limit=100`, { token: fx.users.member.token });
    expect(list.body.result.chats.map((c: any) => c.content)).toContain(content);
  });
});

describe('broadcasts (D-15): who receives, who must not', () => {
  it('new/modify/delete reach every subscribed socket but the emitting one, in the same Chat as the ack', async () => {
    const fx = await h.world();
    const { main, other } = fx.communities;
    const a1 = await h.connect(fx.users.author.token, main.id, 'author-1');
    const a2 = await h.connect(fx.users.author.token, main.id, 'author-2');
    const m = await h.connect(fx.users.member.token, main.id, 'member');
    const mIdle = await h.connect(fx.users.member.token, main.id, 'member-not-joined');
    const chm = await h.connect(fx.users.channelManager.token, main.id, 'channel-manager-private-only');
    const s1 = await h.connect(fx.users.stranger.token, other.id, 'stranger-1');
    const s2 = await h.connect(fx.users.stranger.token, other.id, 'stranger-2');
    await joined(a1, [main.channels.public]);
    await joined(a2, [main.channels.public]);
    await joined(m, [main.channels.public]);
    await joined(chm, [main.channels.private]);
    await joined(s1, [other.channels.public]);

    const created = await write(a1, main.channels.public);
    const modAck = await a1.ack('chat', { chatType: 'modify', channelId: main.channels.public, chatId: created.id, content: 'changed' });
    const delAck = await a1.ack('chat', { chatType: 'delete', channelId: main.channels.public, chatId: created.id });
    expect([modAck.written, delAck.written]).toEqual([true, true]);
    const expected = [
      { event: 'new-chat', payload: created },
      { event: 'modify-chat', payload: modAck.chatInfo },
      { event: 'delete-chat', payload: delAck.chatInfo },
    ];

    // Barriers: a later chat by someone else through each socket's own room.
    const [a1Before] = await barrier(m, main.channels.public, [a1]);
    const [a2Before, mBefore] = await barrier(a1, main.channels.public, [a2, m]);
    expect(a2Before!.filter((e) => e.event !== 'new-chat' || (e.payload as any).id === created.id)).toEqual(expected);
    expect(mBefore!.filter((e) => e.event !== 'new-chat' || (e.payload as any).id === created.id)).toEqual(expected);
    for (const e of expected) expectValid(validators.event(e.event, e.payload), e.event);
    // The emitting socket got none of its own events.
    expect(a1Before!.filter((e) => (e.payload as any)?.id === created.id)).toEqual([]);

    const [chmBefore] = await barrier(a1, main.channels.private, [chm]);
    expect(chmBefore).toEqual([]);
    const [s1Before] = await barrier(s2, other.channels.public, [s1]);
    expect(s1Before).toEqual([]);
    expect(await joined(mIdle, [])).toEqual([]);
    expect(mIdle.events).toEqual([]);
  });

  it('a refused write broadcasts nothing', async () => {
    const fx = await h.world();
    const { main } = fx.communities;
    const a = await h.connect(fx.users.author.token, main.id, 'author');
    const m = await h.connect(fx.users.member.token, main.id, 'member');
    await joined(a, [main.channels.public]);
    await joined(m, [main.channels.public]);
    const chat = await write(a, main.channels.public);
    await m.waitFor('new-chat', (c) => c.id === chat.id);
    const start = m.events.length;
    expect((await m.ack('chat', { chatType: 'modify', channelId: main.channels.public, chatId: chat.id, content: 'x' })).written).toBe(false);
    expect((await m.ack('chat', { chatType: 'delete', channelId: main.channels.public, chatId: chat.id })).written).toBe(false);
    expect((await a.ack('chat', { chatType: 'new', channelId: main.channels.public, content: '' })).written).toBe(false);
    const [before] = await barrier(m, main.channels.public, [a]);
    expect(before!.filter((e) => e.event !== 'new-chat')).toEqual([]);
    expect(m.events.slice(start)).toEqual([]);
  });

  it('keeps write order per channel under concurrent senders', async () => {
    const fx = await h.world();
    const { main } = fx.communities;
    const ch = main.channels.public;
    const senders = await Promise.all(
      (['author', 'member', 'channelManager', 'author'] as const).map((r, i) => h.connect(fx.users[r].token, main.id, `${r}-${i}`)),
    );
    const receivers = await Promise.all(
      (['member', 'channelManager'] as const).map((r) => h.connect(fx.users[r].token, main.id, `${r}-receiver`)),
    );
    for (const c of [...senders, ...receivers]) await joined(c, [ch]);
    const PER = 40;
    const acks = await Promise.all(
      senders.flatMap((s, i) => Array.from({ length: PER }, (_, k) => s.ack('chat', newChat(ch, `s${i}-${k}`)))),
    );
    expect(acks.every((a) => a.written === true)).toBe(true);
    const total = senders.length * PER;
    for (const r of receivers) {
      await r.waitFor('new-chat', () => r.payloads('new-chat').length >= total);
      const ids = r.payloads('new-chat').map((c) => c.id as number);
      expect(ids).toHaveLength(total);
      expect(ids).toEqual([...ids].sort((x, y) => x - y));
      expect(new Set(ids).size).toBe(total);
    }
    // Each sender sees everyone else's chats, in order, and none of its own.
    for (const [i, s] of senders.entries()) {
      await s.waitFor('new-chat', () => s.payloads('new-chat').length >= total - PER);
      const got = s.payloads('new-chat');
      expect(got.filter((c) => String(c.content).startsWith(`s${i}-`))).toEqual([]);
      const ids = got.map((c) => c.id as number);
      expect(ids).toEqual([...ids].sort((x, y) => x - y));
    }
  });
});

describe('invite-users-to-channel (D-16, D-17)', () => {
  it('adds community members, subscribes all their sockets at once and tells them', async () => {
    const fx = await h.world();
    const { main } = fx.communities;
    const priv = main.channels.private;
    const a = await h.connect(fx.users.author.token, main.id, 'author');
    await joined(a, [priv]);
    const i1a = await h.connect(fx.users.invitee1.token, main.id, 'invitee1-a');
    const i1b = await h.connect(fx.users.invitee1.token, main.id, 'invitee1-b');
    const m = await h.connect(fx.users.member.token, main.id, 'member');
    const chm = await h.connect(fx.users.channelManager.token, main.id, 'channel-manager');
    await joined(chm, [priv]);

    const ack = await a.ack('invite-users-to-channel', { communityId: main.id, channelId: priv, users: [fx.users.member.id, fx.users.channelManager.id, fx.users.invitee1.id] });
    expectValid(validators.ack('invite-users-to-channel', ack), 'invite ack');
    expect(ack).toEqual({ written: true, invited: [fx.users.member.id, fx.users.invitee1.id] });

    for (const c of [i1a, i1b, m]) {
      const index = await c.waitFor('invited-to-channel');
      const channel = c.events[index]!.payload;
      expectValid(validators.event('invited-to-channel', channel), 'invited-to-channel');
      expect(channel).toMatchObject({ _id: priv, managerId: fx.users.channelManager.id, isPrivate: true, type: 'Channel', communityId: main.id, existUnreadChat: false });
    }
    // Subscribed without a join: the next chat of the channel reaches them; the
    // channel manager (already a member) was not notified again.
    const [i1aBefore, i1bBefore, mBefore, chmBefore] = await barrier(a, priv, [i1a, i1b, m, chm]);
    for (const before of [i1aBefore, i1bBefore, mBefore]) expect(before!.map((e) => e.event)).toEqual(['invited-to-channel']);
    expect(chmBefore).toEqual([]);
    expect(a.events.filter((e) => e.event === 'invited-to-channel')).toEqual([]);
    // Visible through REST.
    expect((await h.http('GET', `/api/channels/${priv}/chats`, { token: fx.users.invitee1.token })).status).toBe(200);

    // Inviting the same users again adds nobody and notifies nobody.
    const again = await a.ack('invite-users-to-channel', { communityId: main.id, channelId: priv, users: [fx.users.invitee1.id] });
    expect(again).toEqual({ written: true, invited: [] });
    const [afterAgain] = await barrier(a, priv, [i1a]);
    expect(afterAgain!.filter((e) => e.event === 'invited-to-channel')).toHaveLength(1);
  });

  it('reports existUnreadChat from the chats not deleted', async () => {
    const fx = await h.world();
    const { main } = fx.communities;
    const a = await h.connect(fx.users.author.token, main.id, 'author');
    const chat = await write(a, main.channels.public);
    const i1 = await h.connect(fx.users.invitee1.token, main.id, 'invitee1');
    await a.ack('invite-users-to-channel', { communityId: main.id, channelId: main.channels.public, users: [fx.users.invitee1.id] });
    await i1.waitFor('invited-to-channel');
    expect(i1.payloads('invited-to-channel')[0].existUnreadChat).toBe(true);
    await a.ack('chat', { chatType: 'delete', channelId: main.channels.public, chatId: chat.id });
    const i2 = await h.connect(fx.users.invitee2.token, main.id, 'invitee2');
    await a.ack('invite-users-to-channel', { communityId: main.id, channelId: main.channels.public, users: [fx.users.invitee2.id] });
    await i2.waitFor('invited-to-channel');
    expect(i2.payloads('invited-to-channel')[0].existUnreadChat).toBe(false);
  });

  it('is all or nothing: one invitee outside the community fails the whole request', async () => {
    const fx = await h.world();
    const { main } = fx.communities;
    const a = await h.connect(fx.users.author.token, main.id, 'author');
    const i3 = await h.connect(fx.users.invitee3.token, main.id, 'invitee3');
    const ack = await a.ack('invite-users-to-channel', { communityId: main.id, channelId: main.channels.private, users: [fx.users.invitee3.id, fx.users.stranger.id] });
    expectValid(validators.ack('invite-users-to-channel', ack), 'invite ack');
    expect(ack).toEqual({ written: false, reason: 'FORBIDDEN' });
    expect((await h.http('GET', `/api/channels/${main.channels.private}/chats`, { token: fx.users.invitee3.token })).status).toBe(403);
    // Barrier: a valid invitation now; invitee3 must get exactly that one.
    expect(await a.ack('invite-users-to-channel', { communityId: main.id, channelId: main.channels.private, users: [fx.users.invitee3.id] }))
      .toEqual({ written: true, invited: [fx.users.invitee3.id] });
    await i3.waitFor('invited-to-channel');
    const [before] = await barrier(a, main.channels.private, [i3]);
    expect(before!.map((e) => e.event)).toEqual(['invited-to-channel']);
  });

  it.each([
    ['an inviter outside the channel', 'member', 'private', 'main', 'FORBIDDEN'],
    ['a communityId other than the namespace\'s', 'author', 'private', 'other', 'FORBIDDEN'],
    ['a channel of another community', 'author', 'otherChannel', 'main', 'NOT_FOUND'],
    ['an unknown channel', 'author', 'unknown', 'main', 'NOT_FOUND'],
  ] as const)('refuses %s', async (_n, role, channel, community, reason) => {
    const fx = await h.world();
    const { main, other } = fx.communities;
    const c = await h.connect(fx.users[role].token, main.id, role);
    const channelId = channel === 'private' ? main.channels.private : channel === 'otherChannel' ? other.channels.public : 'c'.repeat(24);
    const ack = await c.ack('invite-users-to-channel', { communityId: community === 'main' ? main.id : other.id, channelId, users: [fx.users.invitee1.id] });
    expect(ack).toEqual({ written: false, reason });
    expect((await h.http('GET', `/api/channels/${main.channels.private}/chats`, { token: fx.users.invitee1.token })).status).toBe(403);
  });

  it('refuses invalid payloads (snake_case, empty or duplicate users)', async () => {
    const fx = await h.world();
    const { main } = fx.communities;
    const a = await h.connect(fx.users.author.token, main.id, 'author');
    const base = { communityId: main.id, channelId: main.channels.private };
    for (const bad of [
      { community_id: main.id, channel_id: main.channels.private, users: [fx.users.invitee1.id] },
      { ...base, users: [] },
      { ...base, users: [fx.users.invitee1.id, fx.users.invitee1.id] },
      { ...base, users: Array.from({ length: 101 }, (_, i) => i.toString(16).padStart(24, '0')) },
    ]) {
      expect(await a.ack('invite-users-to-channel', bad)).toEqual({ written: false, reason: 'INVALID_PAYLOAD' });
    }
  });
});
