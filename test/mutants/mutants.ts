// Mutant reference servers: each breaks exactly one rule of the contract by wrapping a
// part of the clean server (the shipped server has no mutation code). `npm run mutants`
// runs the whole catalogue against each and expects every one to be caught.
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Namespace, Socket } from 'socket.io';
import { decodeClaims, signToken, type TokenClaims } from '../../src/lib/jwt.ts';
import type { ServerParts } from '../../src/server/index.ts';
import { routeOf } from '../../src/server/rest.ts';
import { EVENTS } from '../../src/server/socket.ts';

export interface Mutant {
  id: string;
  /** The rule it breaks, with the decision. */
  rule: string;
  apply(parts: ServerParts): void;
}

type AnyFn = (...args: any[]) => any;
/** Replaces `obj[name]` by `wrap(original)`; works for private methods too. */
function around<T extends object>(obj: T, name: string, wrap: (original: AnyFn) => AnyFn): void {
  const target = obj as unknown as Record<string, AnyFn>;
  const original = target[name]!.bind(obj);
  target[name] = wrap(original);
}

interface Packet { type: number; nsp: string; data?: unknown[]; id?: number }
const EVENT = 2;
const ACK = 3;
const CONNECT_ERROR = 4;

/** Rewrites every packet the server sends (events, acks, connect errors) before encoding. */
function outgoing(parts: ServerParts, transform: (packet: Packet) => Packet | Packet[]): void {
  const encoder = (parts.sockets.io as unknown as { encoder: { encode: (p: Packet) => unknown[] } }).encoder;
  const encode = encoder.encode.bind(encoder);
  encoder.encode = (packet: Packet) => {
    const out = transform(structuredClone(packet));
    return (Array.isArray(out) ? out : [out]).flatMap((p) => encode(p));
  };
}

type Json = Record<string, unknown>;
const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const CHAT_EVENTS = new Set(['new-chat', 'modify-chat', 'delete-chat']);

/** Applies `f` to every Chat the server sends: in chat events and in chat acks. */
function chats(parts: ServerParts, f: (chat: Json, context: { event?: string }) => void): void {
  outgoing(parts, (p) => {
    if (p.type === EVENT && Array.isArray(p.data) && CHAT_EVENTS.has(p.data[0] as string) && isObj(p.data[1])) f(p.data[1], { event: p.data[0] as string });
    if (p.type === ACK && Array.isArray(p.data) && isObj(p.data[0]) && isObj(p.data[0].chatInfo)) f(p.data[0].chatInfo, {});
    return p;
  });
}

/** Applies `f` to every failed write's ack (`{ written: false, … }`). */
function refusals(parts: ServerParts, f: (ack: Json) => void): void {
  outgoing(parts, (p) => {
    if (p.type === ACK && Array.isArray(p.data) && isObj(p.data[0]) && p.data[0].written === false) f(p.data[0]);
    return p;
  });
}

/**
 * Re-signs the handshake token with the server's key when `accept(header, claims)` says so,
 * keeping every claim (so an expired token stays expired) unless `dropExp` says otherwise.
 */
function acceptTokens(
  parts: ServerParts,
  accept: (token: string, header: Json, claims: Json) => boolean,
  options: { transform?: (auth: string) => string; dropExp?: boolean; claims?: (claims: Json) => Json } = {},
): void {
  around(parts.sockets, 'admit', (admit) => (socket: Socket) => {
    const auth = socket.handshake.auth as Json;
    let value = typeof auth.token === 'string' ? auth.token : undefined;
    if (value !== undefined && options.transform) value = options.transform(value);
    const token = value?.startsWith('Bearer ') ? value.slice(7) : undefined;
    if (token) {
      let header: Json = {};
      try {
        header = JSON.parse(Buffer.from(token.split('.')[0] ?? '', 'base64url').toString()) as Json;
      } catch { /* not a JWT */ }
      const claims = decodeClaims(token);
      if (claims && accept(token, header, claims)) {
        const { exp, ...rest } = claims;
        const kept = options.dropExp || exp === undefined ? rest : { ...rest, exp };
        value = `Bearer ${signToken((options.claims ? options.claims(kept) : kept) as TokenClaims, parts.jwtSecret)}`;
      }
    }
    if (value !== undefined) socket.handshake.auth = { ...auth, token: value };
    return admit(socket);
  });
}

/** Rewrites REST responses: `f` gets the status and the envelope about to be sent. */
function restResponses(parts: ServerParts, f: (status: number, content: Json, res: { writeHead: AnyFn; end: AnyFn }) => [number, Json] | 'sent'): void {
  around(parts.rest, 'send', (send) => (res: { writeHead: AnyFn; end: AnyFn }, status: number, content: Json, headers?: Json) => {
    const out = f(status, structuredClone(content), res);
    if (out === 'sent') return;
    return send(res, out[0], out[1], headers);
  });
}

const shiftSeconds = (iso: unknown, s: number) => new Date(Date.parse(String(iso)) + s * 1000).toISOString();

/** The store's prepared statements (a private method of the store). */
const sql = (parts: ServerParts, text: string) => (parts.store as unknown as { q: (sql: string) => { get: AnyFn; all: AnyFn; run: AnyFn } }).q(text);

/** The live namespace of each community (a private field of the socket surface). */
const namespacesOf = (parts: ServerParts) => (parts.sockets as unknown as { namespaces: Map<string, Namespace> }).namespaces;

/** Rewrites the content of every chat written, by `new` and by `modify`, on both surfaces. */
function contents(parts: ServerParts, f: (content: string) => string): void {
  around(parts.store, 'insertChat', (insert) => (input: Json) => insert({ ...input, content: f(String(input.content)) }));
  around(parts.store, 'modifyChat', (modify) => (chat: Json, content: string) => modify(chat, f(String(content))));
}

/** Refuses as invalid input (socket `chat`, REST bodies) every content that `refuse` says is bad. */
function refuseContents(parts: ServerParts, keyword: string, refuse: (content: string) => boolean): void {
  const violation = (value: string) => ({ pointer: '/content', message: `refused (${keyword})`, value, keyword, schemaPath: '' });
  around(parts.validators, 'event', (event) => (name: string, payload: unknown) => {
    const content = isObj(payload) ? payload.content : undefined;
    return name === 'chat' && typeof content === 'string' && refuse(content) ? [violation(content)] : event(name, payload);
  });
  around(parts.validators, 'restBody', (restBody) => (op: string, body: unknown) => {
    const content = isObj(body) ? body.content : undefined;
    const violations = restBody(op, body) as unknown[];
    return typeof content === 'string' && refuse(content) ? [...violations, violation(content)] : violations;
  });
}

/** Runs `f` on every socket the server admits, before its handlers are registered. */
function everySocket(parts: ServerParts, f: (socket: Socket) => void): void {
  around(parts.sockets, 'onConnection', (onConnection) => (socket: Socket) => {
    f(socket);
    return onConnection(socket);
  });
}

/** The events a client may emit (asyncapi.yaml). */
const CLIENT_EVENTS = new Set<string>([EVENTS.join, EVENTS.chat, EVENTS.invite]);

/** Whether an incoming event's arguments (the callback taken off) are invalid input. */
function invalidInput(parts: ServerParts, event: string, args: unknown[]): boolean {
  const payloads = typeof args[args.length - 1] === 'function' ? args.slice(0, -1) : args;
  return payloads.length !== 1 || parts.validators.event(event, payloads[0])?.length !== 0;
}

/** For a write, makes `user` a member of `channel` for the rules, and nothing else. */
function asMember<T>(parts: ServerParts, channel: string, user: string, run: () => T): T {
  const store = parts.store as unknown as Record<string, AnyFn>;
  const own = Object.prototype.hasOwnProperty.call(store, 'isChannelMember');
  const isChannelMember = store.isChannelMember!;
  store.isChannelMember = (c: string, u: string) => (c === channel && u === user) || isChannelMember.call(parts.store, c, u);
  try {
    return run();
  } finally {
    if (own) store.isChannelMember = isChannelMember;
    else delete store.isChannelMember;
  }
}

/** The channel's managers: its own and its community's. */
function isManager(parts: ServerParts, channel: string, user: string): boolean {
  const ch = parts.store.channel(channel);
  return ch !== undefined && (ch.managerId === user || parts.store.community(ch.communityId)?.managerId === user);
}

/**
 * A modify whose stored and answered chat gets `field` set to `value(before, after)`: one
 * timestamp rule broken, on both surfaces (the row is updated, so REST reads the same).
 */
function modifiedTimestamp(p: ServerParts, field: 'createdAt' | 'updatedAt', value: (before: Json, after: Json) => unknown): void {
  const column = field === 'createdAt' ? 'created_at' : 'updated_at';
  around(p.store, 'modifyChat', (modify) => (chat: Json, content: string) => {
    const out = modify(chat, content) as Json | undefined;
    if (out) {
      out[field] = value(chat, out);
      sql(p, `UPDATE chats SET ${column} = ? WHERE id = ?`).run(out[field], out.id);
    }
    return out;
  });
}

/** A refused write, as the rules return it. */
const refused = (reason: string, message: string) => ({ ok: false, reason, message });

