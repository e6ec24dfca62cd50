// The proxy's cost, measured in one run against one reference server (`serve --test-mode`,
// its own process) with the proxy (`commu-contract proxy`, its own process) in front:
// the latency it adds to an acknowledged emit (sequential `chat` writes, direct and
// through the proxy, interleaved in blocks), and `load` 50 × 200 direct and through it
// (the CLI, alternating). The acceptance: through the proxy at least half the direct
// throughput, zero loss, and no violation reported by the proxy.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { io, type Socket } from 'socket.io-client';
import type { Fixtures } from '../../generated/events.js';
import type { LoadResult } from '../../src/load/run.ts';
import { Histogram } from '../../src/load/stats.ts';
import { BIN, fmtMs, fmtNum, median, ROOT, timeSpawn } from './measure.ts';

/**
 * The proxy's ack timeout: `load`'s own (its default --timeout). Under load an ack waits
 * behind the writes in flight (load's ack p99 is seconds on a busy machine), which is
 * queueing, not a missing ack.
 */
const LOAD_TIMEOUT_MS = 10_000;

export interface ProxyBench {
  emits: number;
  blocks: number;
  /** Per acked emit, ms: direct and through the proxy (p50, p99 of all emits of the run). */
  latency: { direct: { p50: number; p99: number }; proxied: { p50: number; p99: number } };
  clients: number;
  chats: number;
  direct: LoadResult[];
  proxied: LoadResult[];
  /** What the proxy printed when it stopped (its summary line), and its exit code. */
  proxySummary: string;
  proxyExit: number | null;
}

function started(child: ChildProcess, ready: RegExp): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = ready.exec(out);
      if (m) resolve(m[1]!);
    });
    child.once('exit', (code) => reject(new Error(`exited early (${code}): ${out}`)));
  });
}

async function world(url: string): Promise<Fixtures> {
  const res = await fetch(`${url}/api/conformance/fixtures`, { method: 'POST' });
  return ((await res.json()) as { result: Fixtures }).result;
}

function connect(url: string, fixtures: Fixtures): Promise<Socket> {
  const socket = io(`${url}/socket/commu-${fixtures.communities.main.id}`, { auth: { token: `Bearer ${fixtures.users.author.token}` }, transports: ['websocket'], reconnection: false, forceNew: true });
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', reject);
  });
}

/** `n` chats written one after another; each one's round trip in ms. */
async function acked(socket: Socket, channel: string, n: number, into: Histogram): Promise<void> {
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await new Promise((resolve) => socket.emit('chat', { chatType: 'new', channelId: channel, content: `bench ${i}` }, resolve));
    into.record(performance.now() - t0);
  }
}

async function cliLoad(url: string, clients: number, chats: number): Promise<LoadResult> {
  const report = join(mkdtempSync(join(tmpdir(), 'cc-bench-proxy-')), 'load.json');
  const t = await timeSpawn(process.execPath, [BIN, 'load', '--socket-url', url, '--api-url', url, '--clients', String(clients), '--chats', String(chats), '--report', report]);
  try {
    return JSON.parse(readFileSync(report, 'utf8')) as LoadResult;
  } catch {
    throw new Error(`load exited ${t.code} without a report: ${t.stderr || t.stdout}`);
  }
}

