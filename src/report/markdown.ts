// The Markdown report, for a pull request comment or a job summary: the gate, a table per
// area and level, then every failure with its requirement, expected vs got, the exchange
// as a Mermaid sequence diagram and the command that reruns it.
import type { CaseResult, Failure, RunResult } from '../runner/model.ts';
import { codeSpan, escapeMarkdown, fence, markdownProse } from './escape.ts';
import { sequenceDiagram } from './mermaid.ts';
import { byAreaLevel, countStatuses, GATE_LABEL, gateOf, STATUSES, statusOf, summaryLine, type Status } from './summary.ts';

export interface MarkdownOptions {
  /** Most cases drawn with a sequence diagram (default 25); later ones are listed without. */
  maxDiagrams?: number;
}

const ICON: Record<Status, string> = { pass: '✅', warn: '⚠️', fail: '❌', known: '📌', skip: '⏭️', error: '💥' };

function pretty(value: unknown): string {
  let text: string;
  try {
    text = typeof value === 'string' ? JSON.stringify(value) : JSON.stringify(value, null, 2) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length > 2000 ? `${text.slice(0, 1999)}…` : text;
}

function failureItem(f: Failure, index: number): string[] {
  const lines = [`${index + 1}. **${f.level}** ${codeSpan(f.check)}: ${escapeMarkdown(f.message)}`];
  const facts: string[] = [];
  if (f.pointer) facts.push(`pointer ${codeSpan(f.pointer)}`);
  if (f.frame !== undefined) facts.push(`frame #${f.frame}`);
  if (f.spec) facts.push(`spec ${codeSpan(f.spec)}`);
  if (facts.length > 0) lines.push(`   ${facts.join(' · ')}`);
  const block = (name: string, value: unknown) => {
    lines.push('', `   ${name}:`, '', ...fence(pretty(value), 'json').split('\n').map((l) => `   ${l}`));
  };
  if (f.expected !== undefined) block('expected', f.expected);
  if (f.actual !== undefined) block('got', f.actual);
  return lines;
}

function caseSection(c: CaseResult, diagram: boolean): string[] {
  const status = statusOf(c);
  const lines = [
    `### ${ICON[status]} ${escapeMarkdown(c.id)} · ${markdownProse(c.title)}`,
    '',
    `**${status.toUpperCase()}** · ${c.level} · area ${codeSpan(c.area)} · clauses: ${c.clauses.map(codeSpan).join(', ') || '—'}`,
    '',
    `> ${markdownProse(c.requirement)}`,
    '',
  ];
  if (c.known) lines.push(`Known failure (baseline): ${escapeMarkdown(c.known.reason)}`, '');
  if (c.reason) lines.push(`Reason: ${escapeMarkdown(c.reason)}`, '');
  c.failures.forEach((f, i) => lines.push(...failureItem(f, i)));
  if (c.failures.length > 0) lines.push('');
  if (diagram && c.transcript.length > 0) lines.push(fence(sequenceDiagram(c), 'mermaid'), '');
  lines.push('Rerun:', '', fence(c.rerun, 'sh'), '');
  return lines;
}

export function renderMarkdown(result: RunResult, options: MarkdownOptions = {}): string {
  const maxDiagrams = options.maxDiagrams ?? 25;
  const gate = gateOf(result);
  const t = result.target;
  const lines: string[] = [
    `# commu-contract conformance: ${GATE_LABEL[gate]}`,
    '',
    `**${summaryLine(result)}**${result.options.strict ? ' (strict: SHOULD violations fail)' : ''}`,
    '',
    `Target ${codeSpan(t.socketUrl)}${t.apiUrl !== t.socketUrl ? ` (REST ${codeSpan(t.apiUrl)})` : ''}${t.embedded ? ' (embedded reference server)' : ''} · ` +
      `${escapeMarkdown(result.kit.name)} ${escapeMarkdown(result.kit.version)} · contract ${escapeMarkdown(result.contract.version)} · ` +
      `started ${result.startedAt} · ${(result.durationMs / 1000).toFixed(2)} s · fixtures: ${escapeMarkdown(t.fixtures)}`,
    '',
    '## Summary',
    '',
    `| area | level | ${STATUSES.join(' | ')} |`,
    `|---|---|${STATUSES.map(() => '--:').join('|')}|`,
  ];
  for (const row of byAreaLevel(result.cases)) {
    const n = countStatuses(row.cases);
    lines.push(`| ${escapeMarkdown(row.area)} | ${row.level} | ${STATUSES.map((s) => (n[s] > 0 && s !== 'pass' ? `**${n[s]}**` : String(n[s]))).join(' | ')} |`);
  }
  const total = countStatuses(result.cases);
  lines.push(`| **all** | | ${STATUSES.map((s) => `**${total[s]}**`).join(' | ')} |`, '');

  let diagrams = 0;
  const section = (title: string, cases: CaseResult[]) => {
    if (cases.length === 0) return;
    lines.push(`## ${title} (${cases.length})`, '');
    for (const c of cases) {
      const draw = diagrams < maxDiagrams;
      if (draw && c.transcript.length > 0) diagrams++;
      lines.push(...caseSection(c, draw));
    }
  };
  section('Failures', result.cases.filter((c) => statusOf(c) === 'fail'));
  section('Errors (the kit could not run these cases)', result.cases.filter((c) => c.verdict === 'error'));
  section('Warnings (SHOULD)', result.cases.filter((c) => c.verdict === 'warn'));

  const known = result.cases.filter((c) => statusOf(c) === 'known');
  if (known.length > 0) {
    lines.push(`## Known failures (baseline ${codeSpan(result.baseline?.file ?? '')}) (${known.length})`, '', '| case | level | reason | first failure |', '|---|---|---|---|');
    for (const c of known) {
      const first = c.failures[0];
      lines.push(`| ${escapeMarkdown(c.id)} | ${c.level} | ${escapeMarkdown(c.known!.reason)} | ${first ? escapeMarkdown(`${first.check}: ${first.message}`) : ''} |`);
    }
    lines.push('');
  }
  const fixed = result.baseline?.fixed ?? [];
  if (fixed.length > 0) {
    lines.push(`## Fixed: remove from the baseline (${fixed.length})`, '', `These cases are listed in ${codeSpan(result.baseline!.file)} but no longer fail:`, '');
    for (const f of fixed) lines.push(`- ${escapeMarkdown(f.id)} (${f.verdict}): ${escapeMarkdown(f.reason)}`);
    lines.push('');
  }
  const skipped = result.cases.filter((c) => c.verdict === 'skip');
  if (skipped.length > 0) {
    lines.push(`## Skipped (${skipped.length})`, '', '| case | reason |', '|---|---|');
    for (const c of skipped) lines.push(`| ${escapeMarkdown(c.id)} | ${escapeMarkdown(c.reason ?? '')} |`);
    lines.push('');
  }
  if (gate === 'conforms' && total.warn === 0 && known.length === 0) lines.push('Every case passed.', '');
  return lines.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n';
}

