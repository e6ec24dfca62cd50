// Root causes (src/report/causes.ts): pure grouping over the result model, then the two
// acceptance checks of issue 13 against real mutant servers: one rule broken in every
// frame is named, with its case count, on the console's first screen; a server that never
// acknowledges `join` is reported once, the cases it blocked refer to it.
import { describe, expect, it } from 'vitest';
import { loadContract, Validators } from '../../src/contract/index.ts';
import { causeFinder, normalizeMessage, rootCauses, splitFailures } from '../../src/report/causes.ts';
import { renderConsoleReport } from '../../src/report/console.ts';
import { renderJson } from '../../src/report/json.ts';
import { renderMarkdown } from '../../src/report/markdown.ts';
import { flattenCases, globToRegExp, loadSuites } from '../../src/runner/suites.ts';
import type { CaseResult, Failure } from '../../src/runner/model.ts';
import { MUTANTS } from '../mutants/mutants.ts';
import { runAgainst } from '../mutants/run.ts';
import { reportValidator, sampleResult } from './helpers.ts';

function result(id: string, failures: Failure[], actors = ['a']): CaseResult {
  return {
    id, title: id, area: 'demo', level: 'MUST', requirement: 'r', clauses: ['D-01'], verdict: failures.some((f) => f.level === 'MUST') ? 'fail' : 'warn',
    failures, durationMs: 1, rerun: id,
    transcript: actors.map((actor, i) => ({ t: i, actor, dir: 'in', kind: 'event', event: 'new-chat' })),
  };
}

const schema = (rule: string, frame = 0): Failure => ({ level: 'MUST', check: 'schema', message: `"new-chat" payload breaks the contract: ${rule}`, rule, frame, phase: 'assertion' });
const joinNotAcked = (actor: string): Failure => ({ level: 'SHOULD', check: 'ack', message: `actor ${actor}: the setup \`join\` was not acknowledged within 1000 ms`, spec: 'asyncapi.yaml#/operations/receiveJoin', phase: 'setup' });

describe('rootCauses', () => {
  it('groups a schema rule broken in many cases into one cause, most cases first, with an example and the cases', () => {
    const causes = rootCauses([
      result('A-ONE-001', [schema('Chat/channelId required'), { level: 'MUST', check: 'event', message: 'a did not receive "new-chat"', phase: 'assertion' }]),
      result('A-ONE-002', [schema('Chat/channelId required')]),
      result('A-ONE-003', [schema('Chat/channelId required'), schema('Chat/channelId required', 1)]),
    ]);
    expect(causes.map((c) => [c.rule, c.cases, c.failures])).toEqual([
      ['Chat/channelId required', ['A-ONE-001', 'A-ONE-002', 'A-ONE-003'], 4],
      [undefined, ['A-ONE-001'], 1],
    ]);
    expect(causes[0]!.example.case).toBe('A-ONE-001');
    expect(causes[0]!.events).toEqual(['new-chat']);
  });

  it('merges violations that always come in the same frames (a renamed key) into one cause', () => {
    const renamed = (frame: number) => [schema('Chat/channelId required', frame), schema('Chat/channel_id additionalProperties', frame)];
    const causes = rootCauses([result('A-ONE-001', renamed(0)), result('A-ONE-002', renamed(0))]);
    expect(causes).toHaveLength(1);
    expect(causes[0]!.rule).toBe('Chat/channelId required + Chat/channel_id additionalProperties');
  });

  it('makes a setup failure one cause whatever the actor names, and the blocked cases refer to it', () => {
    const cases = [result('A-ONE-001', [joinNotAcked('a')], ['a']), result('A-ONE-002', [joinNotAcked('alice'), joinNotAcked('bob')], ['alice', 'bob'])];
    const causes = rootCauses(cases);
    expect(causes).toHaveLength(1);
    expect(causes[0]!).toMatchObject({ phase: 'setup', level: 'SHOULD', cases: ['A-ONE-001', 'A-ONE-002'], failures: 3 });
    const find = causeFinder(causes);
    expect(splitFailures(cases[0]!, find).full).toHaveLength(1);
    expect(splitFailures(cases[1]!, find)).toMatchObject({ full: [], referenced: [{ n: 1, count: 2 }] });
  });

  it('abstracts actors, ids and numbers, not the event or the rule', () => {
    expect(normalizeMessage('bob did not receive "new-chat" matching within 2000 ms', ['bob'])).toBe(normalizeMessage('a did not receive "new-chat" matching within 1000 ms', ['a']));
    expect(normalizeMessage('a did not receive "new-chat"', ['a'])).not.toBe(normalizeMessage('a did not receive "modify-chat"', ['a']));
    expect(normalizeMessage('/channelId must equal "6394cd01d1a615bf564d9e4c"')).toBe('/channelId must equal "‹id›"');
  });

  it('leaves baselined and passing cases out', () => {
    const known = { ...result('A-ONE-001', [schema('Chat/id type')]), known: { reason: 'r' } };
    expect(rootCauses([known, { ...result('A-ONE-002', []), verdict: 'pass' }])).toEqual([]);
  });

  it('is carried by the JSON report, valid against its schema', () => {
    const doc = JSON.parse(renderJson(sampleResult())) as { rootCauses: unknown[] };
    expect(doc.rootCauses.length).toBeGreaterThan(0);
    expect(reportValidator()(doc)).toEqual([]);
  });
});

