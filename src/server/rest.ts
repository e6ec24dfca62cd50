// The REST surface (openapi.yaml) over node:http. Routes are the contract's own
// operations (method + path template); path, query and body are validated with the
// contract's schemas; success is `{ statusCode, result }`, failure
// `{ statusCode, message, error }` (D-20). Writes go through the same Service as the
// socket and fan out to the same rooms (every subscriber: there is no emitting socket).
import { STATUS_CODES, type IncomingMessage, type ServerResponse } from 'node:http';
import type { operations } from '../../generated/openapi.js';
import type { Contract, RestOperation, Validators } from '../contract/index.ts';
import { describeViolation } from '../contract/index.ts';
import { authenticate, verifier, type Verifier } from './auth.ts';
import { createFixtures } from './fixtures.ts';
import type { FailureReason, Verdict } from './rules.ts';
import type { Service } from './service.ts';
import { describe, EVENTS, type SocketSurface } from './socket.ts';

/** Request bodies above this are refused with 413. */
export const MAX_BODY_BYTES = 1024 * 1024;
/** Past this much unread body the connection is cut instead of drained. */
const MAX_DRAIN_BYTES = 16 * MAX_BODY_BYTES;

const STATUS_OF: Record<FailureReason, number> = { INVALID_PAYLOAD: 400, FORBIDDEN: 403, NOT_FOUND: 404, UNAVAILABLE: 500 };

interface Route {
  op: RestOperation;
  pattern: RegExp;
  names: string[];
}

/** What a handler answers: a result with its status, or an error. */
type Outcome = { status: number; result: unknown } | { status: number; message: string | string[] };

/** An operation of the contract, by `operationId` (generated from openapi.yaml). */
type OperationId = keyof operations;

/**
 * The JSON request body of an operation as generated (`CreateChatBody`, `ModifyChatBody`,
 * `InviteBody`, …), `undefined` for an operation without one.
 */
type BodyOf<Op extends OperationId> =
  NonNullable<operations[Op]['requestBody']> extends { content: { 'application/json': infer B } } ? B : undefined;

interface Context<B = unknown> {
  userId: string;
  params: Record<string, string | number>;
  /** The body once the contract's validator accepted it (`restBody`). */
  body: B;
}

type Handler<B = unknown> = (ctx: Context<B>) => Outcome;

/** One handler per operation, each receiving that operation's generated body type. */
type Handlers = { [Op in OperationId]?: Handler<BodyOf<Op>> };

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** A path template (`/api/channels/{channelId}/chat`) as a pattern capturing its parameters. */
export function routeOf(op: RestOperation): Route {
  const names: string[] = [];
  const source = op.path
    .split(/(\{[^}]+\})/)
    .map((part) => {
      const name = /^\{([^}]+)\}$/.exec(part)?.[1];
      if (name === undefined) return escapeRegExp(part);
      names.push(name);
      return '([^/]+)';
    })
    .join('');
  return { op, pattern: new RegExp(`^${source}$`), names };
}

function fromVerdict<T>(verdict: Verdict<T>, status: number, then?: (value: T) => unknown): Outcome {
  if (!verdict.ok) return { status: STATUS_OF[verdict.reason], message: verdict.message };
  return { status, result: then ? then(verdict.value) : verdict.value };
}

export interface RestSurfaceOptions {
  contract: Contract;
  validators: Validators;
  service: Service;
  jwtSecret: string;
  testMode: boolean;
  log: (line: string) => void;
}

export class RestSurface {
  private readonly routes: Route[];
  private readonly handlers: Handlers;
  private inFlight = 0;
  private idle: (() => void)[] = [];
  private closing = false;
  private socket: SocketSurface | undefined;
  private readonly verifier: Verifier;

