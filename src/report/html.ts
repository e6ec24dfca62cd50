// The HTML report: one self-contained file (inline CSS and script, no network). It opens
// on what failed: the root causes (each case count a link that filters to its cases), a
// summary whose counts filter, then every case, failing first, with its failures and full
// transcript; filters by verdict, area, id and root cause. Every value is
// escaped when the page is built and the script only toggles `hidden`, so nothing from the
// target is ever interpreted; a Content-Security-Policy that admits only the page's own
// script and style (by hash) backs that up.
import { createHash } from 'node:crypto';
import type { CaseResult, Failure, RootCause, RunResult } from '../runner/model.ts';
import { causeFinder, casesCount, referenceText, rootCauses, splitFailures } from './causes.ts';
import { escapeHtml as h } from './escape.ts';
import { byArea, countStatuses, formatValue, GATE_LABEL, gateOf, STATUSES, statusOf, summaryLine, type Status } from './summary.ts';

export const HTML_STYLE = `
:root { --pass:#1a7f37; --warn:#9a6700; --fail:#cf222e; --known:#8250df; --skip:#6e7781; --error:#bc4c00; font-family: system-ui, sans-serif; }
body { margin: 0 auto; max-width: 1200px; padding: 1rem; color: #1f2328; }
h1 { font-size: 1.4rem; margin: 0 0 .25rem; }
.meta { color: #59636e; font-size: .9rem; margin: .25rem 0; }
.gate-conforms { color: var(--pass); } .gate-failed { color: var(--fail); } .gate-incomplete { color: var(--error); }
nav { position: sticky; top: 0; background: #fff; padding: .5rem 0; border-bottom: 1px solid #d1d9e0; display: flex; flex-wrap: wrap; gap: .75rem; align-items: center; z-index: 1; }
nav label { white-space: nowrap; }
table { border-collapse: collapse; }
table.summary td, table.summary th { border: 1px solid #d1d9e0; padding: .2rem .5rem; text-align: right; }
table.summary td:first-child, table.summary th:first-child { text-align: left; }
.badge { display: inline-block; min-width: 3.5rem; text-align: center; border-radius: 3px; color: #fff; font-size: .8rem; font-weight: 600; padding: 0 .3rem; }
.b-pass { background: var(--pass); } .b-warn { background: var(--warn); } .b-fail { background: var(--fail); }
.b-known { background: var(--known); } .b-skip { background: var(--skip); } .b-error { background: var(--error); }
details.case { border: 1px solid #d1d9e0; border-radius: 4px; margin: .4rem 0; }
details.case > summary { cursor: pointer; padding: .35rem .5rem; }
details.case > div { padding: 0 .75rem .75rem; }
.id { font-family: ui-monospace, monospace; font-weight: 600; }
.dur { color: #59636e; font-size: .85rem; }
pre { white-space: pre-wrap; word-break: break-all; margin: 0; font-family: ui-monospace, monospace; font-size: .8rem; }
ol.failures li { margin-bottom: .5rem; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: .1rem .6rem; margin: .25rem 0; }
dt { color: #59636e; }
table.transcript { width: 100%; font-size: .8rem; }
table.transcript td { border-top: 1px solid #eef1f4; padding: .1rem .3rem; vertical-align: top; }
table.transcript tr.hit td { background: #ffebe9; }
td.num, td.t { color: #59636e; white-space: nowrap; text-align: right; }
td.dir-out { color: #0969da; } td.dir-in { color: #8250df; }
table.causes { border-collapse: collapse; margin: .5rem 0; }
table.causes td, table.causes th { border: 1px solid #d1d9e0; padding: .2rem .5rem; vertical-align: top; text-align: left; }
#cause-filter { font-weight: 600; }
[hidden] { display: none !important; }
`;

