// The CLI against hostile targets, as a real process: it finishes within a bound derived
// from its timeouts, gives every affected case `error` or `fail` with a clear reason,
// writes its reports, exits with the documented code, keeps its transcripts and its memory
// bounded, never prints a stack trace or an unhandled rejection, and never prints a token.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { loadContract, Validators } from '../../src/contract/index.ts';
import type { RunResult } from '../../src/runner/model.ts';
import { closedPort, spawnNode } from '../processes.ts';
import { BEHAVIOURS, fakeFixtures, startHostile, type BehaviourName, type Hostile } from './servers.ts';

const ROOT = join(import.meta.dirname, '../..');
const BIN = join(ROOT, 'bin/commu-contract.js');
const TIMEOUT = 500;
/** Starting node, tsx and the contract; generous for a loaded CI machine. */
const STARTUP_MS = 6000;
/** A case waits at most this many timeouts here (a setup join, its step, a barrier). */
const WAITS_PER_CASE = 3;
/** Preloaded into the CLI child to report its peak RSS on exit. */
const PEAK_MEMORY = pathToFileURL(join(import.meta.dirname, 'peak-memory.mjs')).href;
/**
 * How far a hostile target may raise the CLI's peak RSS above that of a run against a
 * target that sends nothing. Measured on this machine (Node 20): the baseline is about
 * 140 MiB; the flood at the default --max-events adds about 10 MiB and the 10 MB payload
 * about 25 MiB, while a runner that kept the whole flood adds over 100 MiB.
 */
const RSS_HEADROOM_MIB = 64;

interface Outcome {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
  dir: string;
  report: RunResult | undefined;
  /** The child's peak RSS in MiB (only with `memory`), undefined if it did not exit normally. */
  peakRssMiB: number | undefined;
}

interface RunOptions {
  /**
   * `--timeout` (default TIMEOUT). Larger where the timeout is not what the test checks and
   * must not race what it does check, e.g. a flood that delays the join ack on a loaded machine.
   */
  timeoutMs?: number;
  /** Report the child's peak RSS; with `heapMiB`, also cap its V8 old space (`--max-old-space-size`). */
  memory?: { heapMiB?: number };
}

const children = new Set<ChildProcess>();
afterAll(() => {
  for (const c of children) c.kill('SIGKILL');
});

function runCli(args: string[], options: RunOptions = {}): Promise<Outcome> {
  const dir = mkdtempSync(join(tmpdir(), 'cc-hostile-'));
  const peakFile = join(dir, 'peak-memory.json');
  const node: string[] = [];
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
  if (options.memory) {
    // The caller's NODE_OPTIONS must not loosen (or tighten) the ceiling under test.
    delete env.NODE_OPTIONS;
    if (options.memory.heapMiB !== undefined) node.push(`--max-old-space-size=${options.memory.heapMiB}`);
    node.push('--import', PEAK_MEMORY);
    env.CC_PEAK_MEMORY_FILE = peakFile;
  }
  const t0 = performance.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [...node, BIN, 'run', '--timeout', String(options.timeoutMs ?? TIMEOUT), '--report-dir', dir, '--format', 'console,json,junit', '--no-color', ...args], {
      cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.add(child);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    // A runner that hangs is the worst failure of all: kill it well after any bound.
    const killer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('close', (code) => {
      clearTimeout(killer);
      children.delete(child);
      const file = join(dir, 'conformance.json');
      const report = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as RunResult) : undefined;
      const peakRssMiB = existsSync(peakFile) ? (JSON.parse(readFileSync(peakFile, 'utf8')) as { maxRssKiB: number }).maxRssKiB / 1024 : undefined;
      resolve({ code, stdout, stderr, ms: performance.now() - t0, dir, report, peakRssMiB });
    });
  });
}

/** The documented shape of every outcome: no stack, no unhandled rejection, no token, reports on disk. */
function expectClean(o: Outcome): void {
  const all = o.stdout + o.stderr;
  expect(all).not.toMatch(/\n\s+at .+:\d+:\d+/);
  expect(all).not.toMatch(/Unhandled|uncaught|ERR_UNHANDLED_REJECTION|internal error/i);
  expect(all).not.toMatch(/hostile-[a-zA-Z0-9]+-[0-9a-f]{8}/);
  expect(o.report, 'conformance.json is written').toBeDefined();
  expect(existsSync(join(o.dir, 'conformance.junit.xml')), 'conformance.junit.xml is written').toBe(true);
  expect(readFileSync(join(o.dir, 'conformance.json'), 'utf8')).not.toMatch(/hostile-[a-zA-Z0-9]+-[0-9a-f]{8}/);
}

function bound(cases: number, timeoutMs = TIMEOUT): number {
  return STARTUP_MS + cases * WAITS_PER_CASE * timeoutMs;
}

