// The decided shapes, table-driven: the note's examples brought to the contract validate,
// and each invalid variant is rejected at the right JSON pointer. Then every example the
// specs hold validates (driven from the documents, not a hand list).
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectExamples } from '../../src/contract/lint.ts';
import { loadContract, PACKAGE_ROOT } from '../../src/contract/model.ts';
import { DocumentStore } from '../../src/contract/refs.ts';
import { loadValidators, Validators, type Violation } from '../../src/contract/validate.ts';

const store = new DocumentStore();
const contract = loadContract(PACKAGE_ROOT, store);
const compiled = new Validators(contract);
/** generated/validators.js, as the server and the runner use it. */
const precompiled = await loadValidators(contract);

/** What is validated: an event payload, an event's acknowledgement, a shared shape or a REST body. */
type Given =
  | { event: string; value: unknown }
  | { ack: string; value: unknown }
  | { shape: string; value: unknown }
  | { restBody: string; value: unknown };
/** `valid`, or the pointer (into the value) at which it must be rejected. */
type Want = 'valid' | { invalidAt: string };

function violations(given: Given, validators: Validators = compiled): Violation[] {
  if ('event' in given) {
    const v = validators.event(given.event, given.value);
    if (v === undefined) throw new Error(`no event ${given.event}`);
    return v;
  }
  if ('ack' in given) {
    const v = validators.ack(given.ack, given.value);
    if (v === undefined) throw new Error(`no ack for ${given.ack}`);
    return v;
  }
  if ('shape' in given) return validators.shape(given.shape, given.value);
  return validators.restBody(given.restBody, given.value);
}

const COMMUNITY = '63908b6d2258e789af7d7394';
const CHANNEL = '6394cd01d1a615bf564d9e4c';
const USER = '6394cc8fd1a615bf564d7e75';

/** The note's `apiResult`, with the community id filled in (D-10). */
const chat = {
  id: 51, type: 'TEXT', content: 'hi', senderId: USER,
  createdAt: '2022-12-11T16:13:24.957Z', updatedAt: '2022-12-11T16:13:24.957Z',
  channelId: CHANNEL, communityId: COMMUNITY,
};
/** The note's `invited-to-channel` example, community id filled in, no users list (D-17). */
const channel = {
  _id: '63946d71d0e70368d5be77fa', managerId: '63908bdc2258e789af7d73ba', name: 'dfa', isPrivate: true,
  description: '', type: 'Channel', createdAt: '2022-12-10T11:28:49.904Z', updatedAt: '2022-12-10T11:28:59.207Z',
  existUnreadChat: false, communityId: COMMUNITY,
};
const invite = { communityId: COMMUNITY, channelId: '63946d71d0e70368d5be77fa', users: ['63908bdc2258e789af7d73ba', '63908bcc2258e789af7d73ad'] };
const newChat = { chatType: 'new', channelId: CHANNEL, content: 'hi' };

