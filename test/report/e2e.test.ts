// One real run against the reference server writes all five outputs; the baseline turns
// its deliberate failures into known ones (exit 1 → exit 0); no report carries a token.
// The server runs in this process with a secret the test knows; the kit runs as the CLI.
// Then a real deviation: a mutant reference server (test/mutants/serve.ts) as a process,
// run with and without a baseline of exactly the cases it fails.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunResult } from '../../src/runner/model.ts';
import { startServer, type ReferenceServer } from '../../src/server/index.ts';
import { spawnNode } from '../processes.ts';
import { checkJunit, testcaseOf } from './junit-check.ts';
import { dumpDom, HAS_CHROMIUM, reportValidator, ROOT, tmp, XMLLINT, xmllint } from './helpers.ts';

// Impossible expectations against a conforming server: the run has known failures.
const DEMO_SUITE = `area: demo
title: Deliberate deviations (report tests)
cases:
  - id: DEMO-FAIL-001
    title: A valid chat is expected to be refused
    level: MUST
    requirement: "Impossible on purpose: the ack of a valid new chat MUST say \`written: false\`."
    clauses: [asyncapi.yaml#/operations/receiveChat]
    actors:
      a: { user: author, join: [public] }
      b: { user: member, join: [public] }
    steps:
      - emit:
          actor: a
          event: chat
          payload: { chatType: new, channelId: '\${channels.public}', content: '<script>document.body.setAttribute("data-pwned","1")</script> & \${nonce}' }
          ack: { match: { written: false } }
  - id: DEMO-HTTP-001
    title: The history is expected to answer 418
    level: MUST
    requirement: Impossible on purpose.
    clauses: [openapi.yaml#/paths]
    steps:
      - http: { method: GET, path: '/api/channels/\${channels.public}/chats', as: author, expect: { status: 418 } }
  - id: DEMO-PASS-001
    title: A member connects
    level: MUST
    requirement: A member connects.
    clauses: [D-07]
    steps:
      - connect: { actor: a, user: member }
`;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  dir: string;
}

const jwtSecret = `report-secret-${randomBytes(16).toString('hex')}`;
let server: ReferenceServer;
let suitesDir: string;
const runs: Record<string, Run> = {};

/** `commu-contract run ARGS` as a real process, its reports in `dir`. */
function runKit(args: string[], dir: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(ROOT, 'bin', 'commu-contract.js'), 'run', ...args], {
      cwd: ROOT,
      env: { ...process.env, NO_COLOR: '1' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr, dir }));
  });
}

function cli(args: string[], dir: string): Promise<Run> {
  return runKit(['--socket-url', server.socketUrl, '--suites-dir', suitesDir, '--report-dir', dir, '--no-color', '--timeout', '5000', ...args], dir);
}

beforeAll(async () => {
  server = await startServer({ testMode: true, jwtSecret, log: () => {} });
  // The kit's auth suite (tokens of every kind cross the wire) plus the deviations; a
  // private copy keeps this test independent of suites being edited elsewhere.
  suitesDir = tmp('suites');
  copyFileSync(join(ROOT, 'suites', 'auth.yaml'), join(suitesDir, 'auth.yaml'));
  writeFileSync(join(suitesDir, 'demo.yaml'), DEMO_SUITE);

  const base = tmp('runs');
  const known = join(base, 'known.yaml');
  writeFileSync(known, [
    '- { id: DEMO-FAIL-001, reason: "the demo server refuses nothing" }',
    '- { id: DEMO-HTTP-001, reason: "teapots are out of scope" }',
    '- { id: DEMO-PASS-001, reason: "was broken last week" }',
    '',
  ].join('\n'));
  const fresh = join(base, 'fresh', 'baseline.yaml');
  const [full, baselined, updated] = await Promise.all([
    cli(['--case', 'AUTH-*', '--case', 'DEMO-*'], join(base, 'full')),
    cli(['--case', 'DEMO-*', '--baseline', known], join(base, 'baselined')),
    cli(['--case', 'DEMO-*', '--baseline', fresh, '--update-baseline', '--format', 'console'], join(base, 'updated')),
  ]);
  runs.full = full;
  runs.baselined = baselined;
  runs.updated = { ...updated, dir: fresh };
}, 60_000);

afterAll(async () => {
  await server?.close();
});

