// `startProxy`: one HTTP server on one port that relays Socket.IO to the upstream server
// and REST to the API upstream, with the judge watching every frame. The CLI (src/cli/proxy.ts),
// the tests and the bench embed it.
import { createServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Validators } from '../contract/index.ts';
import { Judge } from './judge.ts';
import { restProxy } from './rest.ts';
import type { ProxyViolation } from './rules.ts';
import { attachSocketProxy } from './socket.ts';

export interface ProxyOptions {
  /** The Socket.IO server (`http://host:port`; namespaces are appended). */
  upstream: string;
  /** The REST base (default: `upstream`). */
  apiUpstream?: string;
  validators: Validators;
  /** Default 127.0.0.1. */
  host?: string;
  /** 0 picks a free port. */
  port: number;
  /** How long an acknowledgement may take. */
  timeoutMs: number;
  /** Refuse invalid client emits with the contract's refusal instead of forwarding them. */
  enforce?: boolean;
  onViolation?: (v: ProxyViolation) => void;
  /** Operational notes (an upstream that cannot be reached); default: none. */
  log?: (line: string) => void;
}

export interface RunningProxy {
  /** `http://host:port`: give it to clients as both the socket and the API URL. */
  url: string;
  judge: Judge;
  violations: ProxyViolation[];
  /** Every credential seen (handshake tokens, Authorization headers, fixtures' tokens): outputs mask them. */
  secrets: Set<string>;
  close(): Promise<void>;
}

function listen(server: HttpServer, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

export async function startProxy(options: ProxyOptions): Promise<RunningProxy> {
  const host = options.host ?? '127.0.0.1';
  const log = options.log ?? (() => {});
  const violations: ProxyViolation[] = [];
  const secrets = new Set<string>();
  // A credential as sent (`Bearer <jwt>`) and without its scheme word.
  const secret = (value: string): void => {
    for (const v of [value, value.replace(/^\S+\s+/, '')]) if (v.length > 0) secrets.add(v);
  };
  const judge = new Judge({
    validators: options.validators,
    timeoutMs: options.timeoutMs,
    onViolation: (v) => {
      violations.push(v);
      options.onViolation?.(v);
    },
  });
  const http = createServer(restProxy({ apiUpstream: options.apiUpstream ?? options.upstream, validators: options.validators, judge, secret, log }));
  const io = attachSocketProxy(http, { upstream: options.upstream, judge, timeoutMs: options.timeoutMs, enforce: options.enforce ?? false, secret, log });
  let port: number;
  try {
    port = await listen(http, options.port, host);
  } catch (err) {
    await io.close().catch(() => undefined);
    throw err;
  }
  let closed: Promise<void> | undefined;
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    judge,
    violations,
    secrets,
    close: () => (closed ??= (async () => {
      const stopped = new Promise<void>((resolve) => http.close(() => resolve()));
      await io.close();
      http.closeAllConnections();
      await stopped;
    })()),
  };
}
