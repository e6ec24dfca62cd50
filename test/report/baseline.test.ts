import { describe, expect, it } from 'vitest';
import { applyBaseline, BaselineError, markKnown, parseBaseline, serializeBaseline, updatedBaseline, type BaselineEntry } from '../../src/report/baseline.ts';
import { gateOf } from '../../src/report/summary.ts';
import { sampleCases, sampleResult } from './helpers.ts';

// The sample: AUTH-OK-001 pass, AUTH-TOKEN-002 warn, AUTH-TOKEN-008 skip,
// CHAT-NEW-001 fail, CHAT-NEW-002 fail, CHAT-NEW-003 error.
const noErrors = () => sampleResult(sampleCases().filter((c) => c.verdict !== 'error'));

describe('applyBaseline', () => {
  const table: Array<[string, { baseline: BaselineEntry[] }, { gate: string; known: string[]; fixed: string[]; notRun: string[]; newFailures: string[] }]> = [
    ['no baseline entries: every failure counts', { baseline: [] }, { gate: 'failed', known: [], fixed: [], notRun: [], newFailures: ['CHAT-NEW-001', 'CHAT-NEW-002'] }],
    ['one of two failures baselined: still failed', { baseline: [{ id: 'CHAT-NEW-001', reason: 'a' }] }, { gate: 'failed', known: ['CHAT-NEW-001'], fixed: [], notRun: [], newFailures: ['CHAT-NEW-002'] }],
    ['every failure baselined: conforms', { baseline: [{ id: 'CHAT-NEW-001', reason: 'a' }, { id: 'CHAT-NEW-002', reason: 'b' }] }, { gate: 'conforms', known: ['CHAT-NEW-001', 'CHAT-NEW-002'], fixed: [], notRun: [], newFailures: [] }],
    ['a baselined case that passes or warns is fixed', { baseline: [{ id: 'AUTH-OK-001', reason: 'a' }, { id: 'AUTH-TOKEN-002', reason: 'b' }, { id: 'CHAT-NEW-001', reason: 'c' }, { id: 'CHAT-NEW-002', reason: 'd' }] }, { gate: 'conforms', known: ['CHAT-NEW-001', 'CHAT-NEW-002'], fixed: ['AUTH-OK-001', 'AUTH-TOKEN-002'], notRun: [], newFailures: [] }],
    ['skipped and unknown cases are not run, neither fixed nor known', { baseline: [{ id: 'AUTH-TOKEN-008', reason: 'a' }, { id: 'NOPE-NOPE-001', reason: 'b' }] }, { gate: 'failed', known: [], fixed: [], notRun: ['AUTH-TOKEN-008', 'NOPE-NOPE-001'], newFailures: ['CHAT-NEW-001', 'CHAT-NEW-002'] }],
  ];
  it.each(table)('%s', (_name, { baseline }, want) => {
    const out = applyBaseline(noErrors(), baseline, 'known.yaml');
    expect({ gate: gateOf(out.result), known: out.known, fixed: out.fixed.map((f) => f.id), notRun: out.notRun.map((f) => f.id), newFailures: out.newFailures }).toEqual(want);
    expect(out.result.baseline).toEqual({ file: 'known.yaml', known: out.known, fixed: out.fixed, notRun: out.notRun });
  });

  it('never baselines an error: the run stays incomplete', () => {
    const out = applyBaseline(sampleResult(), [{ id: 'CHAT-NEW-001', reason: 'a' }, { id: 'CHAT-NEW-002', reason: 'b' }, { id: 'CHAT-NEW-003', reason: 'c' }], 'k');
    expect(gateOf(out.result)).toBe('incomplete');
    expect(out.notRun).toEqual([{ id: 'CHAT-NEW-003', reason: 'c', verdict: 'error' }]);
    expect(out.result.cases.find((c) => c.id === 'CHAT-NEW-003')!.known).toBeUndefined();
  });

  it('is pure: the input result is unchanged, verdicts and summary stay as run', () => {
    const input = noErrors();
    const before = JSON.stringify(input);
    const out = applyBaseline(input, [{ id: 'CHAT-NEW-001', reason: 'a' }], 'k');
    expect(JSON.stringify(input)).toBe(before);
    expect(out.result.summary).toEqual(input.summary);
    expect(out.result.cases.map((c) => c.verdict)).toEqual(input.cases.map((c) => c.verdict));
  });

  it('markKnown marks only failures', () => {
    const [pass, , , fail] = sampleCases();
    expect(markKnown(pass!, [{ id: 'AUTH-OK-001', reason: 'r' }]).known).toBeUndefined();
    expect(markKnown(fail!, [{ id: 'CHAT-NEW-001', reason: 'r' }]).known).toEqual({ reason: 'r' });
  });
});

