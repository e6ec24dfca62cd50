// The proxy's judge on frames handed to it directly (the contract's real validators): the
// cross-frame rules whose timing a live test cannot choose (an echo before or after its
// ack, an event racing a join, a refused write broadcast anyway), and the pure helpers
// of its reports (root causes, visible control characters, the result model).
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContract, loadValidators, type Validators } from '../../src/contract/index.ts';
import { Judge } from '../../src/proxy/judge.ts';
import { visible } from '../../src/report/escape.ts';
import { groupByRootCause, sessionResult, violationLine, type Session } from '../../src/proxy/report.ts';
import { RULES, type ProxyViolation } from '../../src/proxy/rules.ts';

const COMMUNITY = '63908b6d2258e789af7d7394';
const CHANNEL = '6394cd01d1a615bf564d9e4c';
const OTHER = '6394cd01d1a615bf564d9e4d';
const USER = '6394cc8fd1a615bf564d7e75';
const NSP = `/socket/commu-${COMMUNITY}`;
/** A token naming USER (unsigned: the judge reads its `_id` for the sender, never verifies it). */
const TOKEN = `Bearer e30.${Buffer.from(JSON.stringify({ _id: USER })).toString('base64url')}.x`;

const chat = (id: number, over: Record<string, unknown> = {}) => ({
  id, type: 'TEXT', content: `chat ${id}`, senderId: USER, channelId: CHANNEL, communityId: COMMUNITY,
  createdAt: '2022-12-11T16:13:24.957Z', updatedAt: '2022-12-11T16:13:24.957Z', ...over,
});

let validators: Validators;
beforeAll(async () => {
  validators = await loadValidators(loadContract());
});

function judge(timeoutMs = 1000): { j: Judge; seen: ProxyViolation[]; clock: { now: number } } {
  const seen: ProxyViolation[] = [];
  const clock = { now: 0 };
  const j = new Judge({ validators, timeoutMs, onViolation: (v) => seen.push(v), now: () => clock.now });
  return { j, seen, clock };
}

/** A connected client that joined CHANNEL. */
function joined(j: Judge, channels = [CHANNEL]): string {
  const c = j.client(NSP, TOKEN);
  j.admitted(c);
  const t = j.clientEmit(c, 'join', [{ channels }]);
  j.ack(c, t.ticket, [{ joined: channels }]);
  return c;
}

const rules = (seen: ProxyViolation[]) => seen.map((v) => v.rule);

