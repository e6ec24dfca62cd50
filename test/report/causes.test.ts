// Root causes (src/report/causes.ts): pure grouping over the result model, then the two
// acceptance checks of issue 13 against real mutant servers: one rule broken in every
// frame is named, with its case count, on the console's first screen; a server that never
// acknowledges `join` is reported once, the cases it blocked refer to it.
import { describe, expect, it } from 'vitest';
import { loadContract, Validators } from '../../src/contract/index.ts';
import { causeFinder, normalizeMessage, rootCauses, splitFailures } from '../../src/report/causes.ts';
import { renderConsoleReport } from '../../src/report/console.ts';
import { renderHtml } from '../../src/report/html.ts';
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
const joinNotAcked = (actor: string, phase: Failure['phase'] = 'setup'): Failure => ({ level: 'SHOULD', check: 'ack', message: `actor ${actor}: \`join\` was not acknowledged within 1000 ms (the server SHOULD acknowledge join)`, spec: 'asyncapi.yaml#/operations/receiveJoin', phase });

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

  it('makes a join never acknowledged one cause whether a setup or a case\'s own step emitted it (D-85)', () => {
    const cases = [
      result('A-ONE-001', [joinNotAcked('a')], ['a']),
      result('A-ONE-002', [joinNotAcked('a'), joinNotAcked('m', 'assertion')], ['a', 'm']),
      result('JOIN-ACK-001', [joinNotAcked('a', 'assertion')], ['a']),
    ];
    const causes = rootCauses(cases);
    expect(causes).toHaveLength(1);
    expect(causes[0]!).toMatchObject({ phase: 'setup', level: 'SHOULD', cases: ['A-ONE-001', 'A-ONE-002', 'JOIN-ACK-001'], failures: 4 });
    expect(causes[0]!.summary).toMatch(/\(in the setup of 2 cases, in the own steps of 2 cases\)$/);
    const find = causeFinder(causes);
    // Only a case whose every failure of the cause was its setup's is "blocked" by it.
    expect(splitFailures(cases[1]!, find).referenced).toMatchObject([{ n: 1, count: 2, setup: false }]);
    expect(splitFailures(cases[2]!, find).referenced).toMatchObject([{ n: 1, count: 1, setup: false }]);
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

  it('reports a server that never acknowledges join once, in every format: setup and the join cases\' own steps alike (D-85)', async () => {
    // Cases whose actors join in setup, and cases whose own steps emit join with an ack expected.
    const selected = [...select('CHAT-NEW-00*'), ...select('JOIN-ACK-*'), ...select('BAD-JOIN-001'), ...select('INVITE-OK-001')];
    const cases = await runAgainst(mutant('join-never-acks'), selected, validators, options);
    // The join ack is a SHOULD (D-08): nothing fails for it, every case that joins warns.
    expect(cases.filter((c) => c.verdict === 'fail')).toEqual([]);
    const warned = cases.filter((c) => c.verdict === 'warn');
    expect(warned.map((c) => c.id)).toEqual(expect.arrayContaining(['JOIN-ACK-001', 'JOIN-ACK-002', 'JOIN-ACK-003', 'BAD-JOIN-001', 'INVITE-OK-001']));
    expect(cases.find((c) => c.id === 'JOIN-ACK-001')!.failures.map((f) => f.phase)).toEqual(['assertion']);
    const run = sampleResult(cases);

    const causes = rootCauses(cases);
    expect(causes).toHaveLength(1);
    expect(causes[0]!.cases).toEqual(warned.map((c) => c.id));
    const doc = JSON.parse(renderJson(run)) as { rootCauses: Array<{ cases: string[] }> };
    expect(doc.rootCauses.map((c) => c.cases.length)).toEqual([warned.length]);

    const text = renderConsoleReport(run);
    expect(text.match(/^ {2}#\d+ /gm)).toHaveLength(1);
    expect(text.match(/`join` was not acknowledged/g)).toHaveLength(2); // the cause's line, and its example in full
    expect(text).toMatch(new RegExp(`^ {2}#1 ${warned.length} cases \\[SHOULD\\]: setup: ack: actor \\w+: \`join\` was not acknowledged .*\\(in the setup of \\d+ cases, in the own steps of \\d+ cases\\)$`, 'm'));
    expect(text.match(/blocked by a setup failure: root cause #1/g)!.length).toBeGreaterThan(3);
    expect(text).toMatch(/^WARN JOIN-ACK-001 .* — 1 failure: root cause #1 /m);

    const md = renderMarkdown(run);
    expect(md).toMatch(/^## Root causes \(1\)$/m);
    expect(md.match(/\\`join\\` was not acknowledged/g)).toHaveLength(2); // the table row, and the example in full
    const html = renderHtml(run);
    expect(html).toMatch(/<h2>Root causes \(1\)<\/h2>/);
    expect(html.match(/<tr><td>#\d+<\/td>/g)).toHaveLength(1);
  }, 90_000);

  it('under --strict, leaves a case whose only failure is the setup join at warn; the join cases fail for it', async () => {
    const cases = await runAgainst(mutant('join-never-acks'), [...select('CHAT-NEW-00*').slice(0, 3), ...select('JOIN-ACK-001')], validators, { ...options, strict: true });
    expect(cases.map((c) => [c.id, c.verdict])).toEqual([...cases.slice(0, 3).map((c) => [c.id, 'warn']), ['JOIN-ACK-001', 'fail']]);
    expect(cases.slice(0, 3).every((c) => c.failures.every((f) => f.phase === 'setup'))).toBe(true);
    expect(rootCauses(cases)).toHaveLength(1);
  }, 60_000);
});
