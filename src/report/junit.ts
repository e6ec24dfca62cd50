// The JUnit XML report, in the shape Jenkins, GitLab, GitHub test reporters and Surefire
// read (the structure of Jenkins' junit-10.xsd): a testsuite per area, a testcase per case.
//   fail  → <failure message type>  with the failures and the transcript
//   error → <error message type>    the kit could not run the case
//   skip  → <skipped message>       with the reason
//   known → <skipped message>       a baselined failure: visible, not failing; details in system-out
//   warn  → passes, "WARN …" in <system-out> and a `warning:<id>` property on its testsuite
// A failure's expected and got are shown as JSON (`preview`), as in the Markdown and HTML
// reports: the string "1" is quoted, never mistaken for the number 1.
import { preview } from '../contract/index.ts';
import type { CaseResult, Failure, RunResult } from '../runner/model.ts';
import { escapeXmlAttr, escapeXmlText } from './escape.ts';
import { byArea, countStatuses, frameLine, statusOf } from './summary.ts';

function seconds(ms: number): string {
  return (Math.max(0, ms) / 1000).toFixed(3);
}

function failureText(f: Failure): string {
  const lines = [`[${f.level}] ${f.check}: ${f.message}`];
  if (f.expected !== undefined) lines.push(`  expected: ${preview(f.expected, 2000)}`);
  if (f.actual !== undefined) lines.push(`  got:      ${preview(f.actual, 2000)}`);
  if (f.pointer) lines.push(`  pointer:  ${f.pointer}`);
  if (f.spec) lines.push(`  spec:     ${f.spec}`);
  if (f.frame !== undefined) lines.push(`  frame:    #${f.frame}`);
  return lines.join('\n');
}

/** The body of a failure, error or system-out: requirement, failures, transcript, rerun. */
export function caseDetails(c: CaseResult, failures: readonly Failure[] = c.failures): string {
  const lines = [`${c.id} [${c.level}] ${c.title}`, `requirement: ${c.requirement}`, `clauses: ${c.clauses.join(', ')}`];
  if (c.known) lines.push(`known failure (baseline): ${c.known.reason}`);
  if (c.reason) lines.push(`reason: ${c.reason}`);
  if (failures.length > 0) lines.push('', ...failures.map(failureText));
  if (c.transcript.length > 0) lines.push('', 'transcript:', ...c.transcript.map((f, i) => `  ${frameLine(f, i, 1000)}`));
  lines.push('', `rerun: ${c.rerun}`);
  return lines.join('\n');
}

function headline(c: CaseResult, level?: 'MUST' | 'SHOULD'): string {
  const list = level ? c.failures.filter((f) => f.level === level) : c.failures;
  const first = list[0];
  if (!first) return c.reason ?? c.requirement;
  const more = list.length > 1 ? ` (+${list.length - 1} more)` : '';
  return `[${first.level}] ${first.check}: ${first.message}${more}`;
}

function element(name: string, attrs: Record<string, string | undefined>, body?: string): string {
  const a = Object.entries(attrs)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${escapeXmlAttr(v!)}"`)
    .join('');
  return body === undefined ? `<${name}${a}/>` : `<${name}${a}>${escapeXmlText(body)}</${name}>`;
}

function testcase(c: CaseResult, fixedNote: string | undefined): string {
  const status = statusOf(c);
  const children: string[] = [];
  const out: string[] = [];
  switch (status) {
    case 'fail':
    {
      // Under --strict a SHOULD failure fails the case too; headline the MUST ones first.
      const level = c.failures.some((f) => f.level === 'MUST') ? 'MUST' : undefined;
      const first = c.failures.find((f) => !level || f.level === level);
      children.push(element('failure', { message: headline(c, level), type: first?.check ?? 'fail' }, caseDetails(c)));
      break;
    }
    case 'error':
      children.push(element('error', { message: c.reason ?? 'the kit could not run this case', type: 'error' }, caseDetails(c)));
      break;
    case 'skip':
      children.push(element('skipped', { message: c.reason ?? 'skipped' }));
      break;
    case 'known':
      children.push(element('skipped', { message: `known failure (baseline): ${c.known!.reason}` }));
      out.push(`KNOWN ${headline(c)}`, '', caseDetails(c));
      break;
    case 'warn':
      out.push(...c.failures.map((f) => `WARN ${failureText(f)}`), '', caseDetails(c, []));
      break;
    case 'pass':
      break;
  }
  if (fixedNote) out.unshift(fixedNote);
  if (out.length > 0) children.push(element('system-out', {}, out.join('\n')));
  const attrs = { classname: c.area, name: `${c.id} ${c.title}`, time: seconds(c.durationMs) };
  if (children.length === 0) return `    ${element('testcase', attrs)}`;
  return `    ${element('testcase', attrs).replace(/\/>$/, '>')}\n${children.map((x) => `      ${x}`).join('\n')}\n    </testcase>`;
}

export function renderJunit(result: RunResult): string {
  const timestamp = result.startedAt.replace(/\.\d+Z?$|Z$/, '');
  const fixed = new Map((result.baseline?.fixed ?? []).map((f) => [f.id, f]));
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  let errors = 0;
  for (const [area, cases] of byArea(result.cases)) {
    const n = countStatuses(cases);
    const ms = cases.reduce((sum, c) => sum + c.durationMs, 0);
    tests += cases.length;
    failures += n.fail;
    errors += n.error;
    const props: Array<[string, string]> = [
      ['kit', `${result.kit.name} ${result.kit.version}`],
      ['contract.version', result.contract.version],
      ...(result.contract.schemaDigest !== undefined ? [['contract.schemaDigest', result.contract.schemaDigest] as [string, string]] : []),
      ['target.socketUrl', result.target.socketUrl],
      ['target.apiUrl', result.target.apiUrl],
      ['strict', String(result.options.strict)],
      ['warnings', String(n.warn)],
      ['known', String(n.known)],
    ];
    for (const c of cases) {
      if (c.verdict === 'warn') props.push([`warning:${c.id}`, headline(c)]);
      if (c.known) props.push([`known:${c.id}`, c.known.reason]);
      const f = fixed.get(c.id);
      if (f) props.push([`fixed:${c.id}`, `listed in the baseline (${f.reason}) but ${c.verdict} now: remove it from the baseline`]);
    }
    const body = [
      '    <properties>',
      ...props.map(([name, value]) => `      ${element('property', { name, value })}`),
      '    </properties>',
      ...cases.map((c) => {
        const f = fixed.get(c.id);
        return testcase(c, f ? `FIXED ${c.id} is in the baseline ${result.baseline!.file} (${f.reason}) but ${c.verdict} now: remove it from the baseline` : undefined);
      }),
    ];
    const attrs = {
      name: area,
      tests: String(cases.length),
      failures: String(n.fail),
      errors: String(n.error),
      skipped: String(n.skip + n.known),
      time: seconds(ms),
      timestamp,
    };
    suites.push(`  ${element('testsuite', attrs).replace(/\/>$/, '>')}\n${body.join('\n')}\n  </testsuite>`);
  }
  const root = element('testsuites', { name: `${result.kit.name} conformance`, tests: String(tests), failures: String(failures), errors: String(errors), time: seconds(result.durationMs) }).replace(/\/>$/, '>');
  return `<?xml version="1.0" encoding="UTF-8"?>\n${root}\n${suites.join('\n')}\n</testsuites>\n`;
}
