// The acceptance for the load mode, measured: `load` with 50 clients × 200 chats
// against the reference server (the CLI as users run it: the embedded server in a worker
// thread), the same run with server and clients sharing one thread (why the worker), and
// against mutants that drop or duplicate one broadcast in a thousand (it must fail and
// name the message).
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Fixtures } from '../../generated/events.js';
import { loadContract, Validators } from '../../src/contract/index.ts';
import { runLoad, type LoadConfig, type LoadResult } from '../../src/load/run.ts';
import { startServer } from '../../src/server/index.ts';
import { loadMutant, type LoadMutantKind } from '../../test/load/mutants.ts';
import { BIN, timeSpawn } from './measure.ts';

export interface LoadRun {
  exitMs: number;
  code: number;
  result: LoadResult;
}

export interface MutantRun {
  kind: LoadMutantKind;
  code: number;
  broken: number[];
  first: string;
  fail: string;
  namedBroken: boolean;
}

export interface LoadBench {
  clients: number;
  chats: number;
  cli: LoadRun[];
  inline: LoadResult[];
  mutants: MutantRun[];
}

async function cliLoad(args: string[]): Promise<LoadRun & { stdout: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'cc-bench-load-'));
  const report = join(dir, 'load.json');
  const t = await timeSpawn(process.execPath, [BIN, 'load', ...args, '--report', report], { cwd: dir });
  let result: LoadResult;
  try {
    result = JSON.parse(readFileSync(report, 'utf8')) as LoadResult;
  } catch {
    throw new Error(`load exited ${t.code} without a report: ${t.stderr || t.stdout}`);
  }
  return { exitMs: t.exitMs, code: t.code, result, stdout: t.stdout };
}

export async function benchLoad(reps: number, log: (s: string) => void, clients = 50, chats = 200): Promise<LoadBench> {
  const shape = ['--clients', String(clients), '--chats', String(chats)];
  const cli: LoadRun[] = [];
  const inline: LoadResult[] = [];
  for (let r = 0; r < reps; r++) {
    const run = await cliLoad(shape);
    cli.push({ exitMs: run.exitMs, code: run.code, result: run.result });
    log(`load: CLI rep ${r + 1}/${reps}: exit ${run.code}, ${run.result.throughput.deliveriesPerSec.toFixed(0)} deliveries/s`);
    inline.push(await inlineLoad(clients, chats));
    log(`load: one-thread rep ${r + 1}/${reps}: ${inline.at(-1)!.throughput.deliveriesPerSec.toFixed(0)} deliveries/s`);
  }
  const mutants: MutantRun[] = [];
  for (const kind of ['drop', 'duplicate'] as const) {
    const mutant = loadMutant(kind, 1000);
    const server = await startServer({ testMode: true, log: () => {}, instrument: (p) => mutant.instrument(p) });
    try {
      const run = await cliLoad(['--socket-url', server.socketUrl, ...shape]);
      const first = run.stdout.split('\n').find((l) => l.startsWith('first: ')) ?? '';
      const fail = run.stdout.split('\n').find((l) => l.startsWith('FAIL: ')) ?? '';
      const named = /chat (\d+)/.exec(first)?.[1];
      mutants.push({ kind, code: run.code, broken: mutant.broken, first, fail, namedBroken: named !== undefined && Number(named) === mutant.broken[0] });
      log(`load: ${kind} mutant: exit ${run.code}; ${first}`);
    } finally {
      await server.close();
    }
  }
  return { clients, chats, cli, inline, mutants };
}

/** runLoad in this thread against a server in this thread: the two share one event loop. */
async function inlineLoad(clients: number, chats: number): Promise<LoadResult> {
  const server = await startServer({ testMode: true, log: () => {} });
  try {
    const validators = new Validators(loadContract());
    const res = await fetch(`${server.apiUrl}/api/conformance/fixtures`, { method: 'POST' });
    const world = ((await res.json()) as { result: Fixtures }).result;
    const config: LoadConfig = { clients, channels: 2, chats, inFlight: 4, timeoutMs: 10_000, graceMs: 5 };
    return await runLoad(config, { socketUrl: server.socketUrl, apiUrl: server.apiUrl }, [world], validators, { note: () => {}, update: () => {} });
  } finally {
    await server.close();
  }
}
