// (b) CLI cold start to the first case, against its floor: node importing socket.io and
// socket.io-client (what any Socket.IO test tool loads). The CLI measured is the compiled
// one (dist/, what the package ships and `bin/commu-contract.js` runs once it is built);
// bench/run.ts builds it first when a source is newer than the build.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BIN, repeat, ROOT, timeSpawn } from './measure.ts';

export interface StartupRow {
  what: string;
  ms: number[];
  note?: string;
}

export interface FirstCase {
  /** spawn → the first case's line on stdout */
  ms: number[];
  /** the same minus that case's own duration (printed on the line): start-up alone */
  startup: number[];
  /** the floor measured alternately with it (node + import socket.io, socket.io-client) */
  floor: number[];
  line: string;
}

/** The floor as a module file under the repository (so bare specifiers resolve as the CLI's do). */
function floorScript(name = 'floor.mjs', text = "await import('socket.io');\nawait import('socket.io-client');\n"): string {
  const dir = join(ROOT, 'bench/.out');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

/** The same two packages by `require`: their CommonJS builds, as the kit loads the client (D-87). */
const REQUIRE_FLOOR = "import { createRequire } from 'node:module';\nconst require = createRequire(import.meta.url);\nrequire('socket.io');\nrequire('socket.io-client');\n";

/** The first case line's own duration, `(12 ms)`, so start-up = first line − that. */
function caseMs(line: string): number {
  const m = /\((\d+) ms\)\s*$/.exec(line);
  return m ? Number(m[1]) : NaN;
}

export async function benchStartup(reps: number, log: (s: string) => void): Promise<{ rows: StartupRow[]; firstCase: FirstCase }> {
  const cwd = ROOT;
  const node = process.execPath;
  const env = { ...process.env, NO_COLOR: '1' };
  const floor = floorScript();
  const exit = async (args: string[]) => (await repeat(reps, async () => {
    const t = await timeSpawn(node, args, { cwd, env });
    if (t.code !== 0) throw new Error(`start-up: node ${args.join(' ')} exited ${t.code}: ${t.stderr.slice(0, 300)}`);
    return t;
  })).map((t) => t.exitMs);
  const rows: StartupRow[] = [];
  const add = async (what: string, args: string[], note?: string) => {
    rows.push({ what, ms: await exit(args), ...(note ? { note } : {}) });
    log(`start-up: ${what}`);
  };
  // A warm-up of each, so the suites' and the contract's caches exist (as after `npm install`).
  await exit([BIN, 'run', '--list']);
  await add('`node -e 0`', ['-e', '0']);
  await add('floor: node + import socket.io, socket.io-client', [floor]);
  await add('node + require socket.io, socket.io-client (their CommonJS builds)', [floorScript('floor-require.mjs', REQUIRE_FLOOR)], 'D-87: the kit loads the client\'s CommonJS build');
  await add('`commu-contract --version`', [BIN, '--version']);
  await add('`commu-contract --help`', [BIN, '--help']);
  await add('`commu-contract run --list`', [BIN, 'run', '--list'], 'the runner\'s graph, the contract and the suites (from their caches)');
  await add('`commu-contract load --help`', [BIN, 'load', '--help']);

  // The first case and the floor in turn, so drift on a shared machine hits both alike.
  const CASE_LINE = /^(PASS|FAIL|WARN|SKIP|ERROR|KNOWN)\s+\S+\s/;
  const first: FirstCase = { ms: [], startup: [], floor: [], line: '' };
  for (let i = 0; i < reps; i++) {
    const f = await timeSpawn(node, [floor], { cwd, env });
    const t = await timeSpawn(node, [BIN, 'run', '--format', 'console', '--no-color', '--report-dir', join(ROOT, 'bench/.out/reports')], { cwd, env, firstMatch: CASE_LINE });
    first.floor.push(f.exitMs);
    first.ms.push(t.firstLineMs);
    first.startup.push(t.firstLineMs - caseMs(t.firstLine));
    first.line = t.firstLine.trim();
  }
  log('start-up: first case, against the floor');
  return { rows, firstCase: first };
}
