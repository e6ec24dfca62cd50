// The load mode's accounting, table-driven: each row is a sequence of acks and deliveries
// in one or two channels, and the issues the ledger must raise (kind, chat, socket).
import { describe, expect, it } from 'vitest';
import { describeIssue, Ledger, type IssueKind } from '../../src/load/ledger.ts';

const A = 'aaaaaaaaaaaaaaaaaaaaaaaa';
const B = 'bbbbbbbbbbbbbbbbbbbbbbbb';

/** `ack <channel> <chat> <writer> [tag]`, `got <receiver> <channel> <chat> [tag]`, `seal` */
type Op = string;

interface Row {
  name: string;
  /** Sockets 0..3; 0, 1, 2 subscribe to A, 3 to B. */
  ops: Op[];
  want: Array<{ kind: IssueKind; chatId?: number; receiver?: string }>;
}

function play(ops: Op[]): Ledger {
  const ledger = new Ledger();
  ledger.channel(A, 'A');
  ledger.channel(B, 'B');
  for (let r = 0; r < 4; r++) ledger.receiver(r, `s${r}`);
  for (const r of [0, 1, 2]) ledger.subscribe(r, A);
  ledger.subscribe(3, B);
  const channel = (c: string) => (c === 'A' ? A : c === 'B' ? B : c);
  for (const op of ops) {
    const [verb, ...args] = op.split(' ');
    if (verb === 'ack') ledger.acked(channel(args[0]!), Number(args[1]), Number(args[2]), args[3] === undefined ? undefined : Number(args[3]));
    else if (verb === 'got') ledger.delivered(Number(args[0]), channel(args[1]!), Number(args[2]), args[3] === undefined ? undefined : Number(args[3]));
    else if (verb === 'seal') ledger.seal();
    else throw new Error(`bad op ${op}`);
  }
  return ledger;
}

// Chat 10 and 11 written in A by socket 0: sockets 1 and 2 owe one delivery each.
const CLEAN = ['ack A 10 0', 'got 1 A 10', 'got 2 A 10', 'ack A 11 0', 'got 1 A 11', 'got 2 A 11'];

const ROWS: Row[] = [
  { name: 'everything delivered once, in order', ops: [...CLEAN, 'seal'], want: [] },
  { name: 'a delivery before its ack is fine', ops: ['got 1 A 10', 'got 2 A 10', 'ack A 10 0', 'seal'], want: [] },
  {
    name: 'loss: one socket never gets a chat',
    ops: ['ack A 10 0', 'got 1 A 10', 'seal'],
    want: [{ kind: 'loss', chatId: 10, receiver: 's2' }],
  },
  {
    name: 'loss of a whole broadcast: every other socket, in socket order',
    ops: ['ack A 10 2', 'ack A 11 2', 'got 0 A 11', 'got 1 A 11', 'seal'],
    want: [{ kind: 'loss', chatId: 10, receiver: 's0' }, { kind: 'loss', chatId: 10, receiver: 's1' }],
  },
  {
    name: 'losses are named in the order the chats were acknowledged, across channels',
    ops: ['ack B 30 0', 'ack A 20 0', 'ack A 10 1', 'got 1 A 20', 'got 2 A 20', 'seal'],
    want: [{ kind: 'loss', chatId: 30, receiver: 's3' }, { kind: 'loss', chatId: 10, receiver: 's0' }, { kind: 'loss', chatId: 10, receiver: 's2' }],
  },
  {
    name: 'duplicate: the same chat twice to one socket',
    ops: ['ack A 10 0', 'got 1 A 10', 'got 1 A 10', 'got 2 A 10', 'seal'],
    want: [{ kind: 'duplicate', chatId: 10, receiver: 's1' }],
  },
  {
    name: 'a duplicate after a later chat is a duplicate, not a reordering',
    ops: [...CLEAN, 'got 2 A 10', 'seal'],
    want: [{ kind: 'duplicate', chatId: 10, receiver: 's2' }],
  },
  {
    name: 'reorder: a lower id after a higher one, nothing lost',
    ops: ['ack A 10 0', 'ack A 11 0', 'got 1 A 11', 'got 1 A 10', 'got 2 A 10', 'got 2 A 11', 'seal'],
    want: [{ kind: 'reorder', chatId: 10, receiver: 's1' }],
  },
  {
    name: 'order is per channel: interleaved channels are fine',
    ops: ['ack A 20 0', 'ack B 5 0', 'got 1 A 20', 'got 2 A 20', 'got 3 B 5', 'seal'],
    want: [],
  },
  {
    name: 'unknown: a delivered chat that nobody of the run acknowledged',
    ops: [...CLEAN, 'got 1 A 99', 'seal'],
    want: [{ kind: 'unknown', chatId: 99 }],
  },
  {
    name: 'late: a gap filled after the run ended is a loss and late',
    ops: ['ack A 10 0', 'got 1 A 10', 'seal', 'got 2 A 10'],
    want: [{ kind: 'loss', chatId: 10, receiver: 's2' }, { kind: 'late', chatId: 10, receiver: 's2' }],
  },
  {
    name: 'echo: the writer receives its own chat (delivery after the ack)',
    ops: ['ack A 10 0', 'got 0 A 10', 'got 1 A 10', 'got 2 A 10', 'seal'],
    want: [{ kind: 'echo', chatId: 10, receiver: 's0' }],
  },
  {
    name: 'echo: the writer receives its own chat (delivery before the ack)',
    ops: ['got 0 A 10', 'ack A 10 0', 'got 1 A 10', 'got 2 A 10', 'seal'],
    want: [{ kind: 'echo', chatId: 10, receiver: 's0' }],
  },
  {
    name: 'stray: a chat of a channel the socket did not join',
    ops: ['ack B 7 3', 'got 0 B 7', 'seal'],
    want: [{ kind: 'stray', chatId: 7, receiver: 's0' }],
  },
  {
    name: 'mismatch: a delivery carries other content than the acked write',
    ops: ['ack A 10 0 100', 'got 1 A 10 100', 'got 2 A 10 555', 'seal'],
    want: [{ kind: 'mismatch', chatId: 10, receiver: 's2' }],
  },
  {
    name: 'mismatch: two writes acknowledged with one id',
    ops: ['ack A 10 0', 'ack A 10 1', 'got 1 A 10', 'got 2 A 10', 'seal'],
    want: [{ kind: 'mismatch', chatId: 10, receiver: 's1' }],
  },
];

