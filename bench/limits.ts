// `npm run bench:limits`: what abuse costs the reference server (D-50, D-52), measured
// against `serve --test-mode` in its own process, the abusers in theirs:
//   - a 0.96 MB REST body of 480,000 invalid items (1 and 8 at once): time to the 400, its size;
//   - a 0.9 MB socket invite (1 and 5 at once): time to the INVALID_PAYLOAD ack;
//   - a probe's acked chat every 20 ms while another process's socket floods 100,000 chats
//     without waiting: the probe's ack latency (median, p95, max).
// Writes bench/limits.json and bench/LIMITS.md (the table, with the bounds docs/server.md states).
// Nothing here is asserted; tests never look at timings.
import { spawn, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { io, type Socket } from 'socket.io-client';
import { BIN, ROOT } from './lib/measure.ts';

interface World {
  communities: { main: { id: string; channels: { public: string } } };
  users: Record<string, { token: string }>;
}

function startServe(): Promise<{ child: ChildProcess; url: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, 'serve', '--test-mode', '--port', '0'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /(http:\/\/[\d.]+:\d+)/.exec(out);
      if (m) resolve({ child, url: m[1]! });
    });
    child.once('exit', (code) => reject(new Error(`serve exited ${code}`)));
  });
}

async function world(url: string): Promise<World> {
  const res = await fetch(`${url}/api/conformance/fixtures`, { method: 'POST' });
  return ((await res.json()) as { result: World }).result;
}

function connect(url: string, w: World, role: string): Promise<Socket> {
  const s = io(`${url}/socket/commu-${w.communities.main.id}`, { auth: { token: `Bearer ${w.users[role]!.token}` }, transports: ['websocket'], reconnection: false, forceNew: true });
  return new Promise((resolve, reject) => { s.once('connect', () => resolve(s)); s.once('connect_error', reject); });
}

const quantile = (xs: number[], q: number) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? NaN; };
const ms = (x: number) => `${x.toFixed(1)} ms`;

async function restBody(url: string, w: World, parallel: number): Promise<{ ms: number; bytes: number; status: number }> {
  const raw = `{"communityId":"${w.communities.main.id}","users":[${Array.from({ length: 480_000 }, () => '1').join(',')}]}`;
  const t0 = performance.now();
  const out = await Promise.all(Array.from({ length: parallel }, async () => {
    const res = await fetch(`${url}/api/channels/${w.communities.main.channels.public}/users`, {
      method: 'POST', headers: { authorization: `Bearer ${w.users.stranger!.token}`, 'content-type': 'application/json' }, body: raw,
    });
    return { status: res.status, bytes: (await res.text()).length };
  }));
  return { ms: performance.now() - t0, bytes: out[0]!.bytes, status: out[0]!.status };
}

async function socketInvite(url: string, w: World, parallel: number): Promise<{ ms: number; reason: unknown }> {
  const users = Array.from({ length: 37_000 }, (_, i) => i.toString(16).padStart(24, '0'));
  const sockets = await Promise.all(Array.from({ length: parallel }, () => connect(url, w, 'author')));
  const t0 = performance.now();
  const acks = await Promise.all(sockets.map((s) => s.timeout(60_000).emitWithAck('invite-users-to-channel', { communityId: w.communities.main.id, channelId: w.communities.main.channels.public, users }) as Promise<{ reason?: string }>));
  const took = performance.now() - t0;
  for (const s of sockets) s.close();
  return { ms: took, reason: acks[0]?.reason };
}

/** The flooder: its own process, one socket, `count` chats emitted without waiting; prints `done N refused R` once every ack is in. */
const FLOODER = `
const { io } = require('socket.io-client');
const [url, ns, token, channelId, count] = process.argv.slice(1);
const s = io(url + ns, { auth: { token }, transports: ['websocket'], reconnection: false });
s.on('connect', () => {
  let acked = 0, refused = 0;
  console.log('flooding');
  for (let i = 0; i < Number(count); i++) s.emit('chat', { chatType: 'new', channelId, content: 'flood ' + i }, (a) => {
    if (!a.written) refused++;
    if (++acked === Number(count)) { console.log('done ' + acked + ' refused ' + refused); process.exit(0); }
  });
});
`;

