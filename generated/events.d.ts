// Socket.IO event maps and payload types (json-schema-to-typescript).
// generated from asyncapi.yaml/openapi.yaml (contract v1.1.0) by `npm run generate`; do not edit.

/**
 * Identifier of a user, a community or a channel: 24 lowercase hexadecimal characters (a MongoDB-style document id). See D-04.
 */
export type ObjectId = string;
/**
 * Why a write was refused. `INVALID_PAYLOAD`: the request does not match its schema. `FORBIDDEN`: the user may not do this. `NOT_FOUND`: the channel (in this community) or the chat does not exist, or is deleted. `UNAVAILABLE`: the server could not complete the write (nothing was written). See D-14.
 */
export type FailureReason = 'INVALID_PAYLOAD' | 'FORBIDDEN' | 'NOT_FOUND' | 'UNAVAILABLE';
/**
 * The text of a chat: 1 to 300 Unicode code points (not UTF-16 units, so 300 emoji are valid). Stored and relayed exactly as sent: no trimming, no HTML escaping, no Unicode normalisation. Well-formed Unicode: a lone UTF-16 surrogate (possible in JSON as `"\ud800"`) is not a code point of any text and is invalid input. The pattern says it portably (D-27): any character that is not a surrogate, or a high surrogate followed by a low one; an engine without the `u` flag reads astral characters as such pairs, an engine with it (or Python's `re`) reads them as one character.
 */
export type ChatContent = string;
/**
 * Identifier of a chat: an integer ≥ 0, unique within its channel and increasing in creation order, at most 2^53 - 1 (the largest integer every JSON implementation holds exactly; a larger one is invalid, never rounded, D-42). A numeric string such as "6" is invalid, never coerced. An integral JSON number (`6.0`) is the integer 6 (D-44). See D-05.
 */
export type ChatId = number;
/**
 * A `chat` request, discriminated by `chatType` (D-09).
 */
export type ChatRequest = NewChatRequest | ModifyChatRequest | DeleteChatRequest;
/**
 * The kind of a chat. Chats created through the socket are `TEXT`; `IMAGE` and `SYSTEM` chats exist in the store but are not created by v1 of the protocol. See D-11.
 */
export type ChatKind = 'TEXT' | 'IMAGE' | 'SYSTEM';
/**
 * An instant in UTC, RFC 3339 with exactly three fractional digits (milliseconds) and the `Z` designator, as produced by `Date.prototype.toISOString()`. See D-12.
 */
export type Timestamp = string;
/**
 * Exactly one of the two shapes; `chatInfo` only on success (D-14).
 */
export type ChatAck = ChatWritten | WriteRefused;
/**
 * The users to invite: 1 to 100 distinct user ids. See D-16.
 *
 * @minItems 1
 * @maxItems 100
 */
export type UserIds = ObjectId[];
/**
 * The users an invitation newly added to the channel, in request order. Users who were already members are not listed. See D-16.
 *
 * @maxItems 100
 */
export type InvitedUsers = ObjectId[];
export type InviteAck = InviteWritten | WriteRefused;
/**
 * A `Chat` that is not deleted, so it has no `deletedAt` (the property is forbidden, not `null`): what `new-chat` and `modify-chat` broadcast and what the REST create, modify and list answer. See D-12, D-29.
 */
export type LiveChat = Chat & {
  deletedAt?: never;
};
/**
 * A `Chat` whose `deletedAt` is set: what `delete-chat` broadcasts and what `DELETE /api/channels/{channelId}/chats/{chatId}` answers. Deleting sets `deletedAt` (and `updatedAt` to the same instant) and keeps `content`. See D-12, D-15.
 */
export type DeletedChat = Chat & {
  deletedAt: Timestamp;
};

/**
 * Every named schema of the realtime contract and the shared shapes, by title.
 */
export interface ContractSchemas {
  ObjectId: ObjectId;
  JoinRequest: JoinRequest;
  FailureReason: FailureReason;
  JoinAck: JoinAck;
  ChatContent: ChatContent;
  NewChatRequest: NewChatRequest;
  ChatId: ChatId;
  ModifyChatRequest: ModifyChatRequest;
  DeleteChatRequest: DeleteChatRequest;
  ChatRequest: ChatRequest;
  ChatKind: ChatKind;
  Timestamp: Timestamp;
  Chat: Chat;
  ChatWritten: ChatWritten;
  WriteRefused: WriteRefused;
  ChatAck: ChatAck;
  UserIds: UserIds;
  InviteRequest: InviteRequest;
  InvitedUsers: InvitedUsers;
  InviteWritten: InviteWritten;
  InviteAck: InviteAck;
  LiveChat: LiveChat;
  DeletedChat: DeletedChat;
  Channel: Channel;
  ConnectError: ConnectError;
  ErrorBody: ErrorBody;
  Envelope: Envelope;
  FixtureUser: FixtureUser;
  Fixtures: Fixtures;
}
export interface JoinRequest {
  /**
   * @maxItems 500
   */
  channels: ObjectId[];
}
/**
 * `joined` lists the channels this socket is now subscribed to among those requested. `reason` is present only when the request was refused as a whole.
 */