describe('Ledger', () => {
  it.each(ROWS.map((r) => [r.name, r] as const))('%s', (_name, row) => {
    const ledger = play(row.ops);
    // Each wanted issue names the fields it cares about; the list must match in length and order.
    expect(ledger.issues).toMatchObject(row.want);
    expect(ledger.issueTotal).toBe(row.want.length);
  });

  it('counts every issue but keeps a bounded list', () => {
    const ledger = new Ledger();
    ledger.channel(A, 'A');
    ledger.receiver(0, 's0');
    ledger.receiver(1, 's1');
    ledger.subscribe(0, A);
    ledger.subscribe(1, A);
    for (let id = 0; id < 5000; id++) ledger.acked(A, id, 0);
    ledger.seal();
    expect(ledger.issueTotal).toBe(5000);
    expect(ledger.issueCounts()).toEqual({ loss: 5000 });
    expect(ledger.issues.length).toBeLessThan(5000);
    expect(ledger.issues[0]).toMatchObject({ kind: 'loss', chatId: 0, receiver: 's1' });
  });

  it('holds a bitmap per socket, not the frames: 100k deliveries in a few kilobytes', () => {
    const ledger = new Ledger();
    ledger.channel(A, 'A');
    for (let r = 0; r < 10; r++) {
      ledger.receiver(r, `s${r}`);
      ledger.subscribe(r, A);
    }
    for (let id = 0; id < 10_000; id++) {
      ledger.acked(A, 1000 + 2 * id, id % 10);
      for (let r = 0; r < 10; r++) if (r !== id % 10) ledger.delivered(r, A, 1000 + 2 * id);
    }
    expect(ledger.seal()).toEqual([]);
    expect(ledger.totals()).toEqual({ acked: 10_000, expected: 90_000, distinct: 90_000 });
    expect(ledger.deliveries).toBe(90_000);
  });

  it('names the message: kind, channel, chat, socket, what happened', () => {
    const ledger = play(['ack A 10 0', 'got 1 A 10', 'seal']);
    expect(describeIssue(ledger.issues[0]!)).toBe('loss: channel A, chat 10, socket s2: acknowledged to s0 but never delivered');
  });

  it('lists the acknowledged chats of a channel by id', () => {
    const ledger = play(['ack A 11 1 7', 'ack A 10 0 3', 'got 2 A 12']);
    expect(ledger.acknowledged(A)).toEqual([{ chatId: 10, writer: 0, tag: 3 }, { chatId: 11, writer: 1, tag: 7 }]);
  });
});
