// Mutant servers for the load mode: each breaks delivery of every `every`-th chat
// broadcast (the clean server's SocketSurface.broadcastChat, wrapped), or hides that chat
// from the REST listing (Service.listChats, wrapped), and records which chats it broke, so
// a test can check that the load run names them. The benchmark uses them too (one in a
// thousand).
import type { ServerParts } from '../../src/server/index.ts';

type Broadcast = (event: string, chat: { id: number; channelId: string }, except?: unknown) => void;
type ListChats = ServerParts['service']['listChats'];

export type LoadMutantKind = 'drop' | 'duplicate' | 'reorder' | 'corrupt' | 'unlisted';

export interface LoadMutant {
  kind: LoadMutantKind;
  /** The ids of the chats whose broadcast was broken, in order. */
  broken: number[];
  instrument(parts: ServerParts): void;
}

export function loadMutant(kind: LoadMutantKind, every: number): LoadMutant {
  const broken: number[] = [];
  return {
    kind,
    broken,
    instrument(parts) {
      const sockets = parts.sockets as unknown as { broadcastChat: Broadcast };
      const original = sockets.broadcastChat.bind(parts.sockets);
      if (kind === 'unlisted') {
        // Delivered like every other chat, written and acknowledged, but never listed.
        const list: ListChats = parts.service.listChats.bind(parts.service);
        parts.service.listChats = (...args) => {
          const page = list(...args);
          return page.ok ? { ...page, value: { ...page.value, chats: page.value.chats.filter((c) => !broken.includes(c.id)) } } : page;
        };
      }
      let n = 0;
      let held: Parameters<Broadcast> | undefined;
      sockets.broadcastChat = (event, chat, except) => {
        n++;
        if (held && held[1].channelId === chat.channelId) {
          // reorder: the held chat goes out after the next one of its channel.
          original(event, chat, except);
          original(...held);
          held = undefined;
          return;
        }
        if (n % every !== 0) return original(event, chat, except);
        broken.push(chat.id);
        switch (kind) {
          case 'drop':
            return;
          case 'duplicate':
            original(event, chat, except);
            return original(event, chat, except);
          case 'reorder':
            held = [event, chat, except];
            return;
          case 'corrupt':
            return original(event, { ...chat, id: String(chat.id) } as unknown as typeof chat, except);
          case 'unlisted':
            return original(event, chat, except);
        }
      };
    },
  };
}
