// What the proxy's end-to-end tests share: the CLI and the servers as real processes, and a
// scripted Socket.IO client that talks to the proxy like any real client would.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { io, type Socket } from 'socket.io-client';
import type { Fixtures } from '../../src/server/index.ts';
import type { RunResult } from '../../src/runner/model.ts';
import { spawnNode } from '../processes.ts';

export const ROOT = join(import.meta.dirname, '..', '..');
export const BIN = join(ROOT, 'bin', 'commu-contract.js');

export const tmp = (name: string): string => mkdtempSync(join(tmpdir(), `commu-proxy-${name}-`));

export interface Started { child: ChildProcess; url: string }

/** The clean reference server (`serve --test-mode`), or a mutant of test/mutants/mutants.ts. */
export async function startUpstream(mutant?: string): Promise<Started> {
  const { child, ready } = mutant
    ? spawnNode(['--import', 'tsx', join(ROOT, 'test', 'mutants', 'serve.ts'), mutant], /listening on (http:\/\/\S+)\n/, ROOT)
    : spawnNode([BIN, 'serve', '--test-mode', '--port', '0'], /^socket: (http:\/\/[^/\s]+)[\s\S]*^ready$/m, ROOT);
  return { child, url: (await ready)[1]! };
}

export interface ProxyProcess extends Started {
  /** Everything printed so far. */
  stdout: () => string;
  stderr: () => string;
  /** Sends the signal and resolves with the exit code once the process ended. */
  stop: (signal?: NodeJS.Signals) => Promise<number | null>;
  reportDir: string;
}

/** `commu-contract proxy --upstream URL --port 0 ARGS` as a real process, awaited until it listens. */
export async function startProxyCli(upstream: string, args: string[] = []): Promise<ProxyProcess> {
  const reportDir = tmp('reports');
  const child = spawn(process.execPath, [BIN, 'proxy', '--upstream', upstream, '--port', '0', '--report-dir', reportDir, ...args], { cwd: ROOT, env: { ...process.env, NO_COLOR: '1' } });
  let out = '';
  let err = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /proxy listening on (http:\/\/\S+)/.exec(out);
      if (m) resolve(m[1]!);
    });
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    void exited.then((code) => reject(new Error(`the proxy exited early (${code}): ${out}${err}`)));
  });
  return {
    child, url, reportDir,
    stdout: () => out,
    stderr: () => err,
    stop: (signal = 'SIGTERM') => {
      child.kill(signal);
      return exited;
    },
  };
}

export function readReport(dir: string): RunResult {
  return JSON.parse(readFileSync(join(dir, 'conformance.json'), 'utf8')) as RunResult;
}

/** The failures of one rule's result in a proxy report. */
export function failuresOf(report: RunResult, ruleId: string) {
  const c = report.cases.find((x) => x.id === ruleId);
  if (!c) throw new Error(`no result for ${ruleId}`);
  return c;
}

/** A fresh world from the test-only fixtures endpoint, through `url`. */
export async function world(url: string): Promise<Fixtures> {
  const res = await fetch(`${url}/api/conformance/fixtures`, { method: 'POST' });
  return ((await res.json()) as { result: Fixtures }).result;
}

/** A client connected to the main community of `fixtures` as `role`, through `url`. */
export function connectAs(url: string, fixtures: Fixtures, role: keyof Fixtures['users']): Promise<Socket> {
  const socket = io(`${url}/socket/commu-${fixtures.communities.main.id}`, {
    auth: { token: `Bearer ${fixtures.users[role].token}` }, transports: ['websocket'], reconnection: false, forceNew: true,
  });
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', (err) => reject(err));
  });
}

/** Emits with a callback and resolves with the acknowledgement (the test's timeout bounds the wait). */
export function ask(socket: Socket, event: string, ...args: unknown[]): Promise<unknown> {
  return new Promise((resolve) => socket.emit(event, ...args, (reply: unknown) => resolve(reply)));
}

/** Every token of a fixtures document: none may appear in the proxy's output or reports. */
export function tokensOf(fixtures: Fixtures): string[] {
  return Object.values(fixtures.users).map((u) => u.token);
}
