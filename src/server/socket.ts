// The Socket.IO surface (asyncapi.yaml). One dynamic namespace per community (D-06),
// the handshake checked by a namespace middleware (D-07), and three client events:
// `join`, `chat`, `invite-users-to-channel`. Rooms: `channel:<id>` for a channel's
// subscribers, `user:<id>` for every socket of one user in the namespace (how an
// invitation reaches all of them at once).
//
// An event's payload is validated on arrival (with the contract's own schemas, stopping
// at the first violation); an accepted event then waits in its socket's queue, served
// round robin with every other socket's, the socket unread while too many wait
// (FairQueue, D-50). Its handler is synchronous
// from there to the acknowledgement: decide and write (Service, one transaction),
// broadcast, and only then call the acknowledgement (D-15). better-sqlite3 writes
// synchronously, so per channel the broadcast order is the write order.
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
import { namespaceOf, namespacePattern, type Contract, type Validators } from '../contract/index.ts';
import { authenticate, verifier, type Verifier } from './auth.ts';
import { FLUSH_EVENT, type ClusterBus } from './cluster.ts';
import { FairQueue } from './fairness.ts';
import type { ConnectRefusal, FailureReason, Verdict } from './rules.ts';
import type { Service } from './service.ts';
import { isDeletedChat, isLiveChat, type ChannelInfo, type Chat } from './store.ts';

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

/** The client events that write (cluster mode serializes them, D-63). */
const WRITES: ReadonlySet<string> = new Set([EVENTS.chat, EVENTS.invite]);

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
  /** Cluster mode (D-62): broadcasts and room changes reach every node through Redis. */
  bus?: ClusterBus;
}