describe('Markdown truncation', () => {
  it('cuts at a case boundary and says what it left out', () => {
    const many = Array.from({ length: 40 }, (_, i) => result(`A-ONE-${String(100 + i)}`, [{ level: 'MUST', check: 'event', message: `deviation ${'x'.repeat(i + 1)}`, phase: 'assertion', expected: 'y'.repeat(2000) }]));
    const md = renderMarkdown(sampleResult(many), { maxChars: 30_000 });
    expect(md.length).toBeLessThanOrEqual(30_000);
    const left = Number(/(\d+) more case entries are not shown/.exec(md)?.[1]);
    expect(left).toBeGreaterThan(0);
    // Every case section that made it is whole: its rerun block closes it.
    const shown = md.match(/^### /gm)!.length;
    expect(md.match(/^Rerun:$/gm)!.length).toBe(shown);
    expect(shown + left).toBe(40);
    expect(renderMarkdown(sampleResult(many))).not.toMatch(/Truncated/);
  });
});

describe('against mutant servers (real sockets)', () => {
  const validators = new Validators(loadContract());
  const options = { concurrency: 4, timeoutMs: 1000, graceMs: 5, strict: false, maxEventsPerActor: 10_000, fuzzSeed: 1, rerun: (id: string) => id };
  const select = (glob: string) => flattenCases(loadSuites()).filter((c) => globToRegExp(glob).test(c.id));
  const mutant = (id: string) => MUTANTS.find((m) => m.id === id)!;
  const FIRST_SCREEN = 24;

  it('names the one rule a snake_case server breaks in every frame, with its case count, on the first screen', async () => {
    const cases = await runAgainst(mutant('chat-snake-case'), select('CHAT-NEW-*'), validators, options);
    const failing = cases.filter((c) => c.verdict === 'fail');
    expect(failing.length).toBeGreaterThan(5);
    const screen = renderConsoleReport(sampleResult(cases)).split('\n').slice(0, FIRST_SCREEN).join('\n');
    expect(screen).toMatch(new RegExp(`^ {2}#1 ${failing.length} cases \\[MUST\\]: the contract's schema rule Chat/channelId required \\+ Chat/channel_id additionalProperties is broken`, 'm'));
  }, 60_000);

  it('reports a server that never acknowledges join once, and the blocked cases say so', async () => {
    const cases = await runAgainst(mutant('join-never-acks'), select('CHAT-NEW-00*'), validators, options);
    const warned = cases.filter((c) => c.verdict === 'warn');
    expect(warned.length).toBeGreaterThan(3);
    const text = renderConsoleReport(sampleResult(cases));
    expect(text.match(/the setup `join` was not acknowledged/g)).toHaveLength(2); // the cause's line, and its example in full
    expect(text).toMatch(new RegExp(`^ {2}#1 ${warned.length} cases \\[SHOULD\\]: setup: ack: actor \\w+: the setup \`join\` was not acknowledged`, 'm'));
    expect(text.match(/blocked by a setup failure: root cause #1/g)!.length).toBe(warned.length - 1);
  }, 60_000);

  it('under --strict, leaves a case whose only failure is the setup join at warn (the join cases fail for it)', async () => {
    const cases = await runAgainst(mutant('join-never-acks'), select('CHAT-NEW-00*').slice(0, 3), validators, { ...options, strict: true });
    expect(cases.map((c) => c.verdict)).toEqual(['warn', 'warn', 'warn']);
    expect(cases.every((c) => c.failures.every((f) => f.phase === 'setup'))).toBe(true);
  }, 60_000);
});
