// DeletedChat as a consumer reads it (issue 14): a real DELETE response and a real
// `delete-chat` payload (recorded from the reference server into recorded.ts by
// consumer.test.ts) assign to the generated DeletedChat, whose `deletedAt` is a required
// string; a live chat has no `deletedAt`.
import type { DeletedChat, DeletedChatResponse200, LiveChat } from 'commu-contract/types';
import { payload, response } from './recorded.js';

const body: DeletedChatResponse200 = response;
export const fromRest: DeletedChat = body.result;
export const fromSocket: DeletedChat = payload;
export const deletedAt: string = fromRest.deletedAt;
export const broadcastAt: string = fromSocket.deletedAt;

const { deletedAt: _gone, ...live } = payload;
export const alive: LiveChat = live;
// @ts-expect-error deletedAt is required in a DeletedChat
export const missing: DeletedChat = live;
// @ts-expect-error a LiveChat has no deletedAt
export const notAlive: LiveChat = payload;