describe('a run against the reference server', () => {
  it('fails (exit 1) on the deliberate deviations and writes all five outputs', () => {
    const r = runs.full!;
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    expect(readdirSync(r.dir).sort()).toEqual(['conformance.html', 'conformance.json', 'conformance.junit.xml', 'conformance.md']);
    expect(r.stdout).toMatch(/FAILED: \d+ cases: \d+ passed, .*2 failed/);
    expect(r.stdout).toContain('FAIL DEMO-FAIL-001 [MUST]');
    expect(r.stdout).toContain(`reports: ${join(r.dir, 'conformance.json')}, ${join(r.dir, 'conformance.junit.xml')}, ${join(r.dir, 'conformance.md')}, ${join(r.dir, 'conformance.html')}`);
  });

  it('writes a JSON report that its schema accepts', () => {
    const doc = JSON.parse(readFileSync(join(runs.full!.dir, 'conformance.json'), 'utf8')) as { cases: Array<{ id: string; verdict: string }> };
    expect(reportValidator()(doc)).toEqual([]);
    expect(doc.cases.filter((c) => c.verdict === 'fail').map((c) => c.id).sort()).toEqual(['DEMO-FAIL-001', 'DEMO-HTTP-001']);
  });

  it('writes JUnit XML with the JUnit structure (and valid against the XSD when xmllint is installed)', () => {
    const file = join(runs.full!.dir, 'conformance.junit.xml');
    const { problems, summary } = checkJunit(readFileSync(file, 'utf8'));
    expect(problems).toEqual([]);
    expect(summary.failures).toBe(2);
    if (XMLLINT) expect(xmllint(file)).toMatchObject({ ok: true });
    else console.warn('e2e: xmllint not installed, XSD validation skipped (apt-get install -y libxml2-utils)');
  });

  it('writes Markdown with the failure drawn as a sequence diagram', () => {
    const md = readFileSync(join(runs.full!.dir, 'conformance.md'), 'utf8');
    expect(md).toContain('### ❌ DEMO-FAIL-001');
    expect(md).toMatch(/```mermaid\nsequenceDiagram\n {2}participant A1 as a\n {2}participant A2 as b\n {2}participant S as server\n/);
    // The chat's markup, escaped for Mermaid (whether b's new-chat arrived before the case ended varies).
    expect(md).toMatch(/A1->>S: emit chat \{.*#60;script#62;/);
    expect(md).toMatch(/S-->>A1: ack chat \{"written":true/);
    expect(md).toContain('Note over A1,S: ✗ ack: the "chat" ack: /written must equal false');
    expect(md).toContain('--case DEMO-FAIL-001');
  });

  it.skipIf(!HAS_CHROMIUM)('writes HTML that renders in headless Chromium, with the chat script as text', () => {
    const dom = dumpDom(join(runs.full!.dir, 'conformance.html'), '#verdict=fail');
    expect(dom).toMatch(/<body data-ready="1" data-shown="2"/);
    expect(dom).not.toMatch(/<body[^>]*data-pwned/);
    expect(dom).toContain('&lt;script&gt;document.body.setAttribute(\\"data-pwned\\",\\"1\\")&lt;/script&gt;');
  });

  it('never writes a token or the server secret to any report or the console', () => {
    const texts = [runs.full!, runs.baselined!].flatMap((r) => [r.stdout, ...readdirSync(r.dir).map((f) => readFileSync(join(r.dir, f), 'utf8'))]);
    expect(texts.length).toBe(10);
    for (const text of texts) {
      expect(text).not.toMatch(/eyJ[\w-]{4,}/);
      expect(text).not.toContain(jwtSecret);
    }
    // The tokens did cross the wire: the transcripts name them by their label.
    expect(texts.join('\n')).toContain('«token:member»');
  });
});

describe('a baseline of known failures', () => {
  it('makes the same deviations known: exit 0, shown as known, the fixed entry reported', () => {
    const r = runs.baselined!;
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('KNOWN DEMO-FAIL-001 [MUST] A valid chat is expected to be refused');
    expect(r.stdout).toContain('baseline: the demo server refuses nothing');
    expect(r.stdout).toMatch(/CONFORMS: 3 cases: 1 passed, 0 warnings, 0 failed, 2 known \(baseline\)/);
    expect(r.stdout).toContain('FIXED DEMO-PASS-001 (pass now; baseline: was broken last week): remove it from the baseline');

    const md = readFileSync(join(r.dir, 'conformance.md'), 'utf8');
    expect(md).toMatch(/^# commu-contract conformance: CONFORMS/);
    expect(md).toContain('| DEMO-HTTP-001 | MUST | teapots are out of scope |');
    expect(md).toContain('## Fixed: remove from the baseline (1)');

    const { root, problems } = checkJunit(readFileSync(join(r.dir, 'conformance.junit.xml'), 'utf8'));
    expect(problems).toEqual([]);
    expect(testcaseOf(root, 'DEMO-FAIL-001')!.children[0]!.attrs.message).toBe('known failure (baseline): the demo server refuses nothing');

    const doc = JSON.parse(readFileSync(join(r.dir, 'conformance.json'), 'utf8')) as { baseline: { fixed: Array<{ id: string }> } };
    expect(reportValidator()(doc)).toEqual([]);
    expect(doc.baseline.fixed.map((f) => f.id)).toEqual(['DEMO-PASS-001']);
  });

  it('--update-baseline writes the current failures and passes', () => {
    const r = runs.updated!;
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(existsSync(r.dir)).toBe(true);
    const text = readFileSync(r.dir, 'utf8');
    expect(text).toMatch(/^# Known conformance failures/);
    expect([...text.matchAll(/^- id: (\S+)/gm)].map((m) => m[1])).toEqual(['DEMO-FAIL-001', 'DEMO-HTTP-001']);
    expect(r.stdout).toContain(`baseline: wrote ${r.dir} (2 entries)`);
  });

  it('refuses a malformed or missing baseline (exit 2)', async () => {
    const dir = tmp('bad-baseline');
    mkdirSync(dir, { recursive: true });
    const bad = join(dir, 'bad.yaml');
    writeFileSync(bad, '- { id: DEMO-FAIL-001 }\n');
    const [malformed, missing] = await Promise.all([
      cli(['--case', 'DEMO-PASS-001', '--baseline', bad], dir),
      cli(['--case', 'DEMO-PASS-001', '--baseline', join(dir, 'nope.yaml')], dir),
    ]);
    expect(malformed.code).toBe(2);
    expect(malformed.stderr).toContain('malformed baseline: ');
    expect(malformed.stderr).toContain('reason must be a non-empty string');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('create it with --update-baseline');
  });
});

describe('a server with a known deviation (a mutant that echoes a chat to its sender, D-15)', () => {
  const MUTANT = 'broadcast-echoes-sender';
  /** The areas whose cases watch the sender of a write. */
  const SELECTION = ['--suite', 'chat-new', '--suite', 'chat-modify', '--suite', 'chat-delete'];
  let mutant: ChildProcess | undefined;
  let url: string;
  const kit = (args: string[], dir: string) =>
    runKit(['--socket-url', url, '--report-dir', dir, '--format', 'console,json', '--no-color', ...SELECTION, ...args], dir);
  const reportOf = (r: Run) => JSON.parse(readFileSync(join(r.dir, 'conformance.json'), 'utf8')) as RunResult;

  beforeAll(async () => {
    const started = spawnNode(['--import', 'tsx', join(ROOT, 'test', 'mutants', 'serve.ts'), MUTANT], /listening on (http:\/\/\S+)\n/, ROOT);
    mutant = started.child;
    url = (await started.ready)[1]!;
  }, 30_000);

  afterAll(() => {
    mutant?.kill('SIGTERM');
  });

  it('fails without a baseline (exit 1); with a baseline of exactly those cases it exits 0 and reports them as known', async () => {
    const base = tmp('mutant');
    const plain = await kit([], join(base, 'plain'));
    expect(plain.stderr).toBe('');
    expect(plain.code).toBe(1);
    const failed = reportOf(plain).cases.filter((c) => c.verdict === 'fail').map((c) => c.id);
    // The case written for this rule is among them; nothing else went wrong.
    expect(failed).toContain('CHAT-NEW-006');
    expect(reportOf(plain).cases.filter((c) => c.verdict !== 'pass' && c.verdict !== 'fail')).toEqual([]);
    for (const id of failed) expect(plain.stdout).toContain(`FAIL ${id} [MUST]`);

    const file = join(base, 'baseline.yaml');
    writeFileSync(file, failed.map((id) => `- { id: ${id}, reason: "the server echoes a chat to its sender (D-15)" }\n`).join(''));
    const known = await kit(['--baseline', file], join(base, 'known'));
    expect(known.stderr).toBe('');
    expect(known.code).toBe(0);
    expect(known.stdout).toMatch(new RegExp(`CONFORMS: \\d+ cases: \\d+ passed, 0 warnings, 0 failed, ${failed.length} known \\(baseline\\)`));
    for (const id of failed) expect(known.stdout).toContain(`KNOWN ${id} [MUST]`);
    expect(known.stdout).toContain(`baseline: ${file}: ${failed.length} known, 0 fixed, 0 not run`);
    const doc = reportOf(known);
    expect(reportValidator()(doc)).toEqual([]);
    expect(doc.cases.filter((c) => c.known).map((c) => c.id)).toEqual(failed);
    expect(doc.baseline?.fixed).toEqual([]);
  }, 60_000);
});
