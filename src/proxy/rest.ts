// The proxy's REST half: a reverse proxy that streams each request to the API upstream and
// each response back with method, headers, body and status unchanged, keeping a copy of
// both bodies (up to a bound) to validate against the operation the request names.
import { request as httpRequest, type IncomingMessage, type RequestListener, type ServerResponse } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { RestOperation, Validators } from '../contract/index.ts';
import { MAX_BODY_BYTES } from '../runner/bound.ts';
import type { Judge } from './judge.ts';

/** Request headers that belong to one hop, not to the request (RFC 9110 §7.6.1). */
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'proxy-connection', 'transfer-encoding', 'upgrade', 'te', 'trailer']);

interface Route { op: RestOperation; pattern: RegExp; names: string[] }

function routes(validators: Validators): Route[] {
  return Object.values(validators.contract.rest).map((op) => {
    const names: string[] = [];
    const source = op.path.split(/(\{[^}]+\})/).map((part) => {
      const m = /^\{([^}]+)\}$/.exec(part);
      if (!m) return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      names.push(m[1]!);
      return '([^/]+)';
    }).join('');
    return { op, pattern: new RegExp(`^${source}$`), names };
  });
}

/** The longest path prefix every operation shares (`/api/`): requests under it must name an operation. */
function commonPrefix(paths: string[]): string {
  if (paths.length === 0) return '/';
  let prefix = paths[0]!;
  for (const p of paths) while (!p.startsWith(prefix)) prefix = prefix.slice(0, -1);
  return prefix.slice(0, prefix.lastIndexOf('/') + 1) || '/';
}

/** A copy of a stream's first MAX_BODY_BYTES, and whether there was more. */
class Tee {
  private readonly chunks: Buffer[] = [];
  private size = 0;
  overflow = false;
  add(chunk: Buffer): void {
    if (this.overflow) return;
    this.size += chunk.length;
    if (this.size > MAX_BODY_BYTES) this.overflow = true;
    else this.chunks.push(chunk);
  }
  text(): string {
    return Buffer.concat(this.chunks).toString('utf8');
  }
}

const isJson = (contentType: string | undefined): boolean => contentType !== undefined && /^application\/([\w.+-]*\+)?json\b/i.test(contentType);

export interface RestProxyOptions {
  apiUpstream: string;
  validators: Validators;
  judge: Judge;
  secret: (value: string) => void;
  log: (line: string) => void;
}

