// The reference server's one store (D-21): users, communities and their members,
// channels and their members, chats. SQLite through better-sqlite3, whose calls are
// synchronous: a write is done when the call returns, so the order in which handlers
// run is the order of the writes. The schema lives here as numbered migrations.
import Database from 'better-sqlite3';
import type { Chat, Channel as ChannelInfo, DeletedChat, LiveChat } from '../../generated/events.js';

/** The protocol's shapes, generated from the specs (schemas/Chat.yaml, LiveChat.yaml, DeletedChat.yaml, Channel.yaml). */
export type { Chat, Channel as ChannelInfo, DeletedChat, LiveChat } from '../../generated/events.js';

/** A chat not deleted (schemas/LiveChat.yaml: no `deletedAt`). */
export const isLiveChat = (chat: Chat): chat is LiveChat => chat.deletedAt === undefined;
/** A deleted chat (schemas/DeletedChat.yaml: `deletedAt` set). */
export const isDeletedChat = (chat: Chat): chat is DeletedChat => chat.deletedAt !== undefined;

export interface CommunityRow {
  id: string;
  name: string;
  managerId: string;
}

export interface ChannelRow {
  id: string;
  communityId: string;
  managerId: string;
  name: string;
  isPrivate: boolean;
  description: string;
  type: 'Channel' | 'DM';
  createdAt: string;
  updatedAt: string;
}

/** Each entry moves the schema from version i to i + 1 (`PRAGMA user_version`). */
const MIGRATIONS: readonly string[] = [
  `CREATE TABLE users (
     id TEXT PRIMARY KEY,
     nickname TEXT NOT NULL
   );
   CREATE TABLE communities (
     id TEXT PRIMARY KEY,
     name TEXT NOT NULL,
     manager_id TEXT NOT NULL REFERENCES users(id)
   );
   CREATE TABLE community_members (
     community_id TEXT NOT NULL REFERENCES communities(id),
     user_id TEXT NOT NULL REFERENCES users(id),
     PRIMARY KEY (community_id, user_id)
   ) WITHOUT ROWID;
   CREATE TABLE channels (
     id TEXT PRIMARY KEY,
     community_id TEXT NOT NULL REFERENCES communities(id),
     manager_id TEXT NOT NULL REFERENCES users(id),
     name TEXT NOT NULL,
     is_private INTEGER NOT NULL,
     description TEXT NOT NULL,
     type TEXT NOT NULL,
     created_at TEXT NOT NULL,
     updated_at TEXT NOT NULL
   );
   CREATE TABLE channel_members (
     channel_id TEXT NOT NULL REFERENCES channels(id),
     user_id TEXT NOT NULL REFERENCES users(id),
     PRIMARY KEY (channel_id, user_id)
   ) WITHOUT ROWID;
   CREATE TABLE chats (
     id INTEGER PRIMARY KEY AUTOINCREMENT,
     channel_id TEXT NOT NULL REFERENCES channels(id),
     community_id TEXT NOT NULL REFERENCES communities(id),
     sender_id TEXT NOT NULL REFERENCES users(id),
     type TEXT NOT NULL,
     content TEXT NOT NULL,
     created_at TEXT NOT NULL,
     updated_at TEXT NOT NULL,
     deleted_at TEXT
   );
   CREATE INDEX chats_by_channel ON chats (channel_id, id);`,
];

