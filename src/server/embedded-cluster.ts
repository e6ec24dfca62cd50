// An embedded reference cluster (D-64): a real redis-server of its own (or the given
// URL), N nodes in this process, each its own Socket.IO server, Redis adapter and store
// connection, all on one SQLite file (WAL) in a temporary directory, with one JWT key.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, type ReferenceServer, type ServerOptions } from './index.ts';
import { startRedis, type RedisProcess } from './redis-process.ts';

export interface EmbeddedCluster {
  nodes: ReferenceServer[];
  /** One Socket.IO base URL per node, in node order. */
  socketUrls: string[];
  /** The REST base of node 0 (every node serves the same API over the same store). */
  apiUrl: string;
  redisUrl: string;
  jwtSecret: string;
  close(): Promise<void>;
}

export interface ClusterOptions {
  nodes: number;
  /** A running Redis; default: start redis-server on a free port, stopped by close(). */
  redis?: string;
  testMode?: boolean;
  log?: (line: string) => void;
  /** Per node: wraps its parts (the cluster mutants break one rule each on one node or all). */
  instrument?: (node: number, parts: Parameters<NonNullable<ServerOptions['instrument']>>[0]) => void;
  /** Per node: no Redis adapter (a mutant: broadcasts stay on their node). */
  withoutBus?: (node: number) => boolean;
}

export async function startCluster(options: ClusterOptions): Promise<EmbeddedCluster> {
  if (!Number.isInteger(options.nodes) || options.nodes < 1) throw new Error('a cluster needs at least one node');
  const dir = mkdtempSync(join(tmpdir(), 'commu-cluster-'));
  const db = join(dir, 'store.sqlite');
  let redis: RedisProcess | undefined;
  const nodes: ReferenceServer[] = [];
  const stop = async (): Promise<void> => {
    await Promise.allSettled(nodes.map((n) => n.close()));
    await redis?.stop();
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    const redisUrl = options.redis ?? (redis = await startRedis()).url;
    const jwtSecret = randomBytes(32).toString('base64url');
    // One after the other: the first migrates the file, the others find it migrated.
    for (let i = 0; i < options.nodes; i++) {
      const instrument = options.instrument;
      nodes.push(
        await startServer({
          db,
          jwtSecret,
          testMode: options.testMode ?? true,
          log: options.log ?? (() => {}),
          ...(options.withoutBus?.(i) ? {} : { redis: redisUrl }),
          ...(instrument ? { instrument: (parts) => instrument(i, parts) } : {}),
        }),
      );
    }
    let closed: Promise<void> | undefined;
    return {
      nodes,
      socketUrls: nodes.map((n) => n.socketUrl),
      apiUrl: nodes[0]!.apiUrl,
      redisUrl,
      jwtSecret,
      close: () => (closed ??= stop()),
    };
  } catch (err) {
    await stop();
    throw err;
  }
}
