import { describe, expect, it } from 'vitest';
import { errorOf } from './suite-error.ts';
import { expandCases, TemplateError } from '../../src/runner/templates.ts';
import { parseSuite } from '../../src/runner/suites.ts';

const step = (payload: unknown) => ({ emit: { actor: 'a', event: 'chat', payload } });

describe('expandCases', () => {
  it.each([
    ['a hand-written case passes through', [{ id: 'X-A-001' }], [{ id: 'X-A-001' }]],
    ['`$row` is replaced by the row\'s value, any JSON value',
      [{ template: { steps: [step({ $row: 'p' })] }, rows: [{ id: 'X-A-001', with: { p: null } }, { id: 'X-A-002', with: { p: { content: 42 } } }] }],
      [{ steps: [step(null)], id: 'X-A-001' }, { steps: [step({ content: 42 })], id: 'X-A-002' }]],
    ['`$spread` splices the row\'s list, the table\'s `with` is the default',
      [{ template: { steps: [step(1), { $spread: 'more' }] }, with: { more: [] }, rows: [{ id: 'X-A-001' }, { id: 'X-A-002', with: { more: [step(2), step(3)] } }] }],
      [{ steps: [step(1)], id: 'X-A-001' }, { steps: [step(1), step(2), step(3)], id: 'X-A-002' }]],
    ['a row\'s fields are the case\'s, over the template\'s',
      [{ template: { level: 'MUST', needs: ['fresh-world'] }, rows: [{ id: 'X-A-001', level: 'SHOULD' }] }],
      [{ level: 'SHOULD', needs: ['fresh-world'], id: 'X-A-001' }]],
  ])('%s', (_name, given, want) => {
    expect(expandCases(given).cases).toEqual(want);
  });

  it('records where each case came from: its entry, or its row', () => {
    const { origins } = expandCases([{ id: 'X-A-001' }, { template: {}, rows: [{ id: 'X-B-001' }, { id: 'X-B-002' }] }]);
    expect(origins).toEqual([{ pointer: '/cases/0' }, { pointer: '/cases/1/rows/0', row: 'X-B-001' }, { pointer: '/cases/1/rows/1', row: 'X-B-002' }]);
  });

  it.each([
    ['a placeholder with no value', { template: { a: { $row: 'p' } }, rows: [{ id: 'X-A-001' }] }, /row X-A-001: the template's `\{ \$row: p \}` has no value/, '/cases/0/template/a'],
    ['a value no placeholder uses (a misspelt name)', { template: { a: { $row: 'p' } }, rows: [{ id: 'X-A-001', with: { p: 1, q: 2 } }] }, /row X-A-001: `with` gives "q", which the template never uses/, '/cases/0/rows/0/with/q'],
    ['a default no placeholder uses', { template: {}, with: { q: 1 }, rows: [{ id: 'X-A-001' }] }, /the table's `with` gives "q"/, '/cases/0/with/q'],
    ['a row without an id', { template: {}, rows: [{ title: 't' }] }, /row 1 of the table needs its own `id`/, '/cases/0/rows/0'],
    ['`$spread` of something not a list', { template: { s: [{ $spread: 'x' }] }, rows: [{ id: 'X-A-001', with: { x: 3 } }] }, /`x` is spread into a list, so it must be a list/, '/cases/0/template/s'],
    ['`$spread` outside a list', { template: { s: { $spread: 'x' } }, rows: [{ id: 'X-A-001', with: { x: [] } }] }, /must be an item of a list/, '/cases/0/template/s'],
    ['a case field beside the table', { template: {}, rows: [{ id: 'X-A-001' }], level: 'MUST' }, /"level" is none of them/, '/cases/0/level'],
    ['no rows', { template: {}, rows: [] }, /needs `rows:`/, '/cases/0'],
  ])('refuses %s, at its pointer', (_name, table, message, pointer) => {
    let error: unknown;
    try {
      expandCases([table]);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(TemplateError);
    expect((error as TemplateError).message).toMatch(message);
    expect((error as TemplateError).pointer).toBe(pointer);
  });
});

const suite = (rows: string) => `area: demo
title: Demo
cases:
  - template: { level: MUST, requirement: Something MUST hold., clauses: [D-01], actors: { a: { user: author } }, steps: [{ emit: { actor: { $row: who }, event: chat, payload: {} } }] }
    rows:
${rows}`;


describe('a suite with a case table', () => {
  it('loads each row as a case, validated like a hand-written one', () => {
    const s = parseSuite(suite('      - { id: DEMO-A-001, title: one, with: { who: a } }\n      - { id: DEMO-A-002, title: two, with: { who: a } }\n'), 'demo.yaml');
    expect(s.cases.map((c) => [c.id, c.title, c.level])).toEqual([['DEMO-A-001', 'one', 'MUST'], ['DEMO-A-002', 'two', 'MUST']]);
  });

  it('names the file, the row\'s line and its id for an expanded case that breaks the format', () => {
    const e = errorOf(suite('      - { id: DEMO-A-001, title: one, with: { who: a } }\n      - { id: DEMO-A-002, title: two, level: MAYBE, with: { who: a } }\n'));
    expect(e.message).toMatch(/^demo\.yaml:7: row DEMO-A-002: \/cases\/1\/level .*one of MUST, SHOULD/);
  });

  it('names the row\'s line for a step naming an undeclared actor', () => {
    const e = errorOf(suite('      - { id: DEMO-A-001, title: one, with: { who: b } }\n'));
    expect(e.message).toMatch(/^demo\.yaml:6: .*case DEMO-A-001: step 1 \(emit\) names actor "b"/);
  });

  it('names the line of a template mistake', () => {
    const e = errorOf(suite('      - { id: DEMO-A-001, title: one, with: { whom: a } }\n'));
    expect(e.message).toMatch(/^demo\.yaml:\d+: row DEMO-A-001: the template's `\{ \$row: who \}` has no value/);
  });
});
