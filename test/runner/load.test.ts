import { describe, expect, it } from 'vitest';
import { globToRegExp, parseSuite, SuiteError } from '../../src/runner/load.ts';

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

function errorOf(text: string): SuiteError {
  try {
    parseSuite(text, 'demo.yaml');
  } catch (err) {
    if (err instanceof SuiteError) return err;
    throw err;
  }
  throw new Error('no error');
}

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
