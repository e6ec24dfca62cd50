// The matrix: implementations × cases, from several JSON reports (which server passes
// what), as Autobahn|Testsuite shows WebSocket implementations side by side.
import type { RunResult } from '../runner/model.ts';
import { codeSpan, escapeHtml as h, escapeMarkdown } from './escape.ts';
import { HTML_STYLE, page } from './html.ts';
import { byArea, countStatuses, GATE_LABEL, gateOf, STATUSES, statusOf, type Gate, type Status } from './summary.ts';

export interface Implementation {
  name: string;
  result: RunResult;
}

export interface MatrixRow {
  id: string;
  area: string;
  level: string;
  title: string;
  /** One per implementation, in input order; undefined when that run did not include the case. */
  cells: Array<Status | undefined>;
  /** The implementations do not all agree (a missing case counts as different). */
  differs: boolean;
}

export interface Matrix {
  implementations: Array<{ name: string; gate: Gate; counts: Record<Status, number>; target: string; contract: string; kit: string; startedAt: string }>;
  rows: MatrixRow[];
  contracts: string[];
}

export function buildMatrix(impls: readonly Implementation[]): Matrix {
  const order: string[] = [];
  const info = new Map<string, { area: string; level: string; title: string }>();
  for (const { result } of impls) {
    // Keep each run's catalogue order, grouped by area in order of first appearance.
    for (const [, cases] of byArea(result.cases)) {
      for (const c of cases) {
        if (!info.has(c.id)) {
          info.set(c.id, { area: c.area, level: c.level, title: c.title });
          order.push(c.id);
        }
      }
    }
  }
  const areas = [...new Set(order.map((id) => info.get(id)!.area))];
  order.sort((a, b) => areas.indexOf(info.get(a)!.area) - areas.indexOf(info.get(b)!.area));
  const lookup = impls.map(({ result }) => new Map(result.cases.map((c) => [c.id, statusOf(c)])));
  const rows = order.map((id) => {
    const cells = lookup.map((m) => m.get(id));
    return { id, ...info.get(id)!, cells, differs: new Set(cells).size > 1 };
  });
  return {
    implementations: impls.map(({ name, result }) => ({
      name,
      gate: gateOf(result),
      counts: countStatuses(result.cases),
      target: result.target.embedded ? `${result.target.socketUrl} (embedded reference server)` : result.target.socketUrl,
      contract: result.contract.version,
      kit: `${result.kit.name} ${result.kit.version}`,
      startedAt: result.startedAt,
    })),
    rows,
    contracts: [...new Set(impls.map(({ result }) => result.contract.version))],
  };
}

const MD_CELL: Record<Status, string> = { pass: '✅ pass', warn: '⚠️ warn', fail: '❌ fail', known: '📌 known', skip: '⏭️ skip', error: '💥 error' };

export function renderMatrixMarkdown(m: Matrix): string {
  const names = m.implementations.map((i) => escapeMarkdown(i.name));
  const lines = [
    '# commu-contract conformance matrix',
    '',
    `${m.implementations.length} implementations × ${m.rows.length} cases; ${m.rows.filter((r) => r.differs).length} cases where they differ.`,
    '',
  ];
  if (m.contracts.length > 1) lines.push(`**The runs used different contract versions: ${m.contracts.map(codeSpan).join(', ')}.**`, '');
  lines.push(`| implementation | gate | ${STATUSES.join(' | ')} | contract | kit | target | started |`, `|---|---|${STATUSES.map(() => '--:').join('|')}|---|---|---|---|`);
  for (const [i, impl] of m.implementations.entries()) {
    lines.push(`| ${names[i]} | ${GATE_LABEL[impl.gate]} | ${STATUSES.map((s) => impl.counts[s]).join(' | ')} | ${escapeMarkdown(impl.contract)} | ${escapeMarkdown(impl.kit)} | ${codeSpan(impl.target)} | ${impl.startedAt} |`);
  }
  lines.push('');
  let area: string | undefined;
  for (const row of m.rows) {
    if (row.area !== area) {
      area = row.area;
      lines.push('', `## ${escapeMarkdown(area)}`, '', `| case | level | ${names.join(' | ')} |`, `|---|---|${names.map(() => ':-:').join('|')}|`);
    }
    lines.push(`| ${escapeMarkdown(row.id)}${row.differs ? ' ◆' : ''} | ${row.level} | ${row.cells.map((c) => (c ? MD_CELL[c] : '—')).join(' | ')} |`);
  }
  lines.push('', '◆ the implementations differ on this case; — the case was not in that run.', '');
  return lines.join('\n').replace(/\n{3,}/g, '\n\n');
}

