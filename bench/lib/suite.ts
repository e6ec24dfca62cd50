// (a) The full catalogue's wall time in process (runCases against the embedded reference
// server), and its floor: the same number of connects, emits with an ack and HTTP requests
// per case, counted from a real run's transcripts, replayed with raw socket.io-client and
// node:http at the runner's concurrency against the same server.
import { io, type Socket } from 'socket.io-client';
import type { Fixtures } from '../../generated/events.js';
import { loadContract, Validators } from '../../src/contract/index.ts';
import { runCases, type EngineOptions } from '../../src/runner/engine.ts';
import { endpointProvider } from '../../src/runner/fixtures.ts';
import { flattenCases, loadSuites, SUITES_DIR } from '../../src/runner/suites.ts';
import type { CaseResult, LoadedCase } from '../../src/runner/model.ts';
import { caseScope, profileOf } from '../../src/runner/profile.ts';
import { floorPayloads, jsonText, keepItem, materialize, restRequest, targetDef, targetSchemas } from '../../src/runner/fuzz.ts';
import type { FuzzTarget } from '../../generated/suite.js';
import { interpolate } from '../../src/runner/values.ts';
import { startEmbeddedServer } from '../../src/load/embedded.ts';
import { startServer } from '../../src/server/index.ts';
import { readText } from '../../src/runner/bound.ts';
import { send } from '../../src/lib/http-client.ts';
import { expiresAt } from '../../src/runner/tokens.ts';

/** One operation of a case, as the floor replays it. */
export type Op =
  /** An emit answered by an ack: a write (`chat` new / modify / delete: stored and broadcast) or anything else (`join`, an invite, a refused payload). */
  | { kind: 'acked'; socket: number; write: boolean }
  | { kind: 'plain'; socket: number }
  | { kind: 'http'; write: boolean }
  /**
   * A fuzz step: each of the floor's payloads sent as itself, then the writer's barrier
   * write and the watchers' round trips at once (steps/fuzz.ts \`tryPayload\`).
   */
  | { kind: 'fuzz'; target: FuzzTarget; socket: number; writer: number; watch: number[]; payloads: number }
  /** A wait for the clock (D-49): until the world's token `token` has expired, plus one second, as the case waits. */
  | { kind: 'wait'; token: string; ms: number };

/** What one case does on the wire, read from its transcript, in order. */
export interface CaseOps {
  id: string;
  connects: number;
  ops: Op[];
}

const WRITES = new Set(['new', 'modify', 'delete']);

/**
 * What one case does on the wire, read from its transcript. A fuzz step keeps only a
 * failing payload's frames (a run of thousands would not fit): its closing note, with the
 * number of payloads, stands for them.
 */
