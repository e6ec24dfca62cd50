// The `run` command as a real process: exit codes, selection, listing, bad input.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type ReferenceServer } from '../../src/server/index.ts';

const BIN = join(import.meta.dirname, '../../bin/commu-contract.js');

interface Outcome { code: number; stdout: string; stderr: string }

function cli(args: string[], cwd = mkdtempSync(join(tmpdir(), 'cc-run-'))): Promise<Outcome> {
  return new Promise((resolve) => {
    execFile('node', [BIN, ...args], { cwd, timeout: 60_000, env: { ...process.env, NO_COLOR: '1' } }, (err, stdout, stderr) => {
      resolve({ code: err ? (typeof err.code === 'number' ? err.code : -1) : 0, stdout, stderr });
    });
  });
}

function noStack(o: Outcome): void {
  expect(o.stderr + o.stdout).not.toMatch(/\n\s+at .+\(.+:\d+:\d+\)/);
}

describe('commu-contract run', () => {
  let plain: ReferenceServer;
  let testMode: ReferenceServer;
  beforeAll(async () => {
    plain = await startServer({ log: () => {} });
    testMode = await startServer({ testMode: true, log: () => {} });
  });
  afterAll(async () => {
    await plain.close();
    await testMode.close();
  });

  it('--list prints the catalogue without contacting anything', async () => {
    const o = await cli(['run', '--list', '--socket-url', 'http://127.0.0.1:1']);
    expect(o.code).toBe(0);
    expect(o.stdout).toMatch(/^CHAT-MOD-003\s+MUST\s+Another member cannot modify/m);
    expect(o.stdout).toMatch(/\d+ cases\n$/);
  });

  it('--list --json gives ids, levels and clauses', async () => {
    const o = await cli(['run', '--list', '--json', '--case', 'AUTH-*']);
    const list = JSON.parse(o.stdout) as Array<{ id: string; level: string; clauses: string[] }>;
    expect(list.length).toBeGreaterThan(5);
    expect(list.every((c) => c.id.startsWith('AUTH-') && c.clauses.length > 0)).toBe(true);
  });

  it('runs selected cases against the embedded server and exits 0', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cc-run-'));
    const o = await cli(['run', '--case', 'CHAT-MOD-*', '--format', 'console,json', '--report-dir', join(dir, 'r')], dir);
    expect(o.code).toBe(0);
    expect(o.stdout).toMatch(/CONFORMS: \d+ cases/);
    const report = JSON.parse(readFileSync(join(dir, 'r', 'conformance.json'), 'utf8')) as { cases: Array<{ id: string; verdict: string }> };
    expect(report.cases.length).toBeGreaterThan(5);
    expect(report.cases.every((c) => c.id.startsWith('CHAT-MOD-') && c.verdict === 'pass')).toBe(true);
  });

  it('runs against a separately started server with its fixtures endpoint', async () => {
    const o = await cli(['run', '--socket-url', testMode.socketUrl, '--api-url', testMode.apiUrl, '--suite', 'join', '--format', 'console']);
    expect(o.code).toBe(0);
    expect(o.stdout).toMatch(/0 failed/);
  });

  it('runs against a server without the test endpoint from a fixtures file, skipping what needs a fresh world', async () => {
    const res = await fetch(`${testMode.apiUrl}/api/conformance/fixtures`, { method: 'POST' });
    const file = join(mkdtempSync(join(tmpdir(), 'cc-fx-')), 'fixtures.json');
    writeFileSync(file, JSON.stringify(((await res.json()) as { result: unknown }).result));
    // The fixtures were made by the test-mode server; point the socket and REST at it too.
    const o = await cli(['run', '--socket-url', testMode.socketUrl, '--fixtures', file, '--suite', 'chat-delete', '--format', 'console']);
    expect(o.code).toBe(0);
    expect(o.stdout).toMatch(/SKIP\s+CHAT-DEL-011/);
    expect(o.stdout).toMatch(/1 skipped/);
  });

  it('exits 2 with advice when the target has no fixtures endpoint and none is given', async () => {
    const o = await cli(['run', '--socket-url', plain.socketUrl, '--format', 'console']);
    expect(o.code).toBe(2);
    expect(o.stderr).toMatch(/no \/api\/conformance\/fixtures .*--fixtures FILE or --fixtures-cmd CMD/);
    noStack(o);
  });

  it('exits 3 when the target cannot be reached', async () => {
    const o = await cli(['run', '--socket-url', 'http://127.0.0.1:9', '--format', 'console']);
    expect(o.code).toBe(3);
    expect(o.stderr).toMatch(/cannot reach http:\/\/127\.0\.0\.1:9/);
    noStack(o);
  });

  it.each([
    [['--bogus'], /Unknown option '--bogus'/],
    [['--concurrency', 'many'], /--concurrency must be a whole number/],
    [['--suite', 'nope'], /unknown --suite "nope"/],
    [['--case', 'NOPE-*'], /no case matches/],
    [['--format', 'pdf'], /unknown --format "pdf"/],
    [['--socket-url', 'ftp://x'], /must be an http\(s\) URL/],
    [['--fixtures', '/nonexistent.json', '--socket-url', 'http://127.0.0.1:9'], /cannot read the fixtures file/],
  ])('exits 2 on %j', async (args, message) => {
    const o = await cli(['run', ...args]);
    expect(o.code).toBe(2);
    expect(o.stderr).toMatch(message);
    noStack(o);
  });

  it('exits 2 on a malformed suite file, naming file and line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cc-suite-'));
    writeFileSync(join(dir, 'broken.yaml'), 'area: broken\ntitle: Broken\ncases:\n  - id: BROKEN-CASE-001\n    title: t\n    level: MUST\n    requirement: Something MUST hold.\n    clauses: [D-01]\n    steps:\n      - teleport: { actor: a }\n');
    const o = await cli(['run', '--suites-dir', dir, '--list']);
    expect(o.code).toBe(2);
    expect(o.stderr).toMatch(/broken\.yaml:10: \/cases\/0\/steps\/0 must NOT have additional properties "teleport"/);
    noStack(o);
  });

  it('exits 1 on a conformance failure and prints expected, got and the rerun command', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cc-suite-'));
    writeFileSync(join(dir, 'impossible.yaml'), `area: impossible
title: A case no server can pass
cases:
  - id: IMPOSSIBLE-ECHO-001
    title: The sender gets its own chat back
    level: MUST
    requirement: This case expects what the contract forbids, to prove failures are reported.
    clauses: [D-15]
    actors:
      a: { user: author, join: [public] }
    steps:
      - emit: { actor: a, event: chat, payload: { chatType: new, channelId: '\${channels.public}', content: 'echo \${nonce}' }, ack: { match: { written: true } } }
      - expect: { actor: a, event: new-chat, timeout: 200 }
`);
    const o = await cli(['run', '--suites-dir', dir, '--format', 'console']);
    expect(o.code).toBe(1);
    expect(o.stdout).toMatch(/FAIL IMPOSSIBLE-ECHO-001 \[MUST\]/);
    expect(o.stdout).toMatch(/a did not receive "new-chat"/);
    expect(o.stdout).toMatch(/expected: \(any "new-chat"\)/);
    expect(o.stdout).toMatch(/rerun: npx commu-contract run --suites-dir \S+ --case IMPOSSIBLE-ECHO-001/);
  });

  it('turns a SHOULD violation into a warning, and into a failure with --strict', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cc-suite-'));
    writeFileSync(join(dir, 'should.yaml'), `area: should
title: SHOULD levels
cases:
  - id: SHOULD-REASON-001
    title: A reason no server gives
    level: SHOULD
    requirement: This case expects a reason the contract does not define, to prove warnings are reported.
    clauses: [D-14]
    actors:
      a: { user: author, join: [public] }
    steps:
      - emit: { actor: a, event: chat, payload: {}, ack: { match: { written: false }, should: { reason: NOT_A_REASON } } }
`);
    const warn = await cli(['run', '--suites-dir', dir, '--format', 'console']);
    expect(warn.code).toBe(0);
    expect(warn.stdout).toMatch(/WARN SHOULD-REASON-001/);
    const strict = await cli(['run', '--suites-dir', dir, '--format', 'console', '--strict']);
    expect(strict.code).toBe(1);
  });
});
