import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaultName, report } from '../../src/cli/report.ts';
import { applyBaseline } from '../../src/report/baseline.ts';
import { buildMatrix, renderMatrixHtml, renderMatrixMarkdown } from '../../src/report/matrix.ts';
import type { CaseResult } from '../../src/runner/model.ts';
import { dumpDom, HAS_CHROMIUM, sampleCases, sampleResult, tmp } from './helpers.ts';

// Two implementations: the sample, and one where everything passes except an extra case.
function conformant(): CaseResult[] {
  const all = sampleCases().map((c): CaseResult => ({ ...c, verdict: 'pass', failures: [], reason: undefined }));
  return [...all.filter((c) => c.id !== 'CHAT-NEW-003'), { ...all[0]!, id: 'JOIN-OK-001', area: 'join', title: 'Join <b>' }];
}

describe('matrix', () => {
  const a = applyBaseline(sampleResult(), [{ id: 'CHAT-NEW-002', reason: 'r' }], 'k').result;
  const b = sampleResult(conformant());
  const m = buildMatrix([{ name: 'node-ref', result: a }, { name: 'go <impl>', result: b }]);

  it('lines up cases across implementations, in catalogue order, marking differences and gaps', () => {
    expect(m.rows.map((r) => [r.id, ...r.cells.map((c) => c ?? '-'), r.differs ? 'differs' : 'same'])).toEqual([
      ['AUTH-OK-001', 'pass', 'pass', 'same'],
      ['AUTH-TOKEN-002', 'warn', 'pass', 'differs'],
      ['AUTH-TOKEN-008', 'skip', 'pass', 'differs'],
      ['CHAT-NEW-001', 'fail', 'pass', 'differs'],
      ['CHAT-NEW-002', 'known', 'pass', 'differs'],
      ['CHAT-NEW-003', 'error', '-', 'differs'],
      ['JOIN-OK-001', '-', 'pass', 'differs'],
    ]);
    expect(m.implementations.map((i) => [i.name, i.gate, i.counts.pass])).toEqual([['node-ref', 'failed', 1], ['go <impl>', 'conforms', 6]]);
  });

  it('renders Markdown: one row per implementation, a table per area', () => {
    const md = renderMatrixMarkdown(m);
    expect(md).toContain('2 implementations × 7 cases; 6 cases where they differ.');
    expect(md).toContain('| node-ref | FAILED | 1 | 1 | 1 | 1 | 1 | 1 |');
    expect(md).toContain('| go &lt;impl&gt; | CONFORMS | 6 | 0 | 0 | 0 | 0 | 0 |');
    expect(md).toContain('## chat-new\n\n| case | level | node-ref | go &lt;impl&gt; |\n|---|---|:-:|:-:|');
    expect(md).toContain('| CHAT-NEW-002 ◆ | MUST | 📌 known | ✅ pass |');
    expect(md).toContain('| CHAT-NEW-003 ◆ | MUST | 💥 error | — |');
  });

  it('renders HTML with escaped names and a filter for differences', async () => {
    const html = renderMatrixHtml(m);
    expect(html).toContain('<th>go &lt;impl&gt;</th>');
    expect(html).toContain('Join &lt;b&gt;');
    expect(html.match(/<script/g)).toHaveLength(1);
    if (!HAS_CHROMIUM) return;
    const file = join(tmp('matrix'), 'matrix.html');
    writeFileSync(file, html);
    const dom = dumpDom(file, '#diff=1&area=auth');
    expect(dom).toMatch(/data-ready="1" data-shown="2"/);
  });

  it('warns when the runs used different contract versions', () => {
    const other = { ...b, contract: { version: '2.0.0' } };
    expect(renderMatrixMarkdown(buildMatrix([{ name: 'x', result: a }, { name: 'y', result: other }]))).toContain('different contract versions: `1.0.0`, `2.0.0`');
  });
});

describe('commu-contract report', () => {
  const out = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  afterEach(() => {
    out.mockClear();
    err.mockClear();
  });

  it('--matrix writes matrix.md and matrix.html from JSON reports, named by directory', async () => {
    const dir = tmp('cli');
    const fa = join(dir, 'a.json');
    writeFileSync(fa, JSON.stringify(sampleResult()));
    const fb = join(dir, 'impl-b', 'conformance.json');
    (await import('node:fs')).mkdirSync(join(dir, 'impl-b'));
    writeFileSync(fb, JSON.stringify(sampleResult(conformant())));
    expect(defaultName(fb)).toBe('impl-b');
    expect(await report(['--matrix', fa, fb, '--report-dir', join(dir, 'out')])).toBe(0);
    const md = readFileSync(join(dir, 'out', 'matrix.md'), 'utf8');
    expect(md).toContain('| case | level | a | impl-b |');
    expect(readFileSync(join(dir, 'out', 'matrix.html'), 'utf8')).toMatch(/^<!doctype html>/);
  });

  it('refuses a file that is not a JSON report (exit 2)', async () => {
    const dir = tmp('cli');
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ cases: [] }));
    expect(await report(['--matrix', bad, bad, '--names', 'x,y'])).toBe(2);
    expect(String(err.mock.calls[0]![0])).toContain("is not a commu-contract JSON report (src/report/report.schema.json): / must have required property 'kit'");
    expect(await report(['--matrix', bad, bad])).toBe(2);
    expect(String(err.mock.calls[1]![0])).toContain('column names must differ');
  });

  it('re-renders one report through a baseline, with the gate as exit code', async () => {
    const dir = tmp('cli');
    const file = join(dir, 'conformance.json');
    writeFileSync(file, JSON.stringify(sampleResult(sampleCases().filter((c) => c.verdict !== 'error'))));
    expect(await report([file, '--report-dir', dir, '--format', 'markdown'])).toBe(1);
    const baseline = join(dir, 'known.yaml');
    writeFileSync(baseline, '- { id: CHAT-NEW-001, reason: a }\n- { id: CHAT-NEW-002, reason: b }\n');
    expect(await report([file, '--report-dir', dir, '--format', 'markdown,junit', '--baseline', baseline])).toBe(0);
    expect(readFileSync(join(dir, 'conformance.md'), 'utf8')).toContain('## Known failures');
  });
});
