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
  };
}
