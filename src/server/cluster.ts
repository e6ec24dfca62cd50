// Cluster mode (D-65): the nodes of one reference server share a store (one SQLite file
// in WAL mode, for nodes on one host) and carry their broadcasts through socket.io's Redis
// adapter (@socket.io/redis-adapter over the `redis` client). This module owns the two
// Redis connections of a node and the one guarantee the adapter leaves to its user: a
// namespace's subscription is confirmed by Redis before the node admits a socket into it.
import { createAdapter } from '@socket.io/redis-adapter';
import { createClient } from 'redis';

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
  close(): Promise<void>;
}

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
  const pub: RedisClient = createClient({ url, socket: { connectTimeout: CONNECT_TIMEOUT_MS, reconnectStrategy: (retries) => (retries > 20 ? new Error('gave up') : Math.min(50 * 2 ** retries, 2000)) } });
  const sub: RedisClient = pub.duplicate();
  let connected = false;
  for (const [name, client] of [['publisher', pub], ['subscriber', sub]] as const) {
    client.on('error', (err: Error) => {
      if (connected) log(`redis ${name} (${label}): ${err.message}`);
    });
  }
  try {
    await Promise.all([pub.connect(), sub.connect()]);
  } catch (err) {
    await Promise.allSettled([pub.disconnect(), sub.disconnect()]);
    throw new Error(`cannot connect to Redis at ${label}: ${(err as Error).message}`);
  }
  connected = true;
  let probes = 0;
  const noop = (): void => {};
  return {
    adapter: createAdapter(pub, sub),
    async settled() {
      // Redis answers one connection's commands in order: once this SUBSCRIBE is
      // confirmed, so is every (P)SUBSCRIBE the adapter sent before it.
      const channel = `commu-contract#settled#${process.pid}#${probes++}`;
      await sub.subscribe(channel, noop);
      void sub.unsubscribe(channel, noop).catch(() => undefined);
    },
    async close() {
      connected = false;
      await Promise.allSettled([pub.quit(), sub.quit()]);
    },
  };
}