export function opsOf(r: CaseResult, c: LoadedCase, needsItem: (target: FuzzTarget) => boolean): CaseOps {
  const sockets = new Map<string, number>();
  const ops: Op[] = [];
  const t = r.transcript;
  const fuzzSteps = c.steps.flatMap((st) => ('fuzz' in st ? [st.fuzz] : []));
  for (let i = 0; i < t.length; i++) {
    const f = t[i]!;
    if (f.kind === 'connect') sockets.set(f.actor, sockets.size);
    else if (f.kind === 'emit') {
      const socket = sockets.get(f.actor) ?? 0;
      const acked = t.slice(i + 1).some((g) => g.kind === 'ack' && g.actor === f.actor && g.event === f.event);
      const chatType = (f.data as { chatType?: unknown } | undefined)?.chatType;
      ops.push(acked ? { kind: 'acked', socket, write: f.event === 'chat' && WRITES.has(String(chatType)) } : { kind: 'plain', socket });
    } else if (f.kind === 'http-request') ops.push({ kind: 'http', write: !String(f.event).startsWith('GET ') });
    else if (f.kind === 'note') {
      const note = f.data as { fuzz?: unknown; floor?: unknown; payloads?: unknown } | undefined;
      const fuzz = typeof note?.floor === 'number' ? fuzzSteps.find((st) => st.target === note.fuzz) : undefined;
      if (fuzz) {
        const at = (name: string) => sockets.get(name) ?? 0;
        if (note!.payloads) throw new Error(`${r.id}: the floor replays the fuzz floor only, not an exploration (${String(note!.payloads)} payloads)`);
        // The item the payloads refer to was written first (steps/fuzz.ts `setupItem`), and
        // kept in the transcript: the fuzz op writes it itself, to refer to it.
        if (needsItem(fuzz.target)) {
          const setup = ops.findLastIndex((op) => op.kind === 'acked' && op.write && op.socket === at(fuzz.actor));
          if (setup < 0) throw new Error(`${r.id}: no write of the item before the fuzz payloads of ${fuzz.target}`);
          ops.splice(setup, 1);
        }
        ops.push({ kind: 'fuzz', target: fuzz.target, socket: at(fuzz.actor), writer: at(fuzz.writer ?? fuzz.actor), watch: (fuzz.watch ?? []).map(at), payloads: note!.floor as number });
      }
      const m = /tokens\.(\w+) has expired \((\d+) ms\)/.exec(String((f.data as { wait?: unknown } | undefined)?.wait ?? ''));
      if (m) ops.push({ kind: 'wait', token: m[1]!, ms: Number(m[2]) });
    }
  }
  return { id: r.id, connects: sockets.size, ops };
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
  /** The catalogue without its `cases` that wait for the clock, in process, and its floor. */
  clockFree: { cases: number; run: number[]; floor: number[] };
  ops: { fixtures: number; connects: number; writes: number; acked: number; plain: number; httpWrites: number; httpReads: number; waits: number; waitMs: number; fuzzPayloads?: number };
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
    // The catalogue without the cases that wait for the clock (D-49's token expiry): the
    // work alone, against a floor without those waits either.
    const clockFree = cases.filter((c) => !c.steps.some((st) => 'wait' in st));
    const once = async (graceMs: number, inWorker = false, which = cases): Promise<SuiteRun> => {
      const t0 = performance.now();
      const results = inWorker
        ? await runCases(which, threadedTarget, threadedProvider, validators, options(graceMs))
        : await runCases(which, target, provider, validators, options(graceMs));
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
    const clock = { cases: cases.length - clockFree.length, run: [] as number[], floor: [] as number[] };
    const worker: number[] = [];
    const workerNotPass: string[] = [];
    const profile = profileOf(validators.contract);
    const ops = warm.results.map((r, i) => opsOf(r, cases[i]!, (t) => targetDef(profile, t).needsItem === true));
    const clockFreeOps = ops.filter((o) => !o.ops.some((op) => op.kind === 'wait'));
    await once(RUNNER.graceMs, true);
    for (let i = 0; i < reps; i++) {
      // Interleave the measurements so drift on a shared machine hits them alike.
      runs.push(await once(RUNNER.graceMs));
      noGrace.push((await once(0)).wallMs);
      floor.push(await replay(ops, target, RUNNER.concurrency, validators));
      clock.run.push((await once(RUNNER.graceMs, false, clockFree)).wallMs);
      clock.floor.push(await replay(clockFreeOps, target, RUNNER.concurrency, validators));
      const w = await once(RUNNER.graceMs, true);
      worker.push(w.wallMs);
      for (const r of w.results) if (r.verdict !== 'pass') workerNotPass.push(`${r.id}: ${r.verdict}`);
      log(`suite: rep ${i + 1}/${reps}: ${runs.at(-1)!.wallMs.toFixed(0)} ms, grace 0 ${noGrace.at(-1)!.toFixed(0)} ms, floor ${floor.at(-1)!.toFixed(0)} ms, server in a worker ${w.wallMs.toFixed(0)} ms`);
    }
    const count = (pred: (op: Op) => boolean) => ops.reduce((s, o) => s + o.ops.filter(pred).length, 0);
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
      clockFree: clock,
      areas: [...byArea.values()].sort((a, b) => b.caseMs - a.caseMs),
      ops: {
        fixtures: ops.length,
        connects: ops.reduce((s, o) => s + o.connects, 0),
        writes: count((op) => op.kind === 'acked' && op.write),
        acked: count((op) => op.kind === 'acked' && !op.write),
        plain: count((op) => op.kind === 'plain'),
        httpWrites: count((op) => op.kind === 'http' && op.write),
        httpReads: count((op) => op.kind === 'http' && !op.write),
        waits: count((op) => op.kind === 'wait'),
        fuzzPayloads: ops.reduce((s, o) => s + o.ops.reduce((w, op) => w + (op.kind === 'fuzz' ? op.payloads : 0), 0), 0),
        waitMs: ops.reduce((s, o) => s + o.ops.reduce((w, op) => w + (op.kind === 'wait' ? op.ms : 0), 0), 0),
      },
      absentSteps,
    };
  } finally {
    await server.close();
    await threaded.close();
  }
}

/** The fuzz floor's invalid payloads of `fuzzTarget`, as the fuzz step picks them, in a world of their own. */
async function fuzzTemplates(fuzzTarget: FuzzTarget, target: { socketUrl: string; apiUrl: string }, validators: Validators): Promise<readonly unknown[]> {
  const profile = profileOf(validators.contract);
  const world = (JSON.parse(await readText(await send(`${target.apiUrl}/api/conformance/fixtures`, { method: 'POST', timeoutMs: 10_000 }))) as { result: Fixtures }).result;
  const scope = caseScope(profile, world, 'floor');
  if (targetDef(profile, fuzzTarget).needsItem) {
    const s = await connect(`${target.socketUrl}/socket/commu-${world.communities.main.id}`, world.users.author.token);
    keepItem(profile, scope, await ack(s, 'chat', { chatType: 'new', channelId: world.communities.main.channels.public, content: 'floor item' }));
    s.close();
  }
  const check = validators.check(targetSchemas(validators.contract, fuzzTarget).whole);
  return floorPayloads(validators.contract, fuzzTarget, (t) => check(materialize(t, scope)).length > 0);
}

function connect(url: string, token: string): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const s = io(url, { auth: { token: `Bearer ${token}` }, transports: ['websocket'], reconnection: false, forceNew: true });
    s.once('connect', () => resolve(s));
    s.once('connect_error', reject);
  });
}

