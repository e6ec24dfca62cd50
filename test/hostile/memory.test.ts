// The CLI against hostile targets that send large frames, under a capped V8 heap
// (`--max-old-space-size`), with its peak RSS measured: part of `npm run test:slow`
// (several seconds each, and memory-hungry on a busy machine). The bounds and why they
// hold: docs/robustness.md.
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { against, bound, expectBoundedMemory, expectClean, expectFloodHandled, FLOOD_TIMEOUT, runMs, said } from './cli.ts';

describe('hostile targets: bounded memory', () => {
  it('a flood at the default --max-events (10,000): the run ends quickly within a small heap, its peak RSS near the baseline', async () => {
    // 48 MiB of old space: twice what this run needs (it passes at 24); a runner that kept
    // all 100,000 events needs more than 64 and dies here of "heap out of memory".
    const o = await against('flood', ['--case', 'CHAT-NEW-001'], { memory: { heapMiB: 48 }, timeoutMs: FLOOD_TIMEOUT });
    await expectBoundedMemory(o);
    expectFloodHandled(o, 10_000, 10_000_000);
  });

  it('a 10 MB payload is validated, and kept in the transcript as a summary, within a bounded heap and RSS', async () => {
    // 96 MiB of old space: twice what this run needs (it passes at 48; the payload arrives
    // as 10 MB of JSON text and a 10 MB string).
    const o = await against('ten-megabytes', ['--case', 'CHAT-NEW-001'], { memory: { heapMiB: 96 } });
    await expectBoundedMemory(o);
    expectClean(o);
    expect(o.code).toBe(1);
    expect(said(o, 'CHAT-NEW-001')).toMatch(/\/content must NOT have more than 300 characters/);
    const frames = o.report!.cases[0]!.transcript.filter((f) => f.kind === 'event');
    expect(frames[0]!.data).toMatchObject({ content: { truncated: true, bytes: 10 * 1024 * 1024 } });
    expect(statSync(join(o.dir, 'conformance.json')).size).toBeLessThan(100_000);
    expect(runMs(o)).toBeLessThan(bound(1));
  });

  it('a 10 MB payload on every connection over the CHAT-* cases (37 or more): the run ends with its reports under a 96 MiB heap', async () => {
    // Each case's schema failure quotes the payload: a preview cut from it kept the whole
    // 10 MB alive until the reports (37 cases needed over 370 MB; this run passes at 48).
    const o = await against('ten-megabytes', ['--case', 'CHAT-*'], { memory: { heapMiB: 96 } });
    expect(o.stderr).not.toMatch(/heap out of memory|FATAL ERROR/);
    expectClean(o);
    expect(o.code).toBe(1);
    const cases = o.report!.cases;
    expect(cases.length).toBeGreaterThanOrEqual(37);
    expect(cases.every((c) => c.verdict === 'fail' || c.verdict === 'error')).toBe(true);
    expect(cases.filter((c) => c.verdict === 'fail').length).toBeGreaterThan(0);
    expect(statSync(join(o.dir, 'conformance.json')).size).toBeLessThan(cases.length * 100_000);
  });
});
