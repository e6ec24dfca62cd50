// The load mode against Artillery's Socket.IO engine, on the same scenario and the same
// server: N clients over 2 channels (the load plan's mapping), each connecting with its
// user's token, joining its channel and writing M chats with an ack, one at a time.
// Run inside a loopback-only network namespace (Artillery 2.0.21 otherwise stalls ~12 s
// per run on its telemetry host):
//   unshare -n sh -c 'ip link set lo up; npx tsx bench/artillery.ts'
// Prints one JSON line with the measurements. Artillery comes from ARTILLERY_DIR
// (default /tmp/artillery-scratch), installed there by bench/run.ts, never in the repo.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { planLoad } from '../src/load/plan.ts';
import { startServer } from '../src/server/index.ts';

const ROOT = join(import.meta.dirname, '..');
const ARTILLERY_DIR = process.env.ARTILLERY_DIR ?? '/tmp/artillery-scratch';
const ARTILLERY = join(ARTILLERY_DIR, 'node_modules/.bin/artillery');
const args = process.argv.slice(2);
const num = (flag: string, fallback: number) => {
  const i = args.indexOf(flag);
  return i === -1 ? fallback : Number(args[i + 1]);
};
const CLIENTS = num('--clients', 50);
const CHATS = num('--chats', 200);
const REPS = num('--reps', 3);

interface Timed { wallS: number; userS: number; sysS: number; maxRssKiB: number; code: number; stdout: string; stderr: string }

/** Runs a command under /usr/bin/time: wall, CPU and peak memory of the whole process tree. */
function timed(cmd: string, argv: string[], cwd: string, env: NodeJS.ProcessEnv = process.env): Promise<Timed> {
  return new Promise((resolve) => {
    const timeFile = join(cwd, `time-${Date.now()}-${Math.random().toString(36).slice(2)}.txt`);
    execFile('/usr/bin/time', ['-f', '%e %U %S %M', '-o', timeFile, cmd, ...argv], { cwd, env, maxBuffer: 64 << 20, timeout: 600_000 }, (err, stdout, stderr) => {
      const [wall, user, sys, rss] = readFileSync(timeFile, 'utf8').trim().split('\n').pop()!.split(' ').map(Number);
      resolve({ wallS: wall!, userS: user!, sysS: sys!, maxRssKiB: rss!, code: err ? (typeof err.code === 'number' ? err.code : -1) : 0, stdout, stderr });
    });
  });
}

async function world(apiUrl: string): Promise<any> {
  const res = await fetch(`${apiUrl}/api/conformance/fixtures`, { method: 'POST' });
  return ((await res.json()) as { result: unknown }).result;
}

