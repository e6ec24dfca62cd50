// The packages as their users get them: packed from this repository, installed in scratch
// projects from the tarballs (the registry only for third-party dependencies, offline from
// the npm cache first), then used. A types-only consumer: at most 5 packages, no install
// script, type-checks under `tsc --strict`. The kit: `npx commu-contract run` passes
// against `npx commu-contract serve --test-mode` started from the installed package, and
// `startServer` / `runConformance` work from an ESM consumer in plain node; `lint` without
// its validators exits 2 saying what to install.
import { execFile, execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnNode } from '../processes.ts';

const ROOT = join(import.meta.dirname, '../..');
const TSC = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
const env = { ...process.env, npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false', NO_COLOR: '1' };

let dir = '';
let typesTarball = '';
let kitTarball = '';

function run(cmd: string, args: string[], cwd: string) {
  return spawnSync(cmd, args, { cwd, encoding: 'utf8', env, timeout: 170_000 });
}

function pack(cwd: string): string {
  const out = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', dir], { cwd, encoding: 'utf8', env })) as { filename: string }[];
  return join(dir, out[0]!.filename);
}

/** npm install, offline from the cache first, the registry as a fallback. */
function install(cwd: string, args: string[]): void {
  const base = ['install', '--no-package-lock', ...args];
  let r = run('npm', [...base, '--offline'], cwd);
  if (r.status !== 0) r = run('npm', base, cwd);
  if (r.status !== 0) throw new Error(`npm ${base.join(' ')} failed:\n${r.stderr}`);
}

/** Every package directory under node_modules (scoped ones counted once each). */
function installedPackages(nodeModules: string): string[] {
  if (!existsSync(nodeModules)) return [];
  return readdirSync(nodeModules).filter((n) => !n.startsWith('.')).flatMap((n) => {
    if (n.startsWith('@')) return readdirSync(join(nodeModules, n)).map((s) => `${n}/${s}`);
    return [n, ...installedPackages(join(nodeModules, n, 'node_modules'))];
  });
}

function project(name: string): string {
  const app = join(dir, name);
  mkdirSync(app);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name, private: true, type: 'module' }));
  return app;
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cc-package-'));
  typesTarball = pack(join(ROOT, 'packages', 'types'));
  kitTarball = pack(ROOT);
}, 180_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the types package, for a client team', () => {
  it('installs with scripts on: at most 5 packages, none with an install script; type-checks under tsc --strict', () => {
    const app = project('types-consumer');
    install(app, [typesTarball]);
    const packages = installedPackages(join(app, 'node_modules'));
    expect(packages.length, packages.join(', ')).toBeLessThanOrEqual(5);
    for (const p of packages) {
      const manifest = JSON.parse(readFileSync(join(app, 'node_modules', p, 'package.json'), 'utf8')) as { scripts?: Record<string, string>; gypfile?: boolean };
      expect(Object.keys(manifest.scripts ?? {}).filter((s) => ['preinstall', 'install', 'postinstall'].includes(s)), p).toEqual([]);
      expect(manifest.gypfile, p).not.toBe(true);
    }
    writeFileSync(join(app, 'client.ts'), [
      "import type { ClientToServerEvents, ServerToClientEvents, Chat } from 'commu-contract-types';",
      "import { eventJoin } from 'commu-contract-types/validators';",
      'const data: unknown = { channels: [] };',
      'if (eventJoin(data)) { const channels: string[] = data.channels; void channels; }',
      "type Emit = Parameters<ClientToServerEvents['join']>[0];",
      "const join: Emit = { channels: ['6394cc8fd1a615bf564d7e75'] };",
      "// @ts-expect-error a join needs its channels",
      'const bad: Emit = {};',
      "type Listen = ServerToClientEvents['new-chat'];",
      'export type { Listen, Chat };',
      'void join; void bad;',
      '',
    ].join('\n'));
    writeFileSync(join(app, 'tsconfig.json'), JSON.stringify({ compilerOptions: { strict: true, module: 'NodeNext', moduleResolution: 'NodeNext', target: 'ES2022', noEmit: true, skipLibCheck: false, types: [] }, files: ['client.ts'] }));
    const tsc = spawnSync(process.execPath, [TSC, '-p', 'tsconfig.json'], { cwd: app, encoding: 'utf8' });
    expect(tsc.stdout + tsc.stderr).toBe('');
    expect(tsc.status).toBe(0);
    const validate = spawnSync(process.execPath, ['--input-type=module', '-e', "import { eventJoin } from 'commu-contract-types/validators'; console.log(eventJoin({ channels: [] }), eventJoin({}))"], { cwd: app, encoding: 'utf8' });
    expect(validate.stdout).toBe('true false\n');
  });
});

