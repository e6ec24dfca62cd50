// `npm run bench`: measures everything in one run on this machine and writes
// bench/RESULTS.md (and bench/results.json with the raw numbers).
//
//   npm run bench                    # all of it (installs Artillery in a scratch dir if missing)
//   npm run bench -- --reps 3        # fewer repetitions
//   npm run bench -- --no-artillery  # skip the Artillery comparison
//   npm run bench -- --render        # rewrite RESULTS.md from results.json, measuring nothing
//   npm run bench -- --part proxy    # only the proxy's cost: its RESULTS.md section and bench/results-proxy.json
//
// The machine may be shared: compare ratios measured within one run, not absolute times
// across runs. Nothing here is asserted; tests never look at timings.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, release, tmpdir, totalmem, type as osType } from 'node:os';
import { join } from 'node:path';
import { benchFanout, type FanoutBench } from './lib/fanout.ts';
import { benchLoad, type LoadBench } from './lib/loadruns.ts';
import { benchProxy, renderProxy, withProxySection } from './lib/proxy.ts';
import { BIN, fmtMs, fmtNum, median, note, repeat, ROOT, timeSpawn } from './lib/measure.ts';
import { benchStartup } from './lib/startup.ts';
import { benchSuite, RUNNER, type SuiteBench } from './lib/suite.ts';
import { benchValidation, type ValidationBench } from './lib/validation.ts';

const argv = process.argv.slice(2);
const flag = (name: string) => argv.includes(name);
const value = (name: string, fallback: number) => {
  const i = argv.indexOf(name);
  return i === -1 ? fallback : Number(argv[i + 1]);
};
const REPS = value('--reps', flag('--quick') ? 2 : 5);
const LOAD_REPS = Math.min(REPS, 3);
const ARTILLERY_DIR = process.env.ARTILLERY_DIR ?? join(tmpdir(), 'artillery-scratch');
const ARTILLERY_VERSIONS = ['artillery@2.0.21', 'artillery-engine-socketio-v3@1.2.0'];
const INSTALL_CMD = `mkdir -p ${ARTILLERY_DIR} && cd ${ARTILLERY_DIR} && npm init -y && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm install --no-audit --no-fund ${ARTILLERY_VERSIONS.join(' ')}`;
const ARTILLERY_CMD = `unshare -n sh -c 'ip link set lo up && ARTILLERY_DIR=${ARTILLERY_DIR} node --import tsx bench/artillery.ts --reps ${LOAD_REPS}'`;