if (!existsSync(ARTILLERY)) {
  process.stdout.write(`${JSON.stringify({ error: `no Artillery at ${ARTILLERY}` })}\n`);
  process.exit(0);
}
const server = await startServer({ testMode: true, log: () => {} });
const dir = mkdtempSync(join(tmpdir(), 'cc-artillery-'));
// Artillery 2.0.21 sends telemetry through posthog-node even with
// ARTILLERY_DISABLE_TELEMETRY set (it only strips the properties); offline, its shutdown
// then retries for ~12 s. Stub the client: the test run itself is untouched.
writeFileSync(join(dir, 'no-telemetry.cjs'), [
  "const Module = require('module');",
  'const load = Module._load;',
  "class PostHog { capture() {} async shutdownAsync() {} async shutdown() {} }",
  "Module._load = function (request, ...rest) { return request === 'posthog-node' ? { PostHog } : load.call(this, request, ...rest); };",
  '',
].join('\n'));
// Counts what each virtual user received (Artillery does not report it by itself).
writeFileSync(join(dir, 'received.cjs'), [
  'module.exports = { received(context, events, next) {',
  "  events.emit('counter', 'socketio.received', context.__receivedMessageCount || 0);",
  '  next();',
  '} };',
  '',
].join('\n'));
const runs: Array<{ tool: string; rep: number } & Omit<Timed, 'stdout' | 'stderr'> & Record<string, unknown>> = [];
try {
  for (let rep = 0; rep < REPS; rep++) {
    // The load mode, one write in flight per client (Artillery's emits are sequential).
    const w1 = await world(server.apiUrl);
    writeFileSync(join(dir, 'world.json'), JSON.stringify(w1));
    const report = join(dir, `load-${rep}.json`);
    const l = await timed('node', [join(ROOT, 'bin/commu-contract.js'), 'load', '--socket-url', server.socketUrl, '--fixtures', join(dir, 'world.json'),
      '--clients', String(CLIENTS), '--chats', String(CHATS), '--in-flight', '1', '--report', report], dir);
    const r = JSON.parse(readFileSync(report, 'utf8'));
    runs.push({ tool: 'load', rep, wallS: l.wallS, userS: l.userS, sysS: l.sysS, maxRssKiB: l.maxRssKiB, code: l.code, durations: r.durations, writeS: r.durations.sendMs / 1000, chatsPerSec: r.throughput.chatsPerSec, ackP50: r.ack.p50, ackP99: r.ack.p99, ok: r.ok });

    // Artillery: the same users, channels and writes.
    const w2 = await world(server.apiUrl);
    const plan = planLoad({ clients: CLIENTS, channels: 2, chats: CHATS }, [w2]);
    writeFileSync(join(dir, 'users.csv'), plan.clients.map((c) => `${c.user.token},${plan.channels[c.channel]!.id}`).join('\n') + '\n');
    const nsp = `/socket/commu-${w2.communities.main.id}`;
    writeFileSync(join(dir, 'scenario.yml'), [
      'config:',
      `  target: "${server.socketUrl}"`,
      '  phases:',
      `    - { duration: 1, arrivalCount: ${CLIENTS} }`,
      '  payload:',
      '    path: users.csv',
      '    fields: [token, channelId]',
      '    order: sequence',
      '  processor: received.cjs',
      '  engines:',
      '    socketio-v3: { transports: [websocket] }',
      'scenarios:',
      '  - engine: socketio-v3',
      '    flow:',
      `      - connect: { auth: { token: "Bearer {{ token }}" }, transports: [websocket] }`,
      `        namespace: "${nsp}"`,
      `      - emit: ["join", { channels: ["{{ channelId }}"] }]`,
      `        namespace: "${nsp}"`,
      '        acknowledge: {}',
      '      - loop:',
      `          - emit: ["chat", { chatType: "new", channelId: "{{ channelId }}", content: "artillery {{ $loopCount }}" }]`,
      `            namespace: "${nsp}"`,
      '            acknowledge: {}',
      `        count: ${CHATS}`,
      '      - function: received',
      '',
    ].join('\n'));
    const a = await timed(ARTILLERY, ['run', '--quiet', '--output', join(dir, `artillery-${rep}.json`), join(dir, 'scenario.yml')], dir,
      { ...process.env, ARTILLERY_DISABLE_TELEMETRY: '1', DO_NOT_TRACK: '1', NODE_OPTIONS: `--require ${join(dir, 'no-telemetry.cjs')}` });
    let counters: Record<string, number> = {};
    try {
      counters = JSON.parse(readFileSync(join(dir, `artillery-${rep}.json`), 'utf8')).aggregate.counters;
    } catch { /* reported below */ }
    // What the server stored proves the writes happened.
    const stored = await countChats(server.apiUrl, w2);
    runs.push({ tool: 'artillery', rep, wallS: a.wallS, userS: a.userS, sysS: a.sysS, maxRssKiB: a.maxRssKiB, code: a.code, counters, stored, ...(a.code !== 0 ? { stderr: a.stderr.slice(-2000) } : {}) });
  }
} finally {
  await server.close();
}
process.stdout.write(`${JSON.stringify({ clients: CLIENTS, chats: CHATS, versions: versions(), runs })}\n`);

async function countChats(apiUrl: string, w: any): Promise<number> {
  let n = 0;
  for (const [channel, role] of [[w.communities.main.channels.public, 'author'], [w.communities.main.channels.private, 'author']] as const) {
    let before: number | undefined;
    for (;;) {
      const res = await fetch(`${apiUrl}/api/channels/${channel}/chats?limit=100${before ? `&before=${before}` : ''}`, { headers: { authorization: `Bearer ${w.users[role].token}` } });
      const page = ((await res.json()) as { result: { chats: unknown[]; hasMore: boolean; nextBefore?: number } }).result;
      n += page.chats.length;
      if (!page.hasMore) break;
      before = page.nextBefore;
    }
  }
  return n;
}

function versions(): Record<string, string> {
  const v = (p: string) => {
    try {
      return (JSON.parse(readFileSync(p, 'utf8')) as { version: string }).version;
    } catch {
      return 'unknown';
    }
  };
  return {
    artillery: v(join(ARTILLERY_DIR, 'node_modules/artillery/package.json')),
    'artillery-engine-socketio-v3': v(join(ARTILLERY_DIR, 'node_modules/artillery-engine-socketio-v3/package.json')),
  };
}
