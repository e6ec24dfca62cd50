// A structural checker of JUnit XML with the rules of Jenkins' junit-10.xsd (as tightened
// in test/report/junit.xsd): element nesting and order, required attributes, integer
// counts, decimal times, and counts that match the testcases. Used where xmllint is not
// installed, and always as a second opinion (xmllint cannot check that counts add up).
import { parseXml, type XmlElement } from './helpers.ts';

const COUNT = /^\d+$/;
const SECONDS = /^\d+(\.\d+)?$/;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/;

function allowedAttrs(el: XmlElement, allowed: string[], required: string[], where: string, problems: string[]): void {
  for (const name of Object.keys(el.attrs)) if (!allowed.includes(name)) problems.push(`${where}: attribute "${name}" is not allowed on <${el.name}>`);
  for (const name of required) if (!(name in el.attrs)) problems.push(`${where}: <${el.name}> lacks required attribute "${name}"`);
}

function typed(el: XmlElement, names: string[], pattern: RegExp, what: string, where: string, problems: string[]): void {
  for (const n of names) if (n in el.attrs && !pattern.test(el.attrs[n]!)) problems.push(`${where}: ${n}="${el.attrs[n]}" is not ${what}`);
}

function noChildren(el: XmlElement, where: string, problems: string[]): void {
  if (el.children.length > 0) problems.push(`${where}: <${el.name}> must hold text only`);
}

/** Checks children appear in `order`, each within its [min, max]. */
function sequence(el: XmlElement, order: Array<[string[], number, number]>, where: string, problems: string[]): void {
  let i = 0;
  for (const [names, min, max] of order) {
    let n = 0;
    while (i < el.children.length && names.includes(el.children[i]!.name) && n < max) {
      i++;
      n++;
    }
    if (n < min) problems.push(`${where}: <${el.name}> needs at least ${min} of <${names.join('|')}>`);
  }
  if (i < el.children.length) problems.push(`${where}: <${el.children[i]!.name}> is not allowed here in <${el.name}> (position ${i})`);
}

export interface JunitSummary {
  suites: number;
  tests: number;
  failures: number;
  errors: number;
  skipped: number;
}

export function checkJunit(xml: string): { problems: string[]; summary: JunitSummary; root: XmlElement } {
  const problems: string[] = [];
  const root = parseXml(xml);
  const summary: JunitSummary = { suites: 0, tests: 0, failures: 0, errors: 0, skipped: 0 };
  if (root.name !== 'testsuites') problems.push(`root is <${root.name}>, expected <testsuites>`);
  allowedAttrs(root, ['name', 'time', 'tests', 'failures', 'errors', 'disabled'], [], 'testsuites', problems);
  typed(root, ['tests', 'failures', 'errors', 'disabled'], COUNT, 'a count', 'testsuites', problems);
  typed(root, ['time'], SECONDS, 'seconds', 'testsuites', problems);
  sequence(root, [[['testsuite'], 0, Infinity]], 'testsuites', problems);

  for (const suite of root.children.filter((c) => c.name === 'testsuite')) {
    const where = `testsuite "${suite.attrs.name}"`;
    summary.suites++;
    allowedAttrs(suite, ['name', 'tests', 'failures', 'errors', 'skipped', 'disabled', 'time', 'timestamp', 'hostname', 'id', 'package'], ['name', 'tests', 'failures', 'errors'], where, problems);
    typed(suite, ['tests', 'failures', 'errors', 'skipped', 'disabled'], COUNT, 'a count', where, problems);
    typed(suite, ['time'], SECONDS, 'seconds', where, problems);
    typed(suite, ['timestamp'], TIMESTAMP, 'a timestamp without zone', where, problems);
    sequence(suite, [[['properties'], 0, 1], [['testcase'], 0, Infinity], [['system-out'], 0, 1], [['system-err'], 0, 1]], where, problems);
    for (const props of suite.children.filter((c) => c.name === 'properties')) {
      sequence(props, [[['property'], 0, Infinity]], `${where} properties`, problems);
      for (const p of props.children) {
        allowedAttrs(p, ['name', 'value'], ['name', 'value'], `${where} property`, problems);
        noChildren(p, `${where} property`, problems);
      }
    }
    const cases = suite.children.filter((c) => c.name === 'testcase');
    const count = { failures: 0, errors: 0, skipped: 0 };
    for (const tc of cases) {
      const at = `${where} testcase "${tc.attrs.name}"`;
      allowedAttrs(tc, ['name', 'classname', 'time', 'assertions'], ['name', 'classname'], at, problems);
      typed(tc, ['time'], SECONDS, 'seconds', at, problems);
      typed(tc, ['assertions'], COUNT, 'a count', at, problems);
      sequence(tc, [[['skipped', 'error', 'failure'], 0, 1], [['system-out'], 0, 1], [['system-err'], 0, 1]], at, problems);
      for (const child of tc.children) {
        noChildren(child, `${at} ${child.name}`, problems);
        if (['skipped', 'error', 'failure'].includes(child.name)) allowedAttrs(child, ['message', 'type'], [], `${at} ${child.name}`, problems);
        else allowedAttrs(child, [], [], `${at} ${child.name}`, problems);
        if (child.name === 'failure') count.failures++;
        if (child.name === 'error') count.errors++;
        if (child.name === 'skipped') count.skipped++;
      }
    }
    if (Number(suite.attrs.tests) !== cases.length) problems.push(`${where}: tests="${suite.attrs.tests}" but ${cases.length} testcases`);
    if (Number(suite.attrs.failures) !== count.failures) problems.push(`${where}: failures="${suite.attrs.failures}" but ${count.failures} <failure>`);
    if (Number(suite.attrs.errors) !== count.errors) problems.push(`${where}: errors="${suite.attrs.errors}" but ${count.errors} <error>`);
    if ('skipped' in suite.attrs && Number(suite.attrs.skipped) !== count.skipped) problems.push(`${where}: skipped="${suite.attrs.skipped}" but ${count.skipped} <skipped>`);
    summary.tests += cases.length;
    summary.failures += count.failures;
    summary.errors += count.errors;
    summary.skipped += count.skipped;
  }
  for (const [attr, n] of [['tests', summary.tests], ['failures', summary.failures], ['errors', summary.errors]] as const) {
    if (attr in root.attrs && Number(root.attrs[attr]) !== n) problems.push(`testsuites: ${attr}="${root.attrs[attr]}" but the suites total ${n}`);
  }
  return { problems, summary, root };
}

/** The testcase named `ID title` for a case id. */
export function testcaseOf(root: XmlElement, id: string): XmlElement | undefined {
  for (const suite of root.children) for (const tc of suite.children) if (tc.name === 'testcase' && tc.attrs.name?.startsWith(`${id} `)) return tc;
  return undefined;
}
