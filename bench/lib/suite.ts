// (a) The full catalogue's wall time in process (runCases against the embedded reference
// server), and its floor: the same number of connects, emits with an ack and HTTP requests
// per case, counted from a real run's transcripts, replayed with raw socket.io-client and
// fetch at the runner's concurrency against the same server.
import { io, type Socket } from 'socket.io-client';
import type { Fixtures } from '../../generated/events.js';
import { loadContract, Validators } from '../../src/contract/index.ts';
import { runCases, type EngineOptions } from '../../src/runner/engine.ts';
import { endpointProvider } from '../../src/runner/fixtures.ts';
import { flattenCases, loadSuites, SUITES_DIR } from '../../src/runner/suites.ts';
import type { CaseResult } from '../../src/runner/model.ts';
import { startEmbeddedServer } from '../../src/load/embedded.ts';
import { startServer } from '../../src/server/index.ts';

/** What one case does on the wire, counted from its transcript. */
export interface CaseOps {
  id: string;
  connects: number;
  /** Emits answered by an ack. */
  acked: number;
  /** Emits without (or without a received) ack. */
  plain: number;
  http: number;
}

export function opsOf(r: CaseResult): CaseOps {
  const count = (kind: string) => r.transcript.filter((f) => f.kind === kind).length;
  const acked = count('ack');
  return { id: r.id, connects: count('connect'), acked, plain: Math.max(0, count('emit') - acked), http: count('http-request') };
}

export interface SuiteRun {
  wallMs: number;
  verdicts: Record<string, number>;
  results: CaseResult[];
}

export const RUNNER = { concurrency: 4, timeoutMs: 2000, graceMs: 5 } as const;

export interface SuiteBench {
  cases: number;
  /** The first run in this process (JIT cold, validators compiled on first use), as in the CLI. */
  firstMs: number;
  runs: SuiteRun[];
  /** Same, with --grace 0: what the fixed post-barrier wait costs. */
  noGrace: number[];
  /** Same, the server in a worker thread (as `load` runs it): the proposal for `run`. */
  worker: number[];
  /** Cases that did not pass in those worker runs (id: verdict), all reps. */
  workerNotPass: string[];
  floor: number[];
  ops: { connects: number; acked: number; plain: number; http: number; fixtures: number };
  /** Per area: cases and the sum of their durations in the last in-process run (ms). */
  areas: Array<{ area: string; cases: number; caseMs: number }>;
  absentSteps: number;
}

