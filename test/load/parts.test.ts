// The load mode's small pure parts: the plan (who writes where), the histogram, the send
// schedule (window and rate, on a fake clock) and the progress rendering.
import { describe, expect, it } from 'vitest';
import type { Fixtures } from '../../generated/events.js';
import { schedule, type Clock } from '../../src/load/driver.ts';
import { chatContent, parseContent, planLoad, PlanError } from '../../src/load/plan.ts';
import { LoadProgress, renderBar, type Snapshot } from '../../src/load/progress.ts';
import { Histogram, spread } from '../../src/load/stats.ts';

function world(tag: string): Fixtures {
  const id = (n: number) => `${tag}${String(n).padStart(24 - tag.length, '0')}`;
  const user = (n: number) => ({ id: id(n), nickname: `u${n}`, token: `t${tag}${n}` });
  return {
    communities: { main: { id: id(90), channels: { public: id(91), private: id(92) } }, other: { id: id(93), channels: { public: id(94) } } },
    users: {
      communityManager: user(1), channelManager: user(2), author: user(3), member: user(4), outsider: user(5),
      stranger: user(6), invitee1: user(7), invitee2: user(8), invitee3: user(9),
    },
  } as Fixtures;
}

describe('planLoad', () => {
  it('spreads clients over channels, and within a channel over the roles that can join it', () => {
    const plan = planLoad({ clients: 7, channels: 2, chats: 10 }, [world('a')]);
    expect(plan.channels.map((c) => [c.label, c.clients])).toEqual([['w0/public', [0, 2, 4, 6]], ['w0/private', [1, 3, 5]]]);
    expect(plan.clients.map((c) => c.role)).toEqual(['channelManager', 'channelManager', 'author', 'author', 'member', 'channelManager', 'channelManager']);
    expect(plan.chats).toBe(70);
    // public: 4 sockets × 10 chats × 3 others; private: 3 × 10 × 2
    expect(plan.deliveries).toBe(120 + 60);
  });

  it('takes a world per two channels', () => {
    const plan = planLoad({ clients: 3, channels: 3, chats: 1 }, [world('a'), world('b')]);
    expect(plan.channels.map((c) => [c.label, c.id.slice(0, 1)])).toEqual([['w0/public', 'a'], ['w0/private', 'a'], ['w1/public', 'b']]);
    expect(() => planLoad({ clients: 3, channels: 3, chats: 1 }, [world('a')])).toThrow(PlanError);
  });

  it('refuses fewer clients than channels and empty runs', () => {
    expect(() => planLoad({ clients: 1, channels: 2, chats: 1 }, [world('a')])).toThrow(/at least --channels/);
    expect(() => planLoad({ clients: 2, channels: 1, chats: 0 }, [world('a')])).toThrow(/--chats/);
  });

  it('content names the run, the writer and the sequence number', () => {
    expect(parseContent('ab12', chatContent('ab12', 7, 199))).toEqual({ client: 7, seq: 199 });
    expect(parseContent('ab12', chatContent('ffff', 7, 199))).toBeUndefined();
    expect(parseContent('ab12', 'hi')).toBeUndefined();
  });
});

describe('Histogram', () => {
  it('gives percentiles within 1 % and the exact maximum', () => {
    const h = new Histogram();
    for (let i = 1; i <= 10_000; i++) h.record(i / 100); // 0.01 … 100 ms
    const s = h.summary();
    expect(s.count).toBe(10_000);
    expect(s.p50).toBeGreaterThanOrEqual(50);
    expect(s.p50).toBeLessThan(50 * 1.01);
    expect(s.p99).toBeGreaterThanOrEqual(99);
    expect(s.p99).toBeLessThan(99 * 1.01);
    expect(s.max).toBe(100);
  });

  it('is exact below 256 µs and empty is zero', () => {
    const h = new Histogram();
    expect(h.summary()).toEqual({ count: 0, p50: 0, p99: 0, max: 0, mean: 0 });
    for (const us of [100, 100, 200]) h.record(us / 1000);
    expect(h.quantile(0.5)).toBe(0.1);
    expect(h.quantile(1)).toBe(0.2);
  });

  it('spread: median and range', () => {
    expect(spread([3, 1, 2])).toEqual({ median: 2, min: 1, max: 3, n: 3 });
    expect(spread([4, 1, 2, 3]).median).toBe(2.5);
  });
});

function fakeClock(): Clock & { t: number } {
  const clock = {
    t: 0,
    now: () => clock.t,
    wait: async (ms: number) => {
      clock.t += ms;
    },
  };
  return clock;
}

describe('schedule', () => {
  it('keeps at most `inFlight` sends pending and sends every seq once, in order', async () => {
    let pending = 0;
    let peak = 0;
    const started: number[] = [];
    const release: Array<() => void> = [];
    const run = schedule({ count: 10, inFlight: 3 }, (seq) => {
      started.push(seq);
      pending++;
      peak = Math.max(peak, pending);
      return new Promise((r) => release.push(() => {
        pending--;
        r();
      }));
    });
    while (started.length < 10 || release.length > 0) {
      await new Promise((r) => setImmediate(r));
      release.shift()?.();
    }
    await run;
    expect(started).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(peak).toBe(3);
  });

  it('paces to the rate: write k starts no earlier than k / rate', async () => {
    const clock = fakeClock();
    const at: number[] = [];
    await schedule({ count: 5, inFlight: 2, rate: 10 }, async () => {
      at.push(clock.t);
    }, clock);
    expect(at.every((t, k) => t >= k * 100 - 1e-9)).toBe(true);
    expect(at[4]).toBeCloseTo(400);
  });
});

describe('progress', () => {
  const snap = (acked: number): Snapshot => ({ phase: 'writing', acked, total: 100, deliveries: acked * 2, expectedDeliveries: 200, issues: 0, elapsedMs: 1000 });

  it('renders a bar with counts and rate', () => {
    expect(renderBar(snap(50), 10)).toBe('[#####.....]  50% 50/100 chats acked, 100/200 deliveries, 50 chats/s');
  });

  it('without a TTY prints a plain line per tenth, never a carriage return', () => {
    const out: string[] = [];
    const p = new LoadProgress({ write: (t: string) => out.push(t) }, false);
    for (let a = 0; a <= 100; a += 1) p.update(snap(a));
    expect(out).toHaveLength(11);
    expect(out.join('')).not.toContain('\r');
  });

  it('on a TTY redraws one line and ends it before a note', () => {
    const out: string[] = [];
    const p = new LoadProgress({ write: (t: string) => out.push(t), isTTY: true });
    p.update(snap(10));
    p.update(snap(20));
    p.note('done');
    expect(out[0]!.startsWith('\r[')).toBe(true);
    expect(out.slice(-2)).toEqual(['\n', 'done\n']);
  });
});