describe('the judge', () => {
  it('a conforming exchange is no violation', () => {
    const { j, seen } = judge();
    const a = joined(j);
    const b = joined(j);
    const t = j.clientEmit(a, 'chat', [{ chatType: 'new', channelId: CHANNEL, content: 'chat 1' }]);
    j.serverEvent(b, 'new-chat', [chat(1)]);
    j.ack(a, t.ticket, [{ written: true, chatInfo: chat(1) }]);
    j.serverEvent(b, 'new-chat', [chat(2)]);
    expect(seen).toEqual([]);
  });

  it('an echo is caught whether it comes before or after the ack', () => {
    for (const echoFirst of [true, false]) {
      const { j, seen } = judge();
      const a = joined(j);
      const t = j.clientEmit(a, 'chat', [{ chatType: 'new', channelId: CHANNEL, content: 'chat 1' }]);
      if (echoFirst) j.serverEvent(a, 'new-chat', [chat(1)]);
      j.ack(a, t.ticket, [{ written: true, chatInfo: chat(1) }]);
      if (!echoFirst) j.serverEvent(a, 'new-chat', [chat(1)]);
      expect(rules(seen)).toEqual(['echo']);
      expect(seen[0]).toMatchObject({ client: a, direction: 'server→client', event: 'new-chat' });
    }
  });

  it('a later modify of the same chat by someone else is not an echo (the Chat differs: updatedAt)', () => {
    const { j, seen } = judge();
    const a = joined(j);
    const t = j.clientEmit(a, 'chat', [{ chatType: 'modify', channelId: CHANNEL, chatId: 1, content: 'v2' }]);
    j.ack(a, t.ticket, [{ written: true, chatInfo: chat(1, { content: 'v2', updatedAt: '2022-12-11T16:14:00.000Z' }) }]);
    j.serverEvent(a, 'modify-chat', [chat(1, { content: 'v3', updatedAt: '2022-12-11T16:15:00.000Z' })]);
    expect(seen).toEqual([]);
  });

  it('an event for a channel never joined is reported; one racing the join that subscribes it is not', () => {
    const { j, seen } = judge();
    const c = j.client(NSP, TOKEN);
    j.admitted(c);
    j.serverEvent(c, 'new-chat', [chat(1)]);
    expect(rules(seen)).toEqual(['notSubscribed']);
    const t = j.clientEmit(c, 'join', [{ channels: [CHANNEL, OTHER] }]);
    j.serverEvent(c, 'new-chat', [chat(2)]);
    j.serverEvent(c, 'new-chat', [chat(3, { channelId: OTHER })]);
    expect(seen).toHaveLength(1);
    // The ack decides: CHANNEL joined (fine), OTHER not (reported now).
    j.ack(c, t.ticket, [{ joined: [CHANNEL] }]);
    expect(rules(seen)).toEqual(['notSubscribed', 'notSubscribed']);
    expect(seen[1]).toMatchObject({ got: OTHER, pointer: '/channelId' });
  });

  it('a join without a callback leaves its channels unjudged (nobody learns what it joined)', () => {
    const { j, seen } = judge();
    const c = j.client(NSP, TOKEN);
    j.admitted(c);
    j.clientEmit(c, 'join', [{ channels: [CHANNEL] }], false);
    j.serverEvent(c, 'new-chat', [chat(1)]);
    expect(seen).toEqual([]);
    j.serverEvent(c, 'new-chat', [chat(2, { channelId: OTHER })]);
    expect(rules(seen)).toEqual(['notSubscribed']);
  });

  it('an invitation subscribes: its channel\'s events are expected', () => {
    const { j, seen } = judge();
    const c = j.client(NSP, TOKEN);
    j.admitted(c);
    j.serverEvent(c, 'invited-to-channel', [{
      _id: OTHER, managerId: USER, name: 'x', isPrivate: true, description: '', type: 'Channel',
      createdAt: '2022-12-11T16:13:24.957Z', updatedAt: '2022-12-11T16:13:24.957Z', existUnreadChat: false, communityId: COMMUNITY,
    }]);
    const schemaBroken = seen.filter((v) => v.rule === 'serverPayload');
    expect(schemaBroken).toEqual([]);
    j.serverEvent(c, 'new-chat', [chat(1, { channelId: OTHER })]);
    expect(seen).toEqual([]);
  });

  it('per channel, new-chat ids must increase', () => {
    const { j, seen } = judge();
    const c = joined(j, [CHANNEL, OTHER]);
    j.serverEvent(c, 'new-chat', [chat(5)]);
    j.serverEvent(c, 'new-chat', [chat(3, { channelId: OTHER })]);
    j.serverEvent(c, 'new-chat', [chat(4)]);
    expect(rules(seen)).toEqual(['order']);
    expect(seen[0]).toMatchObject({ pointer: '/id', got: 4 });
  });

  it('a refused write broadcast anyway is caught before or after the refusal, within the timeout only', () => {
    const { j, seen, clock } = judge(1000);
    const a = joined(j);
    const b = joined(j);
    const t1 = j.clientEmit(a, 'chat', [{ chatType: 'new', channelId: CHANNEL, content: 'refused 1' }]);
    j.serverEvent(b, 'new-chat', [chat(1, { content: 'refused 1' })]);
    j.ack(a, t1.ticket, [{ written: false, reason: 'FORBIDDEN' }]);
    expect(rules(seen)).toEqual(['refusedBroadcast']);
    const t2 = j.clientEmit(a, 'chat', [{ chatType: 'delete', channelId: CHANNEL, chatId: 7 }]);
    j.ack(a, t2.ticket, [{ written: false, reason: 'FORBIDDEN' }]);
    j.serverEvent(b, 'delete-chat', [chat(7, { deletedAt: '2022-12-11T16:13:25.000Z' })]);
    expect(rules(seen)).toEqual(['refusedBroadcast', 'refusedBroadcast']);
    // After the timeout the refusal is forgotten: a later delete of chat 7 is someone else's.
    const t3 = j.clientEmit(a, 'chat', [{ chatType: 'delete', channelId: CHANNEL, chatId: 8 }]);
    j.ack(a, t3.ticket, [{ written: false, reason: 'FORBIDDEN' }]);
    clock.now += 1001;
    j.serverEvent(b, 'delete-chat', [chat(8, { deletedAt: '2022-12-11T16:13:25.000Z' })]);
    expect(seen).toHaveLength(2);
  });

  it('a namespace outside the contract\'s address admitted by the server is reported; a refusal is judged by ConnectError', () => {
    const { j, seen } = judge();
    j.admitted(j.client('/', TOKEN));
    expect(rules(seen)).toEqual(['namespace']);
    j.refused(j.client(NSP, TOKEN), { message: 'Unauthorized', data: { code: 'TOKEN_INVALID' } });
    expect(seen).toHaveLength(1);
    j.refused(j.client(NSP, TOKEN), { message: 'Nope' });
    expect(rules(seen)).toEqual(['namespace', 'connectError']);
  });

  it('the refusal --enforce gives is the value each reply schema accepts', () => {
    const { j } = judge();
    expect(j.refusalFor('chat')).toEqual({ written: false, reason: 'INVALID_PAYLOAD' });
    expect(j.refusalFor('invite-users-to-channel')).toEqual({ written: false, reason: 'INVALID_PAYLOAD' });
    expect(j.refusalFor('join')).toEqual({ joined: [], reason: 'INVALID_PAYLOAD' });
    expect(j.refusalFor('typing')).toBeUndefined();
  });
});

