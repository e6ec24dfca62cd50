import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyBaseline } from '../../src/report/baseline.ts';
import { renderJson } from '../../src/report/json.ts';
import type { RunResult } from '../../src/runner/model.ts';
import { reportValidator, sampleResult, SCHEMA_FILE } from './helpers.ts';

const validate = reportValidator();

describe('the JSON report schema (src/report/report.schema.json)', () => {
  it('accepts the JSON report of a run, with and without a baseline', () => {
    const result = sampleResult();
    expect(validate(JSON.parse(renderJson(result)))).toEqual([]);
    const baselined = applyBaseline(result, [{ id: 'CHAT-NEW-001', reason: 'r' }, { id: 'AUTH-OK-001', reason: 'fixed' }, { id: 'ZZZ-ABC-001', reason: 'gone' }], 'b.yaml').result;
    expect(baselined.cases.find((c) => c.id === 'CHAT-NEW-001')!.known).toEqual({ reason: 'r' });
    expect(validate(JSON.parse(renderJson(baselined)))).toEqual([]);
  });

  const broken: Array<[string, (r: RunResult) => void, string]> = [
    ['a pass with failures', (r) => { r.cases[0]!.failures = r.cases[3]!.failures; }, '/cases/0/failures must NOT have more than 0 items'],
    ['a fail without failures', (r) => { r.cases[3]!.failures = []; }, '/cases/3/failures must NOT have fewer than 1 items'],
    ['a skip without reason', (r) => { delete r.cases[2]!.reason; }, "/cases/2 must have required property 'reason'"],
    ['an unknown verdict', (r) => { (r.cases[0] as { verdict: string }).verdict = 'ok'; }, '/cases/0/verdict must be equal to one of the allowed values'],
    ['a field the model does not have', (r) => { (r.cases[0] as unknown as Record<string, unknown>).extra = 1; }, '/cases/0 must NOT have additional properties'],
    ['a frame without direction', (r) => { delete (r.cases[0]!.transcript[0] as { dir?: string }).dir; }, "/cases/0/transcript/0 must have required property 'dir'"],
    ['a known mark on a passing case', (r) => { r.cases[0]!.known = { reason: 'x' }; }, '/cases/0/verdict must be equal to constant'],
    ['no kit', (r) => { delete (r as Partial<RunResult>).kit; }, "/ must have required property 'kit'"],
  ];
  it.each(broken)('rejects %s', (_name, breakIt, message) => {
    const r = JSON.parse(renderJson(sampleResult())) as RunResult;
    breakIt(r);
    expect(validate(r)).toContain(message);
  });

  it('documents every property of the result model it allows', () => {
    const schema = JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')) as { definitions: Record<string, { properties?: object }> };
    expect(Object.keys(schema.definitions.case!.properties!).sort()).toEqual(
      ['area', 'clauses', 'durationMs', 'failures', 'id', 'known', 'level', 'placement', 'reason', 'requirement', 'rerun', 'title', 'transcript', 'verdict'],
    );
  });
});
