// Who may do what (D-07, D-08, D-13, D-16). Pure functions over facts the caller has
// read from the store: each returns the permitted result or the reason it is refused,
// with a human message for REST error bodies. Both surfaces (socket and REST) decide
// through these functions and nothing else.

import type { ConnectError, FailureReason } from '../../generated/events.js';
import type { AuthFailure, ConnectErrorCode } from './auth.ts';

/** schemas/FailureReason.yaml, as generated. */
export type { FailureReason };

export type Verdict<T> = { ok: true; value: T } | { ok: false; reason: FailureReason; message: string };

export const allow = <T>(value: T): Verdict<T> => ({ ok: true, value });
export const refuse = <T = never>(reason: FailureReason, message: string): Verdict<T> => ({ ok: false, reason, message });

export interface ChannelFacts {
  id: string;
  communityId: string;
  managerId: string;
}

export interface ChatFacts {
  id: number;
  channelId: string;
  senderId: string;
  deletedAt?: string;
}

/**
 * Why a handshake is refused (asyncapi `ConnectError`, as generated): `Unauthorized`
 * with a credential code, `Forbidden` with any other code.
 */
export type ConnectRefusal =
  | { message: Extract<ConnectError['message'], 'Unauthorized'>; code: AuthFailure }
  | { message: Extract<ConnectError['message'], 'Forbidden'>; code: Exclude<ConnectErrorCode, AuthFailure> };

/**
 * A namespace connection, once the token is verified: the namespace must name a
 * community (a well-formed id of one that exists) and the user must be its member.
 */
export function connectVerdict(facts: { idWellFormed: boolean; communityExists: boolean; isMember: boolean }): ConnectRefusal | undefined {
  if (!facts.idWellFormed || !facts.communityExists) return { message: 'Forbidden', code: 'UNKNOWN_COMMUNITY' };
  if (!facts.isMember) return { message: 'Forbidden', code: 'NOT_A_MEMBER' };
  return undefined;
}

/**
 * The channel a request names, seen from a scope: over the socket the namespace's
 * community (a channel of another community does not exist there); over REST any
 * community (`scope` undefined).
 */
export function channelInScope<C extends ChannelFacts>(channel: C | undefined, scope: string | undefined): Verdict<C> {
  if (!channel || (scope !== undefined && channel.communityId !== scope)) return refuse('NOT_FOUND', 'channel not found');
  return allow(channel);
}

/** `join`: a channel is subscribed only when it is in scope and the user is its member. */
export function mayJoin(channel: ChannelFacts | undefined, scope: string, isChannelMember: boolean): boolean {
  return channelInScope(channel, scope).ok && isChannelMember;
}

/** Reading a channel's chats (REST list): members only. */
export function mayRead(facts: { channel: ChannelFacts | undefined; scope?: string; isChannelMember: boolean }): Verdict<ChannelFacts> {
  const found = channelInScope(facts.channel, facts.scope);
  if (!found.ok) return found;
  if (!facts.isChannelMember) return refuse('FORBIDDEN', 'not a member of this channel');
  return found;
}

/** `new`: members of the channel only. */
export function mayCreateChat(facts: { channel: ChannelFacts | undefined; scope?: string; isChannelMember: boolean }): Verdict<ChannelFacts> {
  const found = channelInScope(facts.channel, facts.scope);
  if (!found.ok) return found;
  if (!facts.isChannelMember) return refuse('FORBIDDEN', 'only members of the channel may write in it');
  return found;
}

/** The chat a request names: it must exist in that channel and not be deleted. */
export function chatInChannel<T extends ChatFacts>(chat: T | undefined, channelId: string): Verdict<T> {
  if (!chat || chat.channelId !== channelId || chat.deletedAt !== undefined) return refuse('NOT_FOUND', 'chat not found');
  return allow(chat);
}

/**
 * `modify`: the chat's author only. Checks run in D-13's order: the channel (NOT_FOUND),
 * the right to act in it, membership (FORBIDDEN), the chat (NOT_FOUND), authorship
 * (FORBIDDEN).
 */
export function mayModifyChat<T extends ChatFacts>(facts: {
  channel: ChannelFacts | undefined;
  scope?: string;
  chat: T | undefined;
  userId: string;
  isChannelMember: boolean;
}): Verdict<T> {
  const found = channelInScope(facts.channel, facts.scope);
  if (!found.ok) return refuse(found.reason, found.message);
  if (!facts.isChannelMember) return refuse('FORBIDDEN', 'only members of the channel may modify its chats');
  const chat = chatInChannel(facts.chat, found.value.id);
  if (!chat.ok) return chat;
  if (chat.value.senderId !== facts.userId) return refuse('FORBIDDEN', 'only the author may modify a chat');
  return chat;
}

/**
 * `delete`: the author, the channel's manager or the community's manager (who need not
 * be a member of the channel). In D-13's order: the channel (NOT_FOUND), the right to
 * act in it, membership or a manager role (FORBIDDEN), the chat (NOT_FOUND), the right
 * to delete that chat (FORBIDDEN).
 */
export function mayDeleteChat<T extends ChatFacts>(facts: {
  channel: ChannelFacts | undefined;
  scope?: string;
  chat: T | undefined;
  userId: string;
  isChannelMember: boolean;
  communityManagerId: string | undefined;
}): Verdict<T> {
  const found = channelInScope(facts.channel, facts.scope);
  if (!found.ok) return refuse(found.reason, found.message);
  const { userId } = facts;
  const manager = found.value.managerId === userId || facts.communityManagerId === userId;
  if (!facts.isChannelMember && !manager) return refuse('FORBIDDEN', 'only members and managers may delete chats of this channel');
  const chat = chatInChannel(facts.chat, found.value.id);
  if (!chat.ok) return chat;
  if (chat.value.senderId !== userId && !manager) {
    return refuse('FORBIDDEN', 'only the author, the channel manager or the community manager may delete a chat');
  }
  return chat;
}

export interface InviteeFacts {
  id: string;
  isCommunityMember: boolean;
  isChannelMember: boolean;
}

/**
 * `invite-users-to-channel` / `POST /channels/{id}/users`: returns the users to add, in
 * request order. `scope` is the community the request acts in (the namespace's over
 * the socket, the body's `communityId` over REST); `requestedCommunityId` the payload's
 * `communityId`. A payload naming another community than the namespace's is FORBIDDEN;
 * a channel outside the community is NOT_FOUND; an inviter outside the channel, or any
 * invitee outside the community, makes the whole request FORBIDDEN.
 */
export function planInvite(facts: {
  scope: string;
  requestedCommunityId: string;
  channel: ChannelFacts | undefined;
  inviterIsChannelMember: boolean;
  invitees: readonly InviteeFacts[];
}): Verdict<string[]> {
  if (facts.requestedCommunityId !== facts.scope) return refuse('FORBIDDEN', 'communityId is not this namespace\'s community');
  const found = channelInScope(facts.channel, facts.scope);
  if (!found.ok) return refuse(found.reason, found.message);
  if (!facts.inviterIsChannelMember) return refuse('FORBIDDEN', 'only members of the channel may invite to it');
  const outside = facts.invitees.filter((u) => !u.isCommunityMember);
  if (outside.length > 0) {
    return refuse('FORBIDDEN', `not members of the community: ${outside.map((u) => u.id).join(', ')}`);
  }
  return allow(facts.invitees.filter((u) => !u.isChannelMember).map((u) => u.id));
}
