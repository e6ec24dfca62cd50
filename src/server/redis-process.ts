// A real Redis for the embedded cluster and the tests: Debian's `redis-server` started on a
// free loopback port, with no persistence (`--save '' --appendonly no`), and stopped again.
// Nothing is mocked: the nodes talk to it through socket.io's Redis adapter.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

export interface RedisProcess {
  /** `redis://127.0.0.1:PORT`. */
  url: string;
  port: number;
  stop(): Promise<void>;
}

/** Why no Redis could be started, said so the user knows what to install or pass. */
export class RedisUnavailable extends Error {}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/** How long redis-server may take to say it accepts connections. */
const START_TIMEOUT_MS = 10_000;

function startOnce(binary: string, port: number): Promise<ChildProcess> {
  const child = spawn(binary, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--protected-mode', 'yes'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => fail(new RedisUnavailable(`redis-server did not start within ${START_TIMEOUT_MS} ms`)), START_TIMEOUT_MS);
    const fail = (err: Error): void => {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(err);
    };
    child.once('error', (err: NodeJS.ErrnoException) =>
      fail(
        new RedisUnavailable(
          err.code === 'ENOENT' ? `${binary} is not installed (Debian: apt-get install redis-server), or pass a Redis URL` : `cannot start ${binary}: ${err.message}`,
        ),
      ),
    );
    child.once('exit', (code) => fail(new RedisUnavailable(`redis-server exited (code ${code}) before it was ready: ${out.trim().split('\n').slice(-2).join(' / ')}`)));
    const onData = (chunk: Buffer): void => {
      out += chunk.toString();
      if (/ready to accept connections/i.test(out)) {
        clearTimeout(timer);
        child.removeAllListeners('exit');
        child.stdout?.off('data', onData);
        child.stdout?.resume();
        child.stderr?.resume();
        resolve(child);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => (out += chunk.toString()));
  });
}

/** Starts redis-server on a free port (retrying once when another process took the port first). */
export async function startRedis(binary = process.env.REDIS_SERVER ?? 'redis-server'): Promise<RedisProcess> {
  let lastError: unknown;
  for (let attempt = 0; attempt < 3; attempt++) {
    const port = await freePort();
    let child: ChildProcess;
    try {
      child = await startOnce(binary, port);
    } catch (err) {
      lastError = err;
      if (err instanceof RedisUnavailable && /not installed/.test(err.message)) throw err;
      continue;
    }
    let stopped: Promise<void> | undefined;
    const stop = (): Promise<void> =>
      (stopped ??= new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }));
    return { url: `redis://127.0.0.1:${port}`, port, stop };
  }
  throw lastError instanceof Error ? lastError : new RedisUnavailable(String(lastError));
}