function verdicts(o: Outcome): Record<string, string> {
  return Object.fromEntries((o.report?.cases ?? []).map((c) => [c.id, c.verdict]));
}

/** Everything a case says about itself, for matching a reason. */
function said(o: Outcome, id: string): string {
  const c = o.report?.cases.find((x) => x.id === id);
  return c ? [c.reason ?? '', ...c.failures.map((f) => f.message)].join('\n') : '';
}

async function against(name: BehaviourName, args: string[], options: RunOptions = {}): Promise<Outcome> {
  const server: Hostile = await startHostile(BEHAVIOURS[name]);
  try {
    return await runCli(['--socket-url', server.url, ...args], options);
  } finally {
    await server.close();
  }
}

let baseline: Promise<number> | undefined;
/** The CLI's peak RSS in MiB for one case against a target that never answers: start-up, contract, one world. */
function baselineRssMiB(): Promise<number> {
  baseline ??= against('never-acks', ['--case', 'CHAT-NEW-001'], { memory: {} }).then((o) => {
    expect(o.code, o.stderr).toBe(1);
    expect(o.peakRssMiB).toBeDefined();
    return o.peakRssMiB!;
  });
  return baseline;
}

/**
 * The child lived within its heap cap (an out-of-memory crash has no exit code and prints
 * `FATAL ERROR: … heap out of memory`) and its peak RSS stayed near the baseline's.
 */
async function expectBoundedMemory(o: Outcome): Promise<void> {
  expect(o.stderr).not.toMatch(/heap out of memory|FATAL ERROR/);
  expect(o.peakRssMiB, 'the child reported its peak RSS (it exited normally)').toBeDefined();
  const base = await baselineRssMiB();
  expect(o.peakRssMiB!, `peak RSS ${o.peakRssMiB!.toFixed(0)} MiB; baseline ${base.toFixed(0)} MiB`).toBeLessThan(base + RSS_HEADROOM_MIB);
}

