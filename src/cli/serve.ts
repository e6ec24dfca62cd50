// `commu-contract serve`: starts the reference server and runs until SIGINT / SIGTERM.
// Argument parsing and wiring only; the server is src/server.
import { writeFileSync } from 'node:fs';
import { EXIT } from './main.ts';

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

class UsageError extends Error {}

function parsePort(flag: string, text: string | undefined): number {
  if (text === undefined || !/^\d{1,5}$/.test(text) || Number(text) > 65535) {
    throw new UsageError(`${flag} needs a port number from 0 to 65535${text === undefined ? '' : ` (got "${text}")`}`);
  }
  return Number(text);
}

export function parseServeArgs(args: readonly string[]): ServeFlags {
  const flags: ServeFlags = { port: 3000, testMode: false, help: false };
  const secretFromEnv = process.env.COMMU_JWT_SECRET;
  if (secretFromEnv) flags.jwtSecret = secretFromEnv;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const name = eq === -1 ? arg : arg.slice(0, eq);
    const value = (): string => {
      if (eq !== -1) return arg.slice(eq + 1);
      const next = args[i + 1];
      if (next === undefined || next.startsWith('--')) throw new UsageError(`${name} needs a value`);
      i++;
      return next;
    };
    switch (name) {
      case '-h':
      case '--help':
        flags.help = true;
        break;
      case '--test-mode':
        if (eq !== -1) throw new UsageError('--test-mode takes no value');
        flags.testMode = true;
        break;
      case '--host': {
        const host = value();
        if (host === '') throw new UsageError('--host needs an address');
        flags.host = host;
        break;
      }
      case '--port':
        flags.port = parsePort(name, value());
        break;
      case '--api-port':
        flags.apiPort = parsePort(name, value());
        break;
      case '--db': {
        const db = value();
        if (db === '') throw new UsageError('--db needs a file path or :memory:');
        flags.db = db;
        break;
      }
      case '--redis': {
        const url = value();
        if (!/^rediss?:\/\/./.test(url)) throw new UsageError(`--redis needs a Redis URL like redis://127.0.0.1:6379 (got "${url}")`);
        flags.redis = url;
        break;
      }
      case '--fixtures-out': {
        const file = value();
        if (file === '') throw new UsageError('--fixtures-out needs a file path');
        flags.fixturesOut = file;
        break;
      }
      case '--jwt-secret': {
        const secret = value();
        if (secret === '') throw new UsageError('--jwt-secret must not be empty');
        flags.jwtSecret = secret;
        break;
      }
      default:
        throw new UsageError(`unknown option "${arg}"`);
    }
  }
  if (flags.redis !== undefined && !flags.help) {
    if (flags.db === undefined || flags.db === ':memory:') throw new UsageError('--redis (a cluster node) needs --db FILE: the one SQLite file every node of the cluster opens');
    if (flags.jwtSecret === undefined) throw new UsageError('--redis (a cluster node) needs --jwt-secret (or COMMU_JWT_SECRET): the one key every node verifies tokens with');
  }
  return flags;
}

export async function serve(args: string[]): Promise<number> {
  let flags: ServeFlags;
  try {
    flags = parseServeArgs(args);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    process.stderr.write(`commu-contract serve: ${err.message} (see --help)\n`);
    return EXIT.USAGE;
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