export interface JoinAck {
  joined: ObjectId[];
  reason?: FailureReason;
}
export interface NewChatRequest {
  chatType: 'new';
  channelId: ObjectId;
  content: ChatContent;
}
export interface ModifyChatRequest {
  chatType: 'modify';
  channelId: ObjectId;
  chatId: ChatId;
  content: ChatContent;
}
export interface DeleteChatRequest {
  chatType: 'delete';
  channelId: ObjectId;
  chatId: ChatId;
}
/**
 * A stored chat, as the server returns it in acknowledgements, broadcasts and REST results. `deletedAt` is present only on a deleted chat. See D-10, D-12.
 */
export interface Chat {
  id: ChatId;
  type: ChatKind;
  content: ChatContent;
  senderId: ObjectId;
  channelId: ObjectId;
  communityId: ObjectId;
  createdAt: Timestamp;
  updatedAt: Timestamp;
  deletedAt?: Timestamp;
}
export interface ChatWritten {
  written: true;
  chatInfo: Chat;
}
/**
 * A refused write. `reason` SHOULD be present.
 */
export interface WriteRefused {
  written: false;
  reason?: FailureReason;
}
export interface InviteRequest {
  communityId: ObjectId;
  channelId: ObjectId;
  users: UserIds;
}
export interface InviteWritten {
  written: true;
  invited: InvitedUsers;
}
/**
 * A channel as announced to an invited user (`invited-to-channel`). It carries no list of members. `existUnreadChat` is true when the channel holds at least one chat that is not deleted. See D-17.
 */
export interface Channel {
  _id: ObjectId;
  managerId: ObjectId;
  name: string;
  isPrivate: boolean;
  description: string;
  type: 'Channel' | 'DM';
  createdAt: Timestamp;
  updatedAt: Timestamp;
  existUnreadChat: boolean;
  communityId: ObjectId;
}
/**
 * The `connect_error` Socket.IO gives the client: `message` MUST be `Unauthorized` or `Forbidden`; `data.code` SHOULD say which check refused the connection.
 */
export interface ConnectError {
  message: 'Unauthorized' | 'Forbidden';
  data?: {
    code:
      'TOKEN_MISSING' | 'TOKEN_INVALID' | 'TOKEN_EXPIRED' | 'NOT_A_MEMBER' | 'UNKNOWN_COMMUNITY';
  };
}
/**
 * The body of every REST error response. `statusCode` equals the HTTP status, `message` says what is wrong (one string or a list of strings), `error` is the status's reason phrase. Each status narrows it to its own `statusCode` and `error` (`Error400` … of openapi.yaml, D-30). See D-20.
 */
export interface ErrorBody {
  statusCode: number;
  message: string | string[];
  error: string;
}
/**
 * The envelope of every successful REST response: `statusCode` equals the HTTP status and `result` carries the endpoint's result. Each response narrows `result`. See D-20.
 */
export interface Envelope {
  statusCode: number;
  result: unknown;
}
/**
 * A user of the conformance world, with a token the target accepts.
 */
export interface FixtureUser {
  id: ObjectId;
  nickname: string;
  /**
   * The raw JWT, without the `Bearer ` scheme word.
   */
  token: string;
}
/**
 * A fresh, isolated conformance world, as returned by the test-only `POST /api/conformance/fixtures` or written by a server's operators. Community `main` has a public and a private channel; community `other` has one channel. Roles: `communityManager` manages `main` and is in none of its channels; `channelManager` manages both channels of `main` and is a member of both; `author` is a member of both; `member` is a member of the public channel only; `outsider` and `invitee1..3` are members of `main` in none of its channels; `stranger` is a member of `other` (and of its channel) only, and manages both `other` and its channel; no role of `main` manages anything in `other` (D-40). `author` is also a member of `other` and of its channel, so that cases can show one community's channels never leak into another's namespace. See D-22.
 */
