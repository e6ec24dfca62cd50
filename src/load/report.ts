// The text a load run ends with: what was done, throughput and latencies, the accounting,
// and either PASS or the first offending messages.
import { describeIssue } from './ledger.ts';
import type { LoadResult } from './run.ts';
import type { Summary } from './stats.ts';

const n = (x: number): string => Math.round(x).toLocaleString('en-US');
const ms = (x: number): string => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));

function latency(name: string, s: Summary): string {
  return `${name.padEnd(17)} p50 ${ms(s.p50)} ms   p99 ${ms(s.p99)} ms   max ${ms(s.max)} ms   (${n(s.count)} samples)`;
}

/** How many issue lines to print after the first. */
const SHOWN = 10;

export function renderResult(r: LoadResult): string {
  const { counts: c, durations: d, throughput: t } = r;
  const lines = [
    `wrote ${n(c.acked)} of ${n(c.written)} chats (+${n(c.barrier)} barrier) in ${(d.sendMs / 1000).toFixed(2)} s: `
      + `${n(t.chatsPerSec)} chats/s, ${n(t.deliveriesPerSec)} deliveries/s`,
    latency('ack latency', r.ack),
    latency('delivery latency', r.delivery),
    `deliveries: ${n(c.distinctDeliveries)} distinct of ${n(c.expectedDeliveries)} owed (${n(c.deliveries)} received); `
      + `failed writes ${n(c.failed)}, unacknowledged ${n(c.unacked)}`,
    `REST: ${n(c.listed)} of ${n(c.acked + c.barrier)} acknowledged chats listed (${n(c.pages)} pages)`,
    `phases: connect ${ms(d.connectMs)} ms, join ${ms(d.joinMs)} ms, write ${ms(d.sendMs)} ms, drain ${ms(d.drainMs)} ms, REST ${ms(d.restMs)} ms; total ${(d.totalMs / 1000).toFixed(2)} s`,
  ];
  if (r.ok) {
    lines.push('PASS: every acknowledged chat reached every other subscribed socket exactly once, in write order, and is listed by REST; every frame valid');
    return lines.join('\n');
  }
  const kinds = Object.entries(r.issueCounts).map(([k, v]) => `${k} ${n(v)}`).join(', ');
  lines.push(`FAIL: ${n(r.issueTotal)} issue${r.issueTotal === 1 ? '' : 's'} (${kinds})`);
  const [first, ...rest] = r.issues;
  if (first) lines.push(`first: ${describeIssue(first)}`);
  for (const issue of rest.slice(0, SHOWN)) lines.push(`  ${describeIssue(issue)}`);
  if (r.issueTotal > SHOWN + 1) lines.push(`  … ${n(r.issueTotal - Math.min(r.issues.length, SHOWN + 1))} more (--report FILE has the first ${r.issues.length})`);
  return lines.join('\n');
}
