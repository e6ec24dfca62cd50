// `commu-contract serve`: starts the reference server and runs until SIGINT / SIGTERM.
// Argument parsing and wiring only; the server is src/server.
import { writeFileSync } from 'node:fs';
import { EXIT } from './exit.ts';
import { parseFlags, usageFailure, UsageError } from './flags.ts';

const USAGE = `usage: commu-contract serve [options]

Starts the reference server: Socket.IO namespaces /socket/commu-{communityId} and the
REST API under /api, over one SQLite store.

options:
  --host <addr>         address to listen on (default 127.0.0.1)
  --port <n>            Socket.IO port, and REST's unless --api-port (default 3000; 0 = any free port)
  --api-port <n>        serve REST on its own port
  --db <file>           SQLite file to keep the data in (default :memory:, lost on exit)
  --jwt-secret <text>   HS256 key for tokens (default: random per start; env COMMU_JWT_SECRET)
  --redis <url>         cluster mode: carry broadcasts to the other nodes through socket.io's
                        Redis adapter (e.g. redis://127.0.0.1:6379); every node needs the same
                        --db file and --jwt-secret (docs/server.md "Running a cluster")
  --test-mode           enable POST /api/conformance/fixtures (a fresh test world per call)
  --fixtures-out <file> create one test world at start and write its fixtures document
                        (with tokens) to <file>, for \`run --fixtures <file>\` against this
                        server without --test-mode
  -h, --help            show this help

Prints where it listens; stops cleanly on SIGINT or SIGTERM (exit 0).`;

interface ServeFlags {
  host?: string;
  port: number;
  apiPort?: number;
  db?: string;
  jwtSecret?: string;
  testMode: boolean;
  redis?: string;
  fixturesOut?: string;
  help: boolean;
}

function parsePort(flag: string, text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  if (!/^\d{1,5}$/.test(text) || Number(text) > 65535) throw new UsageError(`${flag} needs a port number from 0 to 65535 (got "${text}")`);
  return Number(text);
}

function nonEmpty(flag: string, text: string | undefined, what: string): string | undefined {
  if (text === '') throw new UsageError(`${flag} ${what}`);
  return text;
}

/** The flags of `serve`, parsed by the CLI's one parser; throws UsageError. */
export function parseServeArgs(args: readonly string[]): ServeFlags {
  const { values } = parseFlags(args, SERVE_OPTIONS);
  const flags: ServeFlags = { port: parsePort('--port', values.port) ?? 3000, testMode: values['test-mode'] === true, help: values.help === true };
  const host = nonEmpty('--host', values.host, 'needs an address');
  if (host !== undefined) flags.host = host;
  const apiPort = parsePort('--api-port', values['api-port']);
  if (apiPort !== undefined) flags.apiPort = apiPort;
  const db = nonEmpty('--db', values.db, 'needs a file path or :memory:');
  if (db !== undefined) flags.db = db;
  const fixturesOut = nonEmpty('--fixtures-out', values['fixtures-out'], 'needs a file path');
  if (fixturesOut !== undefined) flags.fixturesOut = fixturesOut;
  const secret = nonEmpty('--jwt-secret', values['jwt-secret'], 'must not be empty') ?? (process.env.COMMU_JWT_SECRET || undefined);
  if (secret !== undefined) flags.jwtSecret = secret;
  if (values.redis !== undefined) {
    if (!/^rediss?:\/\/./.test(values.redis)) throw new UsageError(`--redis needs a Redis URL like redis://127.0.0.1:6379 (got "${values.redis}")`);
    flags.redis = values.redis;
  }
  if (flags.redis !== undefined && !flags.help) {
    if (flags.db === undefined || flags.db === ':memory:') throw new UsageError('--redis (a cluster node) needs --db FILE: the one SQLite file every node of the cluster opens');
    if (flags.jwtSecret === undefined) throw new UsageError('--redis (a cluster node) needs --jwt-secret (or COMMU_JWT_SECRET): the one key every node verifies tokens with');
  }
  return flags;
}

const SERVE_OPTIONS = {
  host: { type: 'string' },
  port: { type: 'string' },
  'api-port': { type: 'string' },
  db: { type: 'string' },
  'jwt-secret': { type: 'string' },
  'test-mode': { type: 'boolean' },
  'fixtures-out': { type: 'string' },
  redis: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export async function serve(args: string[]): Promise<number> {
  let flags: ServeFlags;
  try {
    flags = parseServeArgs(args);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    return usageFailure('serve', err.message);
  }
  if (flags.help) {
    process.stdout.write(`${USAGE}\n`);
    return EXIT.OK;
  }

  const { startServer } = await import('../server/index.ts');
  let server;
  try {
    server = await startServer({
      port: flags.port,
      testMode: flags.testMode,
      ...(flags.host !== undefined ? { host: flags.host } : {}),
      ...(flags.apiPort !== undefined ? { apiPort: flags.apiPort } : {}),
      ...(flags.db !== undefined ? { db: flags.db } : {}),
      ...(flags.redis !== undefined ? { redis: flags.redis } : {}),
      ...(flags.jwtSecret !== undefined ? { jwtSecret: flags.jwtSecret } : {}),
    });
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    process.stderr.write(`commu-contract serve: cannot start: ${message}\n`);
    return EXIT.USAGE;
  }

  if (flags.fixturesOut !== undefined) {
    try {
      writeFileSync(flags.fixturesOut, `${JSON.stringify(server.createWorld(), null, 2)}\n`, { mode: 0o600 });
    } catch (err) {
      await server.close();
      process.stderr.write(`commu-contract serve: cannot write --fixtures-out ${flags.fixturesOut}: ${(err as Error).message}\n`);
      return EXIT.USAGE;
    }
  }

  // Listen for the signals before saying `ready`: a supervisor may stop us right after it.
  const signalled = new Promise<NodeJS.Signals>((resolve) => {
    const stop = (s: NodeJS.Signals): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve(s);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  process.stdout.write(
    [
      `socket: ${server.socketUrl}/socket/commu-{communityId}`,
      `api:    ${server.apiUrl}/api`,
      ...(flags.redis !== undefined ? [`cluster: broadcasts through ${flags.redis.replace(/\/\/[^@/]*@/, '//')}`] : []),
      ...(flags.testMode ? [`fixtures: POST ${server.apiUrl}/api/conformance/fixtures`] : []),
      ...(flags.fixturesOut !== undefined ? [`fixtures: one world written to ${flags.fixturesOut}`] : []),
      ...(flags.jwtSecret === undefined ? ['jwt secret: random for this run (pass --jwt-secret to sign your own tokens)'] : []),
      'ready',
      '',
    ].join('\n'),
  );

  const signal = await signalled;
  process.stderr.write(`commu-contract serve: ${signal}, shutting down\n`);
  await server.close();
  return EXIT.OK;
}