export async function benchSuite(reps: number, log: (s: string) => void): Promise<SuiteBench> {
  const server = await startServer({ testMode: true, log: () => {} });
  const threaded = await startEmbeddedServer();
  try {
    const validators = new Validators(loadContract());
    const cases = flattenCases(loadSuites(SUITES_DIR));
    const target = { socketUrl: server.socketUrl, apiUrl: server.apiUrl };
    const provider = endpointProvider(target.apiUrl, validators, RUNNER.timeoutMs);
    const options = (graceMs: number): EngineOptions => ({
      concurrency: RUNNER.concurrency, timeoutMs: RUNNER.timeoutMs, graceMs, strict: false, maxEventsPerActor: 10_000, rerun: (id) => id,
    });
    const threadedTarget = { socketUrl: threaded.socketUrl, apiUrl: threaded.apiUrl };
    const threadedProvider = endpointProvider(threadedTarget.apiUrl, validators, RUNNER.timeoutMs);
    const once = async (graceMs: number, inWorker = false): Promise<SuiteRun> => {
      const t0 = performance.now();
      const results = inWorker
        ? await runCases(cases, threadedTarget, threadedProvider, validators, options(graceMs))
        : await runCases(cases, target, provider, validators, options(graceMs));
      const wallMs = performance.now() - t0;
      const verdicts: Record<string, number> = {};
      for (const r of results) verdicts[r.verdict] = (verdicts[r.verdict] ?? 0) + 1;
      return { wallMs, verdicts, results };
    };
    log(`suite: warm-up run of ${cases.length} cases`);
    const warm = await once(RUNNER.graceMs);
    const runs: SuiteRun[] = [];
    const noGrace: number[] = [];
    const floor: number[] = [];
    const worker: number[] = [];
    const workerNotPass: string[] = [];
    const ops = warm.results.map(opsOf);
    await once(RUNNER.graceMs, true);
    for (let i = 0; i < reps; i++) {
      // Interleave the measurements so drift on a shared machine hits them alike.
      runs.push(await once(RUNNER.graceMs));
      noGrace.push((await once(0)).wallMs);
      floor.push(await replay(ops, target, RUNNER.concurrency));
      const w = await once(RUNNER.graceMs, true);
      worker.push(w.wallMs);
      for (const r of w.results) if (r.verdict !== 'pass') workerNotPass.push(`${r.id}: ${r.verdict}`);
      log(`suite: rep ${i + 1}/${reps}: ${runs.at(-1)!.wallMs.toFixed(0)} ms, grace 0 ${noGrace.at(-1)!.toFixed(0)} ms, floor ${floor.at(-1)!.toFixed(0)} ms, server in a worker ${w.wallMs.toFixed(0)} ms`);
    }
    const sum = (k: keyof Omit<CaseOps, 'id'>) => ops.reduce((s, o) => s + o[k], 0);
    const absentSteps = cases.reduce((s, c) => s + c.steps.filter((st) => 'absent' in st).length, 0);
    const byArea = new Map<string, { area: string; cases: number; caseMs: number }>();
    for (const r of runs.at(-1)?.results ?? []) {
      const a = byArea.get(r.area) ?? { area: r.area, cases: 0, caseMs: 0 };
      a.cases++;
      a.caseMs += r.durationMs;
      byArea.set(r.area, a);
    }
    for (const r of runs) r.results = [];
    return {
      cases: cases.length,
      firstMs: warm.wallMs,
      runs,
      noGrace,
      worker,
      workerNotPass,
      floor,
      areas: [...byArea.values()].sort((a, b) => b.caseMs - a.caseMs),
      ops: { connects: sum('connects'), acked: sum('acked'), plain: sum('plain'), http: sum('http'), fixtures: ops.length },
      absentSteps,
    };
  } finally {
    await server.close();
    await threaded.close();
  }
}

function connect(url: string, token: string): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const s = io(url, { auth: { token: `Bearer ${token}` }, transports: ['websocket'], reconnection: false, forceNew: true });
    s.once('connect', () => resolve(s));
    s.once('connect_error', reject);
  });
}

function ack(s: Socket, payload: unknown): Promise<unknown> {
  return new Promise((resolve) => s.emit('join', payload, resolve));
}

/**
 * The floor: per case, one fixtures request, its connects at once, then its acked emits
 * one after another (a `join`, the cheapest acknowledged event), its plain emits and its
 * HTTP requests (`GET …/chats`) one after another; cases `concurrency` at a time.
 */
export async function replay(ops: CaseOps[], target: { socketUrl: string; apiUrl: string }, concurrency: number): Promise<number> {
  const t0 = performance.now();
  let next = 0;
  const one = async (o: CaseOps) => {
    const res = await fetch(`${target.apiUrl}/api/conformance/fixtures`, { method: 'POST' });
    const world = ((await res.json()) as { result: Fixtures }).result;
    const token = world.users.author.token;
    const channel = world.communities.main.channels.public;
    const sockets = await Promise.all(Array.from({ length: o.connects }, () => connect(`${target.socketUrl}/socket/commu-${world.communities.main.id}`, token)));
    for (let k = 0; k < o.acked && sockets.length > 0; k++) await ack(sockets[k % sockets.length]!, { channels: [channel] });
    for (let k = 0; k < o.plain && sockets.length > 0; k++) sockets[k % sockets.length]!.emit('join', { channels: [channel] });
    for (let k = 0; k < o.http; k++) {
      const r = await fetch(`${target.apiUrl}/api/channels/${channel}/chats?limit=10`, { headers: { authorization: `Bearer ${token}` } });
      await r.arrayBuffer();
    }
    for (const s of sockets) s.close();
  };
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (next < ops.length) await one(ops[next++]!);
  }));
  return performance.now() - t0;
}