const MATRIX_STYLE = `${HTML_STYLE}
table.matrix { margin-top: .5rem; }
table.matrix th, table.matrix td { border: 1px solid #d1d9e0; padding: .15rem .4rem; font-size: .85rem; }
table.matrix thead th { position: sticky; top: 2.6rem; background: #f6f8fa; }
table.matrix td.c { text-align: center; color: #fff; font-weight: 600; }
td.c-pass { background: var(--pass); } td.c-warn { background: var(--warn); } td.c-fail { background: var(--fail); }
td.c-known { background: var(--known); } td.c-skip { background: var(--skip); } td.c-error { background: var(--error); }
td.c-none { background: #eef1f4; color: #59636e !important; }
tr.area th { text-align: left; background: #fff; }
`;

const MATRIX_SCRIPT = `
(function () {
  var rows = Array.prototype.slice.call(document.querySelectorAll('tr.case'));
  var heads = Array.prototype.slice.call(document.querySelectorAll('tr.area'));
  var diff = document.getElementById('diff');
  var area = document.getElementById('area');
  function fromHash() {
    var p = new URLSearchParams(location.hash.replace(/^#/, ''));
    diff.checked = p.get('diff') === '1';
    area.value = p.get('area') || '';
  }
  function apply() {
    var n = 0;
    rows.forEach(function (r) {
      var ok = (!diff.checked || r.getAttribute('data-differs') === '1') && (!area.value || r.getAttribute('data-area') === area.value);
      r.hidden = !ok;
      if (ok) n++;
    });
    heads.forEach(function (hd) {
      var a = hd.getAttribute('data-area');
      hd.hidden = !rows.some(function (r) { return !r.hidden && r.getAttribute('data-area') === a; });
    });
    document.getElementById('shown').textContent = n + ' of ' + rows.length + ' cases shown';
    document.body.setAttribute('data-shown', String(n));
  }
  function write() {
    var p = new URLSearchParams();
    if (diff.checked) p.set('diff', '1');
    if (area.value) p.set('area', area.value);
    history.replaceState(null, '', p.toString() ? '#' + p.toString() : location.pathname);
    apply();
  }
  diff.addEventListener('change', write);
  area.addEventListener('change', write);
  window.addEventListener('hashchange', function () { fromHash(); apply(); });
  fromHash();
  apply();
  document.body.setAttribute('data-ready', '1');
})();
`;

export function renderMatrixHtml(m: Matrix): string {
  const cols = m.implementations.length;
  const implRows = m.implementations.map(
    (i) => `<tr><td>${h(i.name)}</td><td>${GATE_LABEL[i.gate]}</td>${STATUSES.map((s) => `<td>${i.counts[s]}</td>`).join('')}<td>${h(i.contract)}</td><td>${h(i.kit)}</td><td><code>${h(i.target)}</code></td><td>${h(i.startedAt)}</td></tr>`,
  );
  const body: string[] = [];
  let area: string | undefined;
  for (const row of m.rows) {
    if (row.area !== area) {
      area = row.area;
      body.push(`<tr class="area" data-area="${h(area)}"><th colspan="${cols + 2}">${h(area)}</th></tr>`);
    }
    const cells = row.cells.map((c) => (c ? `<td class="c c-${c}">${c}</td>` : '<td class="c c-none">—</td>')).join('');
    body.push(`<tr class="case" data-area="${h(row.area)}" data-differs="${row.differs ? 1 : 0}"><td><span class="id">${h(row.id)}</span> ${h(row.title)}</td><td>${h(row.level)}</td>${cells}</tr>`);
  }
  const areas = [...new Set(m.rows.map((r) => r.area))];
  const html = `<header>
<h1>commu-contract conformance matrix</h1>
<p><strong>${m.implementations.length} implementations × ${m.rows.length} cases; ${m.rows.filter((r) => r.differs).length} cases where they differ.</strong></p>
${m.contracts.length > 1 ? `<p><strong>The runs used different contract versions: ${m.contracts.map((c) => h(c)).join(', ')}.</strong></p>` : ''}
<table class="summary"><thead><tr><th>implementation</th><th>gate</th>${STATUSES.map((s) => `<th>${s}</th>`).join('')}<th>contract</th><th>kit</th><th>target</th><th>started</th></tr></thead><tbody>
${implRows.join('\n')}
</tbody></table>
</header>
<nav><label><input type="checkbox" id="diff"> only cases where they differ</label>
<label>area <select id="area"><option value="">all</option>${areas.map((a) => `<option value="${h(a)}">${h(a)}</option>`).join('')}</select></label>
<span id="shown" class="meta"></span></nav>
<table class="matrix"><thead><tr><th>case</th><th>level</th>${m.implementations.map((i) => `<th>${h(i.name)}</th>`).join('')}</tr></thead><tbody>
${body.join('\n')}
</tbody></table>`;
  return page({ title: 'commu-contract conformance matrix', body: html, style: MATRIX_STYLE, script: MATRIX_SCRIPT });
}