function version(pkg: string): string {
  try {
    return (JSON.parse(readFileSync(join(ROOT, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

function machine() {
  const cpu = cpus();
  let commit = 'unknown';
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT }).toString().trim();
  } catch { /* not a checkout */ }
  return {
    cpu: cpu[0]?.model ?? 'unknown',
    cores: cpu.length,
    memoryGiB: totalmem() / 2 ** 30,
    os: `${osType()} ${release()}`,
    node: process.version,
    versions: Object.fromEntries(['socket.io', 'socket.io-client', 'ajv', 'tsx', 'yaml', 'better-sqlite3', 'esbuild'].map((p) => [p, version(p)])),
    commit,
    loadavg: loadavg(),
    date: new Date().toISOString(),
  };
}

// ---------------------------------------------------------------------------------------
// The CLI end to end, and the in-process phases of its start-up.

interface CliRun { exitMs: number; firstLineMs: number; runMs: number; summary: string }

async function benchCli(reps: number): Promise<CliRun[]> {
  return repeat(reps, async () => {
    const t = await timeSpawn(process.execPath, [BIN, 'run', '--format', 'console', '--no-color'], { env: { ...process.env, NO_COLOR: '1' } });
    const summary = t.stdout.split('\n').find((l) => /^(CONFORMS|DOES NOT CONFORM|INCOMPLETE)/.test(l)) ?? t.stdout.split('\n').filter(Boolean).at(-3) ?? '';
    const m = /in ([\d.]+) s/.exec(summary);
    return { exitMs: t.exitMs, firstLineMs: t.firstLineMs, runMs: m ? Number(m[1]) * 1000 : NaN, summary };
  });
}

async function benchPhases(reps: number): Promise<Record<string, number[]>> {
  const marks: Record<string, number[]> = {};
  for (let i = 0; i < reps; i++) {
    const t = await timeSpawn(process.execPath, [join(ROOT, 'bench/lib/phases.mjs')]);
    for (const [k, v] of Object.entries(JSON.parse(t.stdout.trim().split('\n').pop()!) as Record<string, number>)) (marks[k] ??= []).push(v);
  }
  return marks;
}

// ---------------------------------------------------------------------------------------
// Artillery, installed in a scratch directory, run in a loopback-only network namespace.

interface ArtilleryOutcome {
  ok: boolean;
  why?: string;
  data?: {
    clients: number;
    chats: number;
    versions: Record<string, string>;
    runs: Array<{ tool: 'load' | 'artillery'; wallS: number; userS: number; sysS: number; maxRssKiB: number; code: number; [k: string]: unknown }>;
  };
}

function sh(cmd: string, args: string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<{ code: number; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: opts.cwd ?? ROOT, env: opts.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.on('error', (err) => resolve({ code: -1, out: out + String(err) }));
    child.on('close', (code) => resolve({ code: code ?? -1, out }));
  });
}

async function benchArtillery(): Promise<ArtilleryOutcome> {
  if (flag('--no-artillery')) return { ok: false, why: 'skipped (--no-artillery)' };
  const bin = join(ARTILLERY_DIR, 'node_modules/.bin/artillery');
  if (!existsSync(bin)) {
    note(`artillery: installing ${ARTILLERY_VERSIONS.join(' ')} into ${ARTILLERY_DIR} (scratch, not the repo; ~1 min, ~600 MB)`);
    mkdirSync(ARTILLERY_DIR, { recursive: true });
    if (!existsSync(join(ARTILLERY_DIR, 'package.json'))) writeFileSync(join(ARTILLERY_DIR, 'package.json'), '{ "name": "artillery-scratch", "private": true }\n');
    const r = await sh('npm', ['install', '--no-audit', '--no-fund', ...ARTILLERY_VERSIONS], { cwd: ARTILLERY_DIR, env: { ...process.env, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' } });
    if (r.code !== 0 || !existsSync(bin)) return { ok: false, why: `the install failed (exit ${r.code}): ${r.out.trim().split('\n').slice(-3).join(' / ')}` };
  }
  note('artillery: running the comparison inside `unshare -n`');
  const inner = `ip link set lo up && exec "${process.execPath}" --import tsx bench/artillery.ts --reps ${LOAD_REPS}`;
  let r = await sh('unshare', ['-n', 'sh', '-c', inner], { env: { ...process.env, ARTILLERY_DIR } });
  if (r.code !== 0 && /Operation not permitted|unshare failed/.test(r.out)) {
    r = await sh('unshare', ['-rn', 'sh', '-c', inner], { env: { ...process.env, ARTILLERY_DIR } });
  }
  const line = r.out.trim().split('\n').reverse().find((l) => l.startsWith('{'));
  if (r.code !== 0 || !line) return { ok: false, why: `the run failed (exit ${r.code}): ${r.out.trim().split('\n').slice(-3).join(' / ')}` };
  const data = JSON.parse(line) as ArtilleryOutcome['data'] & { error?: string };
  if (data.error) return { ok: false, why: data.error };
  return { ok: true, data };
}

// ---------------------------------------------------------------------------------------

function ratio(a: readonly number[], b: readonly number[]): string {
  const r = median(a) / median(b);
  return Number.isFinite(r) ? `${r.toFixed(2)}×` : 'n/a';
}

const n0 = (x: number) => Math.round(x).toLocaleString('en-US');

function render(m: ReturnType<typeof machine>, suite: SuiteBench, cli: CliRun[], startup: Awaited<ReturnType<typeof benchStartup>>, phases: Record<string, number[]>,
  validation: ValidationBench, fanout: FanoutBench, load: LoadBench, art: ArtilleryOutcome, endLoad: number[]): string {
  const wall = suite.runs.map((r) => r.wallMs);
  const cliExit = cli.map((c) => c.exitMs);
  const cliRun = cli.map((c) => c.runMs);
  const verdicts = suite.runs[0]?.verdicts ?? {};
  const loadRes = load.cli.map((r) => r.result);
  const artRuns = art.data?.runs ?? [];
  const artWall = artRuns.filter((r) => r.tool === 'artillery').map((r) => r.wallS * 1000);
  const loadWall = artRuns.filter((r) => r.tool === 'load').map((r) => r.wallS * 1000);
  const cpuOf = (tool: string) => artRuns.filter((r) => r.tool === tool).map((r) => (r.userS + r.sysS) * 1000);
  const rssOf = (tool: string) => artRuns.filter((r) => r.tool === tool).map((r) => r.maxRssKiB / 1024);
  const fan = (rows: FanoutBench['rows'][number]) => ({
    ref: rows.reference.map((x) => x.deliveriesPerSec), bare: rows.bare.map((x) => x.deliveriesPerSec),
    refUs: rows.reference.map((x) => x.serverUsPerChat), bareUs: rows.bare.map((x) => x.serverUsPerChat),
  });
  const L: string[] = [];
  const p = (...lines: string[]) => L.push(...lines);

  p('# Benchmark results', '',
    `Measured by \`npm run bench\` (bench/run.ts) on ${m.date.slice(0, 10)}, commit ${m.commit}. Every figure is the`,
    'median of the repetitions, with the range (min–max) and the count; the machine is shared',
    'with other work, so **compare the ratios measured within this run**, not absolute times',
    'across runs. Raw numbers: bench/results.json.', '',
    '## Machine', '',
    '| | |', '|---|---|',
    `| CPU | ${m.cpu}, ${m.cores} cores |`,
    `| memory | ${m.memoryGiB.toFixed(1)} GiB |`,
    `| OS | ${m.os} |`,
    `| Node | ${m.node} |`,
    `| packages | ${Object.entries(m.versions).map(([k, v]) => `${k} ${v}`).join(', ')} |`,
    `| load average at start / end | ${m.loadavg.map((x) => x.toFixed(2)).join(' ')} / ${endLoad.map((x) => x.toFixed(2)).join(' ')} |`,
    `| repetitions | ${REPS} (load mode and Artillery: ${LOAD_REPS}) |`, '');

  p('## Summary', '',
    '| what | measured | ratio |', '|---|---|---|',
    `| (a) full catalogue, in process (\`runCases\`, ${suite.cases} cases, concurrency ${RUNNER.concurrency}) | ${fmtMs(wall)} | **${ratio(wall, suite.floor)} the floor** |`,
    `| (a) floor: the same connects, writes, other acked emits, fuzz payloads, HTTP requests and clock waits with raw socket.io-client + node:http | ${fmtMs(suite.floor)} | 1× |`,
    `| (a) full catalogue, CLI end to end (\`node bin/commu-contract.js run\`, compiled dist/, spawn → exit) | ${fmtMs(cliExit)} | **${ratio(cliExit, suite.floor)} the floor** |`,
    `| (a) the same without the ${suite.clockFree.cases} cases that wait for the clock (D-49), in process, against its floor without those waits | ${fmtMs(suite.clockFree.run)} vs ${fmtMs(suite.clockFree.floor)} | **${ratio(suite.clockFree.run, suite.clockFree.floor)}** |`,
    `| (b) CLI start-up before the first case (spawn → first case line, minus that case's own time) | ${fmtMs(startup.firstCase.startup)} | **${ratio(startup.firstCase.startup, startup.firstCase.floor)} of node importing socket.io and socket.io-client** (${fmtMs(startup.firstCase.floor)}) |`,
    `| (c) validation of a \`new-chat\` payload (compiled ajv) | ${fmtNum(validation.rows[0]!.perSec, '/s')} valid, ${fmtNum(validation.rows[1]!.perSec, '/s')} invalid | ≈ ${(1e6 / median(validation.rows[0]!.perSec)).toFixed(2)} µs per message |`,
    ...fanout.rows.map((row) => {
      const f = fan(row);
      return `| (d) fan-out to ${row.receivers} receivers: reference server vs bare socket.io (deliveries/s) | ${fmtNum(f.ref, '/s')} vs ${fmtNum(f.bare, '/s')} | **${ratio(f.ref, f.bare)}** of bare |`;
    }),
    `| load mode, ${load.clients} clients × ${load.chats} chats vs the reference server | ${loadRes.every((r) => r.ok) ? 'PASS, zero loss' : 'FAILED'}: ${fmtNum(loadRes.map((r) => r.throughput.chatsPerSec), ' chats/s')}, ${fmtNum(loadRes.map((r) => r.throughput.deliveriesPerSec), ' deliveries/s')} | |`,
    ...load.mutants.map((mu) => `| load mode vs a mutant that ${mu.kind === 'drop' ? 'drops' : 'duplicates'} one broadcast in 1000 | exit ${mu.code}; names chat ${mu.broken[0]} ${mu.namedBroken ? '(the first one broken)' : '(NOT the first one broken)'} | |`),
    art.ok
      ? `| load mode vs Artillery's Socket.IO engine, same scenario (wall, spawn → exit) | ${fmtMs(loadWall)} vs ${fmtMs(artWall)} | **Artillery takes ${ratio(artWall, loadWall)} the time** (CPU ${ratio(cpuOf('artillery'), cpuOf('load'))}, peak RSS ${ratio(rssOf('artillery'), rssOf('load'))}) |`
      : `| load mode vs Artillery | not measured: ${art.why} | reproduce: \`${INSTALL_CMD}\` then \`${ARTILLERY_CMD}\` |`,
    '');

  const target = (what: string, a: readonly number[], b: readonly number[], bar: number) => {
    const r = median(a) / median(b);
    return `| ${what} | ${r.toFixed(2)}× | ≤ ${bar}× | ${r <= bar ? 'met' : '**not met**'} |`;
  };
  p('### Issue 16\'s targets, in this run', '',
    '| ratio | measured | target | |', '|---|---|---|---|',
    target('start-up before the first case / node importing socket.io and socket.io-client', startup.firstCase.startup, startup.firstCase.floor, 1.5),
    target('the catalogue, CLI end to end / its floor', cliExit, suite.floor, 2),
    target('the catalogue, in process / its floor', wall, suite.floor, 1.5),
    target(`the catalogue without the ${suite.clockFree.cases} clock cases, in process / its floor (the work alone)`, suite.clockFree.run, suite.clockFree.floor, 1.5), '',
    `The whole catalogue is bound by its ${suite.clockFree.cases} clock cases (D-49: a token must expire, 3 to 4 s`,
    'whatever the runner does, the other cases run meanwhile), so its two ratios say little about',
    'the runner: the last row, the catalogue without them against its floor without the waits,',
    'is the runner\'s own cost. The start-up ratio moves by ±0.1 between runs on a shared machine.', '');

  const ops = suite.ops;
  p('## (a) The full catalogue and its floor', '',
    `The catalogue (${suite.cases} cases; verdicts ${Object.entries(verdicts).map(([k, v]) => `${v} ${k}`).join(', ')}) runs in process with \`runCases\` against the`,
    `embedded reference server, ${RUNNER.concurrency} cases at a time, a fresh world per case (the CLI's defaults). Its`,
    'transcripts give what each case does on the wire; the floor replays those operations in',
    'their order with raw socket.io-client and node:http, checking nothing, against the same server,',
    'at the same concurrency: per case one fixtures request, its connects at once (websocket),',
    'then each acknowledged write as a new chat in the public channel (stored, and broadcast to',
    'the sockets that joined it), every other acknowledged emit as a `join`, HTTP writes and',
    'reads as a chat created and a page listed, and D-49\'s waits for a token to expire as the',
    'same wait (bench/lib/suite.ts `replay`). The fuzz area keeps only a failing payload\'s frames',
    '(a run of thousands would not fit), so its payloads are replayed from the fuzz floor itself:',
    'each payload sent as it is (the same bytes, to the same event or REST operation), then the',
    'writer\'s barrier write and the watchers\' round trips, as the fuzz step sends them.', '',
    '| operations in one catalogue run | count |', '|---|---|',
    `| fixtures requests (one per case) | ${n0(ops.fixtures)} |`,
    `| socket connects | ${n0(ops.connects)} |`,
    `| acknowledged writes (\`chat\` new, modify, delete), replayed as new chats | ${n0(ops.writes)} |`,
    `| other emits answered by an ack, replayed as \`join\` | ${n0(ops.acked)} |`,
    `| emits without an ack | ${n0(ops.plain)} |`,
    `| HTTP writes, replayed as \`POST …/chat\` | ${n0(ops.httpWrites)} |`,
    `| HTTP reads, replayed as \`GET …/chats\` | ${n0(ops.httpReads)} |`,
    ...(ops.fuzzPayloads !== undefined ? [`| fuzz floor payloads, each sent as itself and followed by a barrier write (and the watchers' round trips) | ${n0(ops.fuzzPayloads)} |`] : []),
    `| waits for the clock (D-49's token expiry), replayed as the same wait (until the floor's own world's token has expired, plus a second) | ${ops.waits} (${n0(ops.waitMs)} ms in all) |`, '',
    '| run | wall time |', '|---|---|',
    `| catalogue, in process, first run in the process (JIT cold) | ${suite.firstMs.toFixed(0)} ms (n=1) |`,
    `| catalogue, in process (grace ${RUNNER.graceMs} ms, the default) | ${fmtMs(wall)} |`,
    `| catalogue, in process, \`--grace 0\` | ${fmtMs(suite.noGrace)} |`,
    `| catalogue, in process, the server in a worker thread (as \`load\` runs it) | ${fmtMs(suite.worker)}; cases not passing: ${suite.workerNotPass.length === 0 ? 'none' : suite.workerNotPass.join(', ')} |`,
    `| floor (raw replay) | ${fmtMs(suite.floor)} |`,
    `| CLI end to end (spawn → exit; includes start-up, reports to the console only) | ${fmtMs(cliExit)} |`,
    `| CLI's own "in N s" (runCases inside the CLI) | ${fmtMs(cliRun)} |`, '',
    `Ratio to the floor: in process **${ratio(wall, suite.floor)}**, CLI end to end **${ratio(cliExit, suite.floor)}**.`,
    `The fixed post-barrier grace (${RUNNER.graceMs} ms, \`steps.ts\`) is the only sleep on the runner's path: ${suite.absentSteps} absence`,
    `steps in the catalogue; removing it changes the wall time by ${(median(wall) - median(suite.noGrace)).toFixed(0)} ms (median difference).`, '',
    `Where the case time goes (sum of case durations per area in the last in-process run; ${RUNNER.concurrency} run at once):`, '',
    '| area | cases | case time | per case |', '|---|---|---|---|',
    ...suite.areas.map((a) => `| ${a.area} | ${a.cases} | ${n0(a.caseMs)} ms | ${(a.caseMs / a.cases).toFixed(1)} ms |`), '');

  const requireFloor = startup.rows.find((r) => r.what.startsWith('node + require'));
  p('## (b) CLI cold start', '',
    'Each row spawns a fresh process of the compiled CLI (dist/) and times it to exit; the',
    'first case: to its first line on stdout, and "start-up" subtracts that case\'s own duration',
    'printed on the line. The floor and the first case are measured in turn.', '',
    '| process | wall time |', '|---|---|',
    ...startup.rows.map((r) => `| ${r.what}${r.note ? ` — ${r.note}` : ''} | ${fmtMs(r.ms)} |`),
    `| \`commu-contract run\` → first case line (${startup.firstCase.line.replace(/\s+/g, ' ').replace(/\|/g, '\\|')}) | ${fmtMs(startup.firstCase.ms)} |`,
    `| … start-up alone | ${fmtMs(startup.firstCase.startup)} |`,
    `| … the floor, measured in turn with it | ${fmtMs(startup.firstCase.floor)} |`, '',
    `Start-up / floor: **${ratio(startup.firstCase.startup, startup.firstCase.floor)}**.`, '',
    'The kit loads socket.io-client by `require`, its CommonJS build (D-87): Node resolves an',
    '`import` of the package to its ESM build, whose graph of modules takes about twice as long',
    'to load. The floor stays the issue\'s (both packages imported); the `require` row above is',
    'the same two packages loaded the way the kit loads them.',
    ...(requireFloor ? [`Against it (a row measured apart, not in turn), start-up is ${ratio(startup.firstCase.startup, requireFloor.ms)}.`] : []), '',
    'Where the start-up goes, step by step in a fresh process (`node bench/lib/phases.mjs`, the',
    'compiled modules, in the order `run` takes them):', '',
    '| step | wall time |', '|---|---|',
    ...Object.entries(phases).map(([k, v]) => `| ${k} | ${fmtMs(v)} |`), '');

  p('## (c) Validation throughput', '',
    `Validators compiled from the contract, as the runner and the load mode use them (first compile of the Chat schema in a warm process: ${validation.firstCompileMs.toFixed(1)} ms).`, '',
    '| payload | validations/s | per message |', '|---|---|---|',
    ...validation.rows.map((r) => `| ${r.what} | ${fmtNum(r.perSec, '/s')} | ${(1e6 / median(r.perSec)).toFixed(2)} µs |`), '');

  p('## (d) Fan-out: the reference server against bare socket.io', '',
    `One sender writes M chats (${fanout.inFlight} in flight), N receivers in the channel's room receive each one.`,
    'Each server runs in a worker thread, the clients in the main thread, with the same client',
    'code. The bare server does only `socket.to(room).emit(...)` and the ack; the reference server',
    'also validates the payload, checks the rules, writes to SQLite and builds the Chat. Server',
    'µs/chat is the server thread\'s busy time (event-loop utilization) per chat written.', '',
    '| N receivers × M chats | reference deliveries/s | bare deliveries/s | ratio | reference server µs/chat | bare server µs/chat |', '|---|---|---|---|---|---|',
    ...fanout.rows.map((row) => {
      const f = fan(row);
      return `| ${row.receivers} × ${row.chats} | ${fmtNum(f.ref)} | ${fmtNum(f.bare)} | ${ratio(f.ref, f.bare)} | ${fmtNum(f.refUs, '', 1)} | ${fmtNum(f.bareUs, '', 1)} |`;
    }), '',
    'With many receivers the client side (decoding every delivery in one thread) is the limit',
    'for both servers, so the deliveries/s ratio tends to 1 while the server-side cost per chat',
    'still shows what the reference server adds.', '');

  const c0 = loadRes[0];
  p('## Load mode', '',
    `\`npx commu-contract load --clients ${load.clients} --chats ${load.chats}\` (the defaults), against the embedded`,
    `reference server (a worker thread), ${LOAD_REPS} runs:`, '',
    '| | median (range) |', '|---|---|',
    `| verdict | ${loadRes.map((r) => (r.ok ? 'PASS' : 'FAIL')).join(', ')}; exit codes ${load.cli.map((r) => r.code).join(', ')} |`,
    ...(c0 ? [
      `| chats written and acknowledged | ${n0(c0.counts.acked)} of ${n0(c0.counts.written)} (+${c0.counts.barrier} barrier) |`,
      `| deliveries (distinct of owed) | ${n0(c0.counts.distinctDeliveries)} of ${n0(c0.counts.expectedDeliveries)}, ${n0(c0.counts.deliveries)} received |`,
      `| listed by REST afterwards | ${n0(c0.counts.listed)} (${c0.counts.pages} pages) |`,
    ] : []),
    `| throughput | ${fmtNum(loadRes.map((r) => r.throughput.chatsPerSec), ' chats/s')}, ${fmtNum(loadRes.map((r) => r.throughput.deliveriesPerSec), ' deliveries/s')} |`,
    `| ack latency p50 / p99 / max | ${fmtMs(loadRes.map((r) => r.ack.p50), 1)} / ${fmtMs(loadRes.map((r) => r.ack.p99), 1)} / ${fmtMs(loadRes.map((r) => r.ack.max), 1)} |`,
    `| delivery latency p50 / p99 / max | ${fmtMs(loadRes.map((r) => r.delivery.p50), 1)} / ${fmtMs(loadRes.map((r) => r.delivery.p99), 1)} / ${fmtMs(loadRes.map((r) => r.delivery.max), 1)} |`,
    `| whole command (spawn → exit) | ${fmtMs(load.cli.map((r) => r.exitMs))} |`,
    `| same run, server and clients sharing one thread (in the benchmark process) | ${fmtNum(load.inline.map((r) => r.throughput.deliveriesPerSec), ' deliveries/s')}; the worker thread gives ${ratio(loadRes.map((r) => r.throughput.deliveriesPerSec), load.inline.map((r) => r.throughput.deliveriesPerSec))} that |`, '',
    'The latencies at the default window (4 writes in flight per client, 200 in all) are mostly',
    'queueing: throughput × latency ≈ writes in flight (Little\'s law). Use `--rate` to measure',
    'latency at a given load, `--in-flight 1` for the unloaded round trip.', '',
    'Against mutant servers (the same shape, the mutant in the benchmark process, the CLI with',
    '`--socket-url`):', '',
    '| mutant | exit | broken chats | FAIL line | first offending message |', '|---|---|---|---|---|',
    ...load.mutants.map((mu) => `| ${mu.kind} one broadcast in 1000 | ${mu.code} | ${mu.broken.length} (first: ${mu.broken[0]}) | ${mu.fail.replace(/\|/g, '\\|')} | ${mu.first.replace(/\|/g, '\\|')} |`), '');

  p('## Load mode vs Artillery', '');
  if (art.ok && art.data) {
    const d = art.data;
    const a = artRuns.filter((r) => r.tool === 'artillery');
    const l = artRuns.filter((r) => r.tool === 'load');
    const received = a.map((r) => Number((r.counters as Record<string, number> | undefined)?.['socketio.received'] ?? NaN));
    p(`Same scenario, same server (the reference server, in the driver's process): ${d.clients} clients over the`,
      `2 channels of one world (the load plan's users), each connects, joins, writes ${d.chats} chats with an`,
      'ack, one at a time (Artillery\'s emits are sequential, so the load mode runs with',
      `\`--in-flight 1\`). Artillery ${d.versions.artillery} with artillery-engine-socketio-v3 ${d.versions['artillery-engine-socketio-v3']},`,
      'installed in a scratch directory, run inside `unshare -n` (loopback only) with its telemetry',
      'client stubbed (`posthog-node`, which otherwise retries for ~12 s at exit even with',
      'ARTILLERY_DISABLE_TELEMETRY set). Times are whole processes (spawn → exit, /usr/bin/time).', '',
      '| | load mode | Artillery | ratio (Artillery / load) |', '|---|---|---|---|',
      `| wall time | ${fmtMs(loadWall)} | ${fmtMs(artWall)} | **${ratio(artWall, loadWall)}** |`,
      `| CPU (user + sys) | ${fmtMs(cpuOf('load'))} | ${fmtMs(cpuOf('artillery'))} | ${ratio(cpuOf('artillery'), cpuOf('load'))} |`,
      `| peak RSS | ${fmtNum(rssOf('load'), ' MiB')} | ${fmtNum(rssOf('artillery'), ' MiB')} | ${ratio(rssOf('artillery'), rssOf('load'))} |`,
      `| chats written (stored by the server) | ${l.every((r) => r.ok) ? `all ${n0(d.clients * d.chats)}, every run PASS` : `FAILED in ${l.filter((r) => !r.ok).length} runs`} | ${a.map((r) => n0(Number(r.stored))).join(', ')} | |`,
      `| broadcasts received by the clients | every one owed, counted and checked | ${received.map(n0).join(', ')} (counted, not checked) | |`,
      `| what it checks | every frame against the contract; each chat to every other socket exactly once, in order; REST listing | nothing about deliveries | |`, '',
      'Artillery starts its virtual users over its one-second arrival phase and each leaves when its',
      'own writes are done, so its clients overlap less and receive fewer broadcasts than the load',
      'mode\'s, which keeps every socket to the end; the comparison is therefore generous to Artillery.', '');
  } else {
    p(`Not measured in this run: ${art.why}.`, '', 'To reproduce by hand:', '', '```sh', INSTALL_CMD, ARTILLERY_CMD, '```', '');
  }

  p('## Where the time could go down (not applied)', '',
    '| change | saves (median, this run) |', '|---|---|',
    `| \`--grace 0\` by default (the barrier already proves absence; watches stay open to the case's end) | ≈ ${(median(wall) - median(suite.noGrace)).toFixed(0)} ms per catalogue |`,
    `| \`run\`'s embedded server in a worker thread, as \`load\` does | ≈ ${(median(wall) - median(suite.worker)).toFixed(0)} ms per catalogue (${ratio(suite.worker, wall)} of the in-thread time; needs a free second core; tried for start-up on 2 cores, the two threads loading modules at once took longer than one after the other) |`,
    `| the first catalogue run in a process is ${(suite.firstMs / median(wall)).toFixed(1)}× a warm one (JIT, first-use compiles) | what the CLI pays on every run |`, '');

  p('## Reproduce', '',
    'One command, from the repository root:', '', '```sh', 'npm run bench', '```', '',
    `It takes a few minutes; \`npm run bench -- --reps 3\` for fewer repetitions, \`--no-artillery\` to skip`,
    `Artillery. Artillery is installed on first use into ${ARTILLERY_DIR} (override with ARTILLERY_DIR;`,
    'never into the repository) with:', '', '```sh', INSTALL_CMD, '```', '',
    'and run inside a loopback-only network namespace (root, or a kernel that allows `unshare -rn`):', '',
    '```sh', ARTILLERY_CMD, '```', '',
    'What abuse costs the reference server (validation of invalid payloads, a probe under a flood) is',
    'measured on its own by `npm run bench:limits`, into [LIMITS.md](LIMITS.md).', '');
  return L.join('\n');
}

async function main(): Promise<void> {
  const m = machine();
  note(`${m.cpu}, ${m.cores} cores, node ${m.node}; ${REPS} repetitions`);
  const suite = await benchSuite(REPS, note);
  execFileSync(process.execPath, [join(ROOT, 'scripts/build.mjs'), '--quiet', '--if-stale'], { cwd: ROOT, stdio: 'inherit' });
  note('CLI end to end (compiled dist/)');
  const cli = await benchCli(REPS);
  const startup = await benchStartup(REPS, note);
  note('start-up phases');
  const phases = await benchPhases(REPS);
  note('validation');
  const validation = benchValidation(REPS);
  const fanout = await benchFanout(Math.min(REPS, 3), note);
  const load = await benchLoad(LOAD_REPS, note);
  const art = await benchArtillery();
  if (!art.ok) note(`artillery: ${art.why}`);
  const proxy = await benchProxy(LOAD_REPS, note);
  const endLoad = loadavg();
  const md = withProxySection(render(m, suite, cli, startup, phases, validation, fanout, load, art, endLoad), renderProxy(proxy));
  writeFileSync(join(ROOT, 'bench/RESULTS.md'), withKeptSections(md));
  writeFileSync(join(ROOT, 'bench/results.json'), `${JSON.stringify({ machine: m, endLoad, reps: REPS, suite, cli, startup, phases, validation, fanout, load, artillery: art }, null, 2)}\n`);
  writeFileSync(PROXY_JSON, `${JSON.stringify(proxy, null, 2)}\n`);
  note('wrote bench/RESULTS.md and bench/results.json');
}

/**
 * Sections of RESULTS.md measured by other scripts, by hand (bench/FLOOR.md, bench/cluster.ts):
 * a full run keeps them, the first before "## Machine", the other at the end.
 */
const KEPT_SECTIONS = ['## The deterministic fuzz floor', '## Cluster (issue 18)'];

function withKeptSections(md: string): string {
  let old = '';
  try {
    old = readFileSync(join(ROOT, 'bench/RESULTS.md'), 'utf8');
  } catch {
    return md;
  }
  const section = (heading: string): string | undefined => {
    const at = old.indexOf(`\n${heading}`);
    if (at === -1) return undefined;
    const next = old.indexOf('\n## ', at + 1);
    return old.slice(at + 1, next === -1 ? undefined : next + 1).trimEnd();
  };
  const [floor, cluster] = KEPT_SECTIONS.map(section);
  let out = md;
  if (floor) out = out.replace('\n## Machine\n', `\n${floor}\n\n## Machine\n`);
  if (cluster) out = `${out.trimEnd()}\n\n${cluster}\n`;
  return out;
}

/** The proxy part's raw numbers (its own file: `--part proxy` measures it alone). */
const PROXY_JSON = join(ROOT, 'bench/results-proxy.json');

/** `--render`: rewrite RESULTS.md from results.json without measuring again (after editing the text). */
function rerender(): void {
  const r = JSON.parse(readFileSync(join(ROOT, 'bench/results.json'), 'utf8'));
  const md = render(r.machine, r.suite, r.cli, r.startup, r.phases, r.validation, r.fanout, r.load, r.artillery, r.endLoad ?? r.machine.loadavg);
  writeFileSync(join(ROOT, 'bench/RESULTS.md'), withKeptSections(existsSync(PROXY_JSON) ? withProxySection(md, renderProxy(JSON.parse(readFileSync(PROXY_JSON, 'utf8')))) : md));
  note('re-rendered bench/RESULTS.md from bench/results.json');
}

/** `--part proxy`: measure the proxy alone; rewrite only its section of RESULTS.md and its key of results.json. */
async function proxyPart(): Promise<void> {
  const proxy = await benchProxy(LOAD_REPS, note);
  const file = join(ROOT, 'bench/RESULTS.md');
  writeFileSync(file, withProxySection(readFileSync(file, 'utf8'), renderProxy(proxy)));
  writeFileSync(PROXY_JSON, `${JSON.stringify(proxy, null, 2)}\n`);
  note('wrote the proxy section of bench/RESULTS.md and bench/results-proxy.json');
}

if (flag('--render')) rerender();
else if (argv.includes('--part')) {
  const part = argv[argv.indexOf('--part') + 1];
  if (part !== 'proxy') {
    note(`--part takes "proxy" (the only part measured alone), got ${JSON.stringify(part ?? '')}`);
    process.exit(2);
  }
  await proxyPart();
}
else await main();
process.exit(0);

