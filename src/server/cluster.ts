// Cluster mode (D-62): the nodes of one reference server share a store (one SQLite file
// in WAL mode, for nodes on one host) and carry their broadcasts through socket.io's Redis
// adapter (@socket.io/redis-adapter over the `redis` client). This module owns the two
// Redis connections of a node and the one guarantee the adapter leaves to its user: a
// namespace's subscription is confirmed by Redis before the node admits a socket into it.
// Types only: the Redis client and the adapter are loaded by connectBus, so a process that
// never clusters (every `run` against one node) never pays for them (~170 ms of start-up).
import type { createAdapter } from '@socket.io/redis-adapter';
import type { createClient } from 'redis';

type RedisClient = ReturnType<typeof createClient>;

export interface ClusterBus {
  /** For `new Server(…, { adapter })`. */
  adapter: ReturnType<typeof createAdapter>;
  /**
   * Resolves once Redis has confirmed every subscription this node asked for so far (the
   * adapter subscribes a namespace's channels when the namespace is created, without
   * waiting): a socket admitted after it cannot miss a broadcast published by another node.
   */
  settled(): Promise<void>;
  /**
   * Runs `fn` holding the cluster's write token (D-63): one write at a time across every
   * node, in the order the nodes asked for it (Redis serves BLPOP waiters first come, first
   * served; no polling). Within a node, in the order of the calls.
   */
  exclusive<T>(fn: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** The list holding the one write token, and the key that says it was created. */
const TOKEN_KEY = 'commu-contract:write-token';
const TOKEN_INIT_KEY = 'commu-contract:write-token:created';
/**
 * The event every node answers once it has handled every message published before it
 * (one Redis connection, in order): how a writer knows its broadcasts were emitted on every
 * node before it acknowledges (D-63).
 */
export const FLUSH_EVENT = 'commu-contract:flushed';

/** The URL as the user gave it, without a password (for messages). */
export function redisLabel(url: string): string {
  try {
    const u = new URL(url);
    u.password = '';
    u.username = '';
    return u.toString().replace(/\/$/, '');
  } catch {
    return '(an invalid Redis URL)';
  }
}

export class RedisUrlError extends Error {}

export function checkRedisUrl(url: string): void {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new RedisUrlError(`"${url}" is not a URL; give one like redis://127.0.0.1:6379`);
  }
  if (u.protocol !== 'redis:' && u.protocol !== 'rediss:') throw new RedisUrlError(`a Redis URL starts with redis:// or rediss:// (got ${u.protocol}//)`);
}

const CONNECT_TIMEOUT_MS = 5000;

/** Connects a node's publisher and subscriber to Redis; rejects with a message naming the URL. */
export async function connectBus(url: string, log: (line: string) => void): Promise<ClusterBus> {
  checkRedisUrl(url);
  const label = redisLabel(url);
  const [{ createClient }, { createAdapter }] = await Promise.all([import('redis'), import('@socket.io/redis-adapter')]);
  const pub: RedisClient = createClient({ url, socket: { connectTimeout: CONNECT_TIMEOUT_MS, reconnectStrategy: (retries) => (retries > 20 ? new Error('gave up') : Math.min(50 * 2 ** retries, 2000)) } });
  const sub: RedisClient = pub.duplicate();
  // BLPOP blocks its connection: the write token has a connection of its own.
  const lock: RedisClient = pub.duplicate();
  let connected = false;
  for (const [name, client] of [['publisher', pub], ['subscriber', sub], ['lock', lock]] as const) {
    // The adapter of each namespace adds an error listener to both clients: one per community.
    client.setMaxListeners(0);
    client.on('error', (err: Error) => {
      if (connected) log(`redis ${name} (${label}): ${err.message}`);
    });
  }
  try {
    await Promise.all([pub.connect(), sub.connect(), lock.connect()]);
    // The first node of a cluster creates the one token.
    if ((await pub.set(TOKEN_INIT_KEY, '1', { NX: true })) === 'OK') await pub.rPush(TOKEN_KEY, '1');
  } catch (err) {
    await Promise.allSettled([pub.disconnect(), sub.disconnect(), lock.disconnect()]);
    throw new Error(`cannot connect to Redis at ${label}: ${(err as Error).message}`);
  }
  connected = true;
  let probes = 0;
  const noop = (): void => {};
  let chain: Promise<unknown> = Promise.resolve();
  return {
    adapter: createAdapter(pub, sub),
    async settled() {
      // Redis answers one connection's commands in order: once this SUBSCRIBE is
      // confirmed, so is every (P)SUBSCRIBE the adapter sent before it.
      const channel = `commu-contract#settled#${process.pid}#${probes++}`;
      await sub.subscribe(channel, noop);
      void sub.unsubscribe(channel, noop).catch(() => undefined);
    },
    exclusive<T>(fn: () => Promise<T>): Promise<T> {
      const run = async (): Promise<T> => {
        await lock.blPop(TOKEN_KEY, 0);
        try {
          return await fn();
        } finally {
          await pub.rPush(TOKEN_KEY, '1');
        }
      };
      const result = chain.then(run, run);
      chain = result.catch(() => undefined);
      return result;
    },
    async close() {
      connected = false;
      await chain;
      // A BLPOP still waiting is cut off with its connection.
      await Promise.allSettled([pub.quit(), sub.quit(), lock.disconnect()]);
    },
  };
}
