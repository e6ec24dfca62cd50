// The accounting of a load run, in memory that grows with the chats written, never with
// the frames received. Per channel: each chat id once (a dense index, its writer, a tag
// naming what was written). Per receiving socket per channel: the last id seen and a
// bitmap over the channel's dense indexes. A delivery is then one map lookup and one bit.
//
// What it decides (D-15):
//   exactly once   a second delivery of a chat to one socket is a duplicate
//   in order       per socket per channel, ids increase; a lower id after a higher one is
//                  a reordering
//   to everyone    at seal(), every acknowledged chat must have reached every subscribed
//                  socket except the one that wrote it; a missing one is a loss
//   nothing else   a chat delivered to its own writer is an echo; a delivered chat nobody
//                  of this run wrote (never acknowledged) is unknown; after seal(), a
//                  delivery that fills a gap is late
// The driver reports what only it sees (failed or unacknowledged writes, schema
// violations, the REST listing) through report(), so every problem lands in one list.

export type IssueKind =
  | 'loss'
  | 'duplicate'
  | 'reorder'
  | 'late'
  | 'echo'
  | 'unknown'
  | 'stray'
  | 'mismatch'
  | 'failed'
  | 'unacked'
  | 'schema'
  | 'join'
  | 'disconnect'
  | 'rest';

export interface Issue {
  kind: IssueKind;
  /** The channel's label, or its id when the run does not know it. */
  channel?: string;
  chatId?: number;
  /** The receiving (or writing) socket's label. */
  receiver?: string;
  /** What happened, in one sentence. */
  detail: string;
}

/** Keep this many issues in full; the counts per kind are always complete. */
const MAX_ISSUES = 200;
const NONE = -1;

interface ChannelBook {
  id: string;
  label: string;
  /** chat id → dense index */
  index: Map<number, number>;
  ids: number[];
  /** writer (receiver number) per dense index; NONE until acknowledged */
  writer: number[];
  /** what was written (an opaque number chosen by the driver); NONE when not known */
  tag: number[];
  /** the order of the acknowledgement among all channels' (NONE until acknowledged) */
  ackSeq: number[];
  receivers: ReceiverBook[];
  acked: number;
}

interface ReceiverBook {
  receiver: number;
  channel: ChannelBook;
  last: number;
  distinct: number;
  bits: Uint8Array;
}

function hasBit(r: ReceiverBook, i: number): boolean {
  return i >> 3 < r.bits.length && (r.bits[i >> 3]! & (1 << (i & 7))) !== 0;
}

function setBit(r: ReceiverBook, i: number): void {
  if (i >> 3 >= r.bits.length) {
    const grown = new Uint8Array(Math.max(r.bits.length * 2, (i >> 3) + 1, 64));
    grown.set(r.bits);
    r.bits = grown;
  }
  r.bits[i >> 3]! |= 1 << (i & 7);
}

export class Ledger {
  private readonly channels = new Map<string, ChannelBook>();
  private readonly books: Map<string, ReceiverBook>[] = [];
  private readonly labels: string[] = [];
  private readonly kept: Issue[] = [];
  private readonly counts = new Map<IssueKind, number>();
  private sealedAt = false;
  private acks = 0;
  /** Every delivery, duplicates included. */
  deliveries = 0;

  /** Declares a channel of the run. */
  channel(id: string, label: string): void {
    if (!this.channels.has(id)) this.channels.set(id, { id, label, index: new Map(), ids: [], writer: [], tag: [], ackSeq: [], receivers: [], acked: 0 });
  }

  /** Declares a socket (by number) and its label. */
  receiver(receiver: number, label: string): void {
    this.labels[receiver] = label;
    this.books[receiver] ??= new Map();
  }

  /** The socket joined the channel: from now on it must receive the channel's chats. */
  subscribe(receiver: number, channelId: string): void {
    const ch = this.channels.get(channelId);
    if (!ch) throw new Error(`subscribe: unknown channel ${channelId}`);
    const books = (this.books[receiver] ??= new Map());
    if (books.has(channelId)) return;
    const book: ReceiverBook = { receiver, channel: ch, last: -Infinity, distinct: 0, bits: new Uint8Array(0) };
    books.set(channelId, book);
    ch.receivers.push(book);
  }

