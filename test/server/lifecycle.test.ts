// Starting, stopping and restarting: a file database survives a restart, close()
// disconnects clients, and `serve` runs as a real process.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_FIRST_ERRORS, PACKAGE_ROOT } from '../../src/contract/index.ts';
import { parseServeArgs } from '../../src/cli/serve.ts';
import { startServer, type ServerParts } from '../../src/server/index.ts';
import { Store } from '../../src/server/store.ts';
import { expectValid, harness, validators } from './helpers.ts';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('persistence', () => {
  it('keeps communities, memberships and chats in a file database across a restart', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'commu-server-'));
    dirs.push(dir);
    const db = join(dir, 'chat.db');
    const jwtSecret = 'restart-secret';

    const first = await harness({ db, jwtSecret });
    const fx = await first.world();
    const ch = fx.communities.main.channels.public;
    const token = fx.users.author.token;
    const post = (h: typeof first, content: string) => h.http('POST', `/api/channels/${ch}/chat`, { token, body: { type: 'TEXT', content } });
    const a = (await post(first, 'one')).body.result;
    const b = (await post(first, 'two')).body.result;
    await first.http('PATCH', `/api/channels/${ch}/chats/${a.id}`, { token, body: { content: 'one, edited' } });
    await first.http('DELETE', `/api/channels/${ch}/chats/${b.id}`, { token });
    expect(existsSync(`${db}-wal`)).toBe(true); // WAL mode for file databases
    await first.close();

    const second = await harness({ db, jwtSecret });
    try {
      const list = await second.http('GET', `/api/channels/${ch}/chats`, { token });
      expect(list.body.result.chats).toEqual([{ ...a, content: 'one, edited', updatedAt: expect.any(String) }]);
      const c = (await post(second, 'three')).body.result;
      expect(c.id).toBeGreaterThan(b.id);
      const sock = await second.connect(fx.users.member.token, fx.communities.main.id);
      expect((await sock.ack('join', { channels: [ch] })).joined).toEqual([ch]);
    } finally {
      await second.close();
    }
    const store = new Store(db);
    expect(store.schemaVersion).toBe(1);
    store.close();
  });
});

describe('startServer()', () => {
  it('checks input with first-error validators (D-52: generated/validators-first-error.js, else compiled from the specs), not the all-errors precompiled ones', async () => {
    let parts: ServerParts | undefined;
    const server = await startServer({ log: () => {}, instrument: (p) => { parts = p; } });
    await server.close();
    expect(parts?.validators.firstError).toBe(true);
    expect(parts?.validators.source).toBe('compiled');
    const users = Array.from({ length: 10_000 }, () => 1);
    expect(parts?.validators.event('invite-users-to-channel', { communityId: 'x', channelId: 'y', users })?.length).toBeLessThanOrEqual(MAX_FIRST_ERRORS);
  });
});

describe('close()', () => {
  it('disconnects clients, stops listening and can be called twice', async () => {
    const h = await harness();
    const fx = await h.world();
    const c = await h.connect(fx.users.author.token, fx.communities.main.id);
    const gone = new Promise<string>((resolve) => c.socket.once('disconnect', resolve));
    await Promise.all([h.server.close(), h.server.close()]);
    expect(['transport close', 'io server disconnect']).toContain(await gone);
    await expect(fetch(`${h.server.apiUrl}/api/conformance/fixtures`, { method: 'POST' })).rejects.toThrow();
    h.cleanup();
  });
});

describe('serve', () => {
  it('parses its flags and refuses bad ones', () => {
    expect(parseServeArgs(['--port', '0', '--api-port=4000', '--test-mode', '--db', 'x.db', '--host', '::1', '--jwt-secret', 's']))
      .toMatchObject({ port: 0, apiPort: 4000, testMode: true, db: 'x.db', host: '::1', jwtSecret: 's' });
    for (const bad of [['--port'], ['--port', 'abc'], ['--port', '70000'], ['--bogus'], ['--test-mode=yes'], ['--db', '']]) {
      expect(() => parseServeArgs(bad), bad.join(' ')).toThrow();
    }
  });

  it('runs as a process: prints its URL, answers fixtures, exits 0 on SIGTERM', async () => {
    const child = spawn(process.execPath, [join(PACKAGE_ROOT, 'bin/commu-contract.js'), 'serve', '--test-mode', '--port', '0'], {
      cwd: PACKAGE_ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`serve did not get ready: ${out} ${err}`)), 15_000);
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        if (/^ready$/m.test(out)) {
          clearTimeout(timer);
          resolve();
        }
      });
      child.once('exit', (code) => reject(new Error(`serve exited early (${code}): ${err}`)));
    });
    const api = /^api:\s+(\S+)\/api$/m.exec(out)?.[1];
    expect(api, out).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(out).toMatch(/^socket: http:\/\/127\.0\.0\.1:\d+\/socket\/commu-\{communityId\}$/m);
    const res = await fetch(`${api}/api/conformance/fixtures`, { method: 'POST' });
    expect(res.status).toBe(201);
    expectValid(validators.shape('Fixtures', ((await res.json()) as { result: unknown }).result), 'fixtures');
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });

  it('a bad flag is one line on stderr and exit 2; --help is exit 0', async () => {
    const run = (args: string[]) =>
      new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
        const child = spawn(process.execPath, [join(PACKAGE_ROOT, 'bin/commu-contract.js'), 'serve', ...args], { cwd: PACKAGE_ROOT });
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
        child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
        child.on('exit', (code) => resolve({ code, stdout, stderr }));
      });
    const [bad, help] = await Promise.all([run(['--port', 'nope']), run(['--help'])]);
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    expect(bad.stderr).toMatch(/--port/);
    expect(bad.stderr).not.toMatch(/\bat\b.*:\d+:\d+/);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/usage: commu-contract serve/);
  });
});
