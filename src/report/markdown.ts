// The Markdown report, for a pull request comment or a job summary: the gate, the root
// causes, a table per area and level, then every failure with its requirement, expected
// vs got, the exchange as a Mermaid sequence diagram and the command that reruns it (a
// failure other cases share names its root cause instead). Longer than `maxChars`, it
// ends at a section boundary and says what it left out.
import type { CaseResult, Failure, RootCause, RunResult } from '../runner/model.ts';
import { causeFinder, casesCount, referenceText, rootCauses, splitFailures, type CaseFailures } from './causes.ts';
import { codeSpan, escapeMarkdown, fence, markdownProse } from './escape.ts';
import { sequenceDiagram } from './mermaid.ts';
import { byAreaLevel, countStatuses, GATE_LABEL, gateOf, STATUSES, statusOf, summaryLine, type Status } from './summary.ts';

export interface MarkdownOptions {
  /** Most cases drawn with a sequence diagram (default 25); later ones are listed without. */
  maxDiagrams?: number;
  /**
   * The longest report, in characters (default MARKDOWN_MAX_CHARS, under GitHub's 1 MiB job
   * summary limit): beyond it, the report ends at a section boundary with a note.
   */
  maxChars?: number;
}

export const MARKDOWN_MAX_CHARS = 900_000;
/** Case ids listed per root cause. */
const CASES_LISTED = 20;

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

function caseSection(c: CaseResult, diagram: boolean, split: CaseFailures): string[] {
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
  split.full.forEach((f, i) => lines.push(...failureItem(f, i)));
  for (const r of split.referenced) lines.push(`- ${escapeMarkdown(referenceText(r))}`);
  if (c.failures.length > 0) lines.push('');
  if (diagram && c.transcript.length > 0) lines.push(fence(sequenceDiagram(c), 'mermaid'), '');
  lines.push('Rerun:', '', fence(c.rerun, 'sh'), '');
  return lines;
}

function rootCauseSection(causes: readonly RootCause[]): string[] {
  if (causes.length === 0) return [];
  const lines = [`## Root causes (${causes.length})`, '', 'Failures grouped by the rule they break and how; each cause is shown in full once, under its example case.', '', '| # | cases | level | root cause | example | cases affected |', '|--:|--:|---|---|---|---|'];
  causes.forEach((cause, i) => {
    const listed = cause.cases.slice(0, CASES_LISTED).map(escapeMarkdown).join(', ') + (cause.cases.length > CASES_LISTED ? `, … (+${cause.cases.length - CASES_LISTED} more)` : '');
    lines.push(`| ${i + 1} | ${cause.cases.length} | ${cause.level}${cause.phase === 'setup' ? ' (setup)' : ''} | ${escapeMarkdown(cause.summary)} | ${escapeMarkdown(cause.example.case)} | ${listed} |`);
  });
  lines.push('');
  return lines;
}

