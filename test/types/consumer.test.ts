// The consumer test (issue 6): pack the package, install the tarball into a scratch
// project, and compile a typed socket.io client and server written against it with a
// strict TS 5.9 (the repo's own compiler), under NodeNext and bundler resolution. The
// negative lines are `@ts-expect-error`: an unused one is itself an error, so exit 0 proves
// the compiler rejects each of them. Then plain node imports the validators.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { io } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadContract, namespaceOf, PACKAGE_ROOT } from '../../src/contract/index.ts';
import { startServer } from '../../src/server/index.ts';

const TSC = join(PACKAGE_ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
const CONSUMER = join(PACKAGE_ROOT, 'test', 'types', 'consumer');
const STRICT = {
  strict: true,
  exactOptionalPropertyTypes: true,
  noUncheckedIndexedAccess: true,
  noImplicitReturns: true,
  noUnusedLocals: false,
  verbatimModuleSyntax: true,
  isolatedModules: true,
  target: 'ES2022',
  lib: ['ES2023', 'DOM'],
  noEmit: true,
};

let dir = '';
let app = '';
let packed: string[] = [];

/**
 * A real DELETE response and the real `delete-chat` payload of that delete, from the
 * reference server, as a module the scratch project's deleted.ts assigns to DeletedChat.
 */
async function recordDelete(): Promise<string> {
  const server = await startServer({ testMode: true, log: () => undefined });
  try {
    const world = server.createWorld();
    const channelId = world.communities.main.channels.public;
    const listener = io(`${server.socketUrl}${namespaceOf(loadContract(), world.communities.main.id)}`, {
      auth: { token: `Bearer ${world.users.member.token}` }, transports: ['websocket'], reconnection: false,
    });
    try {
      await new Promise<unknown>((resolve) => listener.emit('join', { channels: [channelId] }, resolve));
      const rest = (method: string, path: string, body?: unknown) => fetch(`${server.apiUrl}${path}`, {
        method,
        headers: { authorization: `Bearer ${world.users.author.token}`, 'content-type': 'application/json' },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      }).then((r) => r.json() as Promise<{ result: { id: number } }>);
      const created = await rest('POST', `/api/channels/${channelId}/chat`, { type: 'TEXT', content: 'bye' });
      const broadcast = new Promise<unknown>((resolve) => listener.once('delete-chat', resolve));
      const response = await rest('DELETE', `/api/channels/${channelId}/chats/${created.result.id}`);
      const payload = await broadcast;
      return [
        '// Recorded from the reference server by consumer.test.ts.',
        `export const response = ${JSON.stringify(response)} as const;`,
        `export const payload = ${JSON.stringify(payload)} as const;`,
        '',
      ].join('\n');
    } finally {
      listener.close();
    }
  } finally {
    await server.close();
  }
}

function run(cmd: string, args: string[], cwd: string) {
  return spawnSync(cmd, args, { cwd, encoding: 'utf8', env: { ...process.env, npm_config_update_notifier: 'false' } });
}

beforeAll(async () => {
  const recorded = await recordDelete();
  dir = mkdtempSync(join(tmpdir(), 'commu-consumer-'));
  const pack = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', dir], { cwd: PACKAGE_ROOT, encoding: 'utf8' })) as
    { filename: string; files: { path: string }[] }[];
  const tarball = join(dir, pack[0]!.filename);
  packed = pack[0]!.files.map((f) => f.path);

  app = join(dir, 'app');
  cpSync(CONSUMER, app, { recursive: true });
  writeFileSync(join(app, 'recorded.ts'), recorded);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'scratch-consumer', private: true, type: 'module' }, null, 2));
  writeFileSync(join(app, 'tsconfig.json'), JSON.stringify({ compilerOptions: { ...STRICT, module: 'NodeNext', moduleResolution: 'NodeNext' }, include: ['*.ts'] }, null, 2));
  writeFileSync(join(app, 'tsconfig.bundler.json'), JSON.stringify({ compilerOptions: { ...STRICT, module: 'ESNext', moduleResolution: 'bundler' }, include: ['*.ts'] }, null, 2));

  // --ignore-scripts: the types and validators need no native build (better-sqlite3 is for
  // the reference server). Offline first, from the npm cache; the network only as a fallback.
  // How long it takes is the benchmark's business, not this test's (beforeAll's timeout only
  // stops a hung install).
  const base = ['install', '--no-audit', '--no-fund', '--ignore-scripts', '--no-package-lock', tarball];
  let install = run('npm', [...base, '--offline'], app);
  if (install.status !== 0) install = run('npm', base, app);
  if (install.status !== 0) throw new Error(`npm install of the tarball failed:\n${install.stderr}`);
}, 180_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the packed package, installed in a scratch project', () => {
  it('installs: the scratch project holds this package (name and version)', () => {
    const installed = JSON.parse(readFileSync(join(app, 'node_modules', 'commu-contract', 'package.json'), 'utf8')) as { name: string; version: string };
    const own = JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { name: string; version: string };
    expect(installed).toMatchObject({ name: own.name, version: own.version });
  });

  it('holds exactly what users need', () => {
    for (const file of ['package.json', 'asyncapi.yaml', 'openapi.yaml', 'schemas/Chat.yaml', 'bin/commu-contract.js', 'dist/cli/main.js', 'dist/index.d.ts',
      'generated/index.d.ts', 'generated/index.js', 'generated/events.d.ts', 'generated/openapi.d.ts', 'generated/validators.js', 'generated/validators.d.ts', 'generated/suite.d.ts', 'dist/runner/steps/emit.schema.yaml']) {
      expect(packed).toContain(file);
    }
    expect(packed.filter((p) => /^(test|\.ci|\.tmp|node_modules|reports)\//.test(p) || p.endsWith('.tgz') || p.endsWith('.db'))).toEqual([]);
  });

  for (const config of ['tsconfig.json', 'tsconfig.bundler.json']) {
    it(`type-checks the typed client, server and REST code, rejections included (${config})`, () => {
      const tsc = run(process.execPath, [TSC, '--noEmit', '-p', config], app);
      expect(tsc.stdout + tsc.stderr).toBe('');
      expect(tsc.status).toBe(0);
    }, 120_000);
  }

  it('reports every negative line as an error once its @ts-expect-error is removed (the rejections are live)', () => {
    const names = ['client', 'server', 'rest', 'deleted'];
    const directive = (l: string) => /^\s*\/\/ @ts-expect-error/.test(l);
    const expected = names.map((name) => {
      const lines = readFileSync(join(app, `${name}.ts`), 'utf8').split('\n');
      writeFileSync(join(app, `negatives-${name}.ts`), lines.map((l) => (directive(l) ? '' : l)).join('\n'));
      return { file: name, errorLines: lines.flatMap((l, i) => (directive(l) ? [i + 2] : [])) };
    });
    for (const e of expected) expect(e.errorLines.length, e.file).toBeGreaterThan(0);
    // One compiler run for every file (each file's errors are told apart by its name).
    writeFileSync(join(app, 'tsconfig.negatives.json'), JSON.stringify({ compilerOptions: { ...STRICT, module: 'NodeNext', moduleResolution: 'NodeNext' }, files: names.map((n) => `negatives-${n}.ts`) }));
    const tsc = run(process.execPath, [TSC, '--noEmit', '-p', 'tsconfig.negatives.json'], app);
    const errorLines = (name: string) => [...new Set([...tsc.stdout.matchAll(new RegExp(`^negatives-${name}\\.ts\\((\\d+),`, 'gm'))].map((m) => Number(m[1])))];
    expect(names.map((name) => ({ file: name, errorLines: errorLines(name) }))).toEqual(expected);
  }, 120_000);

  it('imports commu-contract/validators at run time with plain node', () => {
    const node = run(process.execPath, ['validate.mjs'], app);
    expect(node.stderr).toBe('');
    expect(JSON.parse(node.stdout)).toEqual({ good: true, bad: false, badErrors: ['/chatId must be integer'], ack: true, rest: true });
  });

  it('resolves the specs through the package exports', () => {
    const node = run(process.execPath, ['-e', "console.log(import.meta.resolve('commu-contract/asyncapi.yaml'), import.meta.resolve('commu-contract/openapi.yaml'), import.meta.resolve('commu-contract/schemas/Chat.yaml'))", '--input-type=module'], app);
    expect(node.stderr).toBe('');
    expect(node.stdout).toMatch(/node_modules\/commu-contract\/asyncapi\.yaml .*openapi\.yaml .*schemas\/Chat\.yaml/);
  });
});
