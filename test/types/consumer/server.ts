// A typed socket.io server written against `commu-contract/types` (see client.ts).
import { Server } from 'socket.io';
import type { ChatAck, ClientToServerEvents, DeletedChat, LiveChat, ServerToClientEvents } from 'commu-contract/types';

const io = new Server<ClientToServerEvents, ServerToClientEvents>();

function store(channelId: string, content: string, id: number): LiveChat {
  const now = new Date().toISOString();
  return { id, type: 'TEXT', content, senderId: '6394cc8fd1a615bf564d7e75', channelId, communityId: '63908b6d2258e789af7d7394', createdAt: now, updatedAt: now };
}

io.of(/^\/socket\/commu-[0-9a-f]{24}$/).on('connection', (socket) => {
  socket.on('join', (payload, ack) => {
    for (const id of payload.channels) void socket.join(id);
    ack?.({ joined: payload.channels });
  });

  socket.on('chat', (payload, ack) => {
    let reply: ChatAck;
    switch (payload.chatType) {
      case 'new': {
        const chat = store(payload.channelId, payload.content, 1);
        socket.broadcast.to(payload.channelId).emit('new-chat', chat);
        reply = { written: true, chatInfo: chat };
        break;
      }
      case 'modify': {
        const chat = store(payload.channelId, payload.content, payload.chatId);
        socket.broadcast.to(payload.channelId).emit('modify-chat', chat);
        reply = { written: true, chatInfo: chat };
        break;
      }
      case 'delete': {
        const chat = store(payload.channelId, 'x', payload.chatId);
        const deleted: DeletedChat = { ...chat, deletedAt: chat.updatedAt };
        // @ts-expect-error new-chat carries a LiveChat: a deleted chat has no place there
        socket.emit('new-chat', deleted);
        socket.broadcast.to(payload.channelId).emit('delete-chat', deleted);
        // @ts-expect-error delete-chat carries a DeletedChat: deletedAt is required
        socket.emit('delete-chat', chat);
        reply = { written: true, chatInfo: deleted };
        break;
      }
    }
    // The callback is optional: a chat without one is still processed (D-14).
    ack?.(reply);
  });

  socket.on('invite-users-to-channel', (payload, ack) => {
    console.log(payload.communityId, payload.users);
    ack?.({ written: false, reason: 'FORBIDDEN' });
    // @ts-expect-error `reason` must be a FailureReason
    ack?.({ written: false, reason: 'NOPE' });
  });

  // @ts-expect-error the handler's ack may be undefined: calling it unguarded does not compile
  socket.on('chat', (_payload, ack) => ack({ written: false, reason: 'FORBIDDEN' }));

  // @ts-expect-error a success carries chatInfo
  socket.on('chat', (_payload, ack) => ack?.({ written: true }));

  // @ts-expect-error the server emits no event called `chat-created`
  socket.emit('chat-created', store('6394cd01d1a615bf564d9e4c', 'hi', 1));

  // @ts-expect-error clients emit no event called `leave`
  socket.on('leave', () => undefined);
});
