// One load run: connect and join every client, write the chats, close with barrier chats,
// seal the ledger, then read every channel back over REST. Every frame received (events,
// acknowledgements, REST pages) is validated against the contract; every problem becomes
// an Issue in the ledger. The run ends the run, never the process.
import { randomBytes } from 'node:crypto';
import type { Socket } from 'socket.io-client';
import type { Fixtures } from '../../generated/events.js';
import { describeViolation, namespaceOf, type Check, type Validators, type Violation } from '../contract/index.ts';
import { connectSocket, ConnectError, emitWithAck, schedule, type OnEvent } from './driver.ts';
import { Ledger, type Issue, type IssueKind } from './ledger.ts';
import { chatContent, parseContent, planLoad, type LoadShape, type Plan, type PlannedClient } from './plan.ts';
import type { Snapshot } from './progress.ts';
import { Histogram, type Summary } from './stats.ts';

export interface LoadConfig extends LoadShape {
  /** Writes in flight per client. */
  inFlight: number;
  /** Writes per second per client; undefined = as fast as the window allows. */
  rate?: number | undefined;
  /** Connect, ack, barrier and REST timeout. */
  timeoutMs: number;
  /** Extra wait after the barrier chats arrived, for stragglers to show up as late. */
  graceMs: number;
}

export interface LoadTarget {
  socketUrl: string;
  apiUrl: string;
  /** A clustered target: one socket URL per node; client i connects to node i mod N (D-67). */
  socketUrls?: string[];
}

export interface LoadObserver {
  note(text: string): void;
  update(s: Snapshot): void;
}

/** The node client `index` connects to: round robin over a cluster's nodes, so every channel's clients span them. */
export function nodeUrl(target: LoadTarget, index: number): string {
  const nodes = target.socketUrls;
  return nodes && nodes.length > 0 ? nodes[index % nodes.length]! : target.socketUrl;
}

/** The target could not be tested (a socket could not connect, or every socket was lost mid-run). */
export class TargetUnreachable extends Error {}

