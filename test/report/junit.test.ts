import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyBaseline } from '../../src/report/baseline.ts';
import { renderJunit } from '../../src/report/junit.ts';
import { HOSTILE, sampleResult, tmp, XMLLINT, xmllint } from './helpers.ts';
import { checkJunit, testcaseOf } from './junit-check.ts';

const xmllintNote = XMLLINT ? '' : ' (SKIPPED: xmllint is not installed; apt-get install -y libxml2-utils)';
if (!XMLLINT) console.warn(`test/report/junit.test.ts: xmllint not found, the XSD assertions are skipped${xmllintNote}`);

describe('JUnit report', () => {
  const result = applyBaseline(sampleResult(), [{ id: 'CHAT-NEW-002', reason: 'sender ids are issue #12' }], 'known.yaml').result;
  const xml = renderJunit(result);

  it('has the JUnit structure CI servers read, with counts matching the testcases', () => {
    const { problems, summary } = checkJunit(xml);
    expect(problems).toEqual([]);
    // 6 cases: 1 fail, 1 error, 1 skip + 1 known (skipped), 1 warn and 1 pass (no child).
    expect(summary).toEqual({ suites: 2, tests: 6, failures: 1, errors: 1, skipped: 2 });
  });

  it.skipIf(!XMLLINT)(`validates against test/report/junit.xsd with xmllint${xmllintNote}`, () => {
    const file = join(tmp('junit'), 'conformance.junit.xml');
    writeFileSync(file, xml);
    const r = xmllint(file);
    expect(r.output).toContain('validates');
    expect(r.ok).toBe(true);
  });

  it('maps verdicts: failure with details and transcript, error, skipped, known as skipped, warnings visible', () => {
    const { root } = checkJunit(xml);
    const fail = testcaseOf(root, 'CHAT-NEW-001')!;
    expect(fail.attrs).toMatchObject({ classname: 'chat-new', name: "CHAT-NEW-001 A member's new chat is written and acknowledged" });
    const failure = fail.children.find((c) => c.name === 'failure')!;
    expect(failure.attrs.message).toBe('[MUST] ack: the "chat" ack: /chatInfo/content must equal the content sent (+1 more)');
    expect(failure.attrs.type).toBe('ack');
    expect(failure.text).toContain('requirement: ');
    expect(failure.text).toContain('[MUST] schema: ');
    expect(failure.text).toContain('transcript:');
    // Values as JSON, as in the other reports: the string "hello" is quoted.
    expect(failure.text).toContain('  expected: "hello"');
    expect(failure.text).toContain('#6 +9ms a ← ack chat');
    expect(failure.text).toContain('rerun: npx commu-contract run --case CHAT-NEW-001');

    const error = testcaseOf(root, 'CHAT-NEW-003')!.children[0]!;
    expect(error).toMatchObject({ name: 'error', attrs: { message: 'fixtures: the target answered 500', type: 'error' } });

    const skip = testcaseOf(root, 'AUTH-TOKEN-008')!.children[0]!;
    expect(skip).toMatchObject({ name: 'skipped', attrs: { message: 'needs an expired token; the fixtures have no expiredToken' } });

    const known = testcaseOf(root, 'CHAT-NEW-002')!;
    expect(known.children.map((c) => c.name)).toEqual(['skipped', 'system-out']);
    expect(known.children[0]!.attrs.message).toBe('known failure (baseline): sender ids are issue #12');
    expect(known.children[1]!.text).toMatch(/^KNOWN \[MUST\] ack: /);

    const warn = testcaseOf(root, 'AUTH-TOKEN-002')!;
    expect(warn.children.map((c) => c.name)).toEqual(['system-out']);
    expect(warn.children[0]!.text).toMatch(/^WARN \[SHOULD\] connect: /);
    const props = root.children[0]!.children[0]!.children.map((p) => [p.attrs.name, p.attrs.value]);
    expect(props).toContainEqual(['warning:AUTH-TOKEN-002', '[SHOULD] connect: connect_error data.code should be "TOKEN_MISSING"']);
    expect(props).toContainEqual(['warnings', '1']);

    expect(testcaseOf(root, 'AUTH-OK-001')!.children).toEqual([]);
  });

  it('keeps target values as text: markup escaped, XML-invalid characters made visible', () => {
    expect(xml).not.toContain('<script>');
    expect(xml).not.toMatch(/[\u0000\u0007\u001b]/);
    const { root } = checkJunit(xml);
    const text = testcaseOf(root, 'CHAT-NEW-001')!.children[0]!.text;
    expect(text).toContain(`"content":"<script>document.body.setAttribute('data-pwned','1')</script>`);
    expect(text).toContain('\\u0000\\u0007\\u001b bell');
    expect(text).toContain(']]>');
    expect(HOSTILE).toContain('\u0000');
  });

  it('reports a fixed baseline entry on the passing testcase', () => {
    const r = applyBaseline(sampleResult(), [{ id: 'AUTH-OK-001', reason: 'was flaky' }], 'known.yaml').result;
    const { root, problems } = checkJunit(renderJunit(r));
    expect(problems).toEqual([]);
    const out = testcaseOf(root, 'AUTH-OK-001')!.children[0]!;
    expect(out.name).toBe('system-out');
    expect(out.text).toContain('remove it from the baseline');
  });

  it('the checker itself rejects broken JUnit (so the test above can fail)', () => {
    const bad = [
      ['<testsuites><testsuite name="a" tests="1" failures="0" errors="0"/></testsuites>', 'tests="1" but 0 testcases'],
      ['<testsuites><testsuite name="a" tests="1" failures="0"><testcase name="x" classname="a"/></testsuite></testsuites>', 'lacks required attribute "errors"'],
      ['<testsuites><testsuite name="a" tests="1" failures="1" errors="0"><testcase name="x" classname="a"><system-out>o</system-out><failure/></testcase></testsuite></testsuites>', '<failure> is not allowed here'],
      ['<testsuites><testsuite name="a" tests="1" failures="0" errors="0"><testcase name="x" classname="a" status="warn"/></testsuite></testsuites>', 'attribute "status" is not allowed'],
      ['<testsuites><testsuite name="a" tests="1" failures="0" errors="0" time="1,5"><testcase name="x" classname="a"/></testsuite></testsuites>', 'is not seconds'],
    ] as const;
    for (const [doc, problem] of bad) expect(checkJunit(doc).problems.join('\n')).toContain(problem);
    expect(() => checkJunit('<testsuites><testsuite></testsuites>')).toThrow(/closes/);
    expect(() => checkJunit('<testsuites>\u0001</testsuites>')).toThrow(/not allowed in XML/);
  });
});
