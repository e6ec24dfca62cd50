// (b) CLI cold start to the first case, and where the time goes: node itself, the
// socket.io modules, tsx (transpiling on the fly, with and without its disk cache), the
// contract and suites loaded at run time; and the same CLI bundled ahead of time with
// esbuild (what a prebuilt dist/ would give), to size the proposal.
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BIN, repeat, ROOT, timeSpawn } from './measure.ts';

export interface StartupRow {
  what: string;
  ms: number[];
  note?: string;
}

const BUNDLE_DIR = join(ROOT, 'bench/.out');
const BUNDLE = join(BUNDLE_DIR, 'cli.js');

/**
 * Bundles the CLI with esbuild (packages stay external, commands stay lazy chunks); the
 * bundle sits two levels under the root like src/cli, so the sources' import.meta.url
 * paths still find the specs.
 */
export async function bundleCli(): Promise<string> {
  const esbuild = await import('esbuild');
  rmSync(BUNDLE_DIR, { recursive: true, force: true });
  mkdirSync(BUNDLE_DIR, { recursive: true });
  writeFileSync(join(BUNDLE_DIR, 'cli.ts'), "import { main } from '../../src/cli/main.ts';\nprocess.exitCode = await main(process.argv.slice(2));\n");
  await esbuild.build({
    entryPoints: [join(BUNDLE_DIR, 'cli.ts')],
    outdir: BUNDLE_DIR,
    // Keep each command's dynamic import lazy (one chunk per command), as the sources do.
    splitting: true,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    logLevel: 'error',
  });
  // Files the sources find next to themselves through import.meta.url.
  copyFileSync(join(ROOT, 'src/runner/suite.schema.yaml'), join(BUNDLE_DIR, 'suite.schema.yaml'));
  return BUNDLE;
}

/** The first case line's own duration, `(12 ms)`, so start-up = first line − that. */
function caseMs(line: string): number {
  const m = /\((\d+) ms\)\s*$/.exec(line);
  return m ? Number(m[1]) : NaN;
}

export async function benchStartup(reps: number, log: (s: string) => void): Promise<{ rows: StartupRow[]; firstCase: { tsx: number[]; bundle: number[]; tsxStartup: number[]; bundleStartup: number[] } }> {
  // From the root, so that bare specifiers (socket.io, tsx) resolve as they do for the CLI.
  const cwd = ROOT;
  const node = process.execPath;
  const env = { ...process.env, NO_COLOR: '1' };
  const noCache = { ...env, TSX_DISABLE_CACHE: '1' };
  const exit = async (args: string[], e: NodeJS.ProcessEnv = env) => (await repeat(reps, async () => {
    const t = await timeSpawn(node, args, { cwd, env: e });
    if (t.code !== 0) throw new Error(`start-up: node ${args.join(' ')} exited ${t.code}: ${t.stderr.slice(0, 300)}`);
    return t;
  })).map((t) => t.exitMs);
  const bundle = await bundleCli();
  const rows: StartupRow[] = [];
  const add = async (what: string, args: string[], e?: NodeJS.ProcessEnv, note?: string) => {
    rows.push({ what, ms: await exit(args, e), ...(note ? { note } : {}) });
    log(`start-up: ${what}`);
  };
  await add('`node -e 0`', ['-e', '0']);
  await add('node + import socket.io, socket.io-client', ['--input-type=module', '-e', "await import('socket.io'); await import('socket.io-client');"]);
  await add('node + tsx register (no TS loaded)', ['--input-type=module', '-e', "const { register } = await import('tsx/esm/api'); register();"]);
  await add('`commu-contract --help` (tsx, cache warm)', [BIN, '--help']);
  await add('`commu-contract --help` (tsx, TSX_DISABLE_CACHE=1)', [BIN, '--help'], noCache);
  await add('`commu-contract run --list` (tsx, cache warm)', [BIN, 'run', '--list'], env, 'loads run.ts and its imports, parses and validates the suites');
  await add('`commu-contract run --list` (tsx, TSX_DISABLE_CACHE=1)', [BIN, 'run', '--list'], noCache);
  await add('`commu-contract run --list` (esbuild bundle, plain node)', [bundle, 'run', '--list']);
  await add('`commu-contract load --help` (tsx, cache warm)', [BIN, 'load', '--help']);

  const CASE_LINE = /^(PASS|FAIL|WARN|SKIP|ERROR|KNOWN)\s+\S+\s/;
  const first = async (args: string[]) => repeat(reps, () => timeSpawn(node, args, { cwd, env, firstMatch: CASE_LINE }));
  const tsxRuns = await first([BIN, 'run', '--format', 'console', '--no-color']);
  log('start-up: first case (tsx)');
  const bundleRuns = await first([bundle, 'run', '--format', 'console', '--no-color']);
  log('start-up: first case (bundle)');
  return {
    rows,
    firstCase: {
      tsx: tsxRuns.map((t) => t.firstLineMs),
      bundle: bundleRuns.map((t) => t.firstLineMs),
      tsxStartup: tsxRuns.map((t) => t.firstLineMs - caseMs(t.firstLine)),
      bundleStartup: bundleRuns.map((t) => t.firstLineMs - caseMs(t.firstLine)),
    },
  };
}
