// Runs in the scratch project with plain node: the validators need no spec and no parser.
import { validators, eventChat } from 'commu-contract/validators';

const good = { chatType: 'modify', channelId: '6394cd01d1a615bf564d9e4c', chatId: 51, content: 'hello' };
const bad = { ...good, chatId: '51' };
const result = {
  good: validators.events.chat(good),
  bad: eventChat(bad),
  badErrors: (eventChat.errors ?? []).map((e) => `${e.instancePath} ${e.message}`),
  ack: validators.acks.chat({ written: false, reason: 'FORBIDDEN' }),
  rest: validators.rest.createChat.request({ type: 'TEXT', content: 'hi' }),
};
process.stdout.write(JSON.stringify(result));