describe('the proxy\'s reports', () => {
  const v = (over: Partial<ProxyViolation>): ProxyViolation => ({
    rule: 'clientPayload', client: 'client-1', direction: 'client→server', event: 'chat', pointer: '/chatId', clauses: ['asyncapi.yaml#/components/messages/chat', 'D-05'],
    message: '"chat" payload breaks the contract: /chatId must be integer (got "6")', expected: 'must be integer', got: '6', frame: { chatId: '6' }, t: 1, ...over,
  });

  it('groups violations by rule and signature, whatever the values and clients', () => {
    const groups = groupByRootCause([v({}), v({ client: 'client-2', got: '7' }), v({ pointer: '/content', expected: 'must be string' }), v({ rule: 'echo', direction: 'server→client', event: 'new-chat', pointer: '' })]);
    expect(groups.map((g) => [g.rule, g.count, g.clients])).toEqual([['clientPayload', 2, ['client-1', 'client-2']], ['clientPayload', 1, ['client-1']], ['echo', 1, ['client-1']]]);
  });

  it('one line per violation, control characters made visible', () => {
    const line = violationLine(v({ got: 'a\u001b[2Jb\u202e' , message: 'x\ny' }));
    expect(line).not.toMatch(/[\u0000-\u001f\u202e]/);
    expect(line).toContain('x\\ny');
    expect(visible('\u0007\u2028ok')).toBe('\\u0007\\u2028ok');
  });

  it('the result model: one result per rule, a failure per root cause with its first frame', () => {
    const session: Session = {
      kit: { name: 'commu-contract', version: '0' }, contract: { version: '1' }, upstream: 'http://u', apiUpstream: 'http://u',
      startedAt: new Date(0), durationMs: 5, timeoutMs: 2000, counts: { clients: 2, frames: 3, requests: 0, violations: 2 }, rerun: 'x',
    };
    const result = sessionResult(session, [v({}), v({ client: 'client-2' })]);
    expect(result.cases.map((c) => c.id)).toEqual(Object.values(RULES).map((r) => r.id));
    const failing = result.cases.filter((c) => c.verdict !== 'pass');
    expect(failing.map((c) => c.id)).toEqual([RULES.clientPayload.id]);
    expect(failing[0]!.failures).toMatchObject([{ level: 'MUST', check: 'client', pointer: '/chatId', frame: 0, spec: 'asyncapi.yaml#/components/messages/chat' }]);
    expect(failing[0]!.failures[0]!.message).toContain('(2× on 2 clients: client-1, client-2)');
    expect(failing[0]!.transcript).toEqual([{ t: 1, actor: 'client-1', dir: 'out', kind: 'emit', event: 'chat', data: { chatId: '6' } }]);
    expect(result.summary).toMatchObject({ pass: Object.keys(RULES).length - 1, fail: 1 });
  });
});
