// Running the CLI against the hostile targets of servers.ts, as a real process, and what
// every outcome must show: shared by hostile.test.ts (the default tests) and memory.test.ts
// (the capped-heap runs, in `npm run test:slow`).
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, expect } from 'vitest';
import type { RunResult } from '../../src/runner/model.ts';
import { BEHAVIOURS, startHostile, type BehaviourName, type Hostile } from './servers.ts';

export const ROOT = join(import.meta.dirname, '../..');
export const BIN = join(ROOT, 'bin/commu-contract.js');
/**
 * `--timeout` of the runs whose waits are under test. 1000 ms: at 500 ms a worker starved
 * of CPU (two busy loops and other test workers on 2 cores) answered the fixtures request
 * or the join late enough to turn a `fail` into an `error`.
 */
export const TIMEOUT = 1000;
/**
 * The CPU a case needs besides its waits (a world, connects, validation), generous for a
 * loaded machine. Bounds are checked on the run's own duration (the JSON report's
 * `durationMs`), which leaves out the process start (node, tsx, the contract): that took
 * over 11 s on a loaded machine and says nothing about how the runner handles a target.
 */
export const CASE_WORK_MS = 3000;
/** A case waits at most this many timeouts here (a setup join, its step, a barrier). */
export const WAITS_PER_CASE = 3;
/** Preloaded into the CLI child to report its peak RSS on exit. */
export const PEAK_MEMORY = pathToFileURL(join(import.meta.dirname, 'peak-memory.mjs')).href;
/**
 * How far a hostile target may raise the CLI's peak RSS above that of a run against a
 * target that sends nothing. Measured on this machine (Node 20): the baseline is about
 * 140 MiB; the flood at the default --max-events adds about 10 MiB and the 10 MB payload
 * about 25 MiB, while a runner that kept the whole flood adds over 100 MiB.
 */
export const RSS_HEADROOM_MIB = 64;

export interface Outcome {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
  dir: string;
  report: RunResult | undefined;
  /** The child's peak RSS in MiB (only with `memory`), undefined if it did not exit normally. */
  peakRssMiB: number | undefined;
}

export interface RunOptions {
  /**
   * `--timeout` (default TIMEOUT). Larger where the timeout is not what the test checks and
   * must not race what it does check, e.g. a flood that delays the join ack on a loaded machine.
   */
  timeoutMs?: number;
  /** Report the child's peak RSS; with `heapMiB`, also cap its V8 old space (`--max-old-space-size`). */
  memory?: { heapMiB?: number };
}

export const children = new Set<ChildProcess>();
afterAll(() => {
  for (const c of children) c.kill('SIGKILL');
});

export function runCli(args: string[], options: RunOptions = {}): Promise<Outcome> {
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
    const killer = setTimeout(() => child.kill('SIGKILL'), 100_000);
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
export function expectClean(o: Outcome): void {
  const all = o.stdout + o.stderr;
  expect(all).not.toMatch(/\n\s+at .+:\d+:\d+/);
  expect(all).not.toMatch(/Unhandled|uncaught|ERR_UNHANDLED_REJECTION|internal error/i);
  expect(all).not.toMatch(/hostile-[a-zA-Z0-9]+-[0-9a-f]{8}/);
  expect(o.report, 'conformance.json is written').toBeDefined();
  expect(existsSync(join(o.dir, 'conformance.junit.xml')), 'conformance.junit.xml is written').toBe(true);
  expect(readFileSync(join(o.dir, 'conformance.json'), 'utf8')).not.toMatch(/hostile-[a-zA-Z0-9]+-[0-9a-f]{8}/);
}

/** The longest a run of `cases` may take (its `durationMs`): its waits and its work. */
export function bound(cases: number, timeoutMs = TIMEOUT): number {
  return CASE_WORK_MS + cases * (WAITS_PER_CASE * timeoutMs + CASE_WORK_MS);
}

/** How long the run took by its own clock (the JSON report), NaN without a report. */
export function runMs(o: Outcome): number {
  return o.report?.durationMs ?? NaN;
}

export function verdicts(o: Outcome): Record<string, string> {
  return Object.fromEntries((o.report?.cases ?? []).map((c) => [c.id, c.verdict]));
}

/** Everything a case says about itself, for matching a reason. */
export function said(o: Outcome, id: string): string {
  const c = o.report?.cases.find((x) => x.id === id);
  return c ? [c.reason ?? '', ...c.failures.map((f) => f.message)].join('\n') : '';
}

export async function against(name: BehaviourName, args: string[], options: RunOptions = {}): Promise<Outcome> {
  const server: Hostile = await startHostile(BEHAVIOURS[name]);
  try {
    return await runCli(['--socket-url', server.url, ...args], options);
  } finally {
    await server.close();
  }
}

let baseline: Promise<number> | undefined;
/** The CLI's peak RSS in MiB for one case against a target that never answers: start-up, contract, one world. */
export function baselineRssMiB(): Promise<number> {
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
export async function expectBoundedMemory(o: Outcome): Promise<void> {
  expect(o.stderr).not.toMatch(/heap out of memory|FATAL ERROR/);
  expect(o.peakRssMiB, 'the child reported its peak RSS (it exited normally)').toBeDefined();
  const base = await baselineRssMiB();
  expect(o.peakRssMiB!, `peak RSS ${o.peakRssMiB!.toFixed(0)} MiB; baseline ${base.toFixed(0)} MiB`).toBeLessThan(base + RSS_HEADROOM_MIB);
}

/**
 * The flood arrives before the join ack, so a short timeout would race the 10,001st
 * event on a loaded machine: the flood runs use a longer one (the run still ends as soon
 * as --max-events is reached).
 */
export const FLOOD_TIMEOUT = 10_000;
/** A flood run (one case, CHAT-NEW-001): failed cleanly, at most `maxEvents` kept, failures capped, small report, in time. */
export function expectFloodHandled(o: Outcome, maxEvents: number, reportBytes: number): void {
  expectClean(o);
  expect(o.code).toBe(1);
  const c = o.report!.cases[0]!;
  expect(c.verdict).toBe('fail');
  expect(said(o, c.id)).toMatch(new RegExp(`received more than ${maxEvents} events in one case \\(--max-events\\); the rest were dropped and the connection closed`));
  expect(c.transcript.filter((f) => f.kind === 'event').length).toBeLessThanOrEqual(maxEvents);
  expect(c.failures.length).toBeLessThanOrEqual(102);
  expect(statSync(join(o.dir, 'conformance.json')).size).toBeLessThan(reportBytes);
  expect(runMs(o)).toBeLessThan(bound(1, FLOOD_TIMEOUT));
}
