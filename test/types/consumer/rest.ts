// REST types and validators, as a client or server team would use them.
import type { Chat, ChatResponse201, CreateChatBody, components, operations, paths } from 'commu-contract/types';
import { validators, type Validator } from 'commu-contract/validators';

type CreateBody = paths['/api/channels/{channelId}/chat']['post']['requestBody']['content']['application/json'];
const body: CreateBody = { type: 'TEXT', content: 'hi' };
const same: CreateChatBody = body;
// @ts-expect-error a chat created through REST is TEXT
const image: CreateChatBody = { type: 'IMAGE', content: 'hi' };

export function parse(json: unknown): Chat {
  if (validators.rest.createChat.responses['201'](json)) {
    const created: ChatResponse201 = json;
    return created.result;
  }
  throw new Error(JSON.stringify(validators.rest.createChat.responses['201'].errors));
}

// The socket types and the REST types describe the same shared shapes.
const fromRest: components['schemas']['Chat'] = parse(null);
const fromSocket: Chat = fromRest;
type Page = operations['listChats']['responses']['200']['content']['application/json'];
export const firstId = (page: Page): number | undefined => page.result.chats[0]?.id;

const check: Validator<Chat> = validators.events['new-chat'];
console.log(same, image, fromSocket, check);
