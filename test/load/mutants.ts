// Mutant servers for the load mode: each breaks delivery of every `every`-th chat
// broadcast (the clean server's SocketSurface.broadcastChat, wrapped) and records which
// chats it broke, so a test can check that the load run names them. The benchmark uses
// them too (one in a thousand).
import type { ServerParts } from '../../src/server/index.ts';

type Broadcast = (event: string, chat: { id: number; channelId: string }, except?: unknown) => void;

export type LoadMutantKind = 'drop' | 'duplicate' | 'reorder' | 'corrupt';

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
        }
      };
    },
  };
}