export function renderMarkdown(result: RunResult, options: MarkdownOptions = {}): string {
  const maxDiagrams = options.maxDiagrams ?? 25;
  const maxChars = options.maxChars ?? MARKDOWN_MAX_CHARS;
  const gate = gateOf(result);
  const t = result.target;
  const causes = rootCauses(result.cases);
  const find = causeFinder(causes);
  const lines: string[] = [
    `# commu-contract conformance: ${GATE_LABEL[gate]}`,
    '',
    `**${summaryLine(result)}**${result.options.strict ? ' (strict: SHOULD violations fail)' : ''}`,
    '',
    `Target ${codeSpan(t.socketUrl)}${t.apiUrl !== t.socketUrl ? ` (REST ${codeSpan(t.apiUrl)})` : ''}${t.embedded ? ' (embedded reference server)' : ''} · ` +
      `${escapeMarkdown(result.kit.name)} ${escapeMarkdown(result.kit.version)} · contract ${escapeMarkdown(result.contract.version)} · ` +
      `started ${result.startedAt} · ${(result.durationMs / 1000).toFixed(2)} s · fixtures: ${escapeMarkdown(t.fixtures)}`,
    '',
    ...rootCauseSection(causes),
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

  // Everything after the head comes in blocks, each a whole section or case, so that a
  // report cut short ends at a boundary.
  const blocks: Array<{ lines: string[]; cases: number }> = [];
  let diagrams = 0;
  const section = (title: string, cases: CaseResult[]) => {
    if (cases.length === 0) return;
    const splits = cases.map((c) => ({ c, split: splitFailures(c, find) }));
    const own = splits.filter(({ c, split }) => split.full.length > 0 || c.reason);
    const covered = splits.filter((x) => !own.includes(x));
    blocks.push({ lines: [`## ${title} (${cases.length})`, ''], cases: 0 });
    for (const { c, split } of own) {
      const draw = diagrams < maxDiagrams;
      if (draw && c.transcript.length > 0) diagrams++;
      blocks.push({ lines: caseSection(c, draw, split), cases: 1 });
    }
    if (covered.length > 0) {
      blocks.push({ lines: [`Covered by the root causes above (${covered.length}):`, '', '| case | level | title | root causes |', '|---|---|---|---|'], cases: 0 });
      for (const { c, split } of covered) {
        blocks.push({ lines: [`| ${escapeMarkdown(c.id)} | ${c.level} | ${markdownProse(c.title)} | ${split.referenced.map((r) => escapeMarkdown(referenceText(r))).join('; ')} |`], cases: 1 });
      }
      blocks.push({ lines: [''], cases: 0 });
    }
  };
  section('Failures', result.cases.filter((c) => statusOf(c) === 'fail'));
  section('Errors (the kit could not run these cases)', result.cases.filter((c) => c.verdict === 'error'));
  section('Warnings (SHOULD)', result.cases.filter((c) => c.verdict === 'warn'));

  const known = result.cases.filter((c) => statusOf(c) === 'known');
  if (known.length > 0) {
    const b = [`## Known failures (baseline ${codeSpan(result.baseline?.file ?? '')}) (${known.length})`, '', '| case | level | reason | first failure |', '|---|---|---|---|'];
    for (const c of known) {
      const first = c.failures[0];
      b.push(`| ${escapeMarkdown(c.id)} | ${c.level} | ${escapeMarkdown(c.known!.reason)} | ${first ? escapeMarkdown(`${first.check}: ${first.message}`) : ''} |`);
    }
    blocks.push({ lines: [...b, ''], cases: known.length });
  }
  const fixed = result.baseline?.fixed ?? [];
  if (fixed.length > 0) {
    const b = [`## Fixed: remove from the baseline (${fixed.length})`, '', `These cases are listed in ${codeSpan(result.baseline!.file)} but no longer fail:`, ''];
    for (const f of fixed) b.push(`- ${escapeMarkdown(f.id)} (${f.verdict}): ${escapeMarkdown(f.reason)}`);
    blocks.push({ lines: [...b, ''], cases: 0 });
  }
  const skipped = result.cases.filter((c) => c.verdict === 'skip');
  if (skipped.length > 0) {
    const b = [`## Skipped (${skipped.length})`, '', '| case | reason |', '|---|---|'];
    for (const c of skipped) b.push(`| ${escapeMarkdown(c.id)} | ${escapeMarkdown(c.reason ?? '')} |`);
    blocks.push({ lines: [...b, ''], cases: skipped.length });
  }
  if (gate === 'conforms' && total.warn === 0 && known.length === 0) blocks.push({ lines: ['Every case passed.', ''], cases: 0 });

  const tidy = (text: string) => text.replace(/\n{3,}/g, '\n\n').trimEnd() + '\n';
  let out = lines.join('\n');
  // Room for the note, so that the cut report stays within the limit.
  const NOTE_ROOM = 400;
  for (let i = 0; i < blocks.length; i++) {
    const text = `\n${blocks[i]!.lines.join('\n')}`;
    if (out.length + text.length > maxChars - NOTE_ROOM) {
      const left = blocks.slice(i).reduce((n, b) => n + b.cases, 0);
      return tidy(`${out}\n\n---\n\n**Truncated**: this report stops here to stay within ${maxChars} characters; ${left} more case entr${left === 1 ? 'y is' : 'ies are'} not shown. The JSON and HTML reports list every case.`);
    }
    out += text;
  }
  return tidy(out);
}