interface ChatRecord {
  id: number;
  type: Chat['type'];
  content: string;
  sender_id: string;
  channel_id: string;
  community_id: string;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

interface ChannelRecord {
  id: string;
  community_id: string;
  manager_id: string;
  name: string;
  is_private: number;
  description: string;
  type: ChannelRow['type'];
  created_at: string;
  updated_at: string;
}

function toChat(r: ChatRecord): Chat {
  const chat: Chat = {
    id: r.id,
    type: r.type,
    content: r.content,
    senderId: r.sender_id,
    channelId: r.channel_id,
    communityId: r.community_id,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
  if (r.deleted_at !== null) chat.deletedAt = r.deleted_at;
  return chat;
}

function toChannel(r: ChannelRecord): ChannelRow {
  return {
    id: r.id,
    communityId: r.community_id,
    managerId: r.manager_id,
    name: r.name,
    isPrivate: r.is_private !== 0,
    description: r.description,
    type: r.type,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

/** Everything a fixtures world or an operator seeds, written in one transaction. */
export interface Seed {
  users?: { id: string; nickname: string }[];
  communities?: { id: string; name: string; managerId: string; members: string[] }[];
  channels?: (Omit<ChannelRow, 'createdAt' | 'updatedAt'> & { members: string[] })[];
}

export class Store {
  private readonly db: Database.Database;
  /** The last instant handed out, so timestamps never go backwards within a process. */
  private lastMs = 0;

  private readonly statements = new Map<string, Database.Statement>();

  constructor(readonly file: string = ':memory:') {
    this.db = new Database(file);
    // Several processes may share the file (cluster mode, D-62): wait for a lock rather than
    // fail, and let readers go on beside the one writer (WAL).
    this.db.pragma('busy_timeout = 5000');
    if (file !== ':memory:' && file !== '') this.db.pragma('journal_mode = WAL');
    this.db.pragma('foreign_keys = ON');
    this.migrate();
  }

  /** A prepared statement, compiled once per SQL text. */
  private q(sql: string): Database.Statement {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }

  get schemaVersion(): number {
    return this.db.pragma('user_version', { simple: true }) as number;
  }

  private migrate(): void {
    // IMMEDIATE: two nodes starting on one file migrate it once, one after the other.
    this.db.transaction(() => {
      const from = this.schemaVersion;
      if (from > MIGRATIONS.length) {
        throw new Error(`the database ${this.file} has schema version ${from}, newer than this server's ${MIGRATIONS.length}`);
      }
      for (let v = from; v < MIGRATIONS.length; v++) {
        this.db.exec(MIGRATIONS[v]!);
        this.db.pragma(`user_version = ${v + 1}`);
      }
    }).immediate();
  }

  /**
   * The current instant as RFC 3339 with milliseconds, never earlier than `notBefore`
   * nor than any instant this store handed out before (a clock stepping back must not
   * make `updatedAt` precede `createdAt`).
   */
  now(notBefore?: string): string {
    let ms = Math.max(Date.now(), this.lastMs);
    if (notBefore !== undefined) {
      const floor = Date.parse(notBefore);
      if (Number.isFinite(floor)) ms = Math.max(ms, floor);
    }
    this.lastMs = ms;
    return new Date(ms).toISOString();
  }

  close(): void {
    if (this.db.open) this.db.close();
  }

  get open(): boolean {
    return this.db.open;
  }

  // ---- seeding ---------------------------------------------------------------------

  seed(seed: Seed): void {
    const at = this.now();
    const insertUser = this.q('INSERT INTO users (id, nickname) VALUES (?, ?)');
    const insertCommunity = this.q('INSERT INTO communities (id, name, manager_id) VALUES (?, ?, ?)');
    const insertCommunityMember = this.q('INSERT OR IGNORE INTO community_members (community_id, user_id) VALUES (?, ?)');
    const insertChannel = this.q(
      `INSERT INTO channels (id, community_id, manager_id, name, is_private, description, type, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const insertChannelMember = this.q('INSERT OR IGNORE INTO channel_members (channel_id, user_id) VALUES (?, ?)');
    this.db.transaction(() => {
      for (const u of seed.users ?? []) insertUser.run(u.id, u.nickname);
      for (const c of seed.communities ?? []) {
        insertCommunity.run(c.id, c.name, c.managerId);
        for (const m of c.members) insertCommunityMember.run(c.id, m);
      }
      for (const ch of seed.channels ?? []) {
        insertChannel.run(ch.id, ch.communityId, ch.managerId, ch.name, ch.isPrivate ? 1 : 0, ch.description, ch.type, at, at);
        for (const m of ch.members) insertChannelMember.run(ch.id, m);
      }
    }).immediate();
  }

  // ---- reads -----------------------------------------------------------------------

  community(id: string): CommunityRow | undefined {
    const r = this.q('SELECT id, name, manager_id FROM communities WHERE id = ?').get(id) as
      | { id: string; name: string; manager_id: string }
      | undefined;
    return r && { id: r.id, name: r.name, managerId: r.manager_id };
  }

  /** Whether a user with this id exists (a token's `_id` must name one, D-47). */
  hasUser(id: string): boolean {
    return this.q('SELECT 1 FROM users WHERE id = ?').get(id) !== undefined;
  }

  isCommunityMember(communityId: string, userId: string): boolean {
    return this.q('SELECT 1 FROM community_members WHERE community_id = ? AND user_id = ?').get(communityId, userId) !== undefined;
  }

  channel(id: string): ChannelRow | undefined {
    const r = this.q('SELECT * FROM channels WHERE id = ?').get(id) as ChannelRecord | undefined;
    return r && toChannel(r);
  }

  isChannelMember(channelId: string, userId: string): boolean {
    return this.q('SELECT 1 FROM channel_members WHERE channel_id = ? AND user_id = ?').get(channelId, userId) !== undefined;
  }

  channelMembers(channelId: string): string[] {
    const rows = this.q('SELECT user_id FROM channel_members WHERE channel_id = ? ORDER BY user_id').all(channelId) as { user_id: string }[];
    return rows.map((r) => r.user_id);
  }

  chat(id: number): Chat | undefined {
    const r = this.q('SELECT * FROM chats WHERE id = ?').get(id) as ChatRecord | undefined;
    return r && toChat(r);
  }

  /** Chats not deleted, the `limit` highest ids below `before`, in ascending id order. */
  liveChats(channelId: string, before: number | undefined, limit: number): LiveChat[] {
    const rows = this
      .q(
        `SELECT * FROM chats WHERE channel_id = ? AND deleted_at IS NULL AND id < ?
         ORDER BY id DESC LIMIT ?`,
      )
      .all(channelId, before ?? Number.MAX_SAFE_INTEGER, limit) as ChatRecord[];
    return rows.reverse().map(toChat).filter(isLiveChat);
  }

  hasLiveChat(channelId: string): boolean {
    return this.q('SELECT 1 FROM chats WHERE channel_id = ? AND deleted_at IS NULL LIMIT 1').get(channelId) !== undefined;
  }

  channelInfo(channel: ChannelRow): ChannelInfo {
    return {
      _id: channel.id,
      managerId: channel.managerId,
      name: channel.name,
      isPrivate: channel.isPrivate,
      description: channel.description,
      type: channel.type,
      createdAt: channel.createdAt,
      updatedAt: channel.updatedAt,
      existUnreadChat: this.hasLiveChat(channel.id),
      communityId: channel.communityId,
    };
  }

  // ---- writes ----------------------------------------------------------------------

  insertChat(input: { channelId: string; communityId: string; senderId: string; type: Chat['type']; content: string }): Chat {
    const at = this.now();
    const r = this
      .q(
        `INSERT INTO chats (channel_id, community_id, sender_id, type, content, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING *`,
      )
      .get(input.channelId, input.communityId, input.senderId, input.type, input.content, at, at) as ChatRecord;
    return toChat(r);
  }

  /** New content and `updatedAt`; `createdAt` untouched. Only a chat not deleted. */
  modifyChat(chat: Chat, content: string): Chat | undefined {
    const at = this.now(chat.updatedAt);
    const r = this
      .q('UPDATE chats SET content = ?, updated_at = ? WHERE id = ? AND deleted_at IS NULL RETURNING *')
      .get(content, at, chat.id) as ChatRecord | undefined;
    return r && toChat(r);
  }

  /** `deletedAt` and `updatedAt` set to the same instant; content kept. */
  deleteChat(chat: Chat): Chat | undefined {
    const at = this.now(chat.updatedAt);
    const r = this
      .q('UPDATE chats SET deleted_at = ?, updated_at = ? WHERE id = ? AND deleted_at IS NULL RETURNING *')
      .get(at, at, chat.id) as ChatRecord | undefined;
    return r && toChat(r);
  }

  /**
   * Adds the users to the channel in one transaction; returns the ones newly added, in
   * the given order, and the channel as it is afterwards (its `updatedAt` moves when
   * someone was added).
   */
  addChannelMembers(channelId: string, userIds: readonly string[]): { added: string[]; channel: ChannelRow } {
    const insert = this.q('INSERT OR IGNORE INTO channel_members (channel_id, user_id) VALUES (?, ?)');
    return this.db.transaction(() => {
      const added: string[] = [];
      for (const id of userIds) if (insert.run(channelId, id).changes > 0) added.push(id);
      if (added.length > 0) {
        const current = this.channel(channelId);
        this.q('UPDATE channels SET updated_at = ? WHERE id = ?').run(this.now(current?.updatedAt), channelId);
      }
      const channel = this.channel(channelId);
      if (!channel) throw new Error(`channel ${channelId} vanished`);
      return { added, channel };
    }).immediate();
  }

  /**
   * Runs `fn` in one transaction (rolled back if it throws). IMMEDIATE: it takes the write
   * lock before it reads, so nodes sharing the file (D-62) decide on what they write over
   * (a deferred one would fail with SQLITE_BUSY when another node wrote since its read),
   * and chat ids stay unique and increasing across the nodes.
   */
  transaction<T>(fn: () => T): T {
    return this.db.transaction(fn).immediate();
  }
}
