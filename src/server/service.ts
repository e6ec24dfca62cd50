// The operations both surfaces offer, over the one store and the one rules module:
// read the facts, ask the rules, write. Each operation runs in one transaction and
// returns a Verdict; the surfaces only translate it (an ack, an HTTP status) and fan
// out the live effects.
import {
  allow,
  connectVerdict,
  mayCreateChat,
  mayDeleteChat,
  mayJoin,
  mayModifyChat,
  mayRead,
  planInvite,
  refuse,
  type ConnectRefusal,
  type Verdict,
} from './rules.ts';
import type { ChatPage } from '../../generated/openapi.js';
import type { ChannelInfo, Chat, Store } from './store.ts';

/** One page of `GET /api/channels/{channelId}/chats` (openapi `ChatPage`, as generated). */
export type { ChatPage };

export class Service {
  constructor(readonly store: Store) {}

  /** Whether `userId` may open the namespace of `communityId` (already known well-formed or not). */
  connect(userId: string, communityId: string, idWellFormed: boolean): ConnectRefusal | undefined {
    const exists = idWellFormed && this.store.community(communityId) !== undefined;
    return connectVerdict({
      idWellFormed,
      communityExists: exists,
      isMember: exists && this.store.isCommunityMember(communityId, userId),
    });
  }

  /** The listed channels the user may subscribe to in this community, each once, in order. */
  joinable(userId: string, communityId: string, channelIds: readonly string[]): string[] {
    const out: string[] = [];
    for (const id of new Set(channelIds)) {
      if (mayJoin(this.store.channel(id), communityId, this.store.isChannelMember(id, userId))) out.push(id);
    }
    return out;
  }

  createChat(userId: string, scope: string | undefined, channelId: string, content: string): Verdict<Chat> {
    return this.store.transaction(() => {
      const verdict = mayCreateChat({
        channel: this.store.channel(channelId),
        scope,
        isChannelMember: this.store.isChannelMember(channelId, userId),
      });
      if (!verdict.ok) return refuse(verdict.reason, verdict.message);
      return allow(
        this.store.insertChat({ channelId, communityId: verdict.value.communityId, senderId: userId, type: 'TEXT', content }),
      );
    });
  }

  modifyChat(userId: string, scope: string | undefined, channelId: string, chatId: number, content: string): Verdict<Chat> {
    return this.store.transaction(() => {
      const verdict = mayModifyChat({
        channel: this.store.channel(channelId),
        scope,
        chat: this.store.chat(chatId),
        userId,
        isChannelMember: this.store.isChannelMember(channelId, userId),
      });
      if (!verdict.ok) return verdict;
      const chat = this.store.modifyChat(verdict.value, content);
      return chat ? allow(chat) : refuse('NOT_FOUND', 'chat not found');
    });
  }

  deleteChat(userId: string, scope: string | undefined, channelId: string, chatId: number): Verdict<Chat> {
    return this.store.transaction(() => {
      const channel = this.store.channel(channelId);
      const verdict = mayDeleteChat({
        channel,
        scope,
        chat: this.store.chat(chatId),
        userId,
        isChannelMember: this.store.isChannelMember(channelId, userId),
        communityManagerId: channel && this.store.community(channel.communityId)?.managerId,
      });
      if (!verdict.ok) return verdict;
      const chat = this.store.deleteChat(verdict.value);
      return chat ? allow(chat) : refuse('NOT_FOUND', 'chat not found');
    });
  }

  /** The `limit` newest live chats below `before`, ascending (D-19). */
  listChats(userId: string, channelId: string, before: number | undefined, limit: number): Verdict<ChatPage> {
    return this.store.transaction(() => {
      const verdict = mayRead({ channel: this.store.channel(channelId), isChannelMember: this.store.isChannelMember(channelId, userId) });
      if (!verdict.ok) return refuse(verdict.reason, verdict.message);
      const rows = this.store.liveChats(channelId, before, limit + 1);
      const hasMore = rows.length > limit;
      const chats = hasMore ? rows.slice(rows.length - limit) : rows;
      const page: ChatPage = { chats, hasMore };
      if (hasMore && chats[0] !== undefined) page.nextBefore = chats[0].id;
      return allow(page);
    });
  }

  /**
   * Adds community members to a channel, all or nothing. `scope` is the community the
   * request acts in; `requestedCommunityId` the one the payload names.
   */
  invite(
    userId: string,
    scope: string,
    requestedCommunityId: string,
    channelId: string,
    users: readonly string[],
  ): Verdict<{ invited: string[]; channel: ChannelInfo }> {
    return this.store.transaction(() => {
      const channel = this.store.channel(channelId);
      const plan = planInvite({
        scope,
        requestedCommunityId,
        channel,
        inviterIsChannelMember: this.store.isChannelMember(channelId, userId),
        invitees: users.map((id) => ({
          id,
          isCommunityMember: channel !== undefined && this.store.isCommunityMember(channel.communityId, id),
          isChannelMember: this.store.isChannelMember(channelId, id),
        })),
      });
      if (!plan.ok) return refuse(plan.reason, plan.message);
      const { added, channel: after } = this.store.addChannelMembers(channelId, plan.value);
      return allow({ invited: added, channel: this.store.channelInfo(after) });
    });
  }
}