describe('hostile targets', () => {
  it('serves fixtures documents the contract accepts', () => {
    expect(new Validators(loadContract()).shape('Fixtures', fakeFixtures())).toEqual([]);
  });

  // name, cases, exit code, verdict of every case, what the report must say about each
  const table: Array<[BehaviourName, string[], number, string, RegExp]> = [
    ['never-acks', ['CHAT-NEW-001', 'JOIN-SUB-001'], 1, 'fail', /no acknowledgement for "chat" within 500 ms/],
    ['acks-late', ['CHAT-NEW-001'], 1, 'fail', /no acknowledgement for "chat" within 500 ms/],
    ['disconnects-mid-case', ['CHAT-NEW-001', 'CHAT-MOD-001'], 1, 'fail', /connection was closed: io server disconnect/],
    ['not-json', ['CHAT-NEW-001'], 1, 'fail', /connection was closed: parse error/],
    ['binary-and-undeclared', ['CHAT-NEW-001'], 1, 'fail', /carries binary data[\s\S]*"hello", an event the contract does not declare[\s\S]*exactly one payload argument, got 3/],
    ['plain-http', ['CHAT-NEW-001', 'AUTH-TOKEN-001'], 3, 'error', /cannot open a Socket\.IO connection .*Unexpected server response: 404.*is it a Socket\.IO server\?/],
    ['engine-garbage', ['CHAT-NEW-001'], 3, 'error', /cannot open a Socket\.IO connection .*\(server error: parser error\).*is it a Socket\.IO server\?/],
    ['rest-html', ['REST-CREATE-001'], 1, 'fail', /answered 200 with a body that is not JSON/],
    ['rest-hangs', ['REST-CREATE-001'], 1, 'fail', /no response within 500 ms/],
    ['rest-body-hangs', ['REST-CREATE-001'], 1, 'fail', /answered 201 but the body did not end within 500 ms/],
    ['rest-endless', ['REST-CREATE-001'], 1, 'fail', /answered 201 but the response body is larger than \d+ bytes/],
    ['fixtures-hang', ['CHAT-NEW-001', 'REST-CREATE-001'], 3, 'error', /fixtures: cannot reach .*: no response within 500 ms/],
  ];

  it.each(table)('%s: %j exit %i, every case %s with a clear reason', async (name, ids, code, verdict, reason) => {
    const o = await against(name, ids.flatMap((id) => ['--case', id]));
    expectClean(o);
    expect(o.code).toBe(code);
    expect(verdicts(o)).toEqual(Object.fromEntries(ids.map((id) => [id, verdict])));
    for (const id of ids) expect(said(o, id)).toMatch(reason);
    expect(o.ms).toBeLessThan(bound(ids.length));
  });

  /**
   * The flood arrives before the join ack, so a 500 ms timeout would race the 10,001st
   * event on a loaded machine: the flood runs use a longer one (the run still ends as soon
   * as --max-events is reached).
   */
  const FLOOD_TIMEOUT = 3000;
  /** A flood run (one case, CHAT-NEW-001): failed cleanly, at most `maxEvents` kept, failures capped, small report, in time. */
  const expectFloodHandled = (o: Awaited<ReturnType<typeof against>>, maxEvents: number, reportBytes: number): void => {
    expectClean(o);
    expect(o.code).toBe(1);
    const c = o.report!.cases[0]!;
    expect(c.verdict).toBe('fail');
    expect(said(o, c.id)).toMatch(new RegExp(`received more than ${maxEvents} events in one case \\(--max-events\\); the rest were dropped and the connection closed`));
    expect(c.transcript.filter((f) => f.kind === 'event').length).toBeLessThanOrEqual(maxEvents);
    expect(c.failures.length).toBeLessThanOrEqual(102);
    expect(statSync(join(o.dir, 'conformance.json')).size).toBeLessThan(reportBytes);
    expect(o.ms).toBeLessThan(bound(1, FLOOD_TIMEOUT));
  };

  it('a flood of 100,000 events: the actor keeps at most --max-events, drops the rest, disconnects, and the run ends quickly', async () => {
    const o = await against('flood', ['--case', 'CHAT-NEW-001', '--max-events', '1000'], { timeoutMs: FLOOD_TIMEOUT });
    expectFloodHandled(o, 1000, 2_000_000);
    // One failure per broken frame would be thousands: the list is capped with a summary.
    expect(said(o, 'CHAT-NEW-001')).toMatch(/\d+ more failures in this case, not listed/);
  });

  it('a flood at the default --max-events (10,000): the run ends quickly within a small heap, its peak RSS near the baseline', async () => {
    // 48 MiB of old space: twice what this run needs (it passes at 24); a runner that kept
    // all 100,000 events needs more than 64 and dies here of "heap out of memory".
    const o = await against('flood', ['--case', 'CHAT-NEW-001'], { memory: { heapMiB: 48 }, timeoutMs: FLOOD_TIMEOUT });
    await expectBoundedMemory(o);
    expectFloodHandled(o, 10_000, 10_000_000);
  });

  it('a 10 MB payload is validated, and kept in the transcript as a summary, within a bounded heap and RSS', async () => {
    // 96 MiB of old space: twice what this run needs (it passes at 48; the payload arrives
    // as 10 MB of JSON text and a 10 MB string).
    const o = await against('ten-megabytes', ['--case', 'CHAT-NEW-001'], { memory: { heapMiB: 96 } });
    await expectBoundedMemory(o);
    expectClean(o);
    expect(o.code).toBe(1);
    expect(said(o, 'CHAT-NEW-001')).toMatch(/\/content must NOT have more than 300 characters/);
    const frames = o.report!.cases[0]!.transcript.filter((f) => f.kind === 'event');
    expect(frames[0]!.data).toMatchObject({ content: { truncated: true, bytes: 10 * 1024 * 1024 } });
    expect(statSync(join(o.dir, 'conformance.json')).size).toBeLessThan(100_000);
    expect(o.ms).toBeLessThan(bound(1));
  });

  it('a target that sends terminal escapes: the console and the Markdown show them as text, one gate line', async () => {
    const o = await against('escapes', ['--case', 'CHAT-NEW-001', '--case', 'REST-CREATE-001', '--format', 'console,json,junit,markdown']);
    expectClean(o);
    expect(o.code).toBe(1);
    const markdown = readFileSync(join(o.dir, 'conformance.md'), 'utf8');
    // No control character but the line break reaches the terminal or the Markdown.
    for (const [name, text] of [['stdout', o.stdout], ['stderr', o.stderr], ['conformance.md', markdown]] as const) {
      expect(text.match(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g), name).toBeNull();
    }
    // What the target sent is shown, made visible.
    expect(o.stdout).toContain('\\u001b[2J');
    expect(o.stdout).toContain('\\u009b2J');
    // One gate line, the real one, at the start of a line.
    expect(o.stdout.match(/^(CONFORMS|FAILED|INCOMPLETE)\b.*$/gm)).toEqual([expect.stringMatching(/^FAILED: 2 cases/)]);
    expect(markdown).toMatch(/^# commu-contract conformance: FAILED$/m);
  });

  it('a 10 MB payload on every connection over 37 cases: the run ends with its reports under a 96 MiB heap', async () => {
    // Each case's schema failure quotes the payload: a preview cut from it kept the whole
    // 10 MB alive until the reports (37 cases needed over 370 MB; this run passes at 48).
    const o = await against('ten-megabytes', ['--case', 'CHAT-*'], { memory: { heapMiB: 96 } });
    expect(o.stderr).not.toMatch(/heap out of memory|FATAL ERROR/);
    expectClean(o);
    expect(o.code).toBe(1);
    const cases = o.report!.cases;
    expect(cases).toHaveLength(37);
    expect(cases.every((c) => c.verdict === 'fail' || c.verdict === 'error')).toBe(true);
    expect(cases.filter((c) => c.verdict === 'fail').length).toBeGreaterThan(0);
    expect(statSync(join(o.dir, 'conformance.json')).size).toBeLessThan(37 * 100_000);
  });

  it('a fixtures token of one letter is replaced where it stands whole, never inside words', async () => {
    const o = await against('one-letter-token', ['--case', 'CHAT-NEW-001']);
    expectClean(o);
    expect(o.code).toBe(1);
    expect(said(o, 'CHAT-NEW-001')).toMatch(/no acknowledgement for "chat" within 500 ms/);
    const c = o.report!.cases[0]!;
    const connect = c.transcript.find((f) => f.kind === 'connect' && f.actor === 'a');
    expect(JSON.stringify(connect?.data)).toMatch(/"token":"(Bearer )?«token:author»"/);
    expect(JSON.stringify(c.transcript)).toContain('"chatType":"new"');
  });

  it('a target whose fixtures endpoint answers HTML: exit 3 with the reason, reports written', async () => {
    const o = await against('fixtures-html', ['--case', 'CHAT-NEW-001']);
    expectClean(o);
    expect(o.code).toBe(3);
    expect(o.stderr).toMatch(/answered 200 with a body that is not JSON \(text\/html\)/);
    expect(verdicts(o)).toEqual({ 'CHAT-NEW-001': 'error' });
    expect(o.ms).toBeLessThan(bound(1));
  });

  it('a closed port: exit 3 at once, every case reported as not run', async () => {
    const port = await closedPort();
    const o = await runCli(['--socket-url', `http://127.0.0.1:${port}`, '--suite', 'join']);
    expectClean(o);
    expect(o.code).toBe(3);
    expect(o.stderr).toMatch(/cannot reach http:\/\/127\.0\.0\.1:\d+\/api\/conformance\/fixtures: .*ECONNREFUSED/);
    expect(o.report!.cases.length).toBeGreaterThan(5);
    expect(o.report!.cases.every((c) => c.verdict === 'error' && /^not run: cannot reach/.test(c.reason ?? ''))).toBe(true);
    expect(o.ms).toBeLessThan(STARTUP_MS);
  });

  it('a target that crashes: the case in flight fails, the next one errors, exit 1', async () => {
    // The crash (a child process reading the chat and exiting) must beat the ack timeout on a
    // loaded machine: the timeout is not what this test checks.
    const CRASH_TIMEOUT = 2000;
    const { child, ready } = spawnNode(['--import', 'tsx', join(import.meta.dirname, 'crash-server.ts')], /^(\S+)\n/, ROOT);
    children.add(child);
    const url = (await ready)[1]!;
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    const o = await runCli(['--socket-url', url, '--case', 'CHAT-NEW-001', '--case', 'CHAT-NEW-002', '--concurrency', '1'], { timeoutMs: CRASH_TIMEOUT });
    expect(await exited).toBe(70);
    expectClean(o);
    expect(o.code).toBe(1);
    expect(verdicts(o)).toEqual({ 'CHAT-NEW-001': 'fail', 'CHAT-NEW-002': 'error' });
    expect(said(o, 'CHAT-NEW-001')).toMatch(/no acknowledgement for "chat" \(the connection was closed: transport close\)/);
    // Refused, or a kept-alive connection found closed or reset by the dying process:
    // which one depends on how far the exit got, and each says the target is gone.
    expect(said(o, 'CHAT-NEW-002')).toMatch(/fixtures: cannot reach .*: (connect ECONNREFUSED|other side closed|(read|write) (ECONNRESET|EPIPE))/);
    expect(o.ms).toBeLessThan(bound(2, CRASH_TIMEOUT));
  });

  it('the fuzz area against a target that never acknowledges: bounded shrinking, a clear failure', async () => {
    const o = await against('never-acks', ['--case', 'FUZZ-CHAT-001', '--seed', '7', '--fuzz-runs', '50']);
    expectClean(o);
    expect(o.code).toBe(1);
    expect(said(o, 'FUZZ-CHAT-001')).toMatch(/payload 1 of 50 \(seed 7\) was not refused cleanly[\s\S]*no acknowledgement within 500 ms/);
    // The first payload and at most SHRINK_BUDGET / SLOW_COST (4) shrinking attempts wait for a timeout.
    expect(o.ms).toBeLessThan(STARTUP_MS + (1 + 1 + 4) * TIMEOUT);
  });
});
