// The `run` command as a real process: exit codes, selection, listing, bad input, the
// preflight, the fixtures sources and what the console says.
import { execFile, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunResult } from '../../src/runner/model.ts';
import { startServer, type ReferenceServer } from '../../src/server/index.ts';
import { closedPort, spawnNode } from '../processes.ts';

const BIN = join(import.meta.dirname, '../../bin/commu-contract.js');
const HAS_SCRIPT = spawnSync('script', ['--version']).status === 0;

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

function report(dir: string): RunResult {
  return JSON.parse(readFileSync(join(dir, 'conformance.json'), 'utf8')) as RunResult;
}

/** `commu-contract serve …` as a process, once it says `ready`; its socket URL. */
async function serveProcess(args: string[]): Promise<{ child: ChildProcess; url: string }> {
  const { child, ready } = spawnNode([BIN, 'serve', ...args], /^socket: (http:\/\/[^/\s]+)[\s\S]*^ready$/m);
  return { child, url: (await ready)[1]! };
}

describe('commu-contract run', () => {
  let testMode: ReferenceServer;
  /** `serve --fixtures-out`: the reference server without its test endpoint, and its one world. */
  let plain: { child: ChildProcess; url: string };
  let world: string;
  beforeAll(async () => {
    world = join(mkdtempSync(join(tmpdir(), 'cc-world-')), 'world.json');
    [testMode, plain] = await Promise.all([
      startServer({ testMode: true, log: () => {} }),
      serveProcess(['--port', '0', '--fixtures-out', world]),
    ]);
  });
  afterAll(async () => {
    plain?.child.kill('SIGTERM');
    await testMode?.close();
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
    const doc = report(join(dir, 'r'));
    expect(doc.cases.length).toBeGreaterThan(5);
    expect(doc.cases.every((c) => c.id.startsWith('CHAT-MOD-') && c.verdict === 'pass')).toBe(true);
    // A fresh world per case: the default pool ran.
    expect(doc.options.concurrency).toBe(4);
  });

  it('runs against a separately started server with its fixtures endpoint', async () => {
    const o = await cli(['run', '--socket-url', testMode.socketUrl, '--api-url', testMode.apiUrl, '--suite', 'join', '--format', 'console']);
    expect(o.code).toBe(0);
    expect(o.stdout).toMatch(/0 failed/);
  });

  it('runs the whole catalogue against a server without the test endpoint (serve --fixtures-out), skipping what needs a fresh world', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cc-run-'));
    const o = await cli(['run', '--socket-url', plain.url, '--fixtures', world, '--format', 'console,json', '--report-dir', dir]);
    expect(o.stderr).toBe('');
    expect(o.code).toBe(0);
    expect(o.stdout).toMatch(/CONFORMS: \d+ cases: \d+ passed, 0 warnings, 0 failed, \d+ skipped, 0 errors/);
    expect(o.stdout).toMatch(/^SKIP\s+CHAT-DEL-011/m);
    const doc = report(dir);
    expect(doc.target.fixtures).toBe(`file ${world}`);
    const skipped = doc.cases.filter((c) => c.verdict === 'skip');
    expect(skipped.length).toBeGreaterThan(0);
    expect(doc.cases.filter((c) => c.verdict === 'pass').length).toBeGreaterThan(skipped.length);
    // One shared world: one case at a time, and the report says so.
    expect(doc.options.concurrency).toBe(1);
    // Every skip's reason on the console, one line each, after the summary.
    const summaryAt = o.stdout.indexOf('CONFORMS:');
    const skipsAt = o.stdout.indexOf(`skipped (${skipped.length}):`);
    expect(summaryAt).toBeGreaterThan(0);
    expect(skipsAt).toBeGreaterThan(summaryAt);
    for (const c of skipped) expect(o.stdout).toContain(`  ${c.id.padEnd(Math.max(...skipped.map((x) => x.id.length)))} — ${c.reason}`);
  });

  it.skipIf(!HAS_SCRIPT)('prints the reasons of skipped cases on a terminal too', async () => {
    // `script` gives the CLI a pseudo-terminal: live progress, where skips leave no line.
    const command = ['node', BIN, 'run', '--socket-url', plain.url, '--fixtures', world, '--case', 'CHAT-DEL-011', '--case', 'CHAT-DEL-001', '--format', 'console']
      .map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
    const o = await new Promise<Outcome>((resolve) => {
      execFile('script', ['-qec', command, '/dev/null'], { timeout: 60_000, env: { ...process.env, NO_COLOR: '1' } }, (err, stdout, stderr) => {
        resolve({ code: err ? (typeof err.code === 'number' ? err.code : -1) : 0, stdout, stderr });
      });
    });
    expect(o.code).toBe(0);
    expect(o.stdout).toContain('\r\u001b[2K[1/2]');
    expect(o.stdout).toMatch(/skipped \(1\):\r?\n {2}CHAT-DEL-011 — needs a fresh world per case/);
  });

  it('exits 2 with advice when the target has no fixtures endpoint and none is given', async () => {
    const o = await cli(['run', '--socket-url', plain.url, '--format', 'console']);
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
    [['--bogus'], /^commu-contract run: unknown option --bogus; see `commu-contract run --help`\n$/],
    [['--json'], /--json goes with --list .*--format json/],
    [['--json', '--case', 'AUTH-OK-001', '--format', 'json'], /--json goes with --list/],
    [['--socket-url', 'http://user:s3cret@127.0.0.1:9'], /--socket-url must not contain credentials/],
    [['--socket-url', 'http://127.0.0.1:9', '--api-url', 'https://user:s3cret@127.0.0.1:9'], /--api-url must not contain credentials/],
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
    expect(o.stderr).not.toContain('s3cret');
    expect(o.stdout).toBe('');
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
  - id: IMPOSSIBLE-TYPE-001
    title: The content "1" is expected to come back as the number 1
    level: MUST
    requirement: This case expects a number where the contract has a string, to prove values are shown as JSON.
    clauses: [D-10]
    actors:
      a: { user: author, join: [public] }
    steps:
      - emit: { actor: a, event: chat, payload: { chatType: new, channelId: '\${channels.public}', content: '1' }, ack: { match: { chatInfo: { content: 1 } } } }
`);
    const o = await cli(['run', '--suites-dir', dir, '--format', 'console']);
    expect(o.code).toBe(1);
    expect(o.stdout).toMatch(/FAIL IMPOSSIBLE-ECHO-001 \[MUST\]/);
    expect(o.stdout).toMatch(/a did not receive "new-chat"/);
    expect(o.stdout).toContain('expected: "(any \\"new-chat\\")"');
    // Strings are quoted: the string "1" is not the number 1.
    expect(o.stdout).toMatch(/ack: the "chat" ack: \/chatInfo\/content must equal 1\n {6}expected: 1\n {6}got: {6}"1"\n/);
    // The defaults are not repeated in the rerun command.
    expect(o.stdout).toMatch(/rerun: npx commu-contract run --suites-dir \S+ --case IMPOSSIBLE-ECHO-001\n/);
    // The summary per area, then each failure (issue 4's order).
    const summaryAt = o.stdout.indexOf('FAILED: 2 cases');
    expect(summaryAt).toBeGreaterThan(0);
    expect(o.stdout.indexOf('FAIL IMPOSSIBLE-ECHO-001 [MUST]')).toBeGreaterThan(summaryAt);
    expect(o.stdout.indexOf('area ')).toBeLessThan(summaryAt);

    // What changes how a case is judged travels with its rerun command.
    const tuned = await cli(['run', '--suites-dir', dir, '--format', 'console', '--case', 'IMPOSSIBLE-ECHO-001', '--timeout', '1500', '--grace', '7', '--max-events', '500']);
    expect(tuned.code).toBe(1);
    expect(tuned.stdout).toMatch(/rerun: npx commu-contract run --suites-dir \S+ --timeout 1500 --grace 7 --max-events 500 --case IMPOSSIBLE-ECHO-001\n/);
  });

  it('turns a SHOULD violation into a warning, and into a failure with --strict', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cc-suite-'));
    writeFileSync(join(dir, 'should.yaml'), `area: should
title: SHOULD levels
cases:
  - id: SHOULD-REASON-001
    title: A join acknowledgement no server gives
    level: SHOULD
    requirement: This case expects a join ack listing a channel that was not asked for, to prove warnings are reported.
    clauses: [D-08]
    actors:
      a: { user: author }
    steps:
      - emit: { actor: a, event: join, payload: { channels: ['\${channels.public}'] }, ack: { should: { joined: ['\${channels.private}'] } } }
`);
    const warn = await cli(['run', '--suites-dir', dir, '--format', 'console']);
    expect(warn.code).toBe(0);
    expect(warn.stdout).toMatch(/WARN SHOULD-REASON-001/);
    const strict = await cli(['run', '--suites-dir', dir, '--format', 'console', '--strict']);
    expect(strict.code).toBe(1);
  });

  describe('the preflight, with a fixtures file or command', () => {
    /** What an unreachable target leaves: one line on stderr, exit 3, every case "not run" in the reports. */
    function unreachable(o: Outcome, dir: string, line: RegExp): void {
      expect(o.code).toBe(3);
      expect(o.stderr).toMatch(line);
      expect(o.stderr.trim().split('\n')).toHaveLength(1);
      expect(o.stdout).not.toMatch(/^(ERROR|FAIL)/m);
      expect(o.stdout).toMatch(/INCOMPLETE: \d+ cases: 0 passed/);
      const doc = report(dir);
      expect(doc.cases.length).toBeGreaterThan(5);
      expect(doc.cases.every((c) => c.verdict === 'error' && c.reason?.startsWith('not run: '))).toBe(true);
      noStack(o);
    }

    it('an unreachable socket URL: one line, exit 3, before any case', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'cc-run-'));
      const port = await closedPort();
      const o = await cli(['run', '--socket-url', `http://127.0.0.1:${port}`, '--fixtures', world, '--suite', 'join', '--format', 'console,json', '--report-dir', dir]);
      unreachable(o, dir, new RegExp(`^commu-contract run: cannot open a Socket\\.IO connection to http://127\\.0\\.0\\.1:${port}/socket/commu-\\w+ \\(.*ECONNREFUSED.*\\): is the target running`));
    });

    it('a dead --api-url with a live socket URL: one line naming --api-url, exit 3', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'cc-run-'));
      const port = await closedPort();
      const o = await cli(['run', '--socket-url', plain.url, '--api-url', `http://127.0.0.1:${port}`, '--fixtures', world, '--suite', 'rest', '--format', 'console,json', '--report-dir', dir]);
      unreachable(o, dir, new RegExp(`^commu-contract run: cannot reach http://127\\.0\\.0\\.1:${port} \\(the REST API, --api-url\\): .*ECONNREFUSED`));
    });

    it('an unreachable target with a fixtures command: exit 3 after one call of the command', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'cc-run-'));
      const calls = join(dir, 'calls');
      const port = await closedPort();
      const o = await cli(['run', '--socket-url', `http://127.0.0.1:${port}`, '--fixtures-cmd', `echo x >> '${calls}'; cat '${world}'`, '--suite', 'join', '--format', 'console,json', '--report-dir', dir]);
      unreachable(o, dir, /^commu-contract run: cannot open a Socket\.IO connection/);
      expect(readFileSync(calls, 'utf8')).toBe('x\n');
    });

    it('fixtures whose tokens the target refuses (another server\'s world): one line, exit 2, no case run', async () => {
      // The test-mode server signs with its own random secret, not the one `plain` checks.
      const res = await fetch(`${testMode.apiUrl}/api/conformance/fixtures`, { method: 'POST' });
      const file = join(mkdtempSync(join(tmpdir(), 'cc-fx-')), 'other.json');
      writeFileSync(file, JSON.stringify(((await res.json()) as { result: unknown }).result));
      const o = await cli(['run', '--socket-url', plain.url, '--fixtures', file, '--format', 'console']);
      expect(o.code).toBe(2);
      expect(o.stderr).toMatch(/^commu-contract run: the target refuses the fixtures' tokens: .*connect_error Unauthorized .*wrong JWT secret, or a stale file .*other\.json/);
      expect(o.stderr.trim().split('\n')).toHaveLength(1);
      expect(o.stdout).toBe('');
      expect(o.stderr).not.toMatch(/eyJ/);
      noStack(o);
      // One round trip, not a catalogue of failures: the empty stdout above (no progress
      // line, no summary) says no case ran, whatever the machine's speed.
    });
  });

  describe('--fixtures-cmd', () => {
    /** A command that asks the test-mode server for a fresh world, as a server team would script it. */
    function fetcher(dir: string): string {
      const script = join(dir, 'fixtures.mjs');
      writeFileSync(script, [
        'const res = await fetch(`${process.argv[2]}/api/conformance/fixtures`, { method: \'POST\' });',
        'if (res.status !== 201) { console.error(`fixtures: ${res.status}`); process.exit(1); }',
        'process.stdout.write(await res.text());',
        '',
      ].join('\n'));
      return `node '${script}' ${testMode.apiUrl}`;
    }

    it('takes a fresh world per case from the command: cases run in parallel, none skipped for a shared world', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'cc-run-'));
      const command = fetcher(dir);
      const o = await cli(['run', '--socket-url', testMode.socketUrl, '--fixtures-cmd', command, '--case', 'CHAT-DEL-011', '--case', 'JOIN-*', '--format', 'console,json', '--report-dir', dir]);
      expect(o.stderr).toBe('');
      expect(o.code).toBe(0);
      const doc = report(dir);
      expect(doc.target.fixtures).toBe(`command ${command}`);
      expect(doc.options.concurrency).toBe(4);
      expect(doc.cases.find((c) => c.id === 'CHAT-DEL-011')?.verdict).toBe('pass');
      expect(doc.cases.every((c) => c.verdict === 'pass')).toBe(true);
      // Each case had a world of its own: no two cases saw the same community.
      const communities = doc.cases.map((c) => JSON.stringify(c.transcript.find((f) => f.kind === 'connect')?.data ?? c.id));
      expect(new Set(communities).size).toBe(communities.length);
    });

    it('a command that prints the same world again: exit 2 with the reason, before cases share it', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'cc-run-'));
      const o = await cli(['run', '--socket-url', plain.url, '--fixtures-cmd', `cat '${world}'`, '--suite', 'chat-new', '--format', 'console,json', '--report-dir', dir]);
      expect(o.code).toBe(2);
      expect(o.stderr).toMatch(/^commu-contract run: the fixtures command printed a world it had already printed \(community \w+\): --fixtures-cmd must create a new world on each call/);
      expect(o.stderr).toContain('--fixtures FILE');
      expect(o.stderr.trim().split('\n')).toHaveLength(1);
      expect(o.stdout).not.toMatch(/^(PASS|FAIL|ERROR)/m);
      noStack(o);
    });
  });

  it('a step by an actor the case disconnected is the case\'s error, not a server failure', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cc-suite-'));
    writeFileSync(join(dir, 'disconnect.yaml'), `area: disconnect
title: A suite that uses an actor after disconnecting it
cases:
  - id: DISCONNECT-USE-001
    title: An actor emits after its disconnect step
    level: MUST
    requirement: A suite mistake (emitting on a closed actor) is the kit's error, never the server's failure.
    clauses: [D-15]
    actors:
      a: { user: author, join: [public] }
    steps:
      - disconnect: { actor: a }
      - emit: { actor: a, event: chat, payload: { chatType: new, channelId: '\${channels.public}', content: 'late \${nonce}' }, ack: { match: { written: true } } }
`);
    const reports = join(dir, 'r');
    const o = await cli(['run', '--suites-dir', dir, '--format', 'console,json', '--report-dir', reports]);
    expect(o.code).toBe(3);
    expect(o.stdout).toMatch(/ERROR DISCONNECT-USE-001 \[MUST\]/);
    expect(o.stdout).toContain('reason:      actor a was disconnected by an earlier `disconnect` step of this case; the suite must `connect` it again before using it');
    expect(o.stdout).not.toMatch(/MUST call the callback/);
    const c = report(reports).cases[0]!;
    expect(c).toMatchObject({ id: 'DISCONNECT-USE-001', verdict: 'error', failures: [] });
  });

  describe('a closed stdout (`run --list | head -1`)', () => {
    /** Runs the CLI with its stdout pipe closed by the reader before the CLI writes. */
    function closedStdout(args: string[]): Promise<Outcome> {
      return new Promise((resolve) => {
        const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
        child.stdout.destroy();
        let stderr = '';
        child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
        child.on('close', (code) => resolve({ code: code ?? -1, stdout: '', stderr }));
      });
    }

    it.each([
      [['run', '--list'], 0],
      [['run', '--list', '--json'], 0],
      [['run', '--help'], 0],
      [['--help'], 0],
      [['serve', '--help'], 0],
      [['run', '--case', 'AUTH-OK-*', '--format', 'console'], 0],
      [['run', '--bogus'], 2],
    ])('%j ends quietly with its own exit code (%i)', async (args, code) => {
      const o = await closedStdout(args);
      expect(o.stderr).not.toMatch(/EPIPE|Error|\n\s+at /);
      expect(o.code).toBe(code);
    });

    it('in a shell pipeline with pipefail', () => {
      const r = spawnSync('bash', ['-c', `set -o pipefail; node '${BIN}' run --list | head -1`], { encoding: 'utf8' });
      expect(r.status).toBe(0);
      expect(r.stdout).toMatch(/^\S+-\d{3}\s+(MUST|SHOULD)\s/);
      expect(r.stdout.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toBe('');
    });
  });
});
