import { describe, expect, it } from 'vitest';
import { applyBaseline } from '../../src/report/baseline.ts';
import { codeSpan, escapeMarkdown, escapeMermaid, fence, markdownProse } from '../../src/report/escape.ts';
import { renderMarkdown } from '../../src/report/markdown.ts';
import { pickFrames, sequenceDiagram } from '../../src/report/mermaid.ts';
import type { CaseResult, Frame } from '../../src/runner/model.ts';
import { HOSTILE, maskTimes, sampleCases, sampleResult } from './helpers.ts';

/** Message text Mermaid reads as plain text: no `#` or `;` outside numeric entities, no markup. */
const SAFE_TEXT = /^(?:[^#;<>&%`\n]|#\d+;)*$/;

function checkDiagram(diagram: string): string[] {
  const problems: string[] = [];
  const [head, ...lines] = diagram.split('\n');
  if (head !== 'sequenceDiagram') problems.push(`first line ${head}`);
  const ids = new Set(['S']);
  for (const line of lines) {
    let m = /^ {2}participant (A\d+|S) as ([\w .@-]+)$/.exec(line);
    if (m) {
      ids.add(m[1]!);
      continue;
    }
    m = /^ {2}(A\d+|S)(->>|-->>|-\)|--x|-x)(A\d+|S): (.+)$/.exec(line) ?? /^ {2}Note over (A\d+|S)()(?:,(S))?: (.+)$/.exec(line);
    if (!m) {
      problems.push(`not a sequence diagram line: ${line}`);
      continue;
    }
    for (const p of [m[1], m[3]]) if (p && !ids.has(p)) problems.push(`undeclared participant ${p}: ${line}`);
    const text = m[4]!;
    if (!SAFE_TEXT.test(text) || /style|classDef/.test(text)) problems.push(`unsafe text: ${line}`);
  }
  return problems;
}

describe('Markdown report', () => {
  it('matches the snapshot (times masked)', async () => {
    const result = applyBaseline(sampleResult(), [{ id: 'CHAT-NEW-002', reason: 'sender ids: issue #12' }, { id: 'AUTH-OK-001', reason: 'was flaky' }], 'known.yaml').result;
    await expect(maskTimes(renderMarkdown(result))).toMatchFileSnapshot('./__snapshots__/conformance.md');
  });

  it('orders the sections: summary per area and level, failures with requirement, expected vs got, diagram and rerun', () => {
    const md = renderMarkdown(sampleResult());
    expect(md).toMatch(/^# commu-contract conformance: FAILED\n/);
    expect(md).toContain('| auth | MUST | 1 | 0 | 0 | 0 | **1** | 0 |');
    expect(md).toContain('| auth | SHOULD | 0 | **1** | 0 | 0 | 0 | 0 |');
    expect(md).toContain('| chat-new | MUST | 0 | 0 | **2** | 0 | 0 | **1** |');
    const failure = md.slice(md.indexOf('### ❌ CHAT-NEW-001'));
    const order = ['> A member', 'expected:', '```json\n   "hello"', 'got:', '```mermaid\nsequenceDiagram', 'Rerun:', '```sh\nnpx commu-contract run --case CHAT-NEW-001\n```'];
    let at = 0;
    for (const part of order) {
      const i = failure.indexOf(part, at);
      expect(i, part).toBeGreaterThanOrEqual(at);
      at = i;
    }
    expect(md.indexOf('## Failures (2)')).toBeLessThan(md.indexOf('## Errors'));
    expect(md.indexOf('## Errors')).toBeLessThan(md.indexOf('## Warnings'));
    expect(md).toContain('## Skipped (1)');
  });

  it('keeps target values inert: no raw HTML outside code blocks', () => {
    const md = renderMarkdown(sampleResult());
    const outsideCode = md.replace(/^(`{3,})[^\n]*\n[\s\S]*?\n\1$/gm, '').replace(/^ {3}(`{3,})[^\n]*\n[\s\S]*?\n {3}\1$/gm, '');
    expect(outsideCode).not.toMatch(/<script|<img|<b>/);
    expect(outsideCode).toContain('&lt;tag&gt;');
  });

  it('caps diagrams so a big run stays a readable comment', () => {
    // Thirty different deviations (one shared by all would be one root cause, shown once).
    const many = Array.from({ length: 30 }, (_, i) => {
      const c = sampleCases()[3]!;
      return { ...c, id: `CHAT-NEW-${String(100 + i)}`, failures: c.failures.map((f) => ({ ...f, message: `${f.message} ${String.fromCharCode(97 + (i % 26)).repeat(1 + Math.floor(i / 26))}`, rule: `${f.rule ?? ''}${i}` })) };
    });
    const md = renderMarkdown(sampleResult(many), { maxDiagrams: 5 });
    expect(md.match(/```mermaid/g)).toHaveLength(5);
    expect(md.match(/^### /gm)).toHaveLength(30);
  });
});

describe('Mermaid sequence diagrams', () => {
  it('draw actors and server, emits, acks, events, HTTP and failure notes with safe text', () => {
    for (const c of sampleCases()) {
      const d = sequenceDiagram(c);
      expect(checkDiagram(d), d).toEqual([]);
    }
    const d = sequenceDiagram(sampleCases()[3]!);
    expect(d).toContain('participant A1 as a\n  participant A2 as b\n  participant S as server');
    expect(d).toContain('A1->>S: connect /socket/commu-c1 token=Bearer «token:author»');
    expect(d).toContain('A1->>S: emit chat {"chatType":"new","channelId":"ch1","content":"#60;script#62;');
    expect(d).toContain('S-)A2: new-chat {"id":7');
    expect(d).toContain('S-->>A1: ack chat {"written":true');
    expect(d).toContain('Note over A1,S: ✗ ack: the "chat" ack: /chatInfo/content must equal the content sent');
    const http = sequenceDiagram(sampleCases()[4]!);
    expect(http).toContain('A1->>S: GET /api/channels/ch1/chats');
    expect(http).toContain('S-->>A1: 200 {"statusCode":200');
    expect(sequenceDiagram(sampleCases()[1]!)).toContain('S--xA1: connect_error {"message":"Unauthorized"');
  });

  it.each([
    ['a;b#c', 'a#59;b#35;c'],
    ['<br>&', '#60;br#62;#38;'],
    ['%%{init}%%', '#37;#37;{init}#37;#37;'],
    ['style:#f00;', 'styl#101;:#35;f00#59;'],
    ['classDef x fill:#f00;', 'classDe#102; x fill:#35;f00#59;'],
    ['line\nbreak\u0000', 'line break'],
    ['```', '#96;#96;#96;'],
  ])('escapes %j', (input, want) => {
    expect(escapeMermaid(input)).toBe(want);
    expect(SAFE_TEXT.test(escapeMermaid(input))).toBe(true);
  });

  it('escapes arbitrary text into safe message text', () => {
    for (const s of [HOSTILE, '#;'.repeat(10), 'style classDef ;#', 'a\u2028b']) expect(SAFE_TEXT.test(escapeMermaid(s)), s).toBe(true);
  });

  it('keeps the neighbourhood of failures in a long transcript', () => {
    const transcript: Frame[] = Array.from({ length: 200 }, (_, i) => ({ t: i, actor: 'a', dir: i % 2 ? 'in' : 'out', kind: 'event', event: 'new-chat', data: { i } }));
    const c: CaseResult = { ...sampleCases()[3]!, transcript, failures: [{ level: 'MUST', check: 'order', message: 'out of order', frame: 150 }] };
    expect(pickFrames(c, 40)).toEqual([0, 1, 2, ...Array.from({ length: 11 }, (_, i) => 142 + i)]);
    const d = sequenceDiagram(c);
    expect(checkDiagram(d)).toEqual([]);
    expect(d).toContain('Note over S: … 139 frames not shown …');
    expect(d).toContain('Note over S: … 47 more frames …');
  });
});

describe('Markdown escaping', () => {
  it('fences and code spans cannot be closed by their content', () => {
    expect(fence('a ``` b', 'json')).toBe('````json\na ``` b\n````');
    expect(fence('x')).toBe('```\nx\n```');
    expect(codeSpan('a `b` c')).toBe('``a `b` c``');
    expect(codeSpan('`x')).toBe('`` `x ``');
  });

  it('prose escapes markup but keeps the code spans of requirements', () => {
    expect(escapeMarkdown('<b>*x*</b> | [l](u) `c`')).toBe('&lt;b&gt;\\*x\\*&lt;/b&gt; \\| \\[l\\](u) \\`c\\`');
    expect(markdownProse('auth `"Bearer <t>"` with <tag> | pipe')).toBe('auth `"Bearer <t>"` with &lt;tag&gt; \\| pipe');
  });
});