describe('the kit, installed from its tarball', () => {
  let app = '';
  beforeAll(() => {
    app = project('kit-consumer');
    // --ignore-scripts here only: better-sqlite3's install script compiles the driver from
    // source when its prebuilt binary cannot be downloaded (only the registry is reachable),
    // ~160 s; the checkout's build of the same version is copied instead (D-71).
    install(app, ['--ignore-scripts', kitTarball]);
    const release = join(app, 'node_modules', 'better-sqlite3', 'build', 'Release');
    mkdirSync(release, { recursive: true });
    copyFileSync(join(ROOT, 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node'), join(release, 'better_sqlite3.node'));
  }, 180_000);

  it('ships compiled JavaScript and no TypeScript to run', () => {
    const kit = join(app, 'node_modules', 'commu-contract');
    expect(existsSync(join(kit, 'dist', 'cli', 'main.js'))).toBe(true);
    expect(existsSync(join(kit, 'dist', 'index.d.ts'))).toBe(true);
    expect(existsSync(join(kit, 'src'))).toBe(false);
    expect(existsSync(join(app, 'node_modules', 'tsx'))).toBe(false);
  });

  it('npx commu-contract --version, and run passes against npx commu-contract serve --test-mode', async () => {
    const version = run('npx', ['--no-install', 'commu-contract', '--version'], app);
    expect(version.stdout).toBe(`${(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version}\n`);
    const bin = join(app, 'node_modules', '.bin', 'commu-contract');
    const server = spawnNode([bin, 'serve', '--test-mode', '--port', '0'], /socket: (http:\/\/[^/\s]+)[\s\S]*ready/, app);
    try {
      const [, url] = await server.ready;
      const r = await new Promise<{ status: number; stdout: string; stderr: string }>((resolve) => {
        execFile(bin, ['run', '--socket-url', url!, '--format', 'console,json'], { cwd: app, env, timeout: 170_000 }, (err, stdout, stderr) => {
          resolve({ status: err ? (typeof err.code === 'number' ? err.code : -1) : 0, stdout, stderr });
        });
      });
      expect(r.stdout).toMatch(/^CONFORMS: \d+ cases/m);
      expect(r.status, r.stdout.slice(-2000) + r.stderr).toBe(0);
    } finally {
      server.child.kill('SIGTERM');
    }
  });

  it('lint without its validators installed: exit 2, one line saying what to install (not findings)', () => {
    const r = run('npx', ['--no-install', 'commu-contract', 'lint'], app);
    expect(r.status, r.stdout + r.stderr).toBe(2);
    expect(r.stderr).toMatch(/^commu-contract lint: needs @asyncapi\/parser and @redocly\/openapi-core \(not installed with the kit\): run `npm install --save-dev @asyncapi\/parser@\S+ @redocly\/openapi-core@\S+` beside it\n$/);
    expect(r.stdout).toBe('');
  });

  it('startServer and runConformance from an ESM consumer in plain node', () => {
    writeFileSync(join(app, 'consumer.mjs'), [
      "import { runConformance, startServer, writeReports } from 'commu-contract';",
      "const server = await startServer({ testMode: true, log: () => {} });",
      "const { gate, result } = await runConformance({ socketUrl: server.socketUrl, apiUrl: server.apiUrl, suites: ['chat-new'] });",
      'await server.close();',
      "writeReports(result, ['json'], 'out');",
      'console.log(gate, result.cases.length > 0);',
      '',
    ].join('\n'));
    const r = run(process.execPath, ['consumer.mjs'], app);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('conforms true\n');
    expect(existsSync(join(app, 'out', 'conformance.json'))).toBe(true);
  });
});
