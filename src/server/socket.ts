// The Socket.IO surface (asyncapi.yaml). One dynamic namespace per community (D-06),
// the handshake checked by a namespace middleware (D-07), and three client events:
// `join`, `chat`, `invite-users-to-channel`. Rooms: `channel:<id>` for a channel's
// subscribers, `user:<id>` for every socket of one user in the namespace (how an
// invitation reaches all of them at once).
//
// Every handler is synchronous from payload to acknowledgement: validate (with the
// contract's own schemas), decide and write (Service, one transaction), broadcast, and
// only then call the acknowledgement (D-15). better-sqlite3 writes synchronously, so
// per channel the broadcast order is the write order.
import type { Server as HttpServer } from 'node:http';
import { Server, type Namespace as AnyNamespace, type Socket as AnySocket } from 'socket.io';
import type {
  ChatRequest,
  ClientToServerEvents,
  ConnectError,
  EventAcks,
  EventPayloads,
  InviteRequest,
  JoinRequest,
  ServerToClientEvents,
} from '../../generated/events.js';
import { namespacePattern, type Contract, type Validators } from '../contract/index.ts';
import { authenticate } from './auth.ts';
import type { ConnectRefusal, FailureReason, Verdict } from './rules.ts';
import type { Service } from './service.ts';
import type { ChannelInfo, Chat } from './store.ts';

/** The events this surface receives and sends; each must exist in the contract. */
export const EVENTS = {
  join: 'join',
  chat: 'chat',
  invite: 'invite-users-to-channel',
  newChat: 'new-chat',
  modifyChat: 'modify-chat',
  deleteChat: 'delete-chat',
  invited: 'invited-to-channel',
} as const satisfies Record<string, keyof ClientToServerEvents | keyof ServerToClientEvents>;

/** A socket and a namespace of this server, typed by the generated event maps. */
type Socket = AnySocket<ClientToServerEvents, ServerToClientEvents>;
type Namespace = AnyNamespace<ClientToServerEvents, ServerToClientEvents>;

export type ChatEvent = typeof EVENTS.newChat | typeof EVENTS.modifyChat | typeof EVENTS.deleteChat;

export const channelRoom = (channelId: string): string => `channel:${channelId}`;
export const userRoom = (userId: string): string => `user:${userId}`;

interface SocketData {
  userId: string;
  communityId: string;
}

/** A client event of the contract. */
type ClientEvent = keyof ClientToServerEvents;

/** The acknowledgement of a client event, as generated (`EventAcks`). */
type Reply<E extends ClientEvent> = (reply: EventAcks[E]) => void;

export interface SocketSurfaceOptions {
  contract: Contract;
  validators: Validators;
  service: Service;
  jwtSecret: string;
  log: (line: string) => void;
}

export class SocketSurface {
  /** Typed by the generated event maps: every emit below is checked against the contract. */
  readonly io: Server<ClientToServerEvents, ServerToClientEvents>;
  /** The live namespace of each community that has had a connection. */
  private readonly namespaces = new Map<string, Namespace>();
  private readonly pattern: RegExp;
  private readonly checkCommunityId: (value: unknown) => unknown[];
  private readonly isUserId: (id: string) => boolean;

  constructor(
    httpServer: HttpServer,
    private readonly options: SocketSurfaceOptions,
  ) {
    const { contract, validators } = options;
    for (const name of Object.values(EVENTS)) {
      if (!contract.events[name]) throw new Error(`the contract has no event "${name}"`);
    }
    this.pattern = namespacePattern(contract);
    this.checkCommunityId = validators.check(contract.namespace.schema);
    this.isUserId = (id) => validators.shape('ObjectId', id).length === 0;
    this.io = new Server<ClientToServerEvents, ServerToClientEvents>(httpServer, { serveClient: false });
    const parent = this.io.of(this.pattern);
    parent.use((socket, next) => {
      const refusal = this.admit(socket);
      if (refusal === undefined) return next();
      const err = new Error(refusal.message) as Error & { data?: ConnectError['data'] };
      err.data = { code: refusal.code };
      next(err);
      this.forgetIfBogus(socket.nsp, parent);
    });
    parent.on('connection', (socket: Socket) => this.onConnection(socket));
  }

  /** Verifies the handshake; on success records who the socket is. */
  private admit(socket: Socket): ConnectRefusal | undefined {
    try {
      const auth = socket.handshake.auth as Record<string, unknown> | undefined;
      const identity = authenticate(auth?.token, this.options.jwtSecret, this.isUserId);
      if (!identity.ok) return { message: 'Unauthorized', code: identity.code };
      const communityId = this.pattern.exec(socket.nsp.name)?.[1] ?? '';
      const wellFormed = this.checkCommunityId(communityId).length === 0;
      const refusal = this.options.service.connect(identity.userId, communityId, wellFormed);
      if (refusal) return refusal;
      const data: SocketData = { userId: identity.userId, communityId };
      socket.data = data;
      this.namespaces.set(communityId, socket.nsp);
      return undefined;
    } catch (err) {
      this.options.log(`handshake failed unexpectedly: ${describe(err)}`);
      return { message: 'Forbidden', code: 'UNKNOWN_COMMUNITY' };
    }
  }

  /**
   * A refused handshake on a namespace that names no community leaves an empty child
   * namespace behind in Socket.IO; drop it so hostile addresses cannot pile them up.
   * (Namespaces of real communities stay: there are as many as communities.)
   */
  private forgetIfBogus(nsp: Namespace, parent: Namespace): void {
    const communityId = this.pattern.exec(nsp.name)?.[1] ?? '';
    if (this.namespaces.get(communityId) === nsp) return;
    setImmediate(() => {
      if (nsp.sockets.size > 0 || this.namespaces.get(communityId) === nsp) return;
      try {
        this.io._nsps.delete(nsp.name);
        (parent as unknown as { children?: Set<Namespace> }).children?.delete(nsp);
      } catch {
        /* internals changed: the namespace merely stays */
      }
    });
  }