export function restProxy(options: RestProxyOptions): RequestListener {
  const { validators, judge } = options;
  const table = routes(validators);
  const prefix = commonPrefix(table.map((r) => r.op.path));
  const base = new URL(options.apiUpstream);
  const send = base.protocol === 'https:' ? httpsRequest : httpRequest;

  /** The operation a request names (its parameters judged at once), or undefined. */
  const judgeTarget = (label: string, name: string, method: string, url: URL): Route | undefined => {
    const route = table.find((r) => r.op.method === method.toLowerCase() && r.pattern.test(url.pathname));
    if (!route) {
      if (url.pathname.startsWith(prefix)) {
        judge.restViolation('restRequest', { client: label, event: name, pointer: '', message: `${name} names no operation of the contract`, expected: table.map((r) => `${r.op.method.toUpperCase()} ${r.op.path}`), got: name });
      }
      return undefined;
    }
    const match = route.pattern.exec(url.pathname)!;
    let path: Record<string, string>;
    try {
      path = Object.fromEntries(route.names.map((n, i) => [n, decodeURIComponent(match[i + 1]!)]));
    } catch {
      path = Object.fromEntries(route.names.map((n, i) => [n, match[i + 1]!]));
    }
    const params = validators.restParams(route.op.operationId, { path, query: Object.fromEntries(url.searchParams.entries()) });
    if (params.violations.length > 0) judge.restViolation('restRequest', { client: label, event: name, pointer: '', spec: route.op.pointer, message: `${name} parameters break the contract` }, params.violations);
    return route;
  };

  const judgeBody = (label: string, name: string, route: Route, contentType: string | undefined, body: Tee): void => {
    const { op } = route;
    if (op.requestBody === undefined || body.overflow) return;
    const where = { client: label, event: name, pointer: '', spec: op.pointer };
    const text = body.text();
    if (text === '' && !isJson(contentType)) {
      judge.restViolation('restRequest', { ...where, message: `${name} must carry a JSON body`, expected: 'application/json', got: contentType ?? 'no body' });
      return;
    }
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      judge.restViolation('restRequest', { ...where, message: `${name} body is not JSON`, expected: 'a JSON body', got: text.slice(0, 200), frame: text.slice(0, 200) });
      return;
    }
    judge.restViolation('restRequest', { ...where, message: `${name} body breaks the contract`, frame: value }, validators.restBody(op.operationId, value));
  };

  const judgeResponse = (label: string, name: string, route: Route, status: number, contentType: string | undefined, body: Tee): void => {
    const { op } = route;
    const where = { client: label, event: `${name} → ${status}`, pointer: '', spec: op.pointer };
    const documented = Object.keys(op.responses);
    if (!documented.includes(String(status))) {
      judge.restViolation('restResponse', { ...where, message: `${name} answered ${status}, a status the operation does not document`, expected: documented.map(Number), got: status });
      return;
    }
    if (body.overflow) return;
    const text = body.text();
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      judge.restViolation('restResponse', { ...where, message: `${name} answered ${status} with a body that is not JSON`, expected: 'a JSON body', got: text.slice(0, 200), frame: text.slice(0, 200) });
      return;
    }
    if (!isJson(contentType)) judge.restViolation('restResponse', { ...where, message: `${name} answered ${status} with content-type ${contentType ?? '(none)'}`, expected: 'application/json', got: contentType ?? null });
    maskTokens(value, options.secret);
    judge.restViolation('restResponse', { ...where, message: `${name} → ${status} body breaks the contract`, frame: value }, validators.restResponse(op.operationId, status, value) ?? []);
  };

  return (req: IncomingMessage, res: ServerResponse) => {
    const label = judge.request();
    const url = new URL(req.url ?? '/', 'http://proxy');
    const name = `${req.method ?? 'GET'} ${url.pathname}`;
    const auth = req.headers.authorization;
    if (auth) options.secret(auth);
    const headers: Record<string, string | string[]> = {};
    for (const [k, v] of Object.entries(req.headers)) if (v !== undefined && !HOP_BY_HOP.has(k)) headers[k] = v;
    headers.host = base.host;
    const requestBody = new Tee();
    const upstream = send({ protocol: base.protocol, hostname: base.hostname, port: base.port, method: req.method, path: `${base.pathname.replace(/\/$/, '')}${req.url ?? '/'}`, headers });
    req.on('data', (chunk: Buffer) => requestBody.add(chunk));
    req.pipe(upstream);
    const route = judgeTarget(label, name, req.method ?? 'GET', url);
    if (route) req.on('end', () => judgeBody(label, name, route, req.headers['content-type'], requestBody));
    upstream.on('response', (answer) => {
      const responseBody = new Tee();
      const raw: string[] = [];
      for (let i = 0; i + 1 < answer.rawHeaders.length; i += 2) {
        if (!HOP_BY_HOP.has(answer.rawHeaders[i]!.toLowerCase())) raw.push(answer.rawHeaders[i]!, answer.rawHeaders[i + 1]!);
      }
      res.writeHead(answer.statusCode ?? 502, answer.statusMessage, raw);
      answer.on('data', (chunk: Buffer) => responseBody.add(chunk));
      answer.pipe(res);
      answer.on('end', () => {
        if (route) judgeResponse(label, name, route, answer.statusCode ?? 0, answer.headers['content-type'], responseBody);
      });
    });
    upstream.on('error', (err) => {
      options.log(`${label}: ${name}: the proxy cannot reach the API upstream ${options.apiUpstream}: ${err.message}`);
      if (!res.headersSent) {
        const text = JSON.stringify({ statusCode: 502, message: `the proxy cannot reach the API upstream: ${err.message}`, error: 'Bad Gateway' });
        res.writeHead(502, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
        res.end(text);
      } else res.destroy();
    });
    res.on('close', () => {
      if (!upstream.writableEnded || !res.writableFinished) upstream.destroy();
    });
  };
}

/** Hands every string under a `token` key to `secret`, so outputs mask the fixtures' tokens. */
function maskTokens(value: unknown, secret: (v: string) => void): void {
  if (Array.isArray(value)) for (const v of value) maskTokens(v, secret);
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === 'token' && typeof v === 'string') secret(v);
      else maskTokens(v, secret);
    }
  }
}
