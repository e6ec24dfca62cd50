// `commu-contract proxy` with real processes: the reference server (or a mutant) behind
// it, the kit's catalogue or a scripted client in front of it, and what it reports.
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Server } from 'socket.io';
import { io, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunResult, Verdict } from '../../src/runner/model.ts';
import { RULES } from '../../src/proxy/rules.ts';
import type { Fixtures } from '../../src/server/index.ts';
import { closedPort } from '../processes.ts';
import { ask, BIN, connectAs, failuresOf, readReport, ROOT, startProxyCli, startUpstream, tmp, tokensOf, world, type ProxyProcess, type Started } from './helpers.ts';

/** `commu-contract ARGS` as a real process. */
function cli(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env: { ...process.env, NO_COLOR: '1' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const SERVER_RULES = Object.values(RULES).filter((r) => r.blame === 'server').map((r) => r.id);

/** No token of any world, nor any JWT, in the proxy's output or in any of its reports. */
function expectNoTokens(proxy: ProxyProcess, tokens: string[]): void {
  const texts = [proxy.stdout(), proxy.stderr(), ...readdirSync(proxy.reportDir).map((f) => readFileSync(join(proxy.reportDir, f), 'utf8'))];
  for (const text of texts) {
    for (const token of tokens) expect(text.includes(token)).toBe(false);
    expect(text).not.toMatch(/eyJ[\w-]+\.[\w-]+\.[\w-]+/);
  }
}

const closeAll = (sockets: Socket[]): void => {
  for (const s of sockets) s.close();
};

describe('the reference server behind the proxy', () => {
  let upstream: Started;
  beforeAll(async () => {
    upstream = await startUpstream();
  }, 30_000);
  afterAll(() => {
    upstream?.child.kill('SIGTERM');
  });

  it('the whole catalogue gives the same verdicts through the proxy as direct, and the proxy reports no server-side violation', async () => {
    const proxy = await startProxyCli(upstream.url);
    const verdicts = async (url: string): Promise<Record<string, Verdict>> => {
      const dir = tmp('run');
      const run = await cli(['run', '--socket-url', url, '--api-url', url, '--format', 'json', '--report-dir', dir, '--seed', '1', '--timeout', '5000']);
      expect(run.stderr).toBe('');
      const report = JSON.parse(readFileSync(join(dir, 'conformance.json'), 'utf8')) as RunResult;
      return Object.fromEntries(report.cases.map((c) => [c.id, c.verdict]));
    };
    const direct = await verdicts(upstream.url);
    const through = await verdicts(proxy.url);
    expect(Object.keys(direct).length).toBeGreaterThan(300);
    expect(through).toEqual(direct);
    // The catalogue sends invalid payloads on purpose: the proxy reports those (client side), nothing of the server's.
    const code = await proxy.stop('SIGINT');
    const report = readReport(proxy.reportDir);
    for (const id of SERVER_RULES) expect({ id, failures: failuresOf(report, id).failures }).toEqual({ id, failures: [] });
    expect(failuresOf(report, RULES.clientPayload.id).verdict).toBe('fail');
    expect(code).toBe(1);
    expect(readdirSync(proxy.reportDir).sort()).toEqual(['conformance.html', 'conformance.json', 'conformance.junit.xml', 'conformance.md']);
    expectNoTokens(proxy, []);
  }, 300_000);

  it('a scripted client breaking client-side rules gets each violation reported with its frame', async () => {
    const proxy = await startProxyCli(upstream.url);
    const fixtures = await world(proxy.url);
    const { main } = fixtures.communities;
    const socket = await connectAs(proxy.url, fixtures, 'author');
    // snake_case invite (D-01), a string chatId (D-05), an undeclared event (D-26).
    const invite = await ask(socket, 'invite-users-to-channel', { community_id: main.id, channel_id: main.channels.public, users: [fixtures.users.invitee1.id] });
    const modify = await ask(socket, 'chat', { chatType: 'modify', channelId: main.channels.public, chatId: '6', content: 'hello' });
    socket.emit('typing', { channelId: main.channels.public });
    // The server refuses both (what it said is relayed unchanged); the ack round trip orders the undeclared emit before the stop.
    expect(invite).toEqual({ written: false, reason: 'INVALID_PAYLOAD' });
    expect(modify).toEqual({ written: false, reason: 'INVALID_PAYLOAD' });
    await ask(socket, 'join', { channels: [main.channels.public] });
    socket.close();
    expect(await proxy.stop()).toBe(1);

    const out = proxy.stdout();
    expect(out).toMatch(/VIOLATION PROXY-CLIENT-PAYLOAD client-1 client→server invite-users-to-channel \/community_id: .*is not allowed/);
    expect(out).toMatch(/VIOLATION PROXY-CLIENT-PAYLOAD client-1 client→server chat \/chatId: .*must be integer \(got "6"\)/);
    expect(out).toMatch(/VIOLATION PROXY-CLIENT-UNDECLARED client-1 client→server typing: .*\[asyncapi\.yaml#\/operations, D-26\]/);
    const report = readReport(proxy.reportDir);
    const payload = failuresOf(report, RULES.clientPayload.id);
    expect(payload.verdict).toBe('fail');
    const frameOf = (pointer: string) => {
      const f = payload.failures.find((x) => x.pointer === pointer);
      return f?.frame === undefined ? undefined : payload.transcript[f.frame];
    };
    expect(frameOf('/community_id')).toMatchObject({ actor: 'client-1', dir: 'out', kind: 'emit', event: 'invite-users-to-channel', data: { community_id: main.id } });
    expect(frameOf('/chatId')).toMatchObject({ actor: 'client-1', kind: 'emit', event: 'chat', data: { chatId: '6' } });
    const undeclared = failuresOf(report, RULES.clientUndeclared.id);
    expect(undeclared.transcript).toMatchObject([{ event: 'typing', data: { channelId: main.channels.public } }]);
    for (const id of SERVER_RULES) expect({ id, failures: failuresOf(report, id).failures }).toEqual({ id, failures: [] });
    expectNoTokens(proxy, tokensOf(fixtures));
  }, 60_000);

  it('usage errors exit 2; an upstream nobody listens on exits 3 with one line', async () => {
    const none = await cli(['proxy']);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/^commu-contract proxy: --upstream URL is required/);
    const bad = await cli(['proxy', '--upstream', 'http://127.0.0.1:1', '--duration', 'soon']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('commu-contract proxy: --duration must be a whole number, got "soon"\n');
    const port = await closedPort();
    const down = await cli(['proxy', '--upstream', `http://127.0.0.1:${port}`, '--port', '0']);
    expect(down.code).toBe(3);
    expect(down.stderr).toMatch(new RegExp(`^commu-contract proxy: the upstream http://127\\.0\\.0\\.1:${port} cannot be reached \\(ECONNREFUSED\\)`));
    expect(down.stderr.split('\n').filter(Boolean)).toHaveLength(1);
  }, 60_000);

  it('--duration stops it by itself: reports written, exit 0 when nothing was wrong', async () => {
    const proxy = await startProxyCli(upstream.url, ['--duration', '1']);
    const code = await new Promise<number | null>((resolve) => proxy.child.once('exit', resolve));
    expect(code).toBe(0);
    expect(proxy.stdout()).toMatch(/stopped \(--duration 1 s\)\nproxy: 0 client\(s\), 0 frame\(s\), 0 HTTP request\(s\) in [\d.]+ s: no violation/);
    expect(readReport(proxy.reportDir).summary.fail).toBe(0);
  }, 30_000);
});

/** Two sockets in the main community's public channel: `writer` (author) and `listener` (member). */
async function pair(url: string): Promise<{ fixtures: Fixtures; writer: Socket; listener: Socket; channel: string }> {
  const fixtures = await world(url);
  const channel = fixtures.communities.main.channels.public;
  // One after the other: the writer is client-1, the listener client-2.
  const writer = await connectAs(url, fixtures, 'author');
  const listener = await connectAs(url, fixtures, 'member');
  await Promise.all([writer, listener].map((s) => ask(s, 'join', { channels: [channel] })));
  return { fixtures, writer, listener, channel };
}

/**
 * `count` chats by the writer, each acknowledged, then one round trip per socket: by then
 * every frame of both connections has crossed the proxy (a connection delivers in order).
 */
async function writeChats(writer: Socket, listener: Socket, channel: string, count: number): Promise<void> {
  for (let i = 0; i < count; i++) await ask(writer, 'chat', { chatType: 'new', channelId: channel, content: `chat ${i}` });
  await Promise.all([writer, listener].map((s) => ask(s, 'join', { channels: [channel] })));
}

describe('--enforce', () => {
  it('answers an invalid emit with the contract\'s refusal and does not forward it (a server that drops the socket on invalid input never sees it)', async () => {
    const upstream = await startUpstream('invalid-input-disconnects');
    try {
      const proxy = await startProxyCli(upstream.url, ['--enforce', '--format', 'console']);
      const { writer, listener, channel } = await pair(proxy.url);
      const seen: unknown[] = [];
      listener.on('new-chat', (chat) => seen.push(chat));
      expect(await ask(writer, 'chat', { chatType: 'new', channelId: channel, content: 'x', mood: 'happy' })).toEqual({ written: false, reason: 'INVALID_PAYLOAD' });
      // Had it been forwarded, this server would have dropped the writer: its next write would get no ack.
      const ok = await ask(writer, 'chat', { chatType: 'new', channelId: channel, content: 'barrier' }) as { written: boolean; chatInfo: { id: number } };
      expect(ok.written).toBe(true);
      // The barrier chat (D-15) proves the listener got nothing before it.
      await new Promise<void>((resolve) => (seen.length > 0 ? resolve() : listener.once('new-chat', () => resolve())));
      expect(seen).toMatchObject([{ id: ok.chatInfo.id, content: 'barrier' }]);
      closeAll([writer, listener]);
      expect(await proxy.stop()).toBe(1);
      expect(proxy.stdout()).toMatch(/VIOLATION PROXY-CLIENT-PAYLOAD client-1 client→server chat \/mood/);
    } finally {
      upstream.child.kill('SIGTERM');
    }
  }, 60_000);
});

describe('mutant servers behind the proxy', () => {
  const cases: Array<{ mutant: string; rule: string; line: RegExp; chats: number }> = [
    { mutant: 'broadcast-echoes-sender', rule: RULES.echo.id, line: /VIOLATION PROXY-ECHO client-1 server→client new-chat: client-1 received "new-chat" for chat \d+ that it wrote itself/, chats: 1 },
    { mutant: 'chat-snake-case', rule: RULES.serverPayload.id, line: /VIOLATION PROXY-SERVER-PAYLOAD client-2 server→client new-chat \/channel_id: "new-chat" payload breaks the contract: \/channel_id is not allowed/, chats: 1 },
    { mutant: 'ack-twice', rule: RULES.ackTwice.id, line: /VIOLATION PROXY-ACK-TWICE client-1 server→client chat ack: the server acknowledged "chat" of client-1 again/, chats: 1 },
    // Every 7th new-chat of a channel is held back behind the next one.
    { mutant: 'broadcast-out-of-order', rule: RULES.order.id, line: /VIOLATION PROXY-ORDER client-2 server→client new-chat \/id: client-2 received new-chat \d+ in channel [0-9a-f]{24} after new-chat \d+/, chats: 8 },
  ];
  for (const { mutant, rule, line, chats } of cases) {
    it(`${mutant}: ${rule} reported live and in the reports, exit 1`, async () => {
      const upstream = await startUpstream(mutant);
      try {
        const proxy = await startProxyCli(upstream.url);
        const { fixtures, writer, listener, channel } = await pair(proxy.url);
        await writeChats(writer, listener, channel, chats);
        closeAll([writer, listener]);
        expect(await proxy.stop()).toBe(1);
        expect(proxy.stdout()).toMatch(line);
        const result = failuresOf(readReport(proxy.reportDir), rule);
        expect(result.verdict).toBe('fail');
        expect(result.failures[0]).toMatchObject({ level: 'MUST', check: 'server' });
        expect(result.transcript[0]).toMatchObject({ dir: 'in' });
        expectNoTokens(proxy, tokensOf(fixtures));
      } finally {
        upstream.child.kill('SIGTERM');
      }
    }, 60_000);
  }
});

describe('relaying', () => {
  it('forwards binary both ways, in order, acks to their emits, and reports the binary frames (the contract\'s payloads are JSON)', async () => {
    // A plain Socket.IO upstream that echoes: what the proxy relays must come back byte for byte.
    const http = createServer((_req, res) => res.writeHead(404).end());
    const upstream = new Server(http);
    upstream.of(/^\/socket\/commu-[0-9a-f]{24}$/).on('connection', (socket) => {
      socket.on('chat', (payload: unknown, ack: (v: unknown) => void) => {
        socket.emit('new-chat', payload);
        ack({ echo: payload });
      });
    });
    await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(http.address() as { port: number }).port}`;
    try {
      const proxy = await startProxyCli(url);
      const socket = io(`${proxy.url}/socket/commu-${'a'.repeat(24)}`, { transports: ['websocket'], reconnection: false, forceNew: true });
      await new Promise<void>((resolve, reject) => socket.once('connect', resolve).once('connect_error', reject));
      const events: unknown[] = [];
      socket.on('new-chat', (p: unknown) => events.push(p));
      const bytes = (i: number) => Buffer.from([i, 0, 255, i]);
      const acks = await Promise.all(Array.from({ length: 20 }, (_, i) => ask(socket, 'chat', { n: i, data: bytes(i) })));
      expect(acks).toEqual(Array.from({ length: 20 }, (_, i) => ({ echo: { n: i, data: bytes(i) } })));
      expect(events).toEqual(Array.from({ length: 20 }, (_, i) => ({ n: i, data: bytes(i) })));
      socket.close();
      expect(await proxy.stop()).toBe(1);
      const report = readReport(proxy.reportDir);
      expect(failuresOf(report, RULES.clientPayload.id).failures[0]!.message).toMatch(/carries binary data/);
      expect(failuresOf(report, RULES.serverPayload.id).failures[0]!.message).toMatch(/carries binary data/);
    } finally {
      await upstream.close();
    }
  }, 60_000);
});