export interface LoadResult {
  ok: boolean;
  config: LoadConfig;
  plan: { clients: number; channels: Array<{ label: string; id: string; sockets: number }>; chats: number; deliveries: number };
  counts: {
    /** Main-phase writes attempted and acknowledged as written. */
    written: number;
    acked: number;
    failed: number;
    unacked: number;
    /** Barrier chats (acknowledged), beyond clients × chats. */
    barrier: number;
    /** Every delivery received, duplicates included. */
    deliveries: number;
    /** Deliveries owed: each acknowledged chat to every other subscribed socket. */
    expectedDeliveries: number;
    /** Distinct (socket, chat) deliveries. */
    distinctDeliveries: number;
    /** Acknowledged chats found by the REST listing, and pages read. */
    listed: number;
    pages: number;
  };
  durations: { connectMs: number; joinMs: number; sendMs: number; drainMs: number; restMs: number; totalMs: number };
  throughput: { chatsPerSec: number; deliveriesPerSec: number };
  ack: Summary;
  delivery: Summary;
  issues: Issue[];
  issueCounts: Partial<Record<IssueKind, number>>;
  issueTotal: number;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
/** The tag of a delivered chat whose content this run did not write. */
const FOREIGN = -2;

export async function runLoad(config: LoadConfig, target: LoadTarget, worlds: readonly Fixtures[], validators: Validators, observer: LoadObserver): Promise<LoadResult> {
  const t0 = performance.now();
  const plan: Plan = planLoad(config, worlds);
  const { contract } = validators;
  const nonce = randomBytes(4).toString('hex');
  const ledger = new Ledger();
  for (const ch of plan.channels) ledger.channel(ch.id, ch.label);
  for (const c of plan.clients) ledger.receiver(c.index, c.label);
  const channelOf = (c: PlannedClient) => plan.channels[c.channel]!;

  const eventCheck = (name: string): { check: Check; pointer: string } => {
    const def = contract.events[name];
    if (!def) throw new Error(`the contract has no event ${name}`);
    return { check: validators.check(def.message.schema), pointer: def.message.pointer };
  };
  const ackCheck = (name: string): Check => {
    const ack = contract.events[name]?.ack;
    if (!ack) throw new Error(`the contract has no acknowledgement for ${name}`);
    return validators.check(ack.schema);
  };
  const newChat = eventCheck('new-chat');
  const chatAck = ackCheck('chat');
  const joinAck = ackCheck('join');
  const listChats = contract.rest.listChats;
  if (!listChats) throw new Error('the contract has no listChats operation');

  const schemaIssue = (what: string, violations: Violation[], where: Omit<Issue, 'kind' | 'detail'>): void => {
    ledger.report({ kind: 'schema', ...where, detail: `${what} breaks the contract: ${describeViolation(violations[0]!)}${violations.length > 1 ? ` (+${violations.length - 1} more)` : ''}` });
  };

  // Send times, by tag (client × (chats + 1) + seq): delivery latency is measured from them.
  const stride = config.chats + 1;
  const sentAt = new Float64Array(plan.clients.length * stride).fill(NaN);
  const ackLatency = new Histogram();
  const deliveryLatency = new Histogram();
  let firstSend = NaN;
  let lastAck = NaN;
  let lastDelivery = NaN;

  // Barrier waiters: receiver → barrier chat ids it still has to see.
  let barrier: { waiting: Map<number, Set<number>>; done: () => void } | undefined;

  const onEvent = (c: PlannedClient): OnEvent => (event, args) => {
    const now = performance.now();
    const where = { channel: channelOf(c).label, receiver: c.label };
    if (event !== 'new-chat') {
      const def = contract.events[event];
      if (!def || def.direction !== 'serverToClient') {
        ledger.report({ kind: 'schema', ...where, detail: `received "${event}", an event the contract does not declare for server → client` });
        return;
      }
      const violations = validators.check(def.message.schema)(args[0]);
      if (violations.length > 0) schemaIssue(`the "${event}" payload`, violations, where);
      ledger.report({ kind: 'stray', ...where, detail: `received "${event}"; this run only writes new chats` });
      return;
    }
    const chat = args[0];
    if (args.length !== 1) ledger.report({ kind: 'schema', ...where, detail: `"new-chat" must carry exactly one payload argument, got ${args.length}` });
    const violations = newChat.check(chat);
    const chatId = isObject(chat) && typeof chat.id === 'number' ? chat.id : undefined;
    if (violations.length > 0) {
      // Name the chat even when its id is malformed (a numeric string, say).
      const named = chatId ?? (isObject(chat) && typeof chat.id === 'string' && /^\d+$/.test(chat.id) ? Number(chat.id) : undefined);
      schemaIssue('the "new-chat" payload', violations, { ...where, ...(named !== undefined ? { chatId: named } : {}) });
    }
    if (chatId === undefined || !isObject(chat) || typeof chat.channelId !== 'string') return;
    const who = parseContent(nonce, chat.content);
    const tag = who && who.client < plan.clients.length && who.seq < stride ? who.client * stride + who.seq : FOREIGN;
    ledger.delivered(c.index, chat.channelId, chatId, tag);
    if (tag !== FOREIGN) {
      const sent = sentAt[tag]!;
      if (!Number.isNaN(sent)) deliveryLatency.record(now - sent);
    }
    lastDelivery = now;
    if (barrier) {
      const ids = barrier.waiting.get(c.index);
      if (ids?.delete(chatId) && ids.size === 0) {
        barrier.waiting.delete(c.index);
        if (barrier.waiting.size === 0) barrier.done();
      }
    }
  };

  // 1. Connect every client (at most 64 handshakes at once).
  const sockets: Socket[] = [];
  // Sockets the target disconnected. A client whose socket is gone stops writing (its
  // writes cannot arrive); once every socket is gone the target is: the run stops at once.
  let lost = 0;
  let lastLoss = '';
  const targetGone = () => lost >= plan.clients.length;
  const closeAll = () => {
    for (const s of sockets) {
      if (!s) continue;
      s.offAny();
      s.removeAllListeners('disconnect');
      s.close();
    }
  };
  observer.note(`load: ${plan.clients.length} clients over ${plan.channels.length} channel${plan.channels.length === 1 ? '' : 's'} (${plan.channels.map((ch) => `${ch.label}: ${ch.clients.length}`).join(', ')}), `
    + `${config.chats} chats each, ${config.inFlight} in flight per client, ${config.rate === undefined ? 'no rate limit' : `${config.rate} chats/s per client`}`
    + (target.socketUrls ? `, spread round robin over ${target.socketUrls.length} nodes` : ''));
  const tConnect = performance.now();
  try {
    let next = 0;
    const lane = async () => {
      while (next < plan.clients.length) {
        const c = plan.clients[next++]!;
        const socket = await connectSocket(nodeUrl(target, c.index) + namespaceOf(contract, c.communityId), `Bearer ${c.user.token}`, config.timeoutMs, onEvent(c));
        sockets[c.index] = socket;
        socket.on('disconnect', (reason) => {
          lost++;
          lastLoss = reason;
          ledger.report({ kind: 'disconnect', channel: channelOf(c).label, receiver: c.label, detail: `the socket was disconnected during the run (${reason})` });
        });
      }
    };
    await Promise.all(Array.from({ length: Math.min(64, plan.clients.length) }, lane));
  } catch (err) {
    closeAll();
    if (err instanceof ConnectError) throw new TargetUnreachable(`a client could not connect to ${target.socketUrl}: ${err.message}`);
    throw err;
  }
  const connectMs = performance.now() - tConnect;

  try {
    // 2. Join: each socket subscribes to its channel.
    const tJoin = performance.now();
    await Promise.all(plan.clients.map(async (c) => {
      const ch = channelOf(c);
      const out = await emitWithAck(sockets[c.index]!, 'join', { channels: [ch.id] }, config.timeoutMs);
      const where = { channel: ch.label, receiver: c.label };
      if (!out.ok) {
        ledger.report({ kind: 'join', ...where, detail: `join was not acknowledged within ${config.timeoutMs} ms (${out.reason}); counted as subscribed` });
        ledger.subscribe(c.index, ch.id);
        return;
      }
      const violations = joinAck(out.reply);
      if (violations.length > 0) schemaIssue('the "join" ack', violations, where);
      const joined = isObject(out.reply) && Array.isArray(out.reply.joined) ? out.reply.joined : [];
      if (joined.includes(ch.id)) ledger.subscribe(c.index, ch.id);
      else ledger.report({ kind: 'join', ...where, detail: `join did not subscribe the socket to its channel (a member): ack ${JSON.stringify(out.reply)}` });
    }));
    const joinMs = performance.now() - tJoin;
    observer.note(`connected ${plan.clients.length} sockets in ${connectMs.toFixed(0)} ms, joined in ${joinMs.toFixed(0)} ms`);

    // 3. Write: every client its chats, a window in flight.
    let written = 0;
    let acked = 0;
    let failed = 0;
    let unacked = 0;
    let barrierAcked = 0;
    const write = async (c: PlannedClient, seq: number): Promise<number | undefined> => {
      const ch = channelOf(c);
      const tag = c.index * stride + seq;
      const content = chatContent(nonce, c.index, seq);
      const where = { channel: ch.label, receiver: c.label };
      const start = performance.now();
      if (Number.isNaN(firstSend)) firstSend = start;
      sentAt[tag] = start;
      const out = await emitWithAck(sockets[c.index]!, 'chat', { chatType: 'new', channelId: ch.id, content }, config.timeoutMs);
      const now = performance.now();
      if (!out.ok) {
        unacked++;
        ledger.report({ kind: 'unacked', ...where, detail: `write "${content}" was not acknowledged within ${config.timeoutMs} ms (${out.reason})` });
        return undefined;
      }
      ackLatency.record(now - start);
      const reply = out.reply;
      const chatInfo = isObject(reply) && isObject(reply.chatInfo) ? reply.chatInfo : undefined;
      const chatId = chatInfo && typeof chatInfo.id === 'number' ? chatInfo.id : undefined;
      if (out.args !== 1) ledger.report({ kind: 'schema', ...where, detail: `the "chat" ack must carry exactly one argument, got ${out.args}` });
      const violations = chatAck(reply);
      if (violations.length > 0) schemaIssue('the "chat" ack', violations, { ...where, ...(chatId !== undefined ? { chatId } : {}) });
      if (!isObject(reply) || reply.written !== true) {
        failed++;
        ledger.report({ kind: 'failed', ...where, detail: `write "${content}" was refused: ${JSON.stringify(reply)}` });
        return undefined;
      }
      if (chatId === undefined || !chatInfo) return undefined;
      if (chatInfo.channelId !== ch.id || chatInfo.content !== content) {
        ledger.report({ kind: 'mismatch', ...where, chatId, detail: `the ack's chatInfo is not the chat written ("${content}" in ${ch.id}): got ${JSON.stringify({ channelId: chatInfo.channelId, content: chatInfo.content })}` });
      }
      ledger.acked(ch.id, chatId, c.index, tag);
      lastAck = now;
      return chatId;
    };

    const snapshot = (phase: string): Snapshot => ({
      phase, acked, total: plan.chats, deliveries: ledger.deliveries, expectedDeliveries: plan.deliveries,
      issues: ledger.issueTotal, elapsedMs: Number.isNaN(firstSend) ? 0 : performance.now() - firstSend,
    });
    const ticker = setInterval(() => observer.update(snapshot('writing')), 200);
    ticker.unref();
    const tSend = performance.now();
    try {
      await Promise.all(plan.clients.map(async (c) => {
        let sent = 0;
        const stop = () => !sockets[c.index]!.connected;
        await schedule({ count: config.chats, inFlight: config.inFlight, rate: config.rate, stop }, async (seq) => {
          written++;
          sent++;
          if ((await write(c, seq)) !== undefined) acked++;
        });
        if (sent < config.chats) {
          unacked += config.chats - sent;
          ledger.report({ kind: 'unacked', channel: channelOf(c).label, receiver: c.label, detail: `${config.chats - sent} of ${config.chats} writes not sent: the socket was disconnected` });
        }
      }));
    } finally {
      clearInterval(ticker);
    }
    if (targetGone()) {
      throw new TargetUnreachable(`the target went away during the run: all ${plan.clients.length} sockets were disconnected (last: ${lastLoss}) after ${acked} of ${plan.chats} chats were acknowledged; the writes left were not sent`);
    }
    const sendMs = (Number.isNaN(lastAck) ? performance.now() : lastAck) - tSend;
    observer.update(snapshot('written'));

    // 4. Barrier: in each channel two sockets write one more chat each, after every ack
    // above. The server broadcasts before it acknowledges and per channel in write order
    // (D-15), so a socket that has a barrier chat has every earlier chat it will ever get.
    const tDrain = performance.now();
    const barriers: Array<{ channelId: string; writer: number; chatId: number }> = [];
    await Promise.all(plan.channels.map(async (ch) => {
      // A channel with one socket has no receiver: nothing to wait for.
      const writers = ch.clients.length >= 2 ? ch.clients.slice(0, 2) : [];
      await Promise.all(writers.map(async (i) => {
        const chatId = await write(plan.clients[i]!, config.chats);
        if (chatId !== undefined) {
          barrierAcked++;
          barriers.push({ channelId: ch.id, writer: i, chatId });
        }
      }));
    }));
    const waiting = new Map<number, Set<number>>();
    for (const ch of plan.channels) {
      for (const r of ch.clients) {
        const ids = barriers.filter((b) => b.channelId === ch.id && b.writer !== r && !ledger.has(r, ch.id, b.chatId)).map((b) => b.chatId);
        if (ids.length > 0) waiting.set(r, new Set(ids));
      }
    }
    if (waiting.size > 0) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(() => {
          barrier = undefined;
          resolve();
        }, config.timeoutMs);
        barrier = {
          waiting,
          done: () => {
            clearTimeout(timer);
            barrier = undefined;
            resolve();
          },
        };
      });
    }
    if (config.graceMs > 0) await new Promise((r) => setTimeout(r, config.graceMs));
    ledger.seal();
    const drainMs = performance.now() - tDrain;
    observer.update(snapshot('drained'));

    // 5. REST: every acknowledged chat is listed (newest first, pages of 100).
    const tRest = performance.now();
    let listed = 0;
    let pages = 0;
    await Promise.all(plan.channels.map(async (ch) => {
      const reader = plan.clients[ch.clients[0]!]!;
      const want = new Map(ledger.acknowledged(ch.id).map((a) => [a.chatId, a.tag]));
      const path = listChats.path.replace('{channelId}', encodeURIComponent(ch.id));
      let before: number | undefined;
      const where = { channel: ch.label, receiver: `${reader.label} over REST` };
      while (want.size > 0) {
        const url = `${target.apiUrl}${path}?limit=100${before !== undefined ? `&before=${before}` : ''}`;
        let status: number;
        let body: unknown;
        try {
          const res = await fetch(url, { headers: { authorization: `Bearer ${reader.user.token}` }, signal: AbortSignal.timeout(config.timeoutMs) });
          status = res.status;
          body = await res.json();
        } catch (err) {
          ledger.report({ kind: 'rest', ...where, detail: `GET ${url} failed: ${(err as Error).message}` });
          break;
        }
        pages++;
        const violations = validators.restResponse('listChats', status, body);
        if (violations === undefined || status !== 200) {
          ledger.report({ kind: 'rest', ...where, detail: `GET ${url} answered ${status}${violations === undefined ? ' (a status the contract does not document)' : ''}: ${JSON.stringify(body).slice(0, 200)}` });
          break;
        }
        if (violations.length > 0) schemaIssue(`the GET ${path} response`, violations, where);
        const page = isObject(body) && isObject(body.result) ? body.result : {};
        const chats = Array.isArray(page.chats) ? page.chats : [];
        for (const chat of chats) {
          if (!isObject(chat) || typeof chat.id !== 'number' || !want.has(chat.id)) continue;
          const who = parseContent(nonce, chat.content);
          const tag = who ? who.client * stride + who.seq : FOREIGN;
          if (tag !== want.get(chat.id)) ledger.report({ kind: 'mismatch', ...where, chatId: chat.id, detail: `listed with other content than was written: ${JSON.stringify(chat.content)}` });
          want.delete(chat.id);
          listed++;
        }
        if (page.hasMore !== true) break;
        const nextBefore = page.nextBefore;
        if (typeof nextBefore !== 'number' || (before !== undefined && nextBefore >= before)) {
          ledger.report({ kind: 'rest', ...where, detail: `GET ${url}: hasMore is true but nextBefore (${JSON.stringify(nextBefore)}) does not move back` });
          break;
        }
        before = nextBefore;
        // Older pages hold only ids below `before`: stop once no missing chat can be there.
        let lowest = Infinity;
        for (const id of want.keys()) if (id < lowest) lowest = id;
        if (lowest >= before) break;
      }
      for (const id of [...want.keys()].sort((a, b) => a - b)) {
        ledger.report({ kind: 'rest', ...where, chatId: id, detail: `acknowledged, but not listed by GET ${listChats.path}` });
      }
    }));
    const restMs = performance.now() - tRest;

    const totals = ledger.totals();
    const deliverySpan = (Number.isNaN(lastDelivery) ? NaN : lastDelivery) - firstSend;
    const result: LoadResult = {
      ok: ledger.issueTotal === 0,
      config,
      plan: { clients: plan.clients.length, channels: plan.channels.map((ch) => ({ label: ch.label, id: ch.id, sockets: ch.clients.length })), chats: plan.chats, deliveries: plan.deliveries },
      counts: {
        written, acked, failed, unacked, barrier: barrierAcked,
        deliveries: ledger.deliveries, expectedDeliveries: totals.expected, distinctDeliveries: totals.distinct, listed, pages,
      },
      durations: { connectMs, joinMs, sendMs, drainMs, restMs, totalMs: performance.now() - t0 },
      throughput: {
        chatsPerSec: sendMs > 0 ? (acked * 1000) / sendMs : 0,
        deliveriesPerSec: deliverySpan > 0 ? (ledger.deliveries * 1000) / deliverySpan : 0,
      },
      ack: ackLatency.summary(),
      delivery: deliveryLatency.summary(),
      issues: [...ledger.issues],
      issueCounts: ledger.issueCounts(),
      issueTotal: ledger.issueTotal,
    };
    return result;
  } finally {
    closeAll();
  }
}