const CASES: [string, { given: Given; want: Want }][] = [
  // The note's examples, brought to the decided shapes.
  ['join: the note, with real channel ids', { given: { event: 'join', value: { channels: [CHANNEL, '63946d71d0e70368d5be77fa'] } }, want: 'valid' }],
  ['join: the note\'s placeholder ids', { given: { event: 'join', value: { channels: ['a', 'b', 'c'] } }, want: { invalidAt: '/channels/0' } }],
  ['join ack', { given: { ack: 'join', value: { joined: [CHANNEL] } }, want: 'valid' }],
  ['chat new', { given: { event: 'chat', value: newChat }, want: 'valid' }],
  ['chat modify, chatId a number', { given: { event: 'chat', value: { chatType: 'modify', channelId: CHANNEL, chatId: 51, content: 'hello' } }, want: 'valid' }],
  ['chat delete, chatId a number', { given: { event: 'chat', value: { chatType: 'delete', channelId: CHANNEL, chatId: 51 } }, want: 'valid' }],
  ['chat ack: written with the apiResult', { given: { ack: 'chat', value: { written: true, chatInfo: chat } }, want: 'valid' }],
  ['chat ack: refused with a reason', { given: { ack: 'chat', value: { written: false, reason: 'NOT_FOUND' } }, want: 'valid' }],
  ['chat ack: refused without a reason (reason is a SHOULD)', { given: { ack: 'chat', value: { written: false } }, want: 'valid' }],
  ['new-chat: the apiResult with a real communityId', { given: { event: 'new-chat', value: chat }, want: 'valid' }],
  ['modify-chat', { given: { event: 'modify-chat', value: { ...chat, content: 'hello', updatedAt: '2022-12-11T16:14:02.118Z' } }, want: 'valid' }],
  ['delete-chat: deletedAt set, content kept', { given: { event: 'delete-chat', value: { ...chat, updatedAt: '2022-12-11T16:15:40.001Z', deletedAt: '2022-12-11T16:15:40.001Z' } }, want: 'valid' }],
  ['delete-chat: without deletedAt', { given: { event: 'delete-chat', value: chat }, want: { invalidAt: '/deletedAt' } }],
  ['invite: camelCase keys', { given: { event: 'invite-users-to-channel', value: invite }, want: 'valid' }],
  ['invite ack', { given: { ack: 'invite-users-to-channel', value: { written: true, invited: ['63908bcc2258e789af7d73ad'] } }, want: 'valid' }],
  ['invited-to-channel: Channel without users list', { given: { event: 'invited-to-channel', value: channel }, want: 'valid' }],
  ['REST create body: the note\'s api body', { given: { restBody: 'createChat', value: { type: 'TEXT', content: 'hi' } }, want: 'valid' }],

  // Invalid variants.
  ['invite: snake_case community_id (D-01)', {
    given: { event: 'invite-users-to-channel', value: { community_id: COMMUNITY, channelId: invite.channelId, users: invite.users } },
    want: { invalidAt: '/community_id' },
  }],
  ['invite: snake_case channel_id (D-01)', {
    given: { event: 'invite-users-to-channel', value: { communityId: COMMUNITY, channel_id: invite.channelId, users: invite.users } },
    want: { invalidAt: '/channel_id' },
  }],
  ['invite: duplicate users (D-16)', { given: { event: 'invite-users-to-channel', value: { ...invite, users: [USER, USER] } }, want: { invalidAt: '/users' } }],
  ['invite: no users (D-16)', { given: { event: 'invite-users-to-channel', value: { ...invite, users: [] } }, want: { invalidAt: '/users' } }],
  ['invite: 101 users (D-16)', {
    given: { event: 'invite-users-to-channel', value: { ...invite, users: Array.from({ length: 101 }, (_, i) => i.toString(16).padStart(24, '0')) } },
    want: { invalidAt: '/users' },
  }],
  ['chat modify: chatId the string "6" (D-05)', { given: { event: 'chat', value: { chatType: 'modify', channelId: CHANNEL, chatId: '6', content: 'x' } }, want: { invalidAt: '/chatId' } }],
  ['chat delete: chatId the string "6" (D-05)', { given: { event: 'chat', value: { chatType: 'delete', channelId: CHANNEL, chatId: '6' } }, want: { invalidAt: '/chatId' } }],
  ['chat delete: negative chatId (D-05)', { given: { event: 'chat', value: { chatType: 'delete', channelId: CHANNEL, chatId: -1 } }, want: { invalidAt: '/chatId' } }],
  ['chat new: 300 code points', { given: { event: 'chat', value: { ...newChat, content: 'a'.repeat(300) } }, want: 'valid' }],
  ['chat new: 301 code points (D-09)', { given: { event: 'chat', value: { ...newChat, content: 'a'.repeat(301) } }, want: { invalidAt: '/content' } }],
  ['chat new: 300 emoji (600 UTF-16 units)', { given: { event: 'chat', value: { ...newChat, content: '😀'.repeat(300) } }, want: 'valid' }],
  ['chat new: 301 emoji (D-09)', { given: { event: 'chat', value: { ...newChat, content: '😀'.repeat(301) } }, want: { invalidAt: '/content' } }],
  ['chat new: empty content (D-09)', { given: { event: 'chat', value: { ...newChat, content: '' } }, want: { invalidAt: '/content' } }],
  ['chat new: a single space is content (no trimming)', { given: { event: 'chat', value: { ...newChat, content: ' ' } }, want: 'valid' }],
  ['chat new: an extra property (D-03)', { given: { event: 'chat', value: { ...newChat, extra: 1 } }, want: { invalidAt: '/extra' } }],
  ['chat new: a client-supplied senderId (D-10)', { given: { event: 'chat', value: { ...newChat, senderId: USER } }, want: { invalidAt: '/senderId' } }],
  // ajv reports an unknown discriminator value on the object itself (keyword `discriminator`).
  ['chat: unknown chatType', { given: { event: 'chat', value: { ...newChat, chatType: 'edit' } }, want: { invalidAt: '' } }],
  ['REST create body: type IMAGE (D-11)', { given: { restBody: 'createChat', value: { type: 'IMAGE', content: 'hi' } }, want: { invalidAt: '/type' } }],
  ['REST modify body: a client-supplied senderId (D-10)', { given: { restBody: 'modifyChat', value: { content: 'hi', senderId: USER } }, want: { invalidAt: '/senderId' } }],
  ['Chat: the note\'s empty communityId (D-10)', { given: { shape: 'Chat', value: { ...chat, communityId: '' } }, want: { invalidAt: '/communityId' } }],
  ['Chat: an extra field (D-03)', { given: { shape: 'Chat', value: { ...chat, __v: 0 } }, want: { invalidAt: '/__v' } }],
  ['Chat: deletedAt null (D-12)', { given: { shape: 'Chat', value: { ...chat, deletedAt: null } }, want: { invalidAt: '/deletedAt' } }],
  ['Chat: timestamp without milliseconds (D-12)', { given: { shape: 'Chat', value: { ...chat, createdAt: '2022-12-11T16:13:24Z' } }, want: { invalidAt: '/createdAt' } }],
  ['Chat: timestamp not in UTC (D-12)', { given: { shape: 'Chat', value: { ...chat, updatedAt: '2022-12-12T01:13:24.957+09:00' } }, want: { invalidAt: '/updatedAt' } }],
  ['Chat: the note\'s Date() string (D-12)', { given: { shape: 'Chat', value: { ...chat, createdAt: 'Sun Dec 11 2022 16:13:24 GMT+0900 (KST)' } }, want: { invalidAt: '/createdAt' } }],
  ['chat ack: chatInfo false (D-14)', { given: { ack: 'chat', value: { written: true, chatInfo: false } }, want: { invalidAt: '/chatInfo' } }],
  ['chat ack: chatInfo on a failure (D-14)', { given: { ack: 'chat', value: { written: false, reason: 'FORBIDDEN', chatInfo: chat } }, want: { invalidAt: '/chatInfo' } }],
  ['chat ack: unknown reason (D-14)', { given: { ack: 'chat', value: { written: false, reason: 'NOPE' } }, want: { invalidAt: '/reason' } }],
  ['invited-to-channel: a users list (D-17)', { given: { event: 'invited-to-channel', value: { ...channel, users: [USER] } }, want: { invalidAt: '/users' } }],
  ['Channel: the note\'s commented users list (D-17)', { given: { shape: 'Channel', value: { ...channel, users: ['63908bdc2258e789af7d73ba', '63908bcc2258e789af7d73ad'] } }, want: { invalidAt: '/users' } }],
  ['invited-to-channel: the note\'s empty communityId (D-17)', { given: { event: 'invited-to-channel', value: { ...channel, communityId: '' } }, want: { invalidAt: '/communityId' } }],
  ['ObjectId: uppercase hex (D-04)', { given: { shape: 'ObjectId', value: USER.toUpperCase() }, want: { invalidAt: '' } }],
];