  private onConnection(socket: Socket): void {
    const { userId } = socket.data as SocketData;
    void socket.join(userRoom(userId));
    this.handle(socket, EVENTS.join, (reason) => ({ joined: [], reason }), (payload, reply) => this.onJoin(socket, payload, reply));
    this.handle(socket, EVENTS.chat, (reason) => ({ written: false, reason }), (payload, reply) => this.onChat(socket, payload, reply));
    this.handle(socket, EVENTS.invite, (reason) => ({ written: false, reason }), (payload, reply) => this.onInvite(socket, payload, reply));
  }

  /**
   * Registers a handler that gets exactly one payload and a reply function calling the
   * client's acknowledgement at most once (when there is one). A handler that throws
   * answers `UNAVAILABLE`; nothing escapes to Socket.IO, nothing disconnects.
   */
  private handle<E extends ClientEvent>(
    socket: Socket,
    event: E,
    failure: (reason: FailureReason) => EventAcks[E],
    handler: (payload: EventPayloads[E], reply: Reply<E>) => void,
  ): void {
    // What arrives is untrusted: the contract's types hold only once the payload has
    // passed its schema, so the listener takes raw arguments.
    // (Widened from E: socket.io cannot type a listener for a generic event name.)
    const name: ClientEvent = event;
    (socket as unknown as AnySocket).on(name, (...args: unknown[]) => {
      const last = args[args.length - 1];
      const callback = typeof last === 'function' ? (args.pop() as Reply<E>) : undefined;
      let replied = false;
      const reply: Reply<E> = (value) => {
        if (replied) return;
        replied = true;
        if (!callback) return;
        try {
          callback(value);
        } catch (err) {
          this.options.log(`acknowledging ${event} failed: ${describe(err)}`);
        }
      };
      try {
        // An event carries one payload; none or several is not a valid message.
        const payload = args[0];
        if (args.length !== 1 || !this.accepts(event, payload)) {
          reply(failure('INVALID_PAYLOAD'));
          return;
        }
        handler(payload, reply);
      } catch (err) {
        this.options.log(`${event} from ${(socket.data as SocketData).userId} failed: ${describe(err)}`);
        reply(failure('UNAVAILABLE'));
      }
    });
  }

  /**
   * Whether the contract's validator accepts `payload` as the payload of `event`: the
   * one place where an untrusted value becomes the generated payload type.
   */
  private accepts<E extends ClientEvent>(event: E, payload: unknown): payload is EventPayloads[E] {
    return this.options.validators.event(event, payload)?.length === 0;
  }

  private onJoin(socket: Socket, payload: JoinRequest, reply: Reply<'join'>): void {
    const { userId, communityId } = socket.data as SocketData;
    const { channels } = payload;
    const joined = this.options.service.joinable(userId, communityId, channels);
    if (joined.length > 0) void socket.join(joined.map(channelRoom));
    reply({ joined });
  }

  private onChat(socket: Socket, request: ChatRequest, reply: Reply<'chat'>): void {
    const { userId, communityId } = socket.data as SocketData;
    const { service } = this.options;
    let verdict: Verdict<Chat>;
    let event: ChatEvent;
    switch (request.chatType) {
      case 'new':
        verdict = service.createChat(userId, communityId, request.channelId, request.content);
        event = EVENTS.newChat;
        break;
      case 'modify':
        verdict = service.modifyChat(userId, communityId, request.channelId, request.chatId, request.content);
        event = EVENTS.modifyChat;
        break;
      case 'delete':
        verdict = service.deleteChat(userId, communityId, request.channelId, request.chatId);
        event = EVENTS.deleteChat;
        break;
    }
    if (!verdict.ok) return reply({ written: false, reason: verdict.reason });
    this.broadcastChat(event, verdict.value, socket);
    reply({ written: true, chatInfo: verdict.value });
  }

  private onInvite(socket: Socket, request: InviteRequest, reply: Reply<'invite-users-to-channel'>): void {
    const { userId, communityId } = socket.data as SocketData;
    const verdict = this.options.service.invite(userId, communityId, request.communityId, request.channelId, request.users);
    if (!verdict.ok) return reply({ written: false, reason: verdict.reason });
    this.deliverInvitation(verdict.value.channel, verdict.value.invited);
    reply({ written: true, invited: verdict.value.invited });
  }

  /**
   * Sends a chat event to the channel's room in its community's namespace, except the
   * socket that wrote it (REST writes have no such socket: every subscriber gets it).
   */
  broadcastChat(event: ChatEvent, chat: Chat, except?: Socket): void {
    const room = channelRoom(chat.channelId);
    if (except) {
      except.to(room).emit(event, chat);
      return;
    }
    this.namespaces.get(chat.communityId)?.to(room).emit(event, chat);
  }

  /** Subscribes every socket of each new member to the channel, then tells them. */
  deliverInvitation(channel: ChannelInfo, userIds: readonly string[]): void {
    const nsp = this.namespaces.get(channel.communityId);
    if (!nsp || userIds.length === 0) return;
    const rooms = userIds.map(userRoom);
    nsp.in(rooms).socketsJoin(channelRoom(channel._id));
    nsp.to(rooms).emit(EVENTS.invited, channel);
  }

  /** Disconnects every socket and closes the engine and the HTTP server it is attached to. */
  async close(): Promise<void> {
    await this.io.close();
    this.namespaces.clear();
  }
}

export function describe(err: unknown): string {
  return err instanceof Error ? (err.stack ?? err.message) : String(err);
}
