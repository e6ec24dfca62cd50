// The rules as pure functions: a table per rule, every permission allowed and denied.
import { describe, expect, it } from 'vitest';
import { connectVerdict, mayCreateChat, mayDeleteChat, mayJoin, mayModifyChat, mayRead, planInvite } from '../../src/server/rules.ts';

const COMMUNITY = 'c'.repeat(24);
const channel = { id: '1'.repeat(24), communityId: COMMUNITY, managerId: 'm'.repeat(24) };
const chat = { id: 7, channelId: channel.id, senderId: 'a'.repeat(24) };
const reason = (v: { ok: boolean; reason?: string }) => (v.ok ? 'ok' : v.reason);

describe('connect', () => {
  it.each([
    [{ idWellFormed: false, communityExists: false, isMember: false }, { message: 'Forbidden', code: 'UNKNOWN_COMMUNITY' }],
    [{ idWellFormed: true, communityExists: false, isMember: false }, { message: 'Forbidden', code: 'UNKNOWN_COMMUNITY' }],
    [{ idWellFormed: true, communityExists: true, isMember: false }, { message: 'Forbidden', code: 'NOT_A_MEMBER' }],
    [{ idWellFormed: true, communityExists: true, isMember: true }, undefined],
  ])('%o → %o', (facts, want) => expect(connectVerdict(facts)).toEqual(want));
});

describe('channel scope, join, read, new', () => {
  it.each([
    ['member, in scope', channel, COMMUNITY, true, 'ok'],
    ['member, REST (no scope)', channel, undefined, true, 'ok'],
    ['not a member', channel, COMMUNITY, false, 'FORBIDDEN'],
    ['another community', channel, 'd'.repeat(24), true, 'NOT_FOUND'],
    ['no such channel', undefined, COMMUNITY, true, 'NOT_FOUND'],
  ] as const)('%s', (_n, ch, scope, isChannelMember, want) => {
    expect(reason(mayCreateChat({ channel: ch, scope, isChannelMember }))).toBe(want);
    expect(reason(mayRead({ channel: ch, scope, isChannelMember }))).toBe(want);
    if (scope !== undefined) expect(mayJoin(ch, scope, isChannelMember)).toBe(want === 'ok');
  });
});

describe('modify and delete', () => {
  const cm = 'x'.repeat(24);
  it.each([
    ['author', chat.senderId, true, 'ok', 'ok'],
    ['channel manager', channel.managerId, true, 'FORBIDDEN', 'ok'],
    ['community manager outside the channel', cm, false, 'FORBIDDEN', 'ok'],
    ['another member', 'e'.repeat(24), true, 'FORBIDDEN', 'FORBIDDEN'],
    ['a non-member', 'e'.repeat(24), false, 'FORBIDDEN', 'FORBIDDEN'],
  ])('%s: modify %s, delete %s', (_n, userId, isChannelMember, modify, del) => {
    expect(reason(mayModifyChat({ channel, scope: COMMUNITY, chat, userId, isChannelMember }))).toBe(modify);
    expect(reason(mayDeleteChat({ channel, scope: COMMUNITY, chat, userId, isChannelMember, communityManagerId: cm }))).toBe(del);
  });

  it('checks the right to act in the channel before the chat (D-13 order)', () => {
    const outsider = { channel, scope: COMMUNITY, chat: undefined, userId: 'e'.repeat(24), isChannelMember: false };
    expect(reason(mayModifyChat(outsider))).toBe('FORBIDDEN');
    expect(reason(mayDeleteChat({ ...outsider, communityManagerId: cm }))).toBe('FORBIDDEN');
    expect(reason(mayDeleteChat({ ...outsider, userId: cm, communityManagerId: cm }))).toBe('NOT_FOUND');
  });

  it.each([
    ['a deleted chat', { ...chat, deletedAt: '2024-01-01T00:00:00.000Z' }, channel],
    ['a chat of another channel', { ...chat, channelId: '2'.repeat(24) }, channel],
    ['no chat', undefined, channel],
    ['no channel', chat, undefined],
  ])('%s is NOT_FOUND, even for the author', (_n, c, ch) => {
    expect(reason(mayModifyChat({ channel: ch, scope: COMMUNITY, chat: c, userId: chat.senderId, isChannelMember: true }))).toBe('NOT_FOUND');
    expect(reason(mayDeleteChat({ channel: ch, scope: COMMUNITY, chat: c, userId: chat.senderId, isChannelMember: true, communityManagerId: undefined }))).toBe('NOT_FOUND');
  });
});

describe('invite', () => {
  const u = (id: string, isCommunityMember = true, isChannelMember = false) => ({ id: id.repeat(24), isCommunityMember, isChannelMember });
  const base = { scope: COMMUNITY, requestedCommunityId: COMMUNITY, channel, inviterIsChannelMember: true };
  it('adds the community members not yet in the channel, in request order', () => {
    expect(planInvite({ ...base, invitees: [u('3'), u('1', true, true), u('2')] })).toEqual({ ok: true, value: ['3'.repeat(24), '2'.repeat(24)] });
  });
  it.each([
    ['another community named', { requestedCommunityId: 'd'.repeat(24) }, 'FORBIDDEN'],
    ['an inviter outside the channel', { inviterIsChannelMember: false }, 'FORBIDDEN'],
    ['a channel outside the community', { channel: { ...channel, communityId: 'd'.repeat(24) } }, 'NOT_FOUND'],
    ['no channel', { channel: undefined }, 'NOT_FOUND'],
    ['one invitee outside the community', { invitees: [u('1'), u('2', false)] }, 'FORBIDDEN'],
  ])('%s → %s', (_n, patch, want) => {
    expect(reason(planInvite({ ...base, invitees: [u('1')], ...patch }))).toBe(want);
  });
});
