import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scratchDirs } from '../scratch.ts';
import { errorOf } from './suite-error.ts';
import { globToRegExp, loadSuites, parseSuite, SuiteError } from '../../src/runner/suites.ts';

const valid = `area: demo
title: Demo
cases:
  - id: DEMO-CASE-001
    title: t
    level: MUST
    requirement: Something MUST hold.
    clauses: [D-01]
    actors:
      a: { user: author }
    steps:
      - emit: { actor: a, event: chat, payload: {} }
`;


describe('parseSuite', () => {
  it('loads a valid suite', () => {
    expect(parseSuite(valid, 'demo.yaml').cases[0]?.id).toBe('DEMO-CASE-001');
  });

  it.each([
    ['a bad level, with its line', valid.replace('level: MUST', 'level: MAYBE'), /demo\.yaml:6: \/cases\/0\/level .*one of MUST, SHOULD/],
    ['a positional id', valid.replace('DEMO-CASE-001', 'case-1'), /demo\.yaml:4: \/cases\/0\/id must match pattern/],
    ['an unknown step', valid.replace('- emit:', '- shout:'), /demo\.yaml:12: \/cases\/0\/steps\/0 must NOT have additional properties "shout"/],
    ['an undeclared actor', valid.replace('actor: a, event', 'actor: b, event'), /step 1 \(emit\) names actor "b"/],
    ['an unknown role', valid.replace('user: author', 'user: admin'), /demo\.yaml:10: .*actors\/a\/user .*one of communityManager/],
    ['a YAML syntax error', valid.replace('title: Demo', 'title: [Demo'), /demo\.yaml:\d+: YAML/],
    ['a duplicate key', valid.replace('title: Demo', 'title: Demo\ntitle: Again'), /YAML/],
    ['a clause that is no pointer', valid.replace('[D-01]', '[somewhere]'), /clauses\/0 must match pattern/],
  ])('rejects %s', (_, text, message) => {
    expect(errorOf(text).message).toMatch(message);
  });
});

describe('globToRegExp', () => {
  it.each([
    ['CHAT-MOD-*', 'CHAT-MOD-003', true],
    ['CHAT-MOD-*', 'CHAT-DEL-003', false],
    ['CHAT-???-001', 'CHAT-NEW-001', true],
    ['AUTH-TOKEN-001', 'AUTH-TOKEN-0011', false],
  ])('%s ~ %s is %s', (glob, id, want) => {
    expect(globToRegExp(glob).test(id)).toBe(want);
  });
});

describe('loadSuites with its cache', () => {
  const tmp = scratchDirs('commu-suites-');
  const titleOf = (suitesDir: string, cacheDir: string) => loadSuites(suitesDir, { cacheDir })[0]!.cases[0]!.title;

  it('reuses a validated result for the same texts, and never a stale one', () => {
    const [suites, cache] = [tmp(), tmp()];
    writeFileSync(join(suites, 'demo.yaml'), valid);
    expect(titleOf(suites, cache)).toBe('t');
    const entries = readdirSync(cache);
    expect(entries).toHaveLength(1);

    // The entry is what a second load reads (an edited entry shows through)...
    const entry = join(cache, entries[0]!);
    writeFileSync(entry, readFileSync(entry, 'utf8').replace('"title":"t"', '"title":"from the cache"'));
    expect(titleOf(suites, cache)).toBe('from the cache');
    expect(loadSuites(suites, { cache: false })[0]!.cases[0]!.title).toBe('t');

    // ...but an edited suite is a new key: parsed and validated again.
    writeFileSync(join(suites, 'demo.yaml'), valid.replace('title: t', 'title: edited'));
    expect(titleOf(suites, cache)).toBe('edited');
    writeFileSync(join(suites, 'demo.yaml'), valid.replace('level: MUST', 'level: MAY'));
    expect(() => titleOf(suites, cache)).toThrow(SuiteError);
    expect(readdirSync(cache)).toHaveLength(2);
  });

  it('loads without a cache when the cache directory cannot be written', () => {
    const suites = tmp();
    writeFileSync(join(suites, 'demo.yaml'), valid);
    const file = join(tmp(), 'not-a-directory');
    writeFileSync(file, '');
    expect(titleOf(suites, file)).toBe('t');
  });
});

describe('parseSuite checks the steps against the contract (issue 13)', () => {
  const withStep = (step: string) => valid.replace('      - emit: { actor: a, event: chat, payload: {} }\n', `      - emit: { actor: a, event: chat, payload: {} }\n      ${step}\n`);

  it.each([
    ['a typo in an absent event name', '- absent: { actors: [a], event: new-chta, via: self }', /demo\.yaml:13: case DEMO-CASE-001: `absent` of "new-chta", which the contract does not declare server → client \(new-chat, /],
    ['an expect of a client event', '- expect: { actor: a, event: chat }', /demo\.yaml:13: case DEMO-CASE-001: `expect` of "chat", which the contract does not declare server → client/],
    ['an emit of an undeclared event', '- emit: { actor: a, event: send-chat, payload: {} }', /demo\.yaml:13: case DEMO-CASE-001: emits "send-chat", which the contract does not declare client → server \(join, chat, invite-users-to-channel\)/],
    ['an emit of a server event', '- emit: { actor: a, event: new-chat, payload: {} }', /demo\.yaml:13: .*emits "new-chat"/],
    ['a match key the payload does not have', '- expect: { actor: a, event: new-chat, match: { contnet: x } }', /demo\.yaml:13: `match` names "contnet", which the "new-chat" payload/],
    ['a nested ack key the schema does not have', '- emit: { actor: a, event: chat, payload: {}, ack: { match: { written: true, chatInfo: { sender: x } } } }', /demo\.yaml:13: `match` names "chatInfo\/sender", which the "chat" ack/],
    ['an $absent of a key no branch has (a typo passes vacuously)', '- emit: { actor: a, event: chat, payload: {}, ack: { match: { written: false, resaon: { $absent: true } } } }', /`match` names "resaon"/],
    ['a should key the schema does not have', '- expect: { actor: a, event: delete-chat, should: { deletdAt: x } }', /`should` names "deletdAt"/],
    ['a capture path the schema does not have', '- emit: { actor: a, event: chat, payload: {}, ack: { capture: { chat: chatinfo } } }', /demo\.yaml:13: `capture` chat: "chatinfo" names "chatinfo", which the "chat" ack/],
  ])('refuses %s, naming file and line', (_name, step, message) => {
    expect(errorOf(withStep(step)).message).toMatch(message);
  });

  it.each([
    ['keys of either oneOf branch', '- emit: { actor: a, event: chat, payload: {}, ack: { match: { written: false, reason: FORBIDDEN, chatInfo: { $absent: true } }, capture: { id: chatInfo.id } } }'],
    ['operators, generators and array items', '- expect: { actor: a, event: new-chat, match: { content: { $repeat: x, times: 3 }, id: { $gt: 0 } } }'],
    ['an undeclared event marked deliberate', "- emit: { actor: a, event: typing, payload: {}, deliberate: 'D-26: ignored' }"],
    ['an absent of an undeclared event marked deliberate', "- absent: { actors: [a], event: typing, via: self, deliberate: 'D-26: never relayed' }"],
  ])('accepts %s', (_name, step) => {
    expect(parseSuite(withStep(step), 'demo.yaml').cases[0]!.steps).toHaveLength(2);
  });

  it('refuses an empty deliberate reason', () => {
    expect(errorOf(withStep("- emit: { actor: a, event: typing, payload: {}, deliberate: '' }")).message).toMatch(/deliberate must NOT have fewer than 1 characters/);
  });
});