interface Req { url?: string; method?: string; headers: Record<string, string | string[] | undefined>; resume: () => void }
/** Runs `f` on every REST request before the clean server serves it; `f` may answer it itself ('sent'). */
function restRequests(parts: ServerParts, f: (req: Req, send: (status: number, message: string | string[]) => void) => 'sent' | void): void {
  const send = (parts.rest as unknown as { send: AnyFn }).send.bind(parts.rest);
  around(parts.rest, 'serve', (serve) => (req: Req, res: unknown) => {
    let sent = false;
    f(req, (status, message) => { sent = true; req.resume(); send(res, status, { message }); });
    return sent ? Promise.resolve() : serve(req, res);
  });
}
/** Rewrites the request target (path and query) before the clean server reads it. */
const rewriteUrl = (parts: ServerParts, f: (url: string) => string) => restRequests(parts, (req) => { req.url = f(req.url ?? '/'); });

export const MUTANTS: Mutant[] = [
  // ---- handshake ----
  { id: 'auth-accepts-alg-none', rule: 'D-07 refuse an unsigned (alg none) token', apply: (p) => acceptTokens(p, (_, h) => h.alg === 'none') },
  // Every HS256 token re-signed with its claims (exp kept): a bad signature passes, an expired token still does not.
  { id: 'auth-accepts-wrong-key', rule: 'D-07 refuse a token signed with another key', apply: (p) => acceptTokens(p, (_, h) => h.alg === 'HS256') },
  { id: 'auth-accepts-expired', rule: 'D-07 refuse an expired token', apply: (p) => acceptTokens(p, (_, __, c) => typeof c.exp === 'number' && c.exp * 1000 < Date.now(), { dropExp: true }) },
  { id: 'auth-accepts-bare-token', rule: 'D-07 the token must be `Bearer <jwt>`', apply: (p) => acceptTokens(p, () => false, { transform: (t) => (t.startsWith('eyJ') ? `Bearer ${t}` : t) }) },
  { id: 'auth-accepts-any-scheme', rule: 'D-07 only the Bearer scheme', apply: (p) => acceptTokens(p, () => false, { transform: (t) => t.replace(/^\w+ /, 'Bearer ') }) },
  {
    id: 'auth-accepts-non-member', rule: 'D-07 refuse users outside the community',
    apply: (p) => around(p.service, 'connect', (connect) => (...a: unknown[]) => { const r = connect(...a); return r?.code === 'NOT_A_MEMBER' ? undefined : r; }),
  },
  {
    id: 'auth-forbidden-as-unauthorized', rule: 'D-07 a membership refusal says Forbidden',
    apply: (p) => outgoing(p, (pk) => { if (pk.type === CONNECT_ERROR && isObj(pk.data) && (pk.data as Json).message === 'Forbidden') (pk.data as Json).message = 'Unauthorized'; return pk; }),
  },
  {
    id: 'auth-no-code', rule: 'D-23 connect_error SHOULD carry data.code',
    apply: (p) => outgoing(p, (pk) => { if (pk.type === CONNECT_ERROR && isObj(pk.data)) delete (pk.data as Json).data; return pk; }),
  },
  {
    id: 'auth-exp-in-milliseconds', rule: 'D-07 a valid token is accepted (exp is in seconds)',
    apply: (p) => around(p.sockets, 'admit', (admit) => (socket: Socket) => {
      const token = String((socket.handshake.auth as Json).token ?? '').replace(/^Bearer /, '');
      const exp = decodeClaims(token)?.exp;
      // The classic bug: comparing `exp` (seconds) with Date.now() (milliseconds).
      if (typeof exp === 'number' && exp <= Date.now()) return { message: 'Unauthorized', code: 'TOKEN_EXPIRED' };
      return admit(socket);
    }),
  },
  {
    id: 'auth-requires-channel-membership', rule: 'D-07 membership of the community admits',
    apply: (p) => around(p.service, 'connect', (connect) => (user: string, community: string, ok: boolean) => {
      const refusal = connect(user, community, ok);
      if (refusal) return refusal;
      const inAChannel = (p.store as unknown as { q: (sql: string) => { get: AnyFn } }).q('SELECT 1 AS x FROM channel_members m JOIN channels c ON c.id = m.channel_id WHERE c.community_id = ? AND m.user_id = ?').get(community, user);
      return inAChannel ? undefined : { message: 'Forbidden', code: 'NOT_A_MEMBER' };
    }),
  },
  {
    id: 'auth-missing-token-is-guest', rule: 'D-07 a handshake without a token is refused',
    apply: (p) => around(p.sockets, 'admit', (admit) => (socket: Socket) => {
      const auth = socket.handshake.auth as Json;
      if (!auth.token) {
        const community = /commu-([0-9a-f]{24})$/.exec(socket.nsp.name)?.[1];
        const manager = community ? p.store.community(community)?.managerId : undefined;
        if (manager) socket.handshake.auth = { token: `Bearer ${signToken({ _id: manager, nickname: 'guest', exp: Math.floor(Date.now() / 1000) + 60 }, p.jwtSecret)}` };
      }
      return admit(socket);
    }),
  },
  // ---- join ----
  {
    id: 'join-subscribes-all-user-sockets', rule: 'D-08 join subscribes only the emitting socket',
    apply: (p) => around(p.sockets, 'onJoin', (onJoin) => (socket: Socket, payload: unknown, reply: AnyFn) => onJoin(socket, payload, (ack: Json) => {
      const joined = (ack.joined as string[] | undefined) ?? [];
      if (joined.length > 0) socket.nsp.in(`user:${(socket.data as Json).userId}`).socketsJoin(joined.map((c) => `channel:${c}`));
      reply(ack);
    })),
  },
  {
    id: 'join-subscribes-namespace', rule: 'D-08 join subscribes only the emitting socket, not the namespace',
    apply: (p) => {
      // A channel joined once is the namespace's: every socket of it, connected now or later,
      // gets its chats (so the verdicts do not depend on which socket connected first).
      const joinedBy = new WeakMap<Namespace, Set<string>>();
      everySocket(p, (socket) => { for (const room of joinedBy.get(socket.nsp) ?? []) void socket.join(room); });
      around(p.sockets, 'onJoin', (onJoin) => (socket: Socket, payload: unknown, reply: AnyFn) => onJoin(socket, payload, (ack: Json) => {
        const rooms = ((ack.joined as string[] | undefined) ?? []).map((c) => `channel:${c}`);
        const known = joinedBy.get(socket.nsp) ?? new Set<string>();
        joinedBy.set(socket.nsp, known);
        for (const room of rooms) known.add(room);
        if (rooms.length > 0) socket.nsp.socketsJoin(rooms);
        reply(ack);
      }));
    },
  },
  {
    id: 'join-subscribes-nothing', rule: 'D-08 join subscribes the socket to the channels it acks',
    apply: (p) => around(p.sockets, 'onJoin', () => (socket: Socket, payload: Json, reply: AnyFn) => {
      const { userId, communityId } = socket.data as { userId: string; communityId: string };
      reply({ joined: p.service.joinable(userId, communityId, payload.channels as string[]) });
    }),
  },
  {
    id: 'join-twice-delivers-twice', rule: 'D-08 re-joining a channel does not duplicate deliveries',
    apply: (p) => {
      // How many joins subscribed each socket to each channel; a socket joined twice gets each chat twice.
      const joins = new WeakMap<Socket, Map<string, number>>();
      around(p.sockets, 'onJoin', (onJoin) => (socket: Socket, payload: unknown, reply: AnyFn) => onJoin(socket, payload, (ack: Json) => {
        const counts = joins.get(socket) ?? new Map<string, number>();
        joins.set(socket, counts);
        for (const c of (ack.joined as string[] | undefined) ?? []) counts.set(c, (counts.get(c) ?? 0) + 1);
        reply(ack);
      }));
      around(p.sockets, 'broadcastChat', (broadcast) => (event: string, chat: Json, except?: Socket) => {
        broadcast(event, chat, except);
        const nsp = except?.nsp ?? namespacesOf(p).get(String(chat.communityId));
        for (const s of nsp?.sockets.values() ?? []) {
          if (s !== except && s.rooms.has(`channel:${chat.channelId}`) && (joins.get(s)?.get(String(chat.channelId)) ?? 0) > 1) s.emit(event, chat);
        }
      });
    },
  },
  {
    id: 'join-ignores-membership', rule: 'D-08 join only channels the user is a member of',
    apply: (p) => around(p.service, 'joinable', () => (_user: string, community: string, ids: string[]) => ids.filter((id) => p.store.channel(id)?.communityId === community)),
  },
  {
    id: 'join-ignores-community', rule: 'D-08 join only channels of this community',
    apply: (p) => around(p.service, 'joinable', () => (user: string, _community: string, ids: string[]) => ids.filter((id) => p.store.isChannelMember(id, user))),
  },
  {
    id: 'join-acks-nothing', rule: 'D-08 the join ack lists the channels joined',
    apply: (p) => around(p.sockets, 'onJoin', (onJoin) => (socket: Socket, payload: Json, reply: AnyFn) => onJoin(socket, payload, () => reply({ joined: [] }))),
  },
  {
    // Subscribes the socket but never calls back: every case whose actors join in setup
    // warns once for it; the reports name it as one root cause (issue 13).
    id: 'join-never-acks', rule: 'D-08 the server acknowledges join',
    apply: (p) => around(p.sockets, 'onJoin', (onJoin) => (socket: Socket, payload: Json) => onJoin(socket, payload, () => {})),
  },
  {
    id: 'join-acks-requested', rule: 'D-08 the join ack lists the channels actually joined',
    apply: (p) => around(p.sockets, 'onJoin', (onJoin) => (socket: Socket, payload: Json, reply: AnyFn) => onJoin(socket, payload, () => reply({ joined: payload.channels }))),
  },
  // ---- broadcasts ----
  {
    id: 'broadcast-echoes-sender', rule: 'D-15 not to the emitting socket',
    apply: (p) => around(p.sockets, 'broadcastChat', (broadcast) => (event: string, chat: Json, except?: Socket) => (except ? except.nsp.to(`channel:${chat.channelId}`).emit(event, chat) : broadcast(event, chat))),
  },
  {
    id: 'broadcast-skips-sender-user', rule: "D-15 the sender's other sockets receive it",
    apply: (p) => around(p.sockets, 'broadcastChat', (broadcast) => (event: string, chat: Json, except?: Socket) => (except ? except.nsp.to(`channel:${chat.channelId}`).except(`user:${chat.senderId}`).emit(event, chat) : broadcast(event, chat))),
  },
  {
    id: 'broadcast-to-namespace', rule: 'D-15 only to the channel room',
    apply: (p) => around(p.sockets, 'broadcastChat', (broadcast) => (event: string, chat: Json, except?: Socket) => (except ? except.broadcast.emit(event, chat) : broadcast(event, chat))),
  },
  {
    id: 'broadcast-skips-other-users', rule: "D-15 every other subscriber receives a socket write, not only the sender's sockets",
    apply: (p) => around(p.sockets, 'broadcastChat', (broadcast) => (event: string, chat: Json, except?: Socket) => {
      if (!except) return broadcast(event, chat);
      for (const s of except.nsp.sockets.values()) {
        if (s !== except && s.rooms.has(`channel:${chat.channelId}`) && (s.data as Json).userId === chat.senderId) s.emit(event, chat);
      }
    }),
  },
  {
    id: 'broadcast-modify-stale', rule: 'D-15 modify-chat carries the same Chat as the ack',
    apply: (p) => {
      // The classic bug: broadcasting the row read before the update.
      const before = new Map<number, Json>();
      around(p.service, 'modifyChat', (modify) => (user: string, scope: string, channel: string, id: number, content: string) => {
        const old = p.store.chat(id);
        const verdict = modify(user, scope, channel, id, content) as { ok: boolean };
        if (verdict.ok && old) before.set(id, old as unknown as Json);
        return verdict;
      });
      around(p.sockets, 'broadcastChat', (broadcast) => (event: string, chat: Json, except?: Socket) => {
        const stale = event === 'modify-chat' ? before.get(Number(chat.id)) : undefined;
        before.delete(Number(chat.id));
        broadcast(event, stale ?? chat, except);
      });
    },
  },
  {
    id: 'broadcast-to-every-community', rule: 'D-06 one community never hears another',
    apply: (p) => {
      // Every chat also goes to every socket of the other communities of the same world (those
      // sharing a member with the chat's community; never another conformance world's).
      const related = sql(p, 'SELECT 1 AS x FROM community_members a JOIN community_members b ON a.user_id = b.user_id WHERE a.community_id = ? AND b.community_id = ? LIMIT 1');
      around(p.sockets, 'broadcastChat', (broadcast) => (event: string, chat: Json, except?: Socket) => {
        broadcast(event, chat, except);
        for (const [id, nsp] of namespacesOf(p)) if (id !== chat.communityId && related.get(chat.communityId, id)) nsp.emit(event as never, chat as never);
      });
    },
  },
  {
    id: 'broadcast-out-of-order', rule: 'D-15 per channel, write order',
    apply: (p) => {
      // Every 7th new-chat of a channel is held back and sent after the channel's next event
      // (or after 100 ms when none comes: late, never lost). Per channel, so the same cases see it every run.
      const channels = new Map<string, { n: number; held?: () => void; timer?: NodeJS.Timeout }>();
      around(p.sockets, 'broadcastChat', (broadcast) => (event: string, chat: Json, except?: Socket) => {
        const key = String(chat.channelId);
        const state = channels.get(key) ?? { n: 0 };
        channels.set(key, state);
        const release = () => {
          const held = state.held;
          state.held = undefined;
          clearTimeout(state.timer);
          held?.();
        };
        if (state.held) { broadcast(event, chat, except); release(); return; }
        if (event === 'new-chat' && ++state.n % 7 === 0) {
          state.held = () => broadcast(event, chat, except);
          state.timer = setTimeout(release, 100).unref();
          return;
        }
        broadcast(event, chat, except);
      });
    },
  },
  {
    id: 'undeclared-event-disconnects', rule: 'D-26 an undeclared client event is ignored, the socket stays connected',
    apply: (p) => everySocket(p, (socket) => socket.use(([event], next) => (CLIENT_EVENTS.has(event) ? next() : void socket.disconnect()))),
  },
  {
    id: 'broadcast-extra-event', rule: 'D-26 no events the contract does not declare',
    apply: (p) => around(p.sockets, 'broadcastChat', (broadcast) => (event: string, chat: Json, except?: Socket) => {
      except?.to(`channel:${chat.channelId}`).emit('typing', { userId: chat.senderId });
      broadcast(event, chat, except);
    }),
  },
  {
    id: 'rest-writes-not-broadcast', rule: 'D-21 a REST write reaches the sockets too',
    apply: (p) => around(p.sockets, 'broadcastChat', (broadcast) => (event: string, chat: Json, except?: Socket) => (except ? broadcast(event, chat, except) : undefined)),
  },
  // ---- permissions ----
  {
    id: 'new-managers-only', rule: 'D-13 any channel member writes, not only managers',
    apply: (p) => around(p.service, 'createChat', (create) => (user: string, scope: string, channel: string, content: string) =>
      (p.store.isChannelMember(channel, user) && !isManager(p, channel, user) ? { ok: false, reason: 'FORBIDDEN', message: 'managers only' } : create(user, scope, channel, content))),
  },
  {
    id: 'new-denied-to-channel-manager', rule: "D-13 the channel's manager, a member, writes",
    apply: (p) => around(p.service, 'createChat', (create) => (user: string, scope: string, channel: string, content: string) =>
      (p.store.channel(channel)?.managerId === user ? { ok: false, reason: 'FORBIDDEN', message: 'no' } : create(user, scope, channel, content))),
  },
  {
    id: 'modify-denied-to-author', rule: 'D-13 the author modifies their chat',
    apply: (p) => around(p.service, 'modifyChat', (modify) => (user: string, scope: string, channel: string, id: number, content: string) =>
      (p.store.chat(id)?.senderId === user ? { ok: false, reason: 'FORBIDDEN', message: 'no' } : modify(user, scope, channel, id, content))),
  },
  {
    id: 'delete-denied-to-author', rule: 'D-13 the author deletes their chat',
    apply: (p) => around(p.service, 'deleteChat', (del) => (user: string, scope: string, channel: string, id: number) =>
      (p.store.chat(id)?.senderId === user && !isManager(p, channel, user) ? { ok: false, reason: 'FORBIDDEN', message: 'managers only' } : del(user, scope, channel, id))),
  },
  {
    id: 'chat-checked-before-channel-permission', rule: 'D-13 the right to act in the channel is checked before the chat (403 before 404)',
    apply: (p) => {
      for (const verb of ['modifyChat', 'deleteChat']) {
        around(p.service, verb, (write) => (user: string, scope: string, channel: string, id: number, ...rest: unknown[]) => {
          const chat = p.store.chat(id);
          const ch = p.store.channel(channel);
          const inScope = ch !== undefined && (scope === undefined || ch.communityId === scope);
          if (inScope && (!chat || chat.channelId !== channel || chat.deletedAt !== undefined)) return { ok: false, reason: 'NOT_FOUND', message: 'chat not found' };
          return write(user, scope, channel, id, ...rest);
        });
      }
    },
  },
  {
    id: 'modify-by-anyone', rule: 'D-13 only the author modifies',
    apply: (p) => around(p.service, 'modifyChat', (modify) => (user: string, scope: string, channel: string, id: number, content: string) => modify(p.store.chat(id)?.senderId ?? user, scope, channel, id, content)),
  },
  {
    id: 'delete-by-any-member', rule: 'D-13 only author and managers delete',
    apply: (p) => around(p.service, 'deleteChat', (del) => (user: string, scope: string, channel: string, id: number) => del(p.store.chat(id)?.senderId ?? user, scope, channel, id)),
  },
  {
    id: 'delete-denied-to-community-manager', rule: "D-13 the community's manager deletes",
    apply: (p) => around(p.service, 'deleteChat', (del) => (user: string, scope: string, channel: string, id: number) => {
      const ch = p.store.channel(channel);
      if (ch && p.store.community(ch.communityId)?.managerId === user && p.store.chat(id)?.senderId !== user) return { ok: false, reason: 'FORBIDDEN', message: 'no' };
      return del(user, scope, channel, id);
    }),
  },
  {
    id: 'delete-denied-to-channel-manager', rule: "D-13 the channel's manager deletes",
    apply: (p) => around(p.service, 'deleteChat', (del) => (user: string, scope: string, channel: string, id: number) => {
      if (p.store.channel(channel)?.managerId === user && p.store.chat(id)?.senderId !== user) return { ok: false, reason: 'FORBIDDEN', message: 'no' };
      return del(user, scope, channel, id);
    }),
  },
  {
    id: 'new-by-non-member', rule: 'D-13 new needs channel membership',
    // The membership check passes for the writer; the chat is still theirs (senderId unchanged).
    apply: (p) => around(p.service, 'createChat', (create) => (user: string, scope: string, channel: string, content: string) => asMember(p, channel, user, () => create(user, scope, channel, content))),
  },
  {
    id: 'new-in-other-community', rule: "D-13 a channel outside the namespace's community is NOT_FOUND",
    apply: (p) => around(p.service, 'createChat', (create) => (user: string, _scope: string, channel: string, content: string) => create(user, undefined, channel, content)),
  },
  // ---- shapes on the wire ----
  { id: 'chat-snake-case', rule: 'D-01 camelCase on the wire', apply: (p) => chats(p, (c) => { c.channel_id = c.channelId; delete c.channelId; }) },
  { id: 'chat-id-string', rule: 'D-05 chat ids are integers', apply: (p) => chats(p, (c) => { c.id = String(c.id); }) },
  { id: 'chat-empty-community', rule: 'D-10 communityId is never empty', apply: (p) => chats(p, (c) => { c.communityId = ''; }) },
  { id: 'chat-timestamp-no-ms', rule: 'D-12 timestamps with milliseconds', apply: (p) => chats(p, (c) => { c.createdAt = String(c.createdAt).replace(/\.\d{3}Z$/, 'Z'); }) },
  {
    // The same instant in Tokyo time (+09:00): only the zone is wrong.
    id: 'chat-timestamp-not-utc', rule: 'D-12 timestamps in UTC',
    apply: (p) => chats(p, (c) => { c.updatedAt = new Date(Date.parse(String(c.updatedAt)) + 9 * 3600_000).toISOString().replace(/Z$/, '+09:00'); }),
  },
  {
    id: 'new-updated-before-created', rule: 'D-12 a new chat has updatedAt ≥ createdAt',
    apply: (p) => around(p.store, 'insertChat', (insert) => (input: Json) => {
      const out = insert(input) as Json;
      out.updatedAt = shiftSeconds(out.createdAt, -1);
      sql(p, 'UPDATE chats SET updated_at = ? WHERE id = ?').run(out.updatedAt, out.id);
      return out;
    }),
  },
  {
    id: 'new-type-not-text', rule: 'D-11 chats written by clients are TEXT',
    apply: (p) => around(p.store, 'insertChat', (insert) => (input: Json) => insert({ ...input, type: 'IMAGE' })),
  },
  {
    id: 'new-sender-not-token-user', rule: "D-10 the sender is the token's user",
    apply: (p) => around(p.store, 'insertChat', (insert) => (input: Json) => insert({ ...input, senderId: p.store.community(String(input.communityId))?.managerId ?? input.senderId })),
  },
  {
    id: 'chat-ids-decreasing', rule: 'D-05 chat ids increase in creation order',
    apply: (p) => around(p.store, 'insertChat', () => (input: Json) => {
      // Each chat takes an id below every id in the store (integers ≥ 0 all the same).
      const lowest = (sql(p, 'SELECT MIN(id) AS id FROM chats').get() as { id: number | null }).id;
      const id = lowest === null ? 2_000_000_000 : lowest - 1;
      const at = p.store.now();
      sql(p, 'INSERT INTO chats (id, channel_id, community_id, sender_id, type, content, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
        .run(id, input.channelId, input.communityId, input.senderId, input.type, input.content, at, at);
      return p.store.chat(id);
    }),
  },
  {
    id: 'modify-not-stored', rule: 'D-21 one store: a modify is what both surfaces read afterwards',
    // The write is answered and broadcast, but the stored row keeps the old content.
    apply: (p) => around(p.store, 'modifyChat', (modify) => (chat: Json, content: string) => {
      const out = modify(chat, content) as Json | undefined;
      if (out) sql(p, 'UPDATE chats SET content = ?, updated_at = ? WHERE id = ?').run(chat.content, chat.updatedAt, chat.id);
      return out;
    }),
  },
  {
    id: 'modify-moves-created-at', rule: 'D-12 modify never changes createdAt',
    apply: (p) => modifiedTimestamp(p, 'createdAt', (_before, after) => shiftSeconds(after.updatedAt, -1)),
  },
  {
    id: 'modify-keeps-updated-at', rule: 'D-12 modify moves updatedAt (not left unchanged)',
    apply: (p) => modifiedTimestamp(p, 'updatedAt', (before) => before.updatedAt),
  },
  {
    id: 'modify-updated-at-before-created-at', rule: 'D-12 after a modify, updatedAt ≥ createdAt',
    apply: (p) => modifiedTimestamp(p, 'updatedAt', (before) => shiftSeconds(before.createdAt, -1)),
  },
  { id: 'delete-without-deleted-at', rule: 'D-12 delete sets deletedAt', apply: (p) => chats(p, (c) => { delete c.deletedAt; }) },
  {
    id: 'delete-erases-content', rule: 'D-12 delete keeps content',
    apply: (p) => around(p.store, 'deleteChat', (del) => (chat: Json) => { const out = del(chat) as Json | undefined; if (out) out.content = '[deleted]'; return out; }),
  },
  // Content rewritten on new and on modify, over both surfaces.
  { id: 'content-trimmed', rule: 'D-09 content verbatim, not trimmed', apply: (p) => contents(p, (c) => c.trim() || c) },
  { id: 'content-html-escaped', rule: 'D-09 content verbatim, not escaped', apply: (p) => contents(p, (c) => c.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')) },
  { id: 'content-nfc-normalised', rule: 'D-09 content verbatim, not NFC-normalised', apply: (p) => contents(p, (c) => c.normalize('NFC')) },
  { id: 'content-nfd-normalised', rule: 'D-09 content verbatim, not NFD-normalised', apply: (p) => contents(p, (c) => c.normalize('NFD')) },
  { id: 'content-crlf-to-lf', rule: 'D-09 content verbatim, CRLF kept', apply: (p) => contents(p, (c) => c.replace(/\r\n/g, '\n')) },
  { id: 'content-invisibles-stripped', rule: 'D-09 content verbatim, zero-width and direction marks kept', apply: (p) => contents(p, (c) => c.replace(/[\u200B-\u200F\u2060\uFEFF]/g, '')) },
  { id: 'content-quotes-escaped', rule: 'D-09 content verbatim, quotes and backslashes not escaped', apply: (p) => contents(p, (c) => c.replace(/["\\]/g, '\\$&')) },
  { id: 'content-whitespace-collapsed', rule: 'D-09 content verbatim, whitespace runs, tabs and newlines kept', apply: (p) => contents(p, (c) => c.replace(/\s+/g, ' ')) },
  // Content refused as invalid input, over both surfaces.
  { id: 'content-blank-refused', rule: 'D-09 whitespace-only content is valid (no trimming before the length check)', apply: (p) => refuseContents(p, 'minLength', (c) => c.trim() === '') },
  { id: 'content-min-two', rule: 'D-09 one code point is a valid content', apply: (p) => refuseContents(p, 'minLength', (c) => [...c].length < 2) },
  { id: 'content-max-299', rule: 'D-09 300 code points is a valid content (the bound is inclusive)', apply: (p) => refuseContents(p, 'maxLength', (c) => [...c].length >= 300) },
  { id: 'content-utf8-length', rule: 'D-09 length in code points, not UTF-8 bytes', apply: (p) => refuseContents(p, 'maxLength', (c) => Buffer.byteLength(c) > 300) },
  {
    id: 'content-utf16-length', rule: 'D-09 length in code points, not UTF-16 units',
    apply: (p) => around(p.validators, 'event', (event) => (name: string, payload: unknown) => {
      const content = isObj(payload) ? payload.content : undefined;
      if (name === 'chat' && typeof content === 'string' && content.length > 300) return [{ pointer: '/content', message: 'too long', value: content, keyword: 'maxLength', schemaPath: '' }];
      return event(name, payload);
    }),
  },
  {
    id: 'content-lone-surrogates-accepted', rule: 'D-09 content is well-formed Unicode (a lone surrogate is invalid input)',
    apply: (p) => {
      const wellFormedOnly = (v: Array<{ keyword: string; pointer: string }> | undefined) => v?.filter((x) => !(x.keyword === 'pattern' && x.pointer.endsWith('/content')));
      around(p.validators, 'event', (event) => (name: string, payload: unknown) => wellFormedOnly(event(name, payload)));
      around(p.validators, 'restBody', (restBody) => (op: string, body: unknown) => wellFormedOnly(restBody(op, body)));
    },
  },
  // ---- acknowledgements ----
  { id: 'ack-chat-info-false', rule: 'D-14 chatInfo is absent on failure', apply: (p) => refusals(p, (a) => { if (!('invited' in a)) a.chatInfo = false; }) },
  { id: 'ack-no-reason', rule: 'D-14 a refusal SHOULD say why', apply: (p) => refusals(p, (a) => { delete a.reason; }) },
  { id: 'ack-forbidden-as-not-found', rule: 'D-14 the right reason', apply: (p) => refusals(p, (a) => { if (a.reason === 'FORBIDDEN') a.reason = 'NOT_FOUND'; }) },
  {
    id: 'no-ack-on-invalid-input', rule: 'D-14 invalid input is acknowledged',
    apply: (p) => outgoing(p, (pk) => (pk.type === ACK && isObj(pk.data?.[0]) && (pk.data![0] as Json).reason === 'INVALID_PAYLOAD' ? [] : pk)),
  },
  {
    id: 'invalid-input-disconnects', rule: 'D-14 invalid input never disconnects the socket',
    // The failure ack is sent, then the socket is dropped at once (before any later packet is read).
    apply: (p) => everySocket(p, (socket) => socket.use(([event, ...args], next) => {
      if (!CLIENT_EVENTS.has(event) || !invalidInput(p, event, args)) return next();
      const callback = args[args.length - 1];
      if (typeof callback === 'function') callback(event === EVENTS.join ? { joined: [], reason: 'INVALID_PAYLOAD' } : { written: false, reason: 'INVALID_PAYLOAD' });
      socket.disconnect();
    })),
  },
  {
    id: 'chat-without-callback-ignored', rule: 'D-14 a chat without a callback is processed all the same',
    apply: (p) => everySocket(p, (socket) => socket.use((args, next) => (args[0] === EVENTS.chat && typeof args[args.length - 1] !== 'function' ? undefined : next()))),
  },
  {
    id: 'error-event-on-invalid-input', rule: 'D-14 invalid input gets the failure ack, not an error event',
    apply: (p) => outgoing(p, (pk) => (pk.type === ACK && isObj(pk.data?.[0]) && (pk.data![0] as Json).reason === 'INVALID_PAYLOAD'
      ? { type: EVENT, nsp: pk.nsp, data: ['error', { message: 'invalid payload' }] }
      : pk)),
  },
  // ---- invitations ----
  {
    id: 'invite-not-atomic', rule: 'D-16 all or nothing',
    apply: (p) => around(p.service, 'invite', (invite) => (user: string, scope: string, community: string, channel: string, users: string[]) => {
      const verdict = invite(user, scope, community, channel, users) as { ok: boolean };
      if (!verdict.ok && p.store.isChannelMember(channel, user)) {
        const ch = p.store.channel(channel);
        const valid = users.filter((u) => ch && p.store.isCommunityMember(ch.communityId, u));
        if (valid.length > 0) p.store.addChannelMembers(channel, valid);
      }
      return verdict;
    }),
  },
  { id: 'invite-no-live-subscription', rule: 'D-16 invitees are subscribed at once', apply: (p) => around(p.sockets, 'deliverInvitation', () => (channel: Json, users: string[]) => { const nsp = (p.sockets as unknown as { namespaces: Map<string, { to: AnyFn }> }).namespaces.get(String(channel.communityId)); nsp?.to(users.map((u) => `user:${u}`)).emit('invited-to-channel', channel); }) },
  { id: 'invite-no-notification', rule: 'D-16 invitees receive invited-to-channel', apply: (p) => around(p.sockets, 'deliverInvitation', () => (channel: Json, users: string[]) => { const nsp = (p.sockets as unknown as { namespaces: Map<string, { in: AnyFn }> }).namespaces.get(String(channel.communityId)); nsp?.in(users.map((u) => `user:${u}`)).socketsJoin(`channel:${channel._id}`); }) },
  {
    id: 'invite-renotifies-members', rule: 'D-16 existing members are not notified again',
    apply: (p) => around(p.service, 'invite', (invite) => (user: string, scope: string, community: string, channel: string, users: string[]) => {
      const before = users.filter((u) => p.store.isChannelMember(channel, u));
      const verdict = invite(user, scope, community, channel, users) as { ok: boolean; value?: { invited: string[]; channel: unknown } };
      if (verdict.ok && verdict.value) p.sockets.deliverInvitation(verdict.value.channel as never, before);
      return verdict;
    }),
  },
  {
    id: 'invite-acks-everyone', rule: 'D-16 invited lists only the users newly added',
    apply: (p) => around(p.service, 'invite', (invite) => (user: string, scope: string, community: string, channel: string, users: string[]) => {
      const verdict = invite(user, scope, community, channel, users) as { ok: boolean; value?: { invited: string[] } };
      if (verdict.ok && verdict.value) verdict.value.invited = [...users];
      return verdict;
    }),
  },
  {
    id: 'invited-channel-lists-users', rule: 'D-17 the Channel carries no member list',
    apply: (p) => outgoing(p, (pk) => { if (pk.type === EVENT && pk.data?.[0] === 'invited-to-channel' && isObj(pk.data[1])) (pk.data[1] as Json).users = p.store.channelMembers(String((pk.data[1] as Json)._id)); return pk; }),
  },
  { id: 'invited-unread-wrong', rule: 'D-17 existUnreadChat says whether a live chat exists', apply: (p) => outgoing(p, (pk) => { if (pk.type === EVENT && pk.data?.[0] === 'invited-to-channel' && isObj(pk.data[1])) (pk.data[1] as Json).existUnreadChat = false; return pk; }) },
  {
    id: 'invite-acks-nobody', rule: 'D-16 invited lists the users added',
    apply: (p) => around(p.service, 'invite', (invite) => (...a: unknown[]) => {
      const verdict = invite(...a) as { ok: boolean; value?: { invited: string[] } };
      if (verdict.ok && verdict.value) verdict.value.invited = [];
      return verdict;
    }),
  },
  {
    id: 'invite-acks-reversed', rule: 'D-16 invited is in request order',
    apply: (p) => around(p.service, 'invite', (invite) => (...a: unknown[]) => {
      const verdict = invite(...a) as { ok: boolean; value?: { invited: string[] } };
      if (verdict.ok && verdict.value) verdict.value.invited = [...verdict.value.invited].reverse();
      return verdict;
    }),
  },
  {
    id: 'invite-managers-only', rule: 'D-16 any channel member may invite',
    apply: (p) => around(p.service, 'invite', (invite) => (user: string, scope: string, community: string, channel: string, users: string[]) =>
      (p.store.channel(channel) && p.store.channel(channel)!.managerId !== user ? { ok: false, reason: 'FORBIDDEN', message: 'managers only' } : invite(user, scope, community, channel, users))),
  },
  {
    id: 'invite-by-non-member', rule: 'D-16 the inviter must be a channel member',
    apply: (p) => around(p.service, 'invite', (invite) => (user: string, scope: string, community: string, channel: string, users: string[]) =>
      invite(p.store.isChannelMember(channel, user) ? user : (p.store.channelMembers(channel)[0] ?? user), scope, community, channel, users)),
  },
  {
    id: 'content-grapheme-length', rule: 'D-09 length in code points, not graphemes',
    apply: (p) => {
      const graphemes = (text: string) => [...new Intl.Segmenter().segment(text)].length;
      const lenient = (violations: Array<{ keyword: string; value: unknown }>) => violations.filter((v) => !(v.keyword === 'maxLength' && typeof v.value === 'string' && v.value.length <= 4 * 300 && graphemes(v.value) <= 300));
      around(p.validators, 'event', (event) => (name: string, payload: unknown) => { const v = event(name, payload); return v && lenient(v); });
      around(p.validators, 'restBody', (restBody) => (op: string, body: unknown) => lenient(restBody(op, body)));
    },
  },
  // ---- REST ----
  { id: 'rest-created-as-200', rule: 'D-18 a create answers 201', apply: (p) => restResponses(p, (s, c) => (s === 201 && !(isObj(c.result) && 'communities' in c.result) ? [200, c] : [s, c])) },
  {
    id: 'rest-no-envelope', rule: 'D-20 results come in the envelope',
    apply: (p) => restResponses(p, (s, c, res) => {
      if (!('result' in c)) return [s, c];
      const text = JSON.stringify(c.result);
      res.writeHead(s, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
      res.end(text);
      return 'sent';
    }),
  },
  { id: 'rest-unauthorized-as-403', rule: 'D-18 no or bad token is 401', apply: (p) => restResponses(p, (s, c) => (s === 401 ? [403, c] : [s, c])) },
  {
    id: 'rest-lists-deleted', rule: 'D-19 the list leaves deleted chats out',
    apply: (p) => around(p.store, 'liveChats', (live) => (channel: string, before: number | undefined, limit: number) => {
      const rows = live(channel, before, limit) as Json[];
      const deleted = (p.store as unknown as { q: (sql: string) => { all: AnyFn } }).q('SELECT id FROM chats WHERE channel_id = ? AND deleted_at IS NOT NULL').all(channel) as Array<{ id: number }>;
      const extra = deleted.map((d) => p.store.chat(d.id)).filter((c): c is never => c !== undefined);
      return [...rows, ...extra].sort((a, b) => Number(a.id) - Number(b.id)).slice(-limit);
    }),
  },
  {
    id: 'rest-list-descending', rule: 'D-19 the list is ascending by id',
    apply: (p) => around(p.store, 'liveChats', (live) => (...a: unknown[]) => (live(...a) as Json[]).reverse()),
  },
  { id: 'rest-invalid-as-422', rule: 'D-18 invalid input is 400', apply: (p) => restResponses(p, (s, c) => (s === 400 ? [422, c] : [s, c])) },
  { id: 'rest-not-found-as-403', rule: 'D-18 an unknown channel or chat is 404', apply: (p) => restResponses(p, (s, c) => (s === 404 ? [403, c] : [s, c])) },
  {
    id: 'rest-no-length-limit', rule: 'D-09 REST content is at most 300 code points',
    apply: (p) => around(p.validators, 'restBody', (restBody) => (op: string, body: unknown) => (restBody(op, body) as Array<{ keyword: string }>).filter((v) => v.keyword !== 'maxLength')),
  },
  {
    id: 'rest-list-for-anyone', rule: 'D-13 only members read a channel',
    apply: (p) => around(p.service, 'listChats', (list) => (user: string, channel: string, before: unknown, limit: number) => list(p.store.channelMembers(channel)[0] ?? user, channel, before, limit)),
  },
  // ---- check order, REST outside the operations, reading requests, arguments (D-33 … D-44) ----
  {
    id: 'connect-community-before-token', rule: 'D-33 the token is checked before the community',
    apply: (p) => around(p.sockets, 'admit', (admit) => (socket: Socket) => {
      const id = /commu-([^/]*)$/.exec(socket.nsp.name)?.[1] ?? '';
      return p.store.community(id) === undefined ? { message: 'Forbidden', code: 'UNKNOWN_COMMUNITY' } : admit(socket);
    }),
  },
  {
    id: 'delete-community-manager-forbidden-before-chat', rule: "D-35 the community manager's right falls at the channel check: an unknown chat is NOT_FOUND for them",
    apply: (p) => around(p.service, 'deleteChat', (del) => (user: string, scope: string | undefined, channelId: string, chatId: number) => {
      const channel = p.store.channel(channelId);
      const chat = p.store.chat(chatId);
      const managesCommunity = channel !== undefined && p.store.community(channel.communityId)?.managerId === user;
      const unknownChat = !chat || chat.channelId !== channelId || chat.deletedAt !== undefined;
      if (managesCommunity && !p.store.isChannelMember(channelId, user) && unknownChat) return refused('FORBIDDEN', 'not a member');
      return del(user, scope, channelId, chatId);
    }),
  },
  {
    id: 'invite-channel-before-community', rule: "D-36 the payload's communityId is checked before the channel",
    apply: (p) => around(p.service, 'invite', (invite) => (user: string, scope: string, requested: string, channelId: string, users: string[]) => {
      const channel = p.store.channel(channelId);
      return !channel || channel.communityId !== scope ? refused('NOT_FOUND', 'channel not found') : invite(user, scope, requested, channelId, users);
    }),
  },
  {
    id: 'rest-invite-inviter-before-community', rule: "D-37 a REST invitation's body communityId is checked (404) before the inviter (403)",
    apply: (p) => around(p.service, 'invite', (invite) => (user: string, scope: string, requested: string, channelId: string, users: string[]) => {
      const channel = p.store.channel(channelId);
      if (channel && channel.communityId !== scope && !p.store.isChannelMember(channelId, user)) return refused('FORBIDDEN', 'not a member');
      return invite(user, scope, requested, channelId, users);
    }),
  },
  {
    id: 'rest-token-before-method', rule: 'D-37 the method is checked (405) before the token (401)',
    apply: (p) => {
      const routes = Object.values(p.contract.rest).map(routeOf);
      restRequests(p, (req, send) => {
        const path = new URL(req.url ?? '/', 'http://localhost').pathname;
        const onPath = routes.filter((r) => r.pattern.test(path));
        const method = (req.method ?? 'GET').toLowerCase();
        if (!req.headers.authorization && onPath.length > 0 && !onPath.some((r) => r.op.method === method)) send(401, 'Unauthorized');
      });
    },
  },
  { id: 'rest-other-method-404', rule: "D-41 another method on a known path is a 405, not a 404", apply: (p) => restResponses(p, (s, c) => (s === 405 ? [404, c] : [s, c])) },
  { id: 'rest-large-body-400', rule: 'D-41 a body over 1 MiB is a 413', apply: (p) => restResponses(p, (s, c) => (s === 413 ? [400, c] : [s, c])) },
  {
    id: 'rest-repeated-query-last-wins', rule: 'D-42 a query parameter given twice is a 400',
    apply: (p) => rewriteUrl(p, (url) => {
      const u = new URL(url, 'http://localhost');
      const last = new Map([...u.searchParams.entries()]);
      return `${u.pathname}${last.size > 0 ? `?${new URLSearchParams([...last.entries()]).toString()}` : ''}`;
    }),
  },
  {
    id: 'rest-unknown-query-refused', rule: 'D-42 an unknown query parameter is ignored',
    apply: (p) => {
      const declared = new Set(Object.values(p.contract.rest).flatMap((op) => op.parameters.filter((q) => q.in === 'query').map((q) => q.name)));
      restRequests(p, (req, send) => {
        const unknown = [...new URL(req.url ?? '/', 'http://localhost').searchParams.keys()].filter((k) => !declared.has(k));
        if (unknown.length > 0) send(400, [`unknown query parameter ${unknown.join(', ')}`]);
      });
    },
  },
  {
    id: 'rest-leading-zeros-accepted', rule: 'D-42 no leading zeros in a path or query integer',
    apply: (p) => rewriteUrl(p, (url) => url.replace(/(\/chats\/)0+(?=\d)/, '$1').replace(/([?&](?:limit|before)=)0+(?=\d)/g, '$1')),
  },
  {
    id: 'rest-integral-float-accepted', rule: 'D-44 a path or query integer is digits only (`2.0` is a 400)',
    apply: (p) => rewriteUrl(p, (url) => url.replace(/(\/chats\/\d+)\.0+(?=$|[?/])/, '$1').replace(/([?&](?:limit|before)=\d+)\.0+(?=$|&)/g, '$1')),
  },
  {
    id: 'chat-id-beyond-2-53-accepted', rule: 'D-42 a chat id is at most 2^53 - 1',
    apply: (p) => {
      const lenient = <T extends { keyword: string; pointer: string }>(violations: T[]) => violations.filter((v) => !(v.keyword === 'maximum' && v.pointer.endsWith('chatId')));
      around(p.validators, 'event', (event) => (name: string, payload: unknown) => { const v = event(name, payload); return v && lenient(v); });
      around(p.validators, 'restParams', (restParams) => (op: string, raw: unknown) => { const r = restParams(op, raw); return { ...r, violations: lenient(r.violations) }; });
    },
  },
  { id: 'rest-content-type-ignored', rule: 'D-42 a body not declared JSON is a 400', apply: (p) => restRequests(p, (req) => { delete req.headers['content-type']; }) },
  {
    id: 'two-payloads-first-taken', rule: 'D-43 an event with two payloads is invalid input',
    apply: (p) => everySocket(p, (socket) => socket.use((packet, next) => {
      const payloads = packet.slice(1).filter((a) => typeof a !== 'function');
      if (payloads.length === 2) packet.splice(2, 1);
      next();
    })),
  },
  {
    id: 'fixtures-other-managed-by-author', rule: "D-40 stranger manages community other and its channel",
    apply: (p) => restResponses(p, (s, c) => {
      const world = isObj(c.result) && isObj(c.result.communities) ? c.result : undefined;
      const other = world && isObj(world.communities) && isObj(world.communities.other) ? world.communities.other : undefined;
      const author = world && isObj(world.users) && isObj(world.users.author) ? String(world.users.author.id) : undefined;
      if (other && isObj(other.channels) && author) {
        sql(p, 'UPDATE communities SET manager_id = ? WHERE id = ?').run(author, String(other.id));
        sql(p, 'UPDATE channels SET manager_id = ? WHERE id = ?').run(author, String(other.channels.public));
      }
      return [s, c];
    }),
  },
  {
    id: 'join-acks-duplicates', rule: 'D-38 a channel listed twice is acknowledged once',
    apply: (p) => around(p.service, 'joinable', (joinable) => (user: string, community: string, ids: string[]) => {
      const ok = new Set(joinable(user, community, ids) as string[]);
      return ids.filter((id) => ok.has(id));
    }),
  },

  // ---- handshake: D-45..D-51 (harden-server) ----
  {
    id: 'auth-cached-per-namespace', rule: 'D-45 every handshake is verified on its own, not once per namespace',
    apply: (p) => {
      const admitted = new Map<string, unknown>();
      around(p.sockets, 'admit', (admit) => async (socket: Socket) => {
        const refusal = (await admit(socket)) as Json | undefined;
        const known = admitted.get(socket.nsp.name);
        if (refusal === undefined) admitted.set(socket.nsp.name, socket.handshake.auth);
        else if (refusal.message === 'Unauthorized' && known !== undefined) {
          socket.handshake.auth = known as Json;
          return admit(socket);
        }
        return refusal;
      });
    },
  },
  {
    id: 'auth-caches-verified-tokens', rule: 'D-49 a new handshake verifies the token again (an expired token is refused even if it was admitted before)',
    apply: (p) => {
      const seen = new Set<string>();
      acceptTokens(p, (token) => seen.has(token), { dropExp: true, claims: (c) => ({ ...c, exp: Math.floor(Date.now() / 1000) + 60 }) });
      around(p.sockets, 'admit', (admit) => async (socket: Socket) => {
        const token = String((socket.handshake.auth as Json).token ?? '').replace(/^Bearer /i, '');
        const refusal = await admit(socket);
        if (refusal === undefined) seen.add(token);
        return refusal;
      });
    },
  },
  {
    id: 'auth-reads-token-header', rule: 'D-45 the token is read from auth.token only (not a `token` header)',
    apply: (p) => around(p.sockets, 'admit', (admit) => (socket: Socket) => {
      const header = socket.handshake.headers.token;
      if ((socket.handshake.auth as Json).token === undefined && typeof header === 'string') socket.handshake.auth = { token: header };
      return admit(socket);
    }),
  },
  {
    id: 'auth-reads-token-query', rule: 'D-45 the token is read from auth.token only (not the query string)',
    apply: (p) => around(p.sockets, 'admit', (admit) => (socket: Socket) => {
      const query = socket.handshake.query.token;
      if ((socket.handshake.auth as Json).token === undefined && typeof query === 'string') socket.handshake.auth = { token: query };
      return admit(socket);
    }),
  },
  { id: 'auth-bearer-case-sensitive', rule: 'D-46 the scheme word is case-insensitive', apply: (p) => acceptTokens(p, () => false, { transform: (t) => (t.startsWith('Bearer ') ? t : t.replace(/^bearer /i, 'Basic ')) }) },
  { id: 'auth-exp-optional', rule: 'D-47 a token without exp is refused', apply: (p) => acceptTokens(p, (_, h, c) => h.alg === 'HS256' && !('exp' in c), { claims: (c) => ({ ...c, exp: Math.floor(Date.now() / 1000) + 60 }) }) },
  {
    id: 'auth-id-from-nickname', rule: 'D-47 a token without _id is refused (the user is not found some other way)',
    apply: (p) => acceptTokens(p, (_, h, c) => h.alg === 'HS256' && !('_id' in c) && typeof c.nickname === 'string', {
      claims: (c) => ({ ...c, _id: (sql(p, 'SELECT id FROM users WHERE nickname = ?').get(c.nickname) as { id?: string } | undefined)?.id }),
    }),
  },
  // The hand-written check of old: any well-formed `_id` passes, and the membership check then says Forbidden.
  { id: 'auth-unknown-user-forbidden', rule: 'D-47 an _id naming no user is Unauthorized/TOKEN_INVALID', apply: (p) => around(p.store, 'hasUser', () => () => true) },
  { id: 'auth-ignores-nbf', rule: 'D-48 a token not valid yet (future nbf) is refused', apply: (p) => acceptTokens(p, (_, h, c) => h.alg === 'HS256' && 'nbf' in c, { claims: ({ nbf: _nbf, ...c }) => c }) },
  { id: 'auth-ignores-crit', rule: 'D-48 a token with an unknown crit header is refused', apply: (p) => acceptTokens(p, (_, h) => h.alg === 'HS256' && 'crit' in h) },
  {
    id: 'auth-non-numeric-exp-never-expires', rule: 'D-48 an exp that is not a number is refused',
    apply: (p) => acceptTokens(p, (_, h, c) => h.alg === 'HS256' && 'exp' in c && typeof c.exp !== 'number', { dropExp: true, claims: (c) => ({ ...c, exp: Math.floor(Date.now() / 1000) + 60 }) }),
  },
  {
    id: 'auth-requires-nickname', rule: 'D-47 nickname is informative, a token without it is accepted',
    apply: (p) => around(p.sockets, 'admit', (admit) => (socket: Socket) => {
      const token = String((socket.handshake.auth as Json).token ?? '').replace(/^Bearer /i, '');
      const claims = decodeClaims(token);
      if (claims !== undefined && typeof claims.nickname !== 'string') return { message: 'Unauthorized', code: 'TOKEN_INVALID' };
      return admit(socket);
    }),
  },
  { id: 'root-namespace-open', rule: 'D-51 the root namespace refuses connections', apply: (p) => { (p.sockets.io.of('/') as unknown as { _fns: unknown[] })._fns.length = 0; } },
  { id: 'any-namespace-open', rule: 'D-51 a namespace that is not a community address refuses connections', apply: (p) => { p.sockets.io.of(/^\/(?!socket\/commu-)/).on('connection', () => undefined); } },
  {
    id: 'rest-bearer-case-sensitive', rule: 'D-46 over REST too, the scheme word is case-insensitive',
    apply: (p) => around(p.rest, 'serve', (serve) => (req: { headers: Json }, res: unknown) => {
      const auth = req.headers.authorization;
      if (typeof auth === 'string' && !auth.startsWith('Bearer ')) req.headers.authorization = auth.replace(/^bearer /i, 'Basic ');
      return serve(req, res);
    }),
  },
  {
    id: 'rest-lax-claims', rule: 'D-47/D-48 over REST, a token breaking a claim rule is a 401 (a server that checks only the signature)',
    apply: (p) => around(p.rest, 'serve', (serve) => (req: { headers: Json; url?: string }, res: unknown) => {
      const claims = decodeClaims(String(req.headers.authorization ?? '').replace(/^Bearer /i, ''));
      if (claims !== undefined && (typeof claims.exp !== 'number' || typeof claims.nbf === 'number')) {
        const { nbf: _nbf, ...rest } = claims;
        req.headers.authorization = `Bearer ${signToken({ ...rest, exp: Math.floor(Date.now() / 1000) + 60 }, p.jwtSecret)}`;
      }
      return serve(req, res);
    }),
  },
  {
    id: 'rest-reads-token-elsewhere', rule: 'D-45 over REST, the token is read from Authorization only (not a `token` header or query parameter)',
    apply: (p) => around(p.rest, 'serve', (serve) => (req: { headers: Json; url?: string }, res: unknown) => {
      const query = new URL(req.url ?? '/', 'http://x').searchParams.get('token');
      const elsewhere = typeof req.headers.token === 'string' ? req.headers.token : query;
      if (req.headers.authorization === undefined && elsewhere) req.headers.authorization = elsewhere;
      return serve(req, res);
    }),
  },
  {
    id: 'auth-checked-per-event', rule: 'D-49 the token is checked at the handshake only: a connection outlives its exp',
    apply: (p) => around(p.sockets, 'handle', (handle) => (socket: Socket, event: string, failure: AnyFn, handler: AnyFn) =>
      handle(socket, event, failure, (payload: unknown, reply: AnyFn) => {
        const exp = decodeClaims(String((socket.handshake.auth as Json).token ?? '').replace(/^Bearer /i, ''))?.exp;
        if (typeof exp === 'number' && exp * 1000 <= Date.now()) return reply(failure('UNAVAILABLE'));
        return handler(payload, reply);
      })),
  },
  // ---- acknowledgements (issue 17: a second ack, which the proxy and the runner's actors report) ----
  {
    id: 'ack-twice', rule: 'D-14 the server calls each acknowledgement exactly once',
    apply: (p) => outgoing(p, (pk) => (pk.type === ACK ? [pk, structuredClone(pk)] : pk)),
  },
  // ---- verdicts-cases: acks counted on the wire, one event per write, broadcast before the ack, order under latency, coercion ----
  {
    id: 'chat-acked-twice', rule: 'D-14 the server calls the callback exactly once (a written chat is acknowledged twice)',
    // socket.io's own ack() sends once; a server of another make can call back twice. The
    // client library drops the second ACK silently: only the wire shows it.
    apply: (p) => outgoing(p, (pk) => (pk.type === ACK && Array.isArray(pk.data) && isObj(pk.data[0]) && isObj(pk.data[0].chatInfo) ? [pk, structuredClone(pk)] : pk)),
  },
  ...(['new-chat', 'modify-chat', 'delete-chat'] as const).map((name): Mutant => ({
    id: `${name}-broadcast-twice`, rule: `D-15 one ${name} per write per subscribed socket`,
    apply: (p) => around(p.sockets, 'broadcastChat', (broadcast) => (event: string, chat: Json, except?: Socket) => {
      broadcast(event, chat, except);
      if (event === name) broadcast(event, chat, except);
    }),
  })),
  {
    id: 'broadcast-after-ack', rule: 'D-15 broadcast before the acknowledgement (a socket write acks first and fans out from a queue 25 ms later)',
    apply: (p) => {
      let held: Array<() => void> | undefined;
      around(p.sockets, 'broadcastChat', (broadcast) => (event: string, chat: Json, except?: Socket) => {
        if (!held || !except) return broadcast(event, chat, except);
        // The recipients are the room's sockets at the time of the write; the queue only delays delivery.
        const ids = [...(except.nsp.adapter.rooms.get(`channel:${chat.channelId}`) ?? [])].filter((id) => id !== except.id);
        held.push(() => { if (ids.length > 0) except.nsp.to(ids).emit(event as never, chat as never); });
      });
      around(p.sockets, 'onChat', (onChat) => (socket: Socket, request: Json, reply: AnyFn) => {
        const queue: Array<() => void> = [];
        held = queue;
        try {
          onChat(socket, request, reply);
        } finally {
          held = undefined;
        }
        if (queue.length > 0) setTimeout(() => queue.forEach((f) => f()), 25);
      });
    },
  },
  {
    id: 'chat-latency-completion-order', rule: 'D-15 per channel, write order (a back end answering new chats after 0–4 ms at random, relayed in completion order)',
    apply: (p) => {
      let held: Array<() => void> | undefined;
      around(p.sockets, 'broadcastChat', (broadcast) => (event: string, chat: Json, except?: Socket) => (held ? held.push(() => broadcast(event, chat, except)) : broadcast(event, chat, except)));
      around(p.sockets, 'onChat', (onChat) => (socket: Socket, request: Json, reply: AnyFn) => {
        if (request.chatType !== 'new') return onChat(socket, request, reply);
        // The write (and its id) happens now; its answer comes back later, broadcast first.
        const queue: Array<() => void> = [];
        let answer: unknown;
        held = queue;
        try {
          onChat(socket, request, (v: unknown) => { answer = v; });
        } finally {
          held = undefined;
        }
        setTimeout(() => { queue.forEach((f) => f()); reply(answer); }, Math.random() * 4);
      });
    },
  },
  {
    id: 'deep-nesting-unavailable', rule: 'D-14 invalid input of any kind is INVALID_PAYLOAD (a payload nested past 1,000 levels is answered UNAVAILABLE)',
    apply: (p) => {
      const deeper = (v: unknown, limit: number): boolean => {
        let level: unknown[] = [v];
        for (let d = 0; level.length > 0; d++) {
          if (d > limit) return true;
          level = level.flatMap((x) => (x !== null && typeof x === 'object' ? Object.values(x) : []));
        }
        return false;
      };
      around(p.validators, 'event', (event) => (name: string, payload: unknown) => {
        if (deeper(payload, 1000)) throw new Error('maximum depth exceeded');
        return event(name, payload);
      });
    },
  },
  {
    id: 'chat-id-boolean-as-number', rule: 'D-05 a boolean chatId is invalid, never taken as chat 1 (or 0)',
    apply: (p) => around(p.validators, 'event', (event) => (name: string, payload: unknown) => {
      if (name === 'chat' && isObj(payload) && typeof payload.chatId === 'boolean') payload.chatId = Number(payload.chatId);
      return event(name, payload);
    }),
  },
  // ---- verdicts2: a refused write is not stored (D-15 "on failure nothing is written"); each stores it silently (no broadcast) and still answers the refusal ----
  { id: 'forbidden-write-stored', rule: 'D-15/D-16 on failure nothing is written (a write or invitation refused FORBIDDEN, socket or REST 403, is stored anyway)', apply: (p) => storeRefusedWrites(p, 'FORBIDDEN') },
  { id: 'not-found-write-stored', rule: 'D-15 on failure nothing is written (a write refused NOT_FOUND: a chat named through another channel, an unknown chat upserted, a channel of another community)', apply: (p) => storeRefusedWrites(p, 'NOT_FOUND') },
  {
    id: 'invalid-chat-stored', rule: 'D-15 on failure nothing is written (a `chat` refused as invalid input is stored when its fields can be read)',
    apply: (p) => everySocket(p, (socket) => socket.use(([event, ...args], next) => {
      if (event === EVENTS.chat && invalidInput(p, event, args) && isObj(args[0])) storeReadable(p, String((socket.data as Json).userId), args[0]);
      next();
    })),
  },
  {
    id: 'rest-invalid-write-stored', rule: 'D-15 on failure nothing is written (a REST write answered 400 for its body is stored when its fields can be read)',
    apply: (p) => {
      const requests = new AsyncLocalStorage<{ userId: string; path: string }>();
      around(p.rest, 'serve', (serve) => (req: { headers: Json; url?: string }, res: unknown) => {
        const userId = decodeClaims(String(req.headers.authorization ?? '').replace(/^Bearer /i, ''))?._id;
        const path = new URL(req.url ?? '/', 'http://localhost').pathname;
        return requests.run({ userId: String(userId), path }, () => serve(req, res));
      });
      around(p.validators, 'restBody', (restBody) => (op: string, body: unknown) => {
        const violations = restBody(op, body) as unknown[];
        const request = requests.getStore();
        const [, channelId, chatId] = /^\/api\/channels\/([^/]+)\/chats?(?:\/(\d+))?$/.exec(request?.path ?? '') ?? [];
        if (violations.length > 0 && request && channelId && isObj(body)) {
          // A lenient reader takes a number for its text (`content: 5` as "5").
          const content = typeof body.content === 'number' ? String(body.content) : body.content;
          if (op === 'createChat') storeReadable(p, request.userId, { chatType: 'new', channelId, content });
          if (op === 'modifyChat' && chatId) storeReadable(p, request.userId, { chatType: 'modify', channelId, chatId: Number(chatId), content });
        }
        return violations;
      });
    },
  },
];

/**
 * Carries out the writes the service refuses with `reason` when the chat (or channel) is
 * there to write, without any broadcast, and still answers the refusal, on both surfaces.
 * NOT_FOUND: a modify of an unknown chat creates it (an upsert); a chat of another world
 * (another community than the named channel's) is never touched, so other cases run clean.
 */
function storeRefusedWrites(p: ServerParts, reason: 'FORBIDDEN' | 'NOT_FOUND'): void {
  type Verdict = { ok: boolean; reason?: string };
  const refusedFor = (v: Verdict) => !v.ok && v.reason === reason;
  const sameCommunity = (channelId: string, chatId: number) => {
    const channel = p.store.channel(channelId);
    const chat = p.store.chat(chatId);
    return channel && chat && chat.deletedAt === undefined && chat.communityId === channel.communityId ? chat : undefined;
  };
  around(p.service, 'createChat', (create) => (user: string, scope: string | undefined, channelId: string, content: string) => {
    const verdict = create(user, scope, channelId, content) as Verdict;
    const channel = p.store.channel(channelId);
    if (refusedFor(verdict) && channel) p.store.insertChat({ channelId, communityId: channel.communityId, senderId: user, type: 'TEXT', content });
    return verdict;
  });
  around(p.service, 'modifyChat', (modify) => (user: string, scope: string | undefined, channelId: string, chatId: number, content: string) => {
    const existed = p.store.chat(chatId) !== undefined;
    const verdict = modify(user, scope, channelId, chatId, content) as Verdict;
    if (!refusedFor(verdict)) return verdict;
    const chat = sameCommunity(channelId, chatId);
    const channel = p.store.channel(channelId);
    if (chat) p.store.modifyChat(chat, content);
    else if (reason === 'NOT_FOUND' && !existed && channel && p.store.isChannelMember(channelId, user)) p.store.insertChat({ channelId, communityId: channel.communityId, senderId: user, type: 'TEXT', content });
    return verdict;
  });
  around(p.service, 'deleteChat', (del) => (user: string, scope: string | undefined, channelId: string, chatId: number) => {
    const verdict = del(user, scope, channelId, chatId) as Verdict;
    const chat = refusedFor(verdict) ? sameCommunity(channelId, chatId) : undefined;
    if (chat) p.store.deleteChat(chat);
    return verdict;
  });
  // An invitation: the invitees who are members of the channel's community are added all the same.
  around(p.service, 'invite', (invite) => (user: string, scope: string, requested: string, channelId: string, users: string[]) => {
    const verdict = invite(user, scope, requested, channelId, users) as Verdict;
    const channel = p.store.channel(channelId);
    const members = channel ? users.filter((u) => p.store.isCommunityMember(channel.communityId, u)) : [];
    if (refusedFor(verdict) && channel && channel.communityId === scope && members.length > 0) p.store.addChannelMembers(channelId, members);
    return verdict;
  });
}

/**
 * Writes what an invalid `chat` request (or REST body) still says, as a lenient server
 * would read it: a new chat with a string content in a channel the user is in; a modify
 * or delete of the user's own chat in the named channel (a chat id read as a number).
 */
function storeReadable(p: ServerParts, userId: string, request: Json): void {
  const channelId = typeof request.channelId === 'string' ? request.channelId : undefined;
  const channel = channelId === undefined ? undefined : p.store.channel(channelId);
  if (!channel || !p.store.isChannelMember(channel.id, userId)) return;
  if (request.chatType === 'new') {
    if (typeof request.content === 'string') p.store.insertChat({ channelId: channel.id, communityId: channel.communityId, senderId: userId, type: 'TEXT', content: request.content });
    return;
  }
  const chatId = Number(request.chatId);
  const chat = Number.isSafeInteger(chatId) ? p.store.chat(chatId) : undefined;
  if (!chat || chat.channelId !== channel.id || chat.senderId !== userId || chat.deletedAt !== undefined) return;
  if (request.chatType === 'modify' && typeof request.content === 'string') p.store.modifyChat(chat, request.content);
  if (request.chatType === 'delete') p.store.deleteChat(chat);
}

/**
 * The mutants of issue 13's behaviours (the blind spots it lists, the root-cause one),
 * longest run first: `npm run flakes -- --mutants issue13` runs the catalogue against each
 * of them (and the clean server) N times and compares the verdicts.
 */
export const ISSUE_13_MUTANTS: readonly string[] = [
  // a join never acknowledged: one root cause (every joining case waits out the timeout)
  'join-never-acks',
  // an ack sent twice
  'chat-acked-twice', 'ack-twice',
  // auth cached per namespace or per process
  'auth-cached-per-namespace', 'auth-caches-verified-tokens',
  // one write reaching a subscriber twice
  'new-chat-broadcast-twice', 'modify-chat-broadcast-twice', 'delete-chat-broadcast-twice',
  // the ack before the broadcast
  'broadcast-after-ack',
  // join subscribing every socket of the namespace
  'join-subscribes-namespace',
  // writes relayed in the back end's completion order
  'chat-latency-completion-order',
  // handshake holes: the token's place, claims, the root namespace, expiry
  'auth-reads-token-header', 'auth-reads-token-query', 'auth-id-from-nickname', 'auth-non-numeric-exp-never-expires',
  'auth-requires-nickname', 'auth-checked-per-event', 'root-namespace-open',
  'rest-bearer-case-sensitive', 'rest-lax-claims', 'rest-reads-token-elsewhere',
  // a MUST behind a SHOULD: the wrong reason, a boolean chatId taken as a chat
  'deep-nesting-unavailable', 'chat-id-boolean-as-number',
  // refused writes stored anyway
  'forbidden-write-stored', 'not-found-write-stored', 'invalid-chat-stored', 'rest-invalid-write-stored',
];