describe('parseBaseline', () => {
  it('reads YAML, JSON and the { known: [...] } form', () => {
    expect(parseBaseline('- id: CHAT-NEW-001\n  reason: " slow "\n', 'b.yaml')).toEqual([{ id: 'CHAT-NEW-001', reason: 'slow' }]);
    expect(parseBaseline('[{"id":"CHAT-NEW-001","reason":"x"}]', 'b.json')).toEqual([{ id: 'CHAT-NEW-001', reason: 'x' }]);
    expect(parseBaseline('known:\n  - { id: AUTH-OK-001, reason: y }\n', 'b.yaml')).toEqual([{ id: 'AUTH-OK-001', reason: 'y' }]);
    expect(parseBaseline('', 'empty.yaml')).toEqual([]);
  });

  it.each([
    ['{ a: 1 }', 'must be a list'],
    ['- CHAT-NEW-001', 'entry 1 must be an object'],
    ['- { id: chat-new-1, reason: x }', 'id must be a case id'],
    ['- { id: CHAT-NEW-001 }', 'reason must be a non-empty string'],
    ['- { id: CHAT-NEW-001, reason: x, until: 2027 }', 'unknown field "until"'],
    ['- { id: CHAT-NEW-001, reason: x }\n- { id: CHAT-NEW-001, reason: y }', 'CHAT-NEW-001 is listed twice'],
    ['- [unclosed', 'is not YAML or JSON'],
  ])('rejects %j', (text, message) => {
    expect(() => parseBaseline(text, 'b.yaml')).toThrow(BaselineError);
    expect(() => parseBaseline(text, 'b.yaml')).toThrow(message);
  });
});

describe('updatedBaseline', () => {
  it('keeps still-failing and not-run entries, drops fixed ones, adds new failures with a TODO reason', () => {
    const previous = [
      { id: 'CHAT-NEW-001', reason: 'kept reason' },
      { id: 'AUTH-OK-001', reason: 'fixed now' },
      { id: 'OTHER-CASE-001', reason: 'not selected this time' },
    ];
    const next = updatedBaseline(noErrors(), previous);
    expect(next.map((e) => e.id)).toEqual(['CHAT-NEW-001', 'OTHER-CASE-001', 'CHAT-NEW-002']);
    expect(next[0]!.reason).toBe('kept reason');
    expect(next[2]!.reason).toBe('TODO: explain. Failing: ack: the "chat" ack: /chatInfo/senderId must equal "u1"');
    // The written file applied to the same run passes the gate.
    expect(gateOf(applyBaseline(noErrors(), next, 'k').result)).toBe('conforms');
  });

  it('serialises YAML (with a header) and JSON that read back the same', () => {
    const entries = [{ id: 'CHAT-NEW-001', reason: 'a: "quoted" # not a comment' }];
    const yaml = serializeBaseline(entries, 'known.yaml');
    expect(yaml).toMatch(/^# Known conformance failures/);
    expect(parseBaseline(yaml, 'known.yaml')).toEqual(entries);
    const json = serializeBaseline(entries, 'known.json');
    expect(JSON.parse(json)).toEqual(entries);
    expect(parseBaseline(serializeBaseline([], 'e.yaml'), 'e.yaml')).toEqual([]);
  });
});