  constructor(private readonly options: RestSurfaceOptions) {
    const { contract, service, validators } = options;
    this.verifier = verifier(options.jwtSecret, (id) => validators.shape('ObjectId', id).length === 0, (id) => service.store.hasUser(id));
    this.routes = Object.values(contract.rest)
      .filter((op) => !op.testOnly || options.testMode)
      .map(routeOf);
    const limitDefault = (): number => {
      const schema = contract.rest.listChats?.parameters.find((p) => p.name === 'limit')?.schema as { default?: unknown } | undefined;
      return typeof schema?.default === 'number' ? schema.default : 50;
    };
    const defaultLimit = limitDefault();
    const channelId = (ctx: Context): string => String(ctx.params.channelId);
    const chatId = (ctx: Context): number => Number(ctx.params.chatId);
    this.handlers = {
      createChat: (ctx) => {
        const verdict = service.createChat(ctx.userId, undefined, channelId(ctx), ctx.body.content);
        return fromVerdict(verdict, 201, (chat) => (this.socket?.broadcastChat(EVENTS.newChat, chat), chat));
      },
      listChats: (ctx) => {
        const before = typeof ctx.params.before === 'number' ? ctx.params.before : undefined;
        const limit = typeof ctx.params.limit === 'number' ? ctx.params.limit : defaultLimit;
        return fromVerdict(service.listChats(ctx.userId, channelId(ctx), before, limit), 200);
      },
      modifyChat: (ctx) => {
        const verdict = service.modifyChat(ctx.userId, undefined, channelId(ctx), chatId(ctx), ctx.body.content);
        return fromVerdict(verdict, 200, (chat) => (this.socket?.broadcastChat(EVENTS.modifyChat, chat), chat));
      },
      deleteChat: (ctx) => {
        const verdict = service.deleteChat(ctx.userId, undefined, channelId(ctx), chatId(ctx));
        return fromVerdict(verdict, 200, (chat) => (this.socket?.broadcastChat(EVENTS.deleteChat, chat), chat));
      },
      inviteUsers: (ctx) => {
        const { communityId, users } = ctx.body;
        const verdict = service.invite(ctx.userId, communityId, communityId, channelId(ctx), users);
        return fromVerdict(verdict, 201, ({ invited, channel }) => {
          this.socket?.deliverInvitation(channel, invited);
          return { invited };
        });
      },
      createFixtures: () => ({ status: 201, result: createFixtures(service.store, options.jwtSecret) }),
    };
    for (const route of this.routes) {
      if (!this.handlerOf(route.op.operationId)) options.log(`warning: no handler for ${route.op.operationId}; it answers 501`);
    }
  }

  /**
   * The handler of an operation named by the contract at run time. It takes the body as
   * `unknown`: its generated body type holds once `restBody` has accepted the body, which
   * `serve` checks before calling it.
   */
  private handlerOf(operationId: string): Handler | undefined {
    return (this.handlers as Record<string, Handler | undefined>)[operationId];
  }

  /** The socket surface that REST writes fan out through. */
  attach(socket: SocketSurface): void {
    this.socket = socket;
  }

  /** The `request` listener. */
  readonly listener = (req: IncomingMessage, res: ServerResponse): void => {
    this.inFlight++;
    this.serve(req, res)
      .catch((err: unknown) => {
        this.options.log(`${req.method} ${req.url} failed: ${describe(err)}`);
        if (!res.headersSent) this.send(res, 500, { message: 'Internal Server Error' });
        else res.destroy();
      })
      .finally(() => {
        this.inFlight--;
        if (this.inFlight === 0) for (const resolve of this.idle.splice(0)) resolve();
      });
  };

  /** Stops taking new requests and resolves once the ones in flight are answered. */
  async drain(): Promise<void> {
    this.closing = true;
    if (this.inFlight === 0) return;
    await new Promise<void>((resolve) => this.idle.push(resolve));
  }

  private async serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (this.closing) return this.send(res, 503, { message: 'the server is shutting down' });
    const method = (req.method ?? 'GET').toLowerCase();
    let url: URL;
    try {
      url = new URL(req.url ?? '/', 'http://localhost');
    } catch {
      return this.send(res, 400, { message: 'malformed request target' });
    }
    const matches = this.routes
      .map((route) => ({ route, match: route.pattern.exec(url.pathname) }))
      .filter((m): m is { route: Route; match: RegExpExecArray } => m.match !== null);
    if (matches.length === 0) {
      ignoreBody(req, res);
      return this.send(res, 404, { message: `Cannot ${method.toUpperCase()} ${url.pathname}` });
    }
    const hit = matches.find((m) => m.route.op.method === method);
    if (!hit) {
      ignoreBody(req, res);
      const allow = matches.map((m) => m.route.op.method.toUpperCase()).join(', ');
      return this.send(res, 405, { message: `${method.toUpperCase()} is not allowed here (allowed: ${allow})` }, { allow });
    }
    const { op, names } = hit.route;
    const handler = this.handlerOf(op.operationId);
    if (!handler) {
      ignoreBody(req, res);
      return this.send(res, 501, { message: `${op.operationId} is not implemented` });
    }

    let userId = '';
    if (op.secured) {
      const identity = await authenticate(req.headers.authorization, this.verifier);
      if (!identity.ok) {
        ignoreBody(req, res);
        return this.send(res, 401, { message: 'Unauthorized' }, { 'www-authenticate': 'Bearer' });
      }
      userId = identity.userId;
    }