export class SocketSurface {
  /** Typed by the generated event maps: every emit below is checked against the contract. */
  readonly io: Server<ClientToServerEvents, ServerToClientEvents>;
  /** The live namespace of each community that has had a connection. */
  private readonly namespaces = new Map<string, Namespace>();
  private readonly pattern: RegExp;
  private readonly checkCommunityId: (value: unknown) => unknown[];
  private readonly verifier: Verifier;
  /** Accepted events waiting to be handled, per socket (D-50); a full socket is not read until it has room. */
  readonly queue = new FairQueue({ onFull: (id) => this.pause(id), onRoom: (id) => this.paused.get(id)?.() });
  /** How to resume reading each socket paused by a full queue. */
  private readonly paused = new Map<string, () => void>();
  /** Every connected socket by id (what the queue's callbacks name). */
  private readonly live = new Map<string, Socket>();

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
    this.verifier = verifier(
      options.jwtSecret,
      (id) => validators.shape('ObjectId', id).length === 0,
      (id) => options.service.store.hasUser(id),
    );
    // A community's namespace is dropped with its last socket, and so is the empty one a
    // refused handshake on a bogus address leaves behind (hostile addresses cannot pile up).
    this.io = new Server<ClientToServerEvents, ServerToClientEvents>(httpServer, {
      serveClient: false,
      cleanupEmptyChildNamespaces: true,
      ...(options.bus ? { adapter: options.bus.adapter } : {}),
    });
    // The root namespace names no community: every handshake on it is refused (D-51);
    // names matching no community address are refused by Socket.IO ("Invalid namespace").
    this.io.of('/').use((_socket, next) => next(refusalError({ message: 'Forbidden', code: 'UNKNOWN_COMMUNITY' })));
    const parent = this.io.of(this.pattern);
    parent.use((socket, next) => {
      void Promise.resolve(this.admit(socket)).then((refusal) => (refusal === undefined ? next() : next(refusalError(refusal))));
    });
    parent.on('connection', (socket: Socket) => this.onConnection(socket));
    // Cluster mode: answer a writer's flush once everything it published before is handled here.
    if (options.bus) this.io.on(FLUSH_EVENT, (ack: () => void) => ack());
  }

  /**
   * Runs a write (`fn` decides, writes and broadcasts) so that its broadcasts are emitted
   * before its answer. On one node that is the write itself (D-15). In a cluster (D-63):
   * holding the cluster's write token, then waiting until every node has handled what
   * this one published, when `broadcast(value)` says it did: every node has emitted the
   * write's events to its sockets before the writer's ack, and per channel every node
   * emits the writes in write order.
   */
  serialized<T>(fn: () => T, broadcast: (value: T) => boolean): T | Promise<T> {
    const { bus } = this.options;
    if (!bus) return fn();
    return new Promise<T>((resolve, reject) => {
      let value: T;
      this.pendingWrites.push({
        run: () => broadcast((value = fn())),
        done: () => resolve(value),
        fail: reject,
      });
      if (!this.writing) void this.writeBatches(bus);
    });
  }

  /** Cluster mode: the writes waiting for the write token, in arrival order. */
  private readonly pendingWrites: Array<{ run: () => boolean; done: () => void; fail: (err: unknown) => void }> = [];
  private writing = false;

  /**
   * Cluster mode: takes the write token; waits until this node has handled everything
   * published before it got the token (a round trip on its subscriber connection, which
   * Redis answers after the messages queued before); runs every write waiting by then
   * (each decides, writes and broadcasts at once, in order); gives the token back. Then,
   * without the token, one flush for the batch (every node has handled its broadcasts),
   * and the answers, batch after batch in order. Per channel every node then emits the
   * writes in write order, and each write's broadcasts are out on every node before its
   * ack (D-63).
   */
  private async writeBatches(bus: ClusterBus): Promise<void> {
    this.writing = true;
    let answered: Promise<void> = Promise.resolve();
    try {
      while (this.pendingWrites.length > 0) {
        const { ran, broadcast } = await bus.exclusive(async () => {
          await bus.settled();
          const batch = this.pendingWrites.splice(0);
          const ran: typeof batch = [];
          let broadcast = false;
          for (const write of batch) {
            try {
              if (write.run()) broadcast = true;
              ran.push(write);
            } catch (err) {
              write.fail(err);
            }
          }
          return { ran, broadcast };
        });
        const flushed = broadcast
          ? this.io.serverSideEmitWithAck(FLUSH_EVENT).then(
              () => undefined,
              // A node that does not answer (gone) must not stop the cluster's writes.
              (err: unknown) => this.options.log(`cluster flush incomplete: ${describe(err)}`),
            )
          : Promise.resolve();
        answered = answered.then(() => flushed).then(() => ran.forEach((write) => write.done()));
      }
    } catch (err) {
      for (const write of this.pendingWrites.splice(0)) write.fail(err);
    } finally {
      this.writing = false;
    }
    await answered;
  }

  /**
   * Verifies the handshake (the token of `auth.token`, nowhere else: D-45); on success
   * records who the socket is.
   */
  private async admit(socket: Socket): Promise<ConnectRefusal | undefined> {
    try {
      const auth = socket.handshake.auth as Record<string, unknown> | undefined;
      const identity = await authenticate(auth?.token, this.verifier);
      if (!identity.ok) return { message: 'Unauthorized', code: identity.code };
      const communityId = this.pattern.exec(socket.nsp.name)?.[1] ?? '';
      const wellFormed = this.checkCommunityId(communityId).length === 0;
      const refusal = this.options.service.connect(identity.userId, communityId, wellFormed);
      if (refusal) return refusal;
      // In a cluster, the namespace's Redis subscription is confirmed before the socket is
      // admitted: from its connection on, it gets what any node broadcasts (D-63).
      if (this.options.bus) await this.options.bus.settled();
      const data: SocketData = { userId: identity.userId, communityId };
      socket.data = data;
      this.namespaces.set(communityId, socket.nsp);
      return undefined;
    } catch (err) {
      this.options.log(`handshake failed unexpectedly: ${describe(err)}`);
      return { message: 'Forbidden', code: 'UNKNOWN_COMMUNITY' };
    }
  }

  private onConnection(socket: Socket): void {
    const { userId, communityId } = socket.data as SocketData;
    void socket.join(userRoom(userId));
    this.live.set(socket.id, socket);
    socket.on('disconnect', () => {
      this.live.delete(socket.id);
      this.paused.get(socket.id)?.();
      // Socket.IO drops a namespace with its last socket (cleanupEmptyChildNamespaces).
      if (socket.nsp.sockets.size === 0 && this.namespaces.get(communityId) === socket.nsp) this.namespaces.delete(communityId);
    });
    this.handle(socket, EVENTS.join, (reason) => ({ joined: [], reason }), (payload, reply) => this.onJoin(socket, payload, reply));
    this.handle(socket, EVENTS.chat, (reason) => ({ written: false, reason }), (payload, reply) => this.onChat(socket, payload, reply));
    this.handle(socket, EVENTS.invite, (reason) => ({ written: false, reason }), (payload, reply) => this.onInvite(socket, payload, reply));
  }

  /**
   * Registers a handler that gets exactly one payload and a reply function calling the
   * client's acknowledgement at most once (when there is one). An invalid payload is
   * answered at once; a valid one waits its turn in the socket's queue, and is answered
   * `UNAVAILABLE` at once when that queue is over its hard limit (D-50). A handler that throws answers
   * `UNAVAILABLE`; nothing escapes to Socket.IO, nothing disconnects.
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
        const queued = this.queue.offer(socket.id, () => {
          if (this.options.bus && WRITES.has(event)) return this.clusterWrite(socket, event, payload, reply, failure, handler);
          try {
            handler(payload, reply);
          } catch (err) {
            this.failed(socket, event, err);
            reply(failure('UNAVAILABLE'));
          }
        });
        if (!queued) reply(failure('UNAVAILABLE'));
      } catch (err) {
        this.failed(socket, event, err);
        reply(failure('UNAVAILABLE'));
      }
    });
  }

  /** A write in a cluster: the handler's answer is held until its broadcasts are out on every node (serialized). */
  private clusterWrite<E extends ClientEvent>(
    socket: Socket,
    event: E,
    payload: EventPayloads[E],
    reply: Reply<E>,
    failure: (reason: FailureReason) => EventAcks[E],
    handler: (payload: EventPayloads[E], reply: Reply<E>) => void,
  ): void {
    let answer: EventAcks[E] | undefined;
    const decided = this.serialized(
      () => {
        try {
          handler(payload, (value) => (answer ??= value));
        } catch (err) {
          this.failed(socket, event, err);
          answer = failure('UNAVAILABLE');
        }
        return answer;
      },
      (value) => (value as { written?: unknown } | undefined)?.written === true,
    );
    void Promise.resolve(decided).then(
      (value) => value !== undefined && reply(value),
      (err: unknown) => {
        this.failed(socket, event, err);
        reply(failure('UNAVAILABLE'));
      },
    );
  }

  /**
   * Backpressure (D-50): stops reading a WebSocket connection with PAUSE_AT events
   * waiting, until half of them are handled. (A long-polling request is read whole: past
   * MAX_QUEUED_PER_SOCKET its events are refused; so are a connection upgraded from
   * long-polling's.) `socket.request.socket` is the connection's TCP socket.
   */
  private pause(id: string): void {
    const socket = this.live.get(id);
    // Only a connection that opened as a WebSocket: after an upgrade from long-polling,
    // `socket.request` is the first polling request, not the WebSocket's connection.
    if (socket === undefined || this.paused.has(id) || socket.conn.transport.name !== 'websocket' || socket.conn.upgraded) return;
    const tcp = socket.request.socket;
    tcp.pause();
    const resume = (): void => {
      this.paused.delete(socket.id);
      tcp.resume();
    };
    this.paused.set(id, resume);
  }

  private failed(socket: Socket, event: string, err: unknown): void {
    this.options.log(`${event} from ${(socket.data as SocketData).userId} failed: ${describe(err)}`);
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
    const target = except ? except.to(room) : this.namespaceOf(chat.communityId)?.to(room);
    if (!target) return;
    // `delete-chat` carries a DeletedChat, the others a LiveChat (D-29).
    if (event === EVENTS.deleteChat) {
      if (isDeletedChat(chat)) return void target.emit(event, chat);
    } else if (isLiveChat(chat)) {
      return void target.emit(event, chat);
    }
    this.options.log(`not broadcasting ${event}: chat ${chat.id} is ${chat.deletedAt === undefined ? 'not ' : ''}deleted`);
  }

  /** Subscribes every socket of each new member to the channel, then tells them. */
  deliverInvitation(channel: ChannelInfo, userIds: readonly string[]): void {
    const nsp = this.namespaceOf(channel.communityId);
    if (!nsp || userIds.length === 0) return;
    const rooms = userIds.map(userRoom);
    nsp.in(rooms).socketsJoin(channelRoom(channel._id));
    nsp.to(rooms).emit(EVENTS.invited, channel);
  }

  /**
   * The community's namespace to broadcast in. On one node, the live one (none: nobody to
   * tell). In a cluster, the namespace whether or not this node has sockets in it, because
   * other nodes may (its adapter publishes to them; D-63).
   */
  private namespaceOf(communityId: string): Namespace | undefined {
    if (!this.options.bus) return this.namespaces.get(communityId);
    return this.namespaces.get(communityId) ?? this.io.of(namespaceOf(this.options.contract, communityId));
  }

  /** Disconnects every socket and closes the engine and the HTTP server it is attached to. */
  async close(): Promise<void> {
    await this.io.close();
    this.namespaces.clear();
  }
}

/** The error a namespace middleware passes to refuse a handshake (a `connect_error`). */
function refusalError(refusal: ConnectRefusal): Error {
  const err = new Error(refusal.message) as Error & { data?: ConnectError['data'] };
  err.data = { code: refusal.code };
  return err;
}

export function describe(err: unknown): string {
  return err instanceof Error ? (err.stack ?? err.message) : String(err);
}
