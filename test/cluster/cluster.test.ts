// The reference server as a cluster: two nodes on one SQLite file and a real redis-server
// (started here on a free port, stopped after). Cross-node broadcasts, invitations that
// subscribe the invitee on the other node, and the kit's placement of actors across nodes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { io, type Socket } from 'socket.io-client';
import { placeActors, parseNodes, NodesError } from '../../src/runner/placement.ts';
import { startCluster, type EmbeddedCluster } from '../../src/server/embedded-cluster.ts';
import { startRedis } from '../../src/server/redis-process.ts';
import { hasRedis, runOnCluster, selectCases } from './harness.ts';

interface World {
  communities: { main: { id: string; channels: { public: string; private: string } } };
  users: Record<string, { id: string; token: string }>;
}

function connect(url: string, token: string): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const s = io(url, { auth: { token: `Bearer ${token}` }, transports: ['websocket'], reconnection: false });
    s.once('connect', () => resolve(s));
    s.once('connect_error', reject);
  });
}

describe.skipIf(!hasRedis)('redis-server helper', () => {
  it('starts a Redis on a free port and stops it', async () => {
    const redis = await startRedis();
    expect(redis.url).toMatch(/^redis:\/\/127\.0\.0\.1:\d+$/);
    await redis.stop();
    await redis.stop();
  });
});

describe.skipIf(!hasRedis)('a 2-node reference cluster', () => {
  let cluster: EmbeddedCluster;
  let world: World;
  const sockets: Socket[] = [];
  beforeAll(async () => {
    cluster = await startCluster({ nodes: 2 });
    const res = await fetch(`${cluster.apiUrl}/api/conformance/fixtures`, { method: 'POST' });
    world = ((await res.json()) as { result: World }).result;
  });
  afterAll(async () => {
    for (const s of sockets) s.close();
    await cluster?.close();
  });
  const open = async (node: number, role: string): Promise<Socket> => {
    const s = await connect(`${cluster.socketUrls[node]}/socket/commu-${world.communities.main.id}`, world.users[role]!.token);
    sockets.push(s);
    return s;
  };

  it('carries a chat written on node 1 to a subscriber on node 2, and gives ids in write order across nodes', async () => {
    const channel = world.communities.main.channels.public;
    const a = await open(0, 'author');
    const b = await open(1, 'member');
    await b.emitWithAck('join', { channels: [channel] });
    const got = new Promise<{ id: number }>((resolve) => b.once('new-chat', resolve));
    const first = (await a.emitWithAck('chat', { chatType: 'new', channelId: channel, content: 'one' })) as { chatInfo: { id: number } };
    expect((await got).id).toBe(first.chatInfo.id);
    const second = (await b.emitWithAck('chat', { chatType: 'new', channelId: channel, content: 'two' })) as { chatInfo: { id: number } };
    expect(second.chatInfo.id).toBeGreaterThan(first.chatInfo.id);
  });

  it('runs the invitation and ordering cases with their actors on both nodes', async () => {
    const results = await runOnCluster(selectCases(['INVITE-*', 'ORDER-*', 'CHAT-NEW-018']));
    expect(results.filter((r) => r.verdict !== 'pass').map((r) => `${r.id}: ${r.failures[0]?.message ?? r.reason}`)).toEqual([]);
    for (const r of results) {
      if (r.placement && Object.keys(r.placement).length >= 2) expect(new Set(Object.values(r.placement)).size, r.id).toBe(2);
    }
    expect(results.some((r) => r.transcript.some((f) => f.kind === 'note' && (f.data as { node?: number }).node === 2))).toBe(true);
  }, 120_000);
});

describe.skipIf(!hasRedis)('serve --redis', () => {
  it('refuses a cluster node without a shared --db or --jwt-secret, in one line', async () => {
    const { parseServeArgs } = await import('../../src/cli/serve.ts');
    expect(() => parseServeArgs(['--redis', 'redis://127.0.0.1:6379', '--jwt-secret', 'k'])).toThrow(/--db FILE/);
    expect(() => parseServeArgs(['--redis', 'redis://127.0.0.1:6379', '--db', 'x.sqlite'])).toThrow(/--jwt-secret/);
    expect(() => parseServeArgs(['--redis', 'http://x'])).toThrow(/Redis URL/);
    expect(parseServeArgs(['--redis', 'redis://127.0.0.1:6379', '--db', 'x.sqlite', '--jwt-secret', 'k']).redis).toBe('redis://127.0.0.1:6379');
  });
});

describe('placement', () => {
  it('deals the actors round robin in the order the case names them', () => {
    const placed = placeActors({ actors: { a: { user: 'author' }, b: { user: 'author' }, c: { user: 'author' } } as never, steps: [{ connect: { actor: 'd' } } as never] }, 2);
    expect([...placed]).toEqual([['a', 0], ['b', 1], ['c', 0], ['d', 1]]);
    expect(placeActors({ actors: { a: {} } as never, steps: [] }, 1).size).toBe(0);
  });
  it('parses --nodes and refuses what is not a cluster', () => {
    expect(parseNodes('http://127.0.0.1:3001/, http://127.0.0.1:3002')).toEqual(['http://127.0.0.1:3001', 'http://127.0.0.1:3002']);
    expect(() => parseNodes('http://127.0.0.1:3001')).toThrow(NodesError);
    expect(() => parseNodes('http://a:1,http://a:1')).toThrow(/twice/);
    expect(() => parseNodes('ftp://a:1,http://b:2')).toThrow(/http/);
  });
});