// The script reads the filter from the URL hash (`#verdict=fail,error&area=auth&q=CHAT`),
// so a link or a headless browser can open the page pre-filtered, and writes it back.
export const HTML_SCRIPT = `
(function () {
  var cases = Array.prototype.slice.call(document.querySelectorAll('details.case'));
  var boxes = Array.prototype.slice.call(document.querySelectorAll('input[name=verdict]'));
  var area = document.getElementById('area');
  var q = document.getElementById('q');
  var shown = document.getElementById('shown');
  var empty = document.getElementById('empty');
  var causeNote = document.getElementById('cause-filter');
  var cause = '';
  function fromHash() {
    var params = new URLSearchParams(location.hash.replace(/^#/, ''));
    var v = params.get('verdict');
    var wanted = v ? v.split(',') : null;
    boxes.forEach(function (b) { b.checked = wanted ? wanted.indexOf(b.value) >= 0 : true; });
    var a = params.get('area') || '';
    area.value = Array.prototype.some.call(area.options, function (o) { return o.value === a; }) ? a : '';
    q.value = params.get('q') || '';
    cause = /^\d+$/.test(params.get('cause') || '') ? params.get('cause') : '';
  }
  function apply(write) {
    var verdicts = boxes.filter(function (b) { return b.checked; }).map(function (b) { return b.value; });
    var text = q.value.trim().toUpperCase();
    var n = 0;
    cases.forEach(function (c) {
      var ok = verdicts.indexOf(c.getAttribute('data-verdict')) >= 0
        && (!area.value || c.getAttribute('data-area') === area.value)
        && (!text || c.getAttribute('data-id').indexOf(text) >= 0)
        && (!cause || (' ' + c.getAttribute('data-causes') + ' ').indexOf(' ' + cause + ' ') >= 0);
      c.hidden = !ok;
      if (ok) n++;
    });
    shown.textContent = n + ' of ' + cases.length + ' cases shown';
    causeNote.textContent = cause ? 'root cause #' + cause + ' only' : '';
    empty.hidden = n > 0;
    document.body.setAttribute('data-shown', String(n));
    if (write) {
      var params = new URLSearchParams();
      if (verdicts.length !== boxes.length) params.set('verdict', verdicts.join(','));
      if (area.value) params.set('area', area.value);
      if (text) params.set('q', text);
      if (cause) params.set('cause', cause);
      var hash = params.toString();
      history.replaceState(null, '', hash ? '#' + hash : location.pathname + location.search);
    }
  }
  boxes.forEach(function (b) { b.addEventListener('change', function () { apply(true); }); });
  area.addEventListener('change', function () { apply(true); });
  q.addEventListener('input', function () { apply(true); });
  window.addEventListener('hashchange', function () { fromHash(); apply(false); });
  document.getElementById('expand').addEventListener('click', function () { cases.forEach(function (c) { if (!c.hidden) c.open = true; }); });
  document.getElementById('collapse').addEventListener('click', function () { cases.forEach(function (c) { c.open = false; }); });
  fromHash();
  apply(false);
  document.body.setAttribute('data-ready', '1');
})();
`;