  get sealed(): boolean {
    return this.sealedAt;
  }

  report(issue: Issue): Issue {
    this.counts.set(issue.kind, (this.counts.get(issue.kind) ?? 0) + 1);
    if (this.kept.length < MAX_ISSUES) this.kept.push(issue);
    return issue;
  }

  /** The issues in the order they were found (the first MAX_ISSUES of them). */
  get issues(): readonly Issue[] {
    return this.kept;
  }

  /** How many issues of each kind, all of them. */
  issueCounts(): Partial<Record<IssueKind, number>> {
    return Object.fromEntries(this.counts) as Partial<Record<IssueKind, number>>;
  }

  get issueTotal(): number {
    let n = 0;
    for (const c of this.counts.values()) n += c;
    return n;
  }

  private label(receiver: number): string {
    return this.labels[receiver] ?? `socket ${receiver}`;
  }

  private indexOf(ch: ChannelBook, chatId: number): number {
    let i = ch.index.get(chatId);
    if (i === undefined) {
      i = ch.ids.length;
      ch.index.set(chatId, i);
      ch.ids.push(chatId);
      ch.writer.push(NONE);
      ch.tag.push(NONE);
      ch.ackSeq.push(NONE);
    }
    return i;
  }

  private checkTag(ch: ChannelBook, i: number, tag: number | undefined, where: string, receiver: number): Issue | undefined {
    if (tag === undefined || tag === NONE) return undefined;
    const known = ch.tag[i]!;
    if (known === NONE) {
      ch.tag[i] = tag;
      return undefined;
    }
    if (known === tag) return undefined;
    return this.report({ kind: 'mismatch', channel: ch.label, chatId: ch.ids[i]!, receiver: this.label(receiver), detail: `${where} carries other content than the write acknowledged with this id` });
  }

  /**
   * A write was acknowledged with `chatId` in `channelId`, written by socket `writer`.
   * `tag` names what was written; a delivery of the same id with another tag is a mismatch.
   */
  acked(channelId: string, chatId: number, writer: number, tag?: number): Issue | undefined {
    const ch = this.channels.get(channelId);
    if (!ch) return this.report({ kind: 'mismatch', channel: channelId, chatId, receiver: this.label(writer), detail: 'the acknowledgement names a channel the write was not for' });
    const i = this.indexOf(ch, chatId);
    if (ch.writer[i] !== NONE) {
      return this.report({ kind: 'mismatch', channel: ch.label, chatId, receiver: this.label(writer), detail: `two writes were acknowledged with the same chat id (the other by ${this.label(ch.writer[i]!)})` });
    }
    ch.writer[i] = writer;
    ch.ackSeq[i] = this.acks++;
    ch.acked++;
    const own = this.books[writer]?.get(channelId);
    const echo = own !== undefined && hasBit(own, i)
      ? this.report({ kind: 'echo', channel: ch.label, chatId, receiver: this.label(writer), detail: 'the writing socket received its own chat (D-15: every subscribed socket except the writer\'s)' })
      : undefined;
    return this.checkTag(ch, i, tag, 'a delivery', writer) ?? echo;
  }

  /** Socket `receiver` got chat `chatId` of `channelId`. Returns the issue it raised, if any. */
  delivered(receiver: number, channelId: string, chatId: number, tag?: number): Issue | undefined {
    this.deliveries++;
    const ch = this.channels.get(channelId);
    const book = this.books[receiver]?.get(channelId);
    if (!ch || !book) {
      return this.report({ kind: 'stray', channel: ch?.label ?? channelId, chatId, receiver: this.label(receiver), detail: 'a chat of a channel this socket did not join' });
    }
    const i = this.indexOf(ch, chatId);
    const mismatch = this.checkTag(ch, i, tag, 'this delivery', receiver);
    if (hasBit(book, i)) {
      return this.report({ kind: 'duplicate', channel: ch.label, chatId, receiver: this.label(receiver), detail: 'received a second time' });
    }
    setBit(book, i);
    book.distinct++;
    if (ch.writer[i] === receiver) {
      return this.report({ kind: 'echo', channel: ch.label, chatId, receiver: this.label(receiver), detail: 'the writing socket received its own chat (D-15: every subscribed socket except the writer\'s)' });
    }
    if (this.sealedAt) {
      return this.report({ kind: 'late', channel: ch.label, chatId, receiver: this.label(receiver), detail: 'arrived after the run had ended (after the barrier chats and the grace period)' });
    }
    if (chatId <= book.last) {
      const last = book.last;
      return this.report({ kind: 'reorder', channel: ch.label, chatId, receiver: this.label(receiver), detail: `arrived after chat ${last} (per channel, ids must increase in write order)` });
    }
    book.last = chatId;
    return mismatch;
  }