export async function benchProxy(reps: number, log: (s: string) => void, clients = 50, chats = 200, emits = 2000, blocks = 20): Promise<ProxyBench> {
  const server = spawn(process.execPath, [BIN, 'serve', '--test-mode', '--port', '0'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
  const upstream = await started(server, /^socket: (http:\/\/[^/\s]+)/m);
  const reportDir = mkdtempSync(join(tmpdir(), 'cc-bench-proxy-reports-'));
  const proxy = spawn(process.execPath, [BIN, 'proxy', '--upstream', upstream, '--port', '0', '--timeout', String(LOAD_TIMEOUT_MS), '--report-dir', reportDir, '--format', 'console,json'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
  let proxyOut = '';
  proxy.stdout!.on('data', (d: Buffer) => (proxyOut += d.toString()));
  const proxied = await started(proxy, /proxy listening on (http:\/\/\S+)/);
  try {
    // Latency: the same socket work direct and through the proxy, interleaved so drift hits both.
    const [wd, wp] = await Promise.all([world(upstream), world(proxied)]);
    const [sd, sp] = await Promise.all([connect(upstream, wd), connect(proxied, wp)]);
    const hd = new Histogram();
    const hp = new Histogram();
    const per = Math.ceil(emits / blocks);
    for (let b = 0; b < blocks; b++) {
      await acked(sd, wd.communities.main.channels.public, per, hd);
      await acked(sp, wp.communities.main.channels.public, per, hp);
    }
    sd.close();
    sp.close();
    const d = hd.summary();
    const p = hp.summary();
    log(`proxy: acked emit p50 ${d.p50.toFixed(2)} → ${p.p50.toFixed(2)} ms, p99 ${d.p99.toFixed(2)} → ${p.p99.toFixed(2)} ms`);
    const direct: LoadResult[] = [];
    const through: LoadResult[] = [];
    for (let r = 0; r < reps; r++) {
      direct.push(await cliLoad(upstream, clients, chats));
      through.push(await cliLoad(proxied, clients, chats));
      log(`proxy: load rep ${r + 1}/${reps}: direct ${direct.at(-1)!.throughput.deliveriesPerSec.toFixed(0)}, through the proxy ${through.at(-1)!.throughput.deliveriesPerSec.toFixed(0)} deliveries/s`);
    }
    const exited = new Promise<number | null>((resolve) => proxy.once('exit', resolve));
    proxy.kill('SIGTERM');
    const proxyExit = await exited;
    const proxySummary = proxyOut.split('\n').find((l) => l.startsWith('proxy: ')) ?? '';
    return { emits: per * blocks, blocks, latency: { direct: { p50: d.p50, p99: d.p99 }, proxied: { p50: p.p50, p99: p.p99 } }, clients, chats, direct, proxied: through, proxySummary, proxyExit };
  } finally {
    proxy.kill('SIGKILL');
    server.kill('SIGTERM');
  }
}

/** The RESULTS.md section of the proxy part. */
export function renderProxy(b: ProxyBench): string {
  const tput = (rs: LoadResult[]) => rs.map((r) => r.throughput.deliveriesPerSec);
  const share = median(tput(b.proxied)) / median(tput(b.direct));
  const lossless = (rs: LoadResult[]) => rs.every((r) => r.ok && r.counts.distinctDeliveries === r.counts.expectedDeliveries && r.counts.acked === r.counts.written);
  const verdict = share >= 0.5 && lossless(b.proxied) ? 'PASS' : 'FAIL';
  const L = [
    '## Proxy', '',
    'The reference server (`serve --test-mode`) and `commu-contract proxy` in front of it, each its',
    'own process, measured in one run (`npx tsx bench/run.ts --part proxy`). Latency: one socket',
    `writes ${b.emits} chats one after another, each awaiting its ack, direct and through the proxy`,
    `interleaved in ${b.blocks} blocks. Throughput: \`load --clients ${b.clients} --chats ${b.chats}\` (the CLI) direct and`,
    `through the proxy, alternating; the proxy's ack timeout is \`load\`'s own (\`--timeout ${LOAD_TIMEOUT_MS}\`: under`,
    'load an ack waits behind the writes in flight, which is queueing, not a missing ack).', '',
    '| | direct | through the proxy | added / share |', '|---|---|---|---|',
    `| acked emit p50 | ${b.latency.direct.p50.toFixed(2)} ms | ${b.latency.proxied.p50.toFixed(2)} ms | **+${(b.latency.proxied.p50 - b.latency.direct.p50).toFixed(2)} ms** |`,
    `| acked emit p99 | ${b.latency.direct.p99.toFixed(2)} ms | ${b.latency.proxied.p99.toFixed(2)} ms | **+${(b.latency.proxied.p99 - b.latency.direct.p99).toFixed(2)} ms** |`,
    `| \`load\` ${b.clients}×${b.chats} deliveries/s | ${fmtNum(tput(b.direct))} | ${fmtNum(tput(b.proxied))} | **${(share * 100).toFixed(0)} %** of direct |`,
    `| \`load\` chats/s | ${fmtNum(b.direct.map((r) => r.throughput.chatsPerSec))} | ${fmtNum(b.proxied.map((r) => r.throughput.chatsPerSec))} | |`,
    `| \`load\` ack p50 / p99 | ${fmtMs(b.direct.map((r) => r.ack.p50), 1)} / ${fmtMs(b.direct.map((r) => r.ack.p99), 1)} | ${fmtMs(b.proxied.map((r) => r.ack.p50), 1)} / ${fmtMs(b.proxied.map((r) => r.ack.p99), 1)} | |`,
    `| loss (owed − distinct deliveries), every run | ${b.direct.map((r) => r.counts.expectedDeliveries - r.counts.distinctDeliveries).join(', ')} | ${b.proxied.map((r) => r.counts.expectedDeliveries - r.counts.distinctDeliveries).join(', ')} | |`,
    `| verdict of \`load\` | ${b.direct.map((r) => (r.ok ? 'PASS' : 'FAIL')).join(', ')} | ${b.proxied.map((r) => (r.ok ? 'PASS' : 'FAIL')).join(', ')} | |`, '',
    `Acceptance (at least half the direct throughput, zero loss): **${verdict}**. The proxy itself, on`,
    `SIGTERM: exit ${b.proxyExit}; \`${b.proxySummary}\`.`, '',
    'Every frame crosses two more sockets and is decoded, validated and encoded once more: the',
    'server encodes a broadcast once for its room, the proxy decodes and re-encodes it once per',
    'receiving client, in one Node process, so with 50 clients the proxy\'s thread is the limit.', '',
  ];
  return L.join('\n');
}

/** `md` with its proxy section replaced by `section` (or inserted before the closing sections when it has none). */
export function withProxySection(md: string, markdown: string): string {
  const section = `${markdown.trimEnd()}\n\n`;
  const start = md.indexOf('\n## Proxy\n');
  if (start !== -1) {
    const next = md.indexOf('\n## ', start + 1);
    return `${md.slice(0, start + 1)}${section}${next === -1 ? '' : md.slice(next + 1)}`;
  }
  const before = md.indexOf('\n## Where the time could go down');
  return before === -1 ? `${md.trimEnd()}\n\n${section}` : `${md.slice(0, before + 1)}${section}${md.slice(before + 1)}`;
}
