// The reference server's factory: one store, one Service, the Socket.IO surface and the
// REST surface, on one port or two. Tests, the runner and `commu-contract serve` embed it.
import { randomBytes } from 'node:crypto';
import { createServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadContract, loadValidators, Validators, type Contract } from '../contract/index.ts';
import { ignoreBody, RestSurface } from './rest.ts';
import { connectBus, type ClusterBus } from './cluster.ts';
import { Service } from './service.ts';
import { SocketSurface } from './socket.ts';
import { Store } from './store.ts';

export interface ServerOptions {
  /** Default 127.0.0.1. */
  host?: string;
  /** 0 (the default) picks a free port. */
  port?: number;
  /** When given and different from `port`, REST listens on its own port. */
  apiPort?: number;
  /** A file path or ':memory:' (the default). */
  db?: string;
  /** Random per start unless given. */
  jwtSecret?: string;
  /**
   * Cluster mode (D-62): a Redis URL. Broadcasts and room changes go through socket.io's
   * Redis adapter to the other nodes; give every node the same `db` file and `jwtSecret`.
   */
  redis?: string;
  /** Enables `POST /api/conformance/fixtures`. */
  testMode?: boolean;
  /** Default: one line to stderr. */
  log?: (line: string) => void;
  /** The contract to serve (default: the package's specs, loaded once). */
  contract?: Contract;
  /**
   * Called once with the server's parts before it listens. For the kit's own tests
   * (mutant servers wrap these parts to break one rule each); never used by `serve`.
   */
  instrument?: (parts: ServerParts) => void;
}

/** The parts of a running reference server, for instrumentation in tests. */
export interface ServerParts {
  contract: Contract;
  validators: Validators;
  store: Store;
  service: Service;
  sockets: SocketSurface;
  rest: RestSurface;
  jwtSecret: string;
  /** Cluster mode only. */
  bus?: ClusterBus;
}

export interface ReferenceServer {
  /** `http://host:port`; clients connect to `${socketUrl}/socket/commu-${communityId}`. */
  socketUrl: string;
  /** The REST base; its paths start with `/api`. */
  apiUrl: string;
  jwtSecret: string;
  /**
   * Creates one conformance world (the test endpoint's, whatever the mode) and returns its
   * fixtures document: how `serve --fixtures-out` gives a server without the test
   * endpoint a world for `run --fixtures`.
   */
  createWorld(): Fixtures;
  /** Stops accepting, answers the requests in flight, disconnects sockets, closes the DB. */
  close(): Promise<void>;
}

import { createFixtures, type Fixtures } from './fixtures.ts';
export type { Fixtures, FixtureUser } from './fixtures.ts';
export { namespaceOf } from '../contract/index.ts';

/** How long close() waits for REST requests in flight (a slow body) before cutting them. */
const DRAIN_TIMEOUT_MS = 5000;

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}

function listen(server: HttpServer, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const onError = (err: Error): void => reject(err);
    server.once('error', onError);
    server.listen(port, host, () => {
      server.off('error', onError);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

function urlOf(host: string, port: number): string {
  return `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
}

function closeServer(server: HttpServer): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeIdleConnections();
  });
}

export async function startServer(options: ServerOptions = {}): Promise<ReferenceServer> {
  const host = options.host ?? '127.0.0.1';
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const jwtSecret = options.jwtSecret ?? randomBytes(32).toString('base64url');
  const contract = options.contract ?? loadContract();
  // First-error validators (D-52): what the server answers costs no more than the payload.
  const validators = await loadValidators(contract, { firstError: true });
  const bus = options.redis !== undefined ? await connectBus(options.redis, log) : undefined;
  let store: Store;
  try {
    store = new Store(options.db ?? ':memory:');
  } catch (err) {
    await bus?.close();
    throw err;
  }
  const service = new Service(store);

  const rest = new RestSurface({ contract, validators, service, jwtSecret, testMode: options.testMode === true, log });
  const port = options.port ?? 0;
  const separate = options.apiPort !== undefined && options.apiPort !== port;
  const socketHttp = createServer(
    separate
      ? (req, res) => {
          ignoreBody(req, res);
          const text = JSON.stringify({ statusCode: 404, message: 'the REST API listens on its own port', error: 'Not Found' });
          res.writeHead(404, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
          res.end(text);
        }
      : rest.listener,
  );
  const apiHttp = separate ? createServer(rest.listener) : socketHttp;
  const sockets = new SocketSurface(socketHttp, { contract, validators, service, jwtSecret, log, ...(bus ? { bus } : {}) });
  rest.attach(sockets);
  options.instrument?.({ contract, validators, store, service, sockets, rest, jwtSecret, ...(bus ? { bus } : {}) });

  let socketPort: number;
  let apiPort: number;
  try {
    socketPort = await listen(socketHttp, port, host);
    apiPort = separate ? await listen(apiHttp, options.apiPort ?? 0, host) : socketPort;
  } catch (err) {
    await sockets.close().catch(() => undefined);
    if (separate) await closeServer(apiHttp);
    await bus?.close();
    store.close();
    throw err;
  }

  let closed: Promise<void> | undefined;
  const close = (): Promise<void> =>
    (closed ??= (async () => {
      // Stop accepting, answer what is in flight, then drop sockets and connections.
      const stopped = [closeServer(socketHttp), ...(separate ? [closeServer(apiHttp)] : [])];
      await Promise.race([rest.drain(), delay(DRAIN_TIMEOUT_MS)]);
      await sockets.close();
      socketHttp.closeAllConnections();
      if (separate) apiHttp.closeAllConnections();
      await Promise.all(stopped);
      await bus?.close();
      store.close();
    })());

  const createWorld = (): Fixtures => createFixtures(store, jwtSecret);
  return { socketUrl: urlOf(host, socketPort), apiUrl: urlOf(host, apiPort), jwtSecret, createWorld, close };
}