function sha256(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

function value(v: unknown): string {
  let text: string;
  try {
    text = typeof v === 'string' ? JSON.stringify(v) : JSON.stringify(v, null, 2) ?? String(v);
  } catch {
    text = String(v);
  }
  return `<pre>${h(text.length > 8000 ? `${text.slice(0, 7999)}…` : text)}</pre>`;
}

function failureHtml(f: Failure): string {
  const rows: string[] = [];
  if (f.expected !== undefined) rows.push(`<dt>expected</dt><dd>${value(f.expected)}</dd>`);
  if (f.actual !== undefined) rows.push(`<dt>got</dt><dd>${value(f.actual)}</dd>`);
  if (f.pointer) rows.push(`<dt>pointer</dt><dd><code>${h(f.pointer)}</code></dd>`);
  if (f.spec) rows.push(`<dt>spec</dt><dd><code>${h(f.spec)}</code></dd>`);
  if (f.frame !== undefined) rows.push(`<dt>frame</dt><dd>#${f.frame}</dd>`);
  return `<li><strong>${h(f.level)}</strong> <code>${h(f.check)}</code>: ${h(f.message)}${rows.length ? `<dl>${rows.join('')}</dl>` : ''}</li>`;
}

function caseHtml(c: CaseResult, fixedReason: string | undefined, find: ReturnType<typeof causeFinder>): string {
  const status = statusOf(c);
  const split = splitFailures(c, find);
  const causeIds = [...new Set(c.failures.map((f) => find(c, f)?.n).filter((n) => n !== undefined))];
  const hits = new Set(c.failures.map((f) => f.frame).filter((i) => i !== undefined));
  const frames = c.transcript
    .map((f, i) => {
      const what = f.event ? `${f.kind} ${f.event}` : f.kind;
      const data = f.data === undefined ? '' : h(formatValue(f.data, 8000));
      return `<tr class="${hits.has(i) ? 'hit' : ''}"><td class="num">#${i}</td><td class="t">+${h(String(f.t))} ms</td><td>${h(f.actor)}</td>` +
        `<td class="dir-${f.dir}">${f.dir === 'out' ? '→' : '←'}</td><td>${h(what)}</td><td><pre>${data}</pre></td></tr>`;
    })
    .join('\n');
  const parts = [
    `<p class="req">${h(c.requirement)}</p>`,
    `<p class="meta">${h(c.level)} · area ${h(c.area)} · clauses: ${c.clauses.map((x) => `<code>${h(x)}</code>`).join(', ')}</p>`,
  ];
  if (c.known) parts.push(`<p><strong>Known failure (baseline):</strong> ${h(c.known.reason)}</p>`);
  if (fixedReason !== undefined) parts.push(`<p><strong>In the baseline (${h(fixedReason)}) but ${h(c.verdict)} now:</strong> remove it from the baseline.</p>`);
  if (c.reason) parts.push(`<p><strong>Reason:</strong> ${h(c.reason)}</p>`);
  if (split.full.length > 0) parts.push(`<ol class="failures">${split.full.map(failureHtml).join('')}</ol>`);
  if (split.referenced.length > 0) parts.push(`<ul class="failures">${split.referenced.map((r) => `<li><a href="#cause=${r.n}">${h(referenceText(r))}</a></li>`).join('')}</ul>`);
  parts.push(`<p>Rerun: <code>${h(c.rerun)}</code></p>`);
  parts.push(c.transcript.length > 0 ? `<table class="transcript"><tbody>\n${frames}\n</tbody></table>` : '<p class="meta">No frames were exchanged.</p>');
  const open = status === 'fail' || status === 'error' ? ' open' : '';
  return `<details class="case" id="case-${h(c.id)}" data-verdict="${status}" data-area="${h(c.area)}" data-id="${h(c.id.toUpperCase())}" data-causes="${causeIds.join(' ')}"${open}>` +
    `<summary><span class="badge b-${status}">${status.toUpperCase()}</span> <span class="id">${h(c.id)}</span> [${h(c.level)}] ${h(c.title)} <span class="dur">${c.durationMs} ms</span></summary>` +
    `<div>${parts.join('\n')}</div></details>`;
}

export interface PageParts {
  title: string;
  body: string;
  style?: string;
  script?: string;
}

/** A self-contained page whose only script and style are the ones given (by CSP hash). */
export function page({ title, body, style = HTML_STYLE, script }: PageParts): string {
  const csp = [
    "default-src 'none'",
    `style-src ${sha256(style)}`,
    script ? `script-src ${sha256(script)}` : "script-src 'none'",
    "img-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${h(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${h(title)}</title>
<style>${style}</style>
</head>
<body data-ready="0">
${body}
${script ? `<script>${script}</script>` : ''}
</body>
</html>
`;
}

/** Failing first: the order cases are listed in. */
const SHOWN_ORDER: readonly Status[] = ['fail', 'error', 'warn', 'known', 'skip', 'pass'];

/** A count that, followed, filters the page (the script reads the hash). */
function filterLink(count: number, hash: string): string {
  return count === 0 ? '0' : `<a href="#${h(hash)}">${count}</a>`;
}

function causesHtml(causes: readonly RootCause[]): string {
  if (causes.length === 0) return '';
  const rows = causes.map((cause, i) =>
    `<tr><td>#${i + 1}</td><td><a href="#cause=${i + 1}">${h(casesCount(cause.cases.length))}</a></td><td>${h(cause.level)}${cause.phase === 'setup' ? ' (setup)' : ''}</td>` +
    `<td>${h(cause.summary)}${cause.spec ? `<br><code>${h(cause.spec)}</code>` : ''}</td><td><a href="#q=${h(cause.example.case.toUpperCase())}">${h(cause.example.case)}</a></td></tr>`);
  return `<section id="root-causes"><h2>Root causes (${causes.length})</h2>
<table class="causes"><thead><tr><th></th><th>cases</th><th>level</th><th>what failed</th><th>example</th></tr></thead><tbody>
${rows.join('\n')}
</tbody></table></section>`;
}

export function renderHtml(result: RunResult): string {
  const gate = gateOf(result);
  const causes = rootCauses(result.cases);
  const find = causeFinder(causes);
  const t = result.target;
  const n = countStatuses(result.cases);
  const fixed = new Map((result.baseline?.fixed ?? []).map((f) => [f.id, f.reason]));
  const areas = [...byArea(result.cases).keys()];
  const summaryRows = [...byArea(result.cases)].map(([area, cases]) => {
    const m = countStatuses(cases);
    return `<tr><td>${h(area)}</td>${STATUSES.map((s) => `<td>${filterLink(m[s], `verdict=${s}&area=${encodeURIComponent(area)}`)}</td>`).join('')}</tr>`;
  });
  const verdictBoxes = STATUSES.map((s: Status) => `<label><input type="checkbox" name="verdict" value="${s}" checked> <span class="badge b-${s}">${s.toUpperCase()}</span></label> ${filterLink(n[s], `verdict=${s}`)}`);
  const listed = SHOWN_ORDER.flatMap((s) => result.cases.filter((c) => statusOf(c) === s));
  const baselineNotes: string[] = [];
  if (result.baseline) {
    const b = result.baseline;
    baselineNotes.push(`<p class="meta">Baseline <code>${h(b.file)}</code>: ${b.known.length} known, ${b.fixed.length} fixed, ${b.notRun.length} not run.</p>`);
    if (b.fixed.length > 0) baselineNotes.push(`<p><strong>Remove from the baseline</strong> (they no longer fail): ${b.fixed.map((f) => `<code>${h(f.id)}</code>`).join(', ')}</p>`);
  }
  const body = `<header>
<h1>commu-contract conformance: <span class="gate-${gate}">${GATE_LABEL[gate]}</span></h1>
<p><strong>${h(summaryLine(result))}</strong>${result.options.strict ? ' (strict)' : ''}</p>
<p class="meta">Target <code>${h(t.socketUrl)}</code>${t.apiUrl !== t.socketUrl ? ` (REST <code>${h(t.apiUrl)}</code>)` : ''}${t.embedded ? ' (embedded reference server)' : ''} · ${h(result.kit.name)} ${h(result.kit.version)} · contract ${h(result.contract.version)} · started ${h(result.startedAt)} · ${(result.durationMs / 1000).toFixed(2)} s · fixtures: ${h(t.fixtures)}</p>
${baselineNotes.join('\n')}
${causesHtml(causes)}
<table class="summary"><thead><tr><th>area</th>${STATUSES.map((s) => `<th>${s}</th>`).join('')}</tr></thead><tbody>
${summaryRows.join('\n')}
</tbody></table>
</header>
<nav id="filters">
${verdictBoxes.join('\n')}
<label>area <select id="area"><option value="">all</option>${areas.map((a) => `<option value="${h(a)}">${h(a)}</option>`).join('')}</select></label>
<label>id <input id="q" type="search" placeholder="CHAT-MOD"></label>
<button type="button" id="expand">expand</button> <button type="button" id="collapse">collapse</button>
<span id="shown" class="meta"></span> <a id="cause-filter" href="#"></a>
</nav>
<main id="cases">
${listed.map((c) => caseHtml(c, fixed.get(c.id), find)).join('\n')}
</main>
<p id="empty" hidden>No case matches the filter.</p>`;
  return page({ title: `commu-contract conformance: ${GATE_LABEL[gate]} (${t.socketUrl})`, body, script: HTML_SCRIPT });
}