async function flood(url: string, w: World, count: number): Promise<{ probes: number[]; floodMs: number; refused: number }> {
  const probe = await connect(url, w, 'member');
  const ns = `/socket/commu-${w.communities.main.id}`;
  const child = spawn(process.execPath, ['-e', FLOODER, url, ns, `Bearer ${w.users.author!.token}`, w.communities.main.channels.public, String(count)], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  const t0 = performance.now();
  const started = new Promise<void>((resolve) => child.stdout!.on('data', (d: Buffer) => { out += d.toString(); if (out.includes('flooding')) resolve(); }));
  const finished = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  await started;
  const probes: number[] = [];
  let over = false;
  void finished.then(() => (over = true));
  while (!over) {
    const p0 = performance.now();
    await probe.timeout(60_000).emitWithAck('chat', { chatType: 'new', channelId: w.communities.main.channels.public, content: 'probe' });
    probes.push(performance.now() - p0);
    await new Promise((r) => setTimeout(r, 20));
  }
  probe.close();
  const refused = Number(/refused (\d+)/.exec(out)?.[1] ?? NaN);
  return { probes, floodMs: performance.now() - t0, refused };
}

const { child, url } = await startServe();
try {
  const w = await world(url);
  // The first of each compiles its validator (once per process): warm up, then the median of 5.
  await restBody(url, w, 1);
  await socketInvite(url, w, 1);
  const med = async <T extends { ms: number }>(f: () => Promise<T>): Promise<T> => {
    const runs: T[] = [];
    for (let i = 0; i < 5; i++) runs.push(await f());
    return runs.sort((a, b) => a.ms - b.ms)[2]!;
  };
  const rest1 = await med(() => restBody(url, w, 1));
  const rest8 = await restBody(url, w, 8);
  const inv1 = await med(() => socketInvite(url, w, 1));
  const inv5 = await socketInvite(url, w, 5);
  const f = await flood(url, w, 100_000);
  const results = {
    date: new Date().toISOString(),
    rest: { one: rest1, eight: rest8 },
    invite: { one: inv1, five: inv5 },
    flood: { chats: 100_000, floodMs: f.floodMs, refused: f.refused, probes: f.probes.length, median: quantile(f.probes, 0.5), p95: quantile(f.probes, 0.95), max: Math.max(...f.probes) },
  };
  writeFileSync(join(ROOT, 'bench', 'limits.json'), `${JSON.stringify(results, null, 2)}\n`);
  const table = [
    '| abuse | measured |',
    '|---|---|',
    `| 0.96 MB REST body of 480,000 invalid items (median of 5) | ${rest1.status} in ${ms(rest1.ms)}, ${rest1.bytes} bytes |`,
    `| 8 of them at once | all answered in ${ms(rest8.ms)} |`,
    `| 0.9 MB socket invite (median of 5) | ${String(inv1.reason)} in ${ms(inv1.ms)} |`,
    `| 5 of them at once | all acked in ${ms(inv5.ms)} |`,
    `| probe's chat ack while one socket floods 100,000 chats (${f.probes.length} probes over ${ms(f.floodMs)}; ${f.refused} flood chats refused UNAVAILABLE) | median ${ms(results.flood.median)}, p95 ${ms(results.flood.p95)}, max ${ms(results.flood.max)} |`,
    '',
  ].join('\n');
  const cpu = cpus();
  writeFileSync(join(ROOT, 'bench', 'LIMITS.md'), [
    '# What abuse costs the reference server', '',
    `Measured by \`npm run bench:limits\` (bench/limits.ts) on ${results.date.slice(0, 10)}: ${cpu[0]?.model ?? 'a CPU'}, ${cpu.length} cores`,
    `(shared with other work: load average ${loadavg().map((x) => x.toFixed(1)).join(', ')}), Node ${process.version}. \`serve --test-mode\` runs`,
    'in its own process, the flooder in another; times are from the client\'s request to the answer.', '',
    table,
    'Bounds docs/server.md states for this machine (D-50, D-52): any invalid payload up to the 1 MB limit',
    'answered within 1 s with a response under 8 KB (one at a time, even with the machine loaded); a probe\'s ack',
    'within 500 ms while one socket floods. Tests never look at these numbers; they count and order instead (test/server/limits.test.ts).', '',
  ].join('\n'));
  process.stdout.write(table);
} finally {
  child.kill('SIGTERM');
}