export interface Fixtures {
  communities: {
    main: {
      id: ObjectId;
      channels: {
        public: ObjectId;
        private: ObjectId;
      };
    };
    other: {
      id: ObjectId;
      channels: {
        public: ObjectId;
      };
    };
  };
  users: {
    communityManager: FixtureUser;
    channelManager: FixtureUser;
    author: FixtureUser;
    member: FixtureUser;
    outsider: FixtureUser;
    stranger: FixtureUser;
    invitee1: FixtureUser;
    invitee2: FixtureUser;
    invitee3: FixtureUser;
  };
  /**
   * Optional: a token of `author`, correctly signed, whose `exp` is in the past. Cases that need it are skipped when it is absent.
   */
  expiredToken?: string;
  /**
   * Optional: variants of `member`'s token that only the holder of the server's key can sign, each correctly signed. Cases that need an absent one are skipped with the reason. See D-45..D-49.
   */
  tokens?: {
    /**
     * Without `exp` (refused, TOKEN_INVALID).
     */
    noExp?: string;
    /**
     * Without `_id` (refused, TOKEN_INVALID).
     */
    noId?: string;
    /**
     * An `_id` that names no user (refused, TOKEN_INVALID).
     */
    unknownUser?: string;
    /**
     * An `nbf` in the future (refused, TOKEN_INVALID).
     */
    notYetValid?: string;
    /**
     * A `crit` header naming an extension the server does not know (refused, TOKEN_INVALID).
     */
    unknownCrit?: string;
    /**
     * An `exp` that is a string (refused, TOKEN_INVALID).
     */
    nonNumericExp?: string;
    /**
     * An `exp` that is null (refused, TOKEN_INVALID).
     */
    nullExp?: string;
    /**
     * Without `nickname` (SHOULD be accepted).
     */
    noNickname?: string;
    /**
     * Valid for a few seconds from the world's creation (the reference server: 3 s): an open connection outlives it, a new handshake after its `exp` is refused with TOKEN_EXPIRED. Useful only in a world created per case.
     */
    shortLived?: string;
  };
}

// ---- Socket.IO v4 event maps, from the operations of asyncapi.yaml ----

/**
 * The events a client emits and the server listens to. The acknowledgement callback is
 * optional: a client may emit without one and the server MUST process the event all the
 * same (D-14), so a server handler receives `ack` as possibly undefined (`ack?.(reply)`).
 *
 * Server: `new Server<ClientToServerEvents, ServerToClientEvents>()`.
 * Client: `const socket: Socket<ServerToClientEvents, ClientToServerEvents> = io(url)`.
 */
export interface ClientToServerEvents {
  /** `join`: asyncapi.yaml#/operations/receiveJoin */
  join: (payload: JoinRequest, ack?: (reply: JoinAck) => void) => void;
  /** `chat`: asyncapi.yaml#/operations/receiveChat */
  chat: (payload: ChatRequest, ack?: (reply: ChatAck) => void) => void;
  /** `invite-users-to-channel`: asyncapi.yaml#/operations/receiveInviteUsersToChannel */
  'invite-users-to-channel': (payload: InviteRequest, ack?: (reply: InviteAck) => void) => void;
}

/**
 * `ClientToServerEvents` with every acknowledgement required: the client's view when it
 * always waits for the reply, which types `emitWithAck` and `timeout(ms).emit`:
 * `const socket: Socket<ServerToClientEvents, ClientToServerEventsWithAcks> = io(url)`.
 */
export interface ClientToServerEventsWithAcks {
  /** `join`: asyncapi.yaml#/operations/receiveJoin */
  join: (payload: JoinRequest, ack: (reply: JoinAck) => void) => void;
  /** `chat`: asyncapi.yaml#/operations/receiveChat */
  chat: (payload: ChatRequest, ack: (reply: ChatAck) => void) => void;
  /** `invite-users-to-channel`: asyncapi.yaml#/operations/receiveInviteUsersToChannel */
  'invite-users-to-channel': (payload: InviteRequest, ack: (reply: InviteAck) => void) => void;
}

/**
 * The events the server emits to clients. Socket.IO's reserved events (`connect_error`)
 * are not listed: their payloads are exported below (`ReservedEventPayloads`).
 */
export interface ServerToClientEvents {
  /** `new-chat`: asyncapi.yaml#/operations/sendNewChat */
  'new-chat': (payload: LiveChat) => void;
  /** `modify-chat`: asyncapi.yaml#/operations/sendModifyChat */
  'modify-chat': (payload: LiveChat) => void;
  /** `delete-chat`: asyncapi.yaml#/operations/sendDeleteChat */
  'delete-chat': (payload: DeletedChat) => void;
  /** `invited-to-channel`: asyncapi.yaml#/operations/sendInvitedToChannel */
  'invited-to-channel': (payload: Channel) => void;
}

/** The Socket.IO event names a client may emit. */
export type ClientEventName = keyof ClientToServerEvents;

/** The Socket.IO event names the server may emit. */
export type ServerEventName = keyof ServerToClientEvents;

/** The payload of every event of the contract, Socket.IO's reserved ones included, by event name. */
export interface EventPayloads {
  join: JoinRequest;
  chat: ChatRequest;
  'invite-users-to-channel': InviteRequest;
  'new-chat': LiveChat;
  'modify-chat': LiveChat;
  'delete-chat': DeletedChat;
  'invited-to-channel': Channel;
  connect_error: ConnectError;
}

/** The acknowledgement of every acknowledged event, by event name. */
export interface EventAcks {
  join: JoinAck;
  chat: ChatAck;
  'invite-users-to-channel': InviteAck;
}

/** The payloads of the events Socket.IO reserves for itself (`connect_error`: `err.message` and `err.data`). */
export interface ReservedEventPayloads {
  connect_error: ConnectError;
}