  /** Has socket `receiver` received chat `chatId` of `channelId`? */
  has(receiver: number, channelId: string, chatId: number): boolean {
    const book = this.books[receiver]?.get(channelId);
    const i = this.channels.get(channelId)?.index.get(chatId);
    return book !== undefined && i !== undefined && hasBit(book, i);
  }

  /**
   * Ends the run: every acknowledged chat must have reached every subscribed socket but its
   * writer's (losses, in the order the chats were acknowledged, then by socket, so the
   * first one named is the earliest write lost); every delivered chat must have been
   * acknowledged (unknown). Later deliveries are reported as late.
   */
  seal(): Issue[] {
    const found: Issue[] = [];
    if (this.sealedAt) return found;
    this.sealedAt = true;
    const acked: Array<{ ch: ChannelBook; i: number; seq: number }> = [];
    const unknown: Array<{ ch: ChannelBook; i: number }> = [];
    for (const ch of this.channels.values()) {
      for (let i = 0; i < ch.ids.length; i++) {
        if (ch.writer[i] === NONE) unknown.push({ ch, i });
        else acked.push({ ch, i, seq: ch.ackSeq[i]! });
      }
    }
    acked.sort((a, b) => a.seq - b.seq);
    for (const { ch, i } of acked) {
      const writer = ch.writer[i]!;
      const chatId = ch.ids[i]!;
      for (const book of ch.receivers) {
        if (book.receiver === writer || hasBit(book, i)) continue;
        const after = book.last > chatId ? `; it did receive later chats (up to ${book.last})` : '';
        found.push(this.report({ kind: 'loss', channel: ch.label, chatId, receiver: this.label(book.receiver), detail: `acknowledged to ${this.label(writer)} but never delivered${after}` }));
      }
    }
    unknown.sort((a, b) => (a.ch === b.ch ? a.ch.ids[a.i]! - b.ch.ids[b.i]! : 0));
    for (const { ch, i } of unknown) {
      found.push(this.report({ kind: 'unknown', channel: ch.label, chatId: ch.ids[i]!, detail: 'was delivered, but no write of this run was acknowledged with this id' }));
    }
    return found;
  }

  /** The acknowledged chats of a channel, ascending by id. */
  acknowledged(channelId: string): Array<{ chatId: number; writer: number; tag: number }> {
    const ch = this.channels.get(channelId);
    if (!ch) return [];
    const out: Array<{ chatId: number; writer: number; tag: number }> = [];
    for (let i = 0; i < ch.ids.length; i++) if (ch.writer[i] !== NONE) out.push({ chatId: ch.ids[i]!, writer: ch.writer[i]!, tag: ch.tag[i]! });
    return out.sort((a, b) => a.chatId - b.chatId);
  }

  /** Totals for the report. */
  totals(): { acked: number; expected: number; distinct: number } {
    let acked = 0;
    let expected = 0;
    let distinct = 0;
    for (const ch of this.channels.values()) {
      acked += ch.acked;
      for (const book of ch.receivers) {
        distinct += book.distinct;
        let own = 0;
        for (let i = 0; i < ch.writer.length; i++) if (ch.writer[i] === book.receiver) own++;
        expected += ch.acked - own;
      }
    }
    return { acked, expected, distinct };
  }
}

/** One line naming the message and what happened. */
export function describeIssue(issue: Issue): string {
  const where = [
    issue.channel !== undefined ? `channel ${issue.channel}` : undefined,
    issue.chatId !== undefined ? `chat ${issue.chatId}` : undefined,
    issue.receiver !== undefined ? `socket ${issue.receiver}` : undefined,
  ].filter(Boolean).join(', ');
  return `${issue.kind}: ${where ? `${where}: ` : ''}${issue.detail}`;
}
