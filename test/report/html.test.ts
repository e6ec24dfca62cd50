import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyBaseline } from '../../src/report/baseline.ts';
import { escapeHtml } from '../../src/report/escape.ts';
import { HTML_SCRIPT, renderHtml } from '../../src/report/html.ts';
import { CHROMIUM, dumpDom, HAS_CHROMIUM, HOSTILE, sampleResult, tmp } from './helpers.ts';

const chromiumNote = HAS_CHROMIUM ? '' : ` (SKIPPED: ${CHROMIUM} not found; apt-get install -y chromium)`;
if (!HAS_CHROMIUM) console.warn(`test/report/html.test.ts: no headless Chromium, the render and filter assertions are skipped${chromiumNote}`);

/** Each rendered case of a dumped DOM: its status and whether the filter hid it. */
function cases(dom: string): Array<{ id: string; verdict: string; area: string; hidden: boolean }> {
  return [...dom.matchAll(/<details class="case"([^>]*)>/g)].map((m) => {
    const attr = (name: string) => new RegExp(`${name}="([^"]*)"`).exec(m[1]!)?.[1] ?? '';
    return { id: attr('data-id'), verdict: attr('data-verdict'), area: attr('data-area'), hidden: / hidden=""/.test(m[1]!) };
  });
}

describe('HTML report', () => {
  const result = applyBaseline(sampleResult(), [{ id: 'CHAT-NEW-002', reason: 'issue <12>' }], 'known.yaml').result;
  const html = renderHtml(result);

  it('escapes every value from the target', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
    // One script element: the page's own. The chat's <script> and <img onerror> are text.
    expect(html.match(/<script/g)).toHaveLength(1);
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;document.body.setAttribute(&#39;data-pwned&#39;,&#39;1&#39;)&lt;/script&gt;');
    expect(html).toContain('issue &lt;12&gt;');
    expect(html).not.toContain(HOSTILE);
  });

  it('is self-contained: no URL to fetch, a CSP that admits only its own script and style', () => {
    // In-page links (`#cause=1`, `#verdict=fail`) only set the filter.
    expect(html).not.toMatch(/<[^>]*\s(src|href)=(?!"#)/i);
    expect(html).toMatch(/<a href="#verdict=fail">1<\/a>/);
    expect(html).not.toMatch(/@import|url\(/);
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)![1]!;
    expect(csp).toMatch(/^default-src &#39;none&#39;; style-src &#39;sha256-[\w+/=]+&#39;; script-src &#39;sha256-[\w+/=]+&#39;;/);
    expect(html).toContain(`<script>${HTML_SCRIPT}</script>`);
  });

  it('has every case with its transcript, verdict and area for the filter', () => {
    for (const c of result.cases) expect(html).toContain(`id="case-${c.id}"`);
    expect(html).toContain('data-verdict="known" data-area="chat-new" data-id="CHAT-NEW-002"');
    expect(html).toContain('<td class="num">#6</td>');
  });

  describe.skipIf(!HAS_CHROMIUM)(`in headless Chromium${chromiumNote}`, () => {
    const file = join(tmp('html'), 'conformance.html');
    writeFileSync(file, html);

    it('renders, runs its script, and shows the chat markup as text without running it', () => {
      const dom = dumpDom(file);
      expect(dom).toMatch(/<body data-ready="1" data-shown="6">/);
      expect(dom).not.toMatch(/<body[^>]*data-pwned/);
      expect(dom).not.toMatch(/<img/i);
      expect(dom.match(/<script/g)).toHaveLength(1);
      expect(dom).toContain('&lt;script&gt;document.body.setAttribute(\'data-pwned\',\'1\')&lt;/script&gt;');
      expect(dom).toContain('6 of 6 cases shown');
      expect(cases(dom).every((c) => !c.hidden)).toBe(true);
    });

    it('filters by verdict from the URL hash', () => {
      const shown = cases(dumpDom(file, '#verdict=fail,error')).filter((c) => !c.hidden);
      expect(shown.map((c) => c.id)).toEqual(['CHAT-NEW-001', 'CHAT-NEW-003']);
    });

    it('filters by area and verdict together, and says when nothing matches', () => {
      const dom = dumpDom(file, '#verdict=pass,warn&area=auth');
      // What failed comes first: the warning before the pass.
      expect(cases(dom).filter((c) => !c.hidden).map((c) => c.id)).toEqual(['AUTH-TOKEN-002', 'AUTH-OK-001']);
      expect(dom).toContain('2 of 6 cases shown');
      const none = dumpDom(file, '#verdict=known&area=auth');
      expect(none).toContain('0 of 6 cases shown');
      expect(none).toContain('<p id="empty">No case matches the filter.</p>');
    });
  });
});
