// The test-mode world (D-22): each call seeds a fresh, isolated set of communities,
// channels and users in the store and returns the fixtures document
// (schemas/Fixtures.yaml) with tokens this server accepts.
import { randomBytes } from 'node:crypto';
import { signToken } from '../lib/jwt.ts';
import type { Fixtures, FixtureUser } from '../../generated/events.js';
import type { Store } from './store.ts';

export const FIXTURE_ROLES = [
  'communityManager', 'channelManager', 'author', 'member', 'outsider', 'stranger', 'invitee1', 'invitee2', 'invitee3',
] as const;

export type FixtureRole = (typeof FIXTURE_ROLES)[number];

/** The fixtures document, generated from schemas/Fixtures.yaml. */
export type { Fixtures, FixtureUser };

/** A random 24-lowercase-hex id (schemas/ObjectId.yaml). */
export function objectId(): string {
  return randomBytes(12).toString('hex');
}

/** How long fixture tokens stay valid. */
const TOKEN_LIFETIME_S = 24 * 60 * 60;

/**
 * How long `tokens.shortLived` stays valid: `exp` has a resolution of one second, so 3 s
 * leaves at least 2 s to connect with it before it expires (D-49).
 */
export const SHORT_LIVED_S = 3;

/** The `tokens` of the fixtures document (schemas/Fixtures.yaml), as generated. */
export type FixtureTokens = NonNullable<Fixtures['tokens']>;

/**
 * The variants of `member`'s token that only the key's holder can sign (D-45..D-49): each
 * is correctly signed and breaks one rule of the handshake, except `noNickname` (SHOULD
 * be accepted) and `shortLived` (valid for SHORT_LIVED_S seconds).
 */
export function fixtureTokens(member: { id: string; nickname: string }, jwtSecret: string, now: number): FixtureTokens {
  const claims = { _id: member.id, nickname: member.nickname, iat: now, exp: now + TOKEN_LIFETIME_S };
  const sign = (c: Record<string, unknown>, header?: Record<string, unknown>) => signToken(c, jwtSecret, header);
  const { exp: _exp, ...noExp } = claims;
  const { _id: _omitted, ...noId } = claims;
  const { nickname: _nickname, ...noNickname } = claims;
  return {
    noExp: sign(noExp),
    noId: sign(noId),
    unknownUser: sign({ ...claims, _id: objectId() }),
    notYetValid: sign({ ...claims, nbf: now + TOKEN_LIFETIME_S / 2 }),
    unknownCrit: sign(claims, { alg: 'HS256', typ: 'JWT', crit: ['x-commu-unknown'], 'x-commu-unknown': true }),
    nonNumericExp: sign({ ...claims, exp: 'tomorrow' }),
    nullExp: sign({ ...claims, exp: null }),
    noNickname: sign(noNickname),
    shortLived: sign({ ...claims, exp: now + SHORT_LIVED_S }),
  };
}

export function createFixtures(store: Store, jwtSecret: string, nowSeconds = Math.floor(Date.now() / 1000)): Fixtures {
  const ids = Object.fromEntries(FIXTURE_ROLES.map((role) => [role, objectId()])) as Record<FixtureRole, string>;
  const tag = objectId().slice(0, 6);
  const nickname = (role: FixtureRole): string => `${role}-${tag}`;
  const main = { id: objectId(), channels: { public: objectId(), private: objectId() } };
  const other = { id: objectId(), channels: { public: objectId() } };

  store.seed({
    users: FIXTURE_ROLES.map((role) => ({ id: ids[role], nickname: nickname(role) })),
    communities: [
      {
        id: main.id,
        name: `main-${tag}`,
        managerId: ids.communityManager,
        members: FIXTURE_ROLES.filter((role) => role !== 'stranger').map((role) => ids[role]),
      },
      { id: other.id, name: `other-${tag}`, managerId: ids.stranger, members: [ids.stranger, ids.author] },
    ],
    channels: [
      {
        id: main.channels.public,
        communityId: main.id,
        managerId: ids.channelManager,
        name: 'public',
        isPrivate: false,
        description: 'the public channel of the conformance world',
        type: 'Channel',
        members: [ids.channelManager, ids.author, ids.member],
      },
      {
        id: main.channels.private,
        communityId: main.id,
        managerId: ids.channelManager,
        name: 'private',
        isPrivate: true,
        description: '',
        type: 'Channel',
        members: [ids.channelManager, ids.author],
      },
      {
        id: other.channels.public,
        communityId: other.id,
        managerId: ids.stranger,
        name: 'public',
        isPrivate: false,
        description: '',
        type: 'Channel',
        members: [ids.stranger, ids.author],
      },
    ],
  });

  const token = (role: FixtureRole, exp: number): string =>
    signToken({ _id: ids[role], nickname: nickname(role), iat: nowSeconds, exp }, jwtSecret);
  const users = Object.fromEntries(
    FIXTURE_ROLES.map((role) => [role, { id: ids[role], nickname: nickname(role), token: token(role, nowSeconds + TOKEN_LIFETIME_S) }]),
  ) as Record<FixtureRole, FixtureUser>;
  return {
    communities: { main, other },
    users,
    expiredToken: signToken({ _id: ids.author, nickname: nickname('author'), iat: nowSeconds - 120, exp: nowSeconds - 60 }, jwtSecret),
    tokens: fixtureTokens(users.member, jwtSecret, nowSeconds),
  };
}