    const path: Record<string, string> = {};
    try {
      names.forEach((name, i) => (path[name] = decodeURIComponent(hit.match[i + 1] ?? '')));
    } catch {
      ignoreBody(req, res);
      return this.send(res, 400, { message: ['malformed percent-encoding in the path'] });
    }
    const query: Record<string, string> = {};
    for (const p of op.parameters) {
      if (p.in !== 'query') continue;
      const all = url.searchParams.getAll(p.name);
      if (all.length > 1) {
        ignoreBody(req, res);
        return this.send(res, 400, { message: [`/${p.name} must be given at most once`] });
      }
      if (all[0] !== undefined) query[p.name] = all[0];
    }
    const { values, violations } = this.options.validators.restParams(op.operationId, { path, query });
    if (violations.length > 0) {
      ignoreBody(req, res);
      return this.send(res, 400, { message: violations.map(describeViolation) });
    }

    let body: unknown;
    if (op.requestBody !== undefined) {
      const read = await readBody(req);
      if (!read.ok) {
        if (read.status === 413) res.setHeader('connection', 'close');
        return this.send(res, read.status, { message: read.message });
      }
      const type = req.headers['content-type'];
      if (type !== undefined && !/^application\/([\w.+-]+\+)?json\s*(;|$)/i.test(type)) {
        return this.send(res, 400, { message: ['the body must be application/json'] });
      }
      try {
        body = read.text === '' ? undefined : JSON.parse(read.text);
      } catch {
        return this.send(res, 400, { message: ['the body is not valid JSON'] });
      }
      const bodyViolations = this.options.validators.restBody(op.operationId, body);
      if (bodyViolations.length > 0) {
        return this.send(res, 400, { message: bodyViolations.map((v) => `body${describeViolation(v).replace(/^\(root\)/, '')}`) });
      }
    } else {
      ignoreBody(req, res);
    }
    if (this.closing) return this.send(res, 503, { message: 'the server is shutting down' });
    // A write in a cluster waits until its broadcasts are out on every node (D-63).
    const request = () => handler({ userId, params: values, body });
    // (A fixtures world is new: nobody is subscribed to it, nothing to order.)
    const outcome = req.method === 'GET' || op.operationId === 'createFixtures' || !this.socket ? request() : await this.socket.serialized(request, (o) => o.status < 300);
    if ('result' in outcome) return this.send(res, outcome.status, { result: outcome.result });
    return this.send(res, outcome.status, { message: outcome.message });
  }

  private send(
    res: ServerResponse,
    status: number,
    content: { result: unknown } | { message: string | string[] },
    headers: Record<string, string> = {},
  ): void {
    const doc = 'result' in content
      ? { statusCode: status, result: content.result }
      : { statusCode: status, message: content.message, error: STATUS_CODES[status] ?? 'Error' };
    const text = JSON.stringify(doc);
    res.writeHead(status, {
      ...headers,
      'content-type': 'application/json; charset=utf-8',
      'content-length': Buffer.byteLength(text),
      ...(this.closing ? { connection: 'close' } : {}),
    });
    res.end(text);
  }
}

/** A body this small on a request whose body is not read is skipped on a kept-alive connection. */
const MAX_IGNORED_BYTES = 64 * 1024;

/**
 * For a request whose body is not read (an operation without one, or a request refused
 * before its body): a small declared body is skipped and the connection kept; a larger
 * or chunked one is not read at all: the response says `connection: close` and Node
 * closes the connection once it is sent (an unauthenticated peer cannot make the server
 * read an unbounded body, D-52).
 */
export function ignoreBody(req: IncomingMessage, res: ServerResponse): void {
  const declared = Number(req.headers['content-length'] ?? '0');
  if (req.headers['transfer-encoding'] === undefined && Number.isFinite(declared) && declared <= MAX_IGNORED_BYTES) {
    req.resume();
    return;
  }
  res.setHeader('connection', 'close');
}

type BodyRead = { ok: true; text: string } | { ok: false; status: number; message: string | string[] };

/**
 * The request body as UTF-8 text, at most MAX_BODY_BYTES. A larger body is drained
 * (up to MAX_DRAIN_BYTES, then the connection is cut) and answered 413.
 */
function readBody(req: IncomingMessage): Promise<BodyRead> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        tooLarge = true;
        chunks.length = 0;
        if (size > MAX_DRAIN_BYTES) req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('error', () => resolve({ ok: false, status: 400, message: ['the body could not be read'] }));
    req.on('close', () => {
      if (!req.complete) resolve({ ok: false, status: tooLarge ? 413 : 400, message: tooLarge ? 'the body exceeds 1 MB' : ['the body is incomplete'] });
    });
    req.on('end', () => {
      if (tooLarge) return resolve({ ok: false, status: 413, message: `the body exceeds ${MAX_BODY_BYTES} bytes` });
      try {
        resolve({ ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks)) });
      } catch {
        resolve({ ok: false, status: 400, message: ['the body is not valid UTF-8'] });
      }
    });
  });
}