describe('decided shapes', () => {
  it.each(CASES)('%s', (_name, { given, want }) => {
    const found = violations(given);
    if (want === 'valid') {
      expect(found).toEqual([]);
    } else {
      expect(found.length).toBeGreaterThan(0);
      expect(found.map((v) => v.pointer)).toContain(want.invalidAt);
    }
  });
});

describe('the precompiled validators (generated/validators.js)', () => {
  it('are the ones loadValidators gives for the package\'s own specs', () => {
    expect(compiled.source).toBe('compiled');
    expect(precompiled.source).toBe('generated');
  });

  it.each(CASES)('give the same violations as the specs compiled: %s', (_name, { given }) => {
    expect(violations(given, precompiled)).toEqual(violations(given, compiled));
  });
});

describe('every example in the specs validates', () => {
  const examples = collectExamples(PACKAGE_ROOT).map((e) => ({
    name: `${relative(PACKAGE_ROOT, e.example.file)}#${e.example.pointer}`,
    value: e.value,
    schema: e.schema,
  }));

  it('covers every event and acknowledgement of the contract', () => {
    const withExamples = new Set(examples.map((e) => e.name.replace(/\/examples\/.*$/, '')));
    for (const def of Object.values(contract.events)) {
      expect(withExamples, `${def.message.pointer} has no example`).toContain(def.message.pointer);
      if (def.ack) expect(withExamples, `${def.ack.pointer} has no example`).toContain(def.ack.pointer);
    }
  });

  it('finds examples of every kind (messages, parameters, schemas, REST media types)', () => {
    for (const part of ['/payload', '/parameters/', 'schemas/', '/requestBody/', '/responses/']) {
      expect(examples.some((e) => e.name.includes(part)), part).toBe(true);
    }
  });

  it.each(examples)('$name', ({ value, schema }) => {
    // Compiled through the contract's validators, independently of the lint rule.
    expect(compiled.check(store.schemaAt(schema))(value)).toEqual([]);
  });
});
