// Who sends where: N clients over K channels, as sockets of the fixtures' users.
//
// A fixtures world has two channels in its `main` community that several roles can join:
// `public` (channelManager, author, member) and `private` (channelManager, author).
// Channel j is world ⌊j/2⌋'s public channel when j is even, its private channel when j
// is odd, so K channels need ⌈K/2⌉ worlds (one fixtures call each; a fixtures file gives
// one world, hence K ≤ 2). Client i goes to channel i mod K, as the role
// roles[⌊i/K⌋ mod roles.length] of that channel: clients spread evenly over the channels,
// and within a channel over its members. Several clients may be sockets of one user
// (D-15: every socket but the writing one receives a chat, so each socket counts as its
// own receiver).
import type { Fixtures, FixtureUser } from '../../generated/events.js';

export const CHANNEL_ROLES = {
  public: ['channelManager', 'author', 'member'],
  private: ['channelManager', 'author'],
} as const satisfies Record<string, readonly (keyof Fixtures['users'])[]>;

export type ChannelKind = keyof typeof CHANNEL_ROLES;

export interface LoadShape {
  clients: number;
  channels: number;
  /** Chats each client writes. */
  chats: number;
}

export interface PlannedChannel {
  index: number;
  id: string;
  communityId: string;
  kind: ChannelKind;
  world: number;
  /** `w0/public` */
  label: string;
  /** The clients subscribed to it, in client order. */
  clients: number[];
}

export interface PlannedClient {
  index: number;
  channel: number;
  role: string;
  user: FixtureUser;
  communityId: string;
  /** `c7 (member, w0/public)` */
  label: string;
}

export interface Plan {
  channels: PlannedChannel[];
  clients: PlannedClient[];
  /** Chats written in the main phase: clients × chats. */
  chats: number;
  /** Deliveries those chats owe: each chat to every other socket of its channel. */
  deliveries: number;
}

export function worldsNeeded(channels: number): number {
  return Math.ceil(channels / 2);
}

export class PlanError extends Error {}

export function planLoad(shape: LoadShape, worlds: readonly Fixtures[]): Plan {
  const { clients, channels, chats } = shape;
  if (!Number.isInteger(clients) || clients < 1) throw new PlanError('--clients must be at least 1');
  if (!Number.isInteger(channels) || channels < 1) throw new PlanError('--channels must be at least 1');
  if (!Number.isInteger(chats) || chats < 1) throw new PlanError('--chats must be at least 1');
  if (clients < channels) throw new PlanError(`--clients (${clients}) must be at least --channels (${channels}): every channel needs a writer`);
  if (worlds.length < worldsNeeded(channels)) {
    throw new PlanError(`${channels} channels need ${worldsNeeded(channels)} fixtures worlds (2 channels each), got ${worlds.length}`);
  }

  const planned: PlannedChannel[] = [];
  for (let j = 0; j < channels; j++) {
    const world = Math.floor(j / 2);
    const kind: ChannelKind = j % 2 === 0 ? 'public' : 'private';
    const main = worlds[world]!.communities.main;
    planned.push({ index: j, id: main.channels[kind], communityId: main.id, kind, world, label: `w${world}/${kind}`, clients: [] });
  }
  const plannedClients: PlannedClient[] = [];
  for (let i = 0; i < clients; i++) {
    const ch = planned[i % channels]!;
    const roles = CHANNEL_ROLES[ch.kind];
    const role = roles[Math.floor(i / channels) % roles.length]!;
    const user = worlds[ch.world]!.users[role];
    ch.clients.push(i);
    plannedClients.push({ index: i, channel: ch.index, role, user, communityId: ch.communityId, label: `c${i} (${role}, ${ch.label})` });
  }
  const deliveries = planned.reduce((sum, ch) => sum + ch.clients.length * chats * (ch.clients.length - 1), 0);
  return { channels: planned, clients: plannedClients, chats: clients * chats, deliveries };
}

/** The content of a chat: names the run, its writer and its sequence number. */
export function chatContent(nonce: string, client: number, seq: number): string {
  return `load ${nonce} c${client} n${seq}`;
}

const CONTENT = /^load ([0-9a-z]+) c(\d+) n(\d+)$/;

/** The writer and sequence number of a chat this run wrote, or undefined. */
export function parseContent(nonce: string, content: unknown): { client: number; seq: number } | undefined {
  if (typeof content !== 'string') return undefined;
  const m = CONTENT.exec(content);
  if (!m || m[1] !== nonce) return undefined;
  return { client: Number(m[2]), seq: Number(m[3]) };
}