function ack(s: Socket, event: string, payload: unknown): Promise<unknown> {
  return new Promise((resolve) => s.emit(event, payload, resolve));
}

/**
 * The floor: the same operations with raw socket.io-client and node:http (through the
 * runner's own thin client, so both sides pay the same HTTP stack), checking nothing.
 * Per case, one fixtures request, its connects at once, then its operations in the
 * transcript's order: each acknowledged write (`chat` new, modify, delete) as a `new` chat
 * in the world's public channel (stored, and broadcast to the sockets that joined it: the
 * case's own `join`s are replayed as `join`s of that channel), every other acknowledged emit as a `join`
 * (the cheapest acknowledged event), plain emits as a `join` without ack, HTTP writes as
 * `POST …/chat`, reads as `GET …/chats`, and D-49's waits for the clock as the same wait (until the world's token has expired);
 * cases `concurrency` at a time.
 */
export async function replay(cases: CaseOps[], target: { socketUrl: string; apiUrl: string }, concurrency: number, validators: Validators): Promise<number> {
  const profile = profileOf(validators.contract);
  // The fuzz floor's payloads, chosen before the clock starts (which templates are invalid
  // is the runner's work, not the wire's); in the timed part each is materialized once in
  // its world and sent, as the fuzz step does.
  const targets = [...new Set(cases.flatMap((o) => o.ops.flatMap((op) => (op.kind === 'fuzz' ? [op.target] : []))))];
  const templates = new Map(await Promise.all(targets.map(async (t) => [t, await fuzzTemplates(t, target, validators)] as const)));
  const t0 = performance.now();
  let next = 0;
  const one = async (o: CaseOps) => {
    const res = await send(`${target.apiUrl}/api/conformance/fixtures`, { method: 'POST', timeoutMs: 10_000 });
    const world = (JSON.parse(await readText(res)) as { result: Fixtures }).result;
    const token = world.users.author.token;
    const channel = world.communities.main.channels.public;
    const join = { channels: [channel] };
    const sockets = await Promise.all(Array.from({ length: o.connects }, () => connect(`${target.socketUrl}/socket/commu-${world.communities.main.id}`, token)));
    const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
    let n = 0;
    for (const op of o.ops) {
      const s = op.kind === 'acked' || op.kind === 'plain' ? sockets[op.socket % Math.max(1, sockets.length)] : undefined;
      if (op.kind === 'acked' && s) await (op.write ? ack(s, 'chat', { chatType: 'new', channelId: channel, content: `floor ${n++}` }) : ack(s, 'join', join));
      else if (op.kind === 'plain' && s) s.emit('join', join);
      else if (op.kind === 'fuzz') {
        const at = (i: number) => sockets[i % Math.max(1, sockets.length)]!;
        const def = targetDef(profile, op.target);
        const scope = caseScope(profile, world, 'floor');
        if (def.needsItem) keepItem(profile, scope, await ack(at(op.socket), 'chat', { chatType: 'new', channelId: channel, content: `floor ${n++}` }));
        const payloads = templates.get(op.target)!;
        if (payloads.length !== op.payloads) throw new Error(`${o.id}: the floor has ${payloads.length} fuzz payloads for ${op.target}, the run sent ${op.payloads}`);
        const rest = def.surface === 'rest' ? restRequest(validators.contract, def) : undefined;
        const path = rest === undefined ? '' : String(interpolate(rest.path, scope));
        for (const t of payloads) {
          if (rest) await readText(await send(`${target.apiUrl}${path}`, { method: rest.method, headers, body: jsonText(t, scope), timeoutMs: 10_000 }));
          else await ack(at(op.socket), def.name, materialize(t, scope));
          await ack(at(op.writer), 'chat', { chatType: 'new', channelId: channel, content: `floor ${n++}` });
          if (op.watch.length > 0) await Promise.all(op.watch.map((i) => ack(at(i), 'join', join)));
        }
      }
      else if (op.kind === 'http') {
        const r = op.write
          ? await send(`${target.apiUrl}/api/channels/${channel}/chat`, { method: 'POST', headers, body: JSON.stringify({ type: 'TEXT', content: `floor ${n++}` }), timeoutMs: 10_000 })
          : await send(`${target.apiUrl}/api/channels/${channel}/chats?limit=10`, { method: 'GET', headers, timeoutMs: 10_000 });
        await readText(r);
      } else if (op.kind === 'wait') {
        // Until this world's token has expired (its exp, plus the second of resolution), as
        // the runner's wait step does: how long depends on when in its second the world was made.
        const token = (world as unknown as { tokens?: Record<string, string> }).tokens?.[op.token];
        const at = token === undefined ? undefined : expiresAt(token);
        await new Promise((resolve) => setTimeout(resolve, at === undefined ? op.ms : Math.max(0, at + 1000 - Date.now())));
      }
    }
    for (const s of sockets) s.close();
  };
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (next < cases.length) await one(cases[next++]!);
  }));
  return performance.now() - t0;
}
