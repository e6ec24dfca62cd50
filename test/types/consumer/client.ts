// A typed socket.io client written against `commu-contract/types`, as a client team
// would write it. The consumer test compiles it (strict, TS 5.9) in a scratch project that
// installed the packed tarball: correct code compiles, and every `@ts-expect-error` line
// must be an error (an unused one is itself an error).
import { io, type Socket } from 'socket.io-client';
import type {
  Chat,
  ChatAck,
  ChatRequest,
  ClientToServerEvents,
  ClientToServerEventsWithAcks,
  ConnectError,
  InviteRequest,
  ServerToClientEvents,
} from 'commu-contract/types';

const communityId = '63908b6d2258e789af7d7394';
const channelId = '6394cd01d1a615bf564d9e4c';
const userId = '63908bcc2258e789af7d73ad';

const socket: Socket<ServerToClientEvents, ClientToServerEvents> = io(`http://127.0.0.1:3000/socket/commu-${communityId}`, {
  auth: { token: 'Bearer eyJhbGciOiJIUzI1NiJ9.e30.c2ln' },
  autoConnect: false,
});

export function written(ack: ChatAck): Chat | undefined {
  return ack.written ? ack.chatInfo : undefined;
}

socket.emit('join', { channels: [channelId] }, (ack) => {
  const joined: string[] = ack.joined;
  console.log(joined, ack.reason);
});
socket.emit('chat', { chatType: 'new', channelId, content: 'hi' }, (reply) => {
  if (reply.written) console.log(reply.chatInfo.id.toFixed(0), reply.chatInfo.createdAt);
  else console.log(reply.reason);
});
// A chat without a callback is valid (D-14).
socket.emit('chat', { chatType: 'delete', channelId, chatId: 51 });
socket.emit('chat', { chatType: 'modify', channelId, chatId: 51, content: 'hello' });
socket.emit('invite-users-to-channel', { communityId, channelId, users: [userId] }, (ack) => {
  if (ack.written) console.log(ack.invited.length);
});

socket.on('new-chat', (chat) => console.log(chat.content.length, chat.deletedAt));
socket.on('modify-chat', (chat: Chat) => console.log(chat.updatedAt));
socket.on('delete-chat', (chat) => console.log(chat.deletedAt.length)); // required on a deleted chat
socket.on('invited-to-channel', (channel) => console.log(channel._id, channel.existUnreadChat));
socket.on('connect_error', (err) => {
  const refusal = err as Error & Partial<Pick<ConnectError, 'data'>>;
  console.log(refusal.message, refusal.data?.code);
});

export function describe(request: ChatRequest): string {
  switch (request.chatType) {
    case 'new':
      return request.content;
    case 'modify':
      return `${request.chatId}: ${request.content}`;
    case 'delete':
      // @ts-expect-error a delete carries no content
      return `${request.chatId}: ${request.content}`;
  }
}
const request: ChatRequest = { chatType: 'new', channelId, content: 'hi' };
const invite: InviteRequest = { communityId, channelId, users: [userId] };

// The client that always waits for the reply: emitWithAck and timeout().emit are typed.
const acked: Socket<ServerToClientEvents, ClientToServerEventsWithAcks> = io('http://127.0.0.1:3000', { autoConnect: false });
export async function send(): Promise<Chat | undefined> {
  const reply: ChatAck = await acked.emitWithAck('chat', request);
  acked.timeout(1000).emit('invite-users-to-channel', invite, (err, ack) => console.log(err?.message, ack.written));
  // @ts-expect-error the ack of `chat` is a ChatAck, not a string
  const wrong: string = await acked.emitWithAck('chat', request);
  console.log(wrong);
  return written(reply);
}

// ---- what the compiler must reject ----

// @ts-expect-error a snake_case invite: the contract's keys are camelCase
socket.emit('invite-users-to-channel', { community_id: communityId, channelId, users: [userId] });

// @ts-expect-error a string chatId: ChatId is an integer, never a numeric string
socket.emit('chat', { chatType: 'modify', channelId, chatId: '51', content: 'hello' });

// @ts-expect-error a modify without chatId
socket.emit('chat', { chatType: 'modify', channelId, content: 'hello' });

socket.emit('chat', request, (reply) => {
  // @ts-expect-error chatInfo exists only once `written` is narrowed to true
  console.log(reply.chatInfo.id);
});

// @ts-expect-error an unknown event name
socket.emit('send-chat', { chatType: 'new', channelId, content: 'hi' });

// @ts-expect-error an unknown server event name
socket.on('chat-created', (chat: Chat) => console.log(chat));

// @ts-expect-error a chatType the contract does not have
socket.emit('chat', { chatType: 'edit', channelId, chatId: 51, content: 'hello' });
