import { describe, expect, it } from 'vitest';
import { inOrder } from './run.ts';

/** A promise with its resolver, so a test decides the order in which runs finish. */
function deferred<T>(): { promise: Promise<T>; resolve: (v: T) => void; reject: (e: unknown) => void } {
  let resolve!: (v: T) => void, reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => { resolve = res; reject = rej; });
  return { promise, resolve, reject };
}

describe('inOrder: the mutant pool', () => {
  it('yields in the items\' order whatever finishes first, never more than `width` at once', async () => {
    const runs = [0, 1, 2, 3, 4].map(() => deferred<number>());
    const startedAt: number[] = [];
    let inFlight = 0, peak = 0;
    const gen = inOrder([0, 1, 2, 3, 4], 2, (i) => {
      startedAt.push(i);
      inFlight++;
      peak = Math.max(peak, inFlight);
      return runs[i]!.promise.finally(() => { inFlight--; });
    });
    const out: number[] = [];
    const done = (async () => { for await (const r of gen) out.push(r); })();
    await Promise.resolve();
    expect(startedAt).toEqual([0, 1]);
    runs[1]!.resolve(1); // the second finishes first: nothing is yielded before the first
    await new Promise((r) => setImmediate(r));
    expect(out).toEqual([]);
    runs[0]!.resolve(0);
    for (const i of [2, 3, 4]) { await new Promise((r) => setImmediate(r)); runs[i]!.resolve(i); }
    await done;
    expect(out).toEqual([0, 1, 2, 3, 4]);
    expect(peak).toBeLessThanOrEqual(2);
  });

  it('a run that fails early is thrown in its turn, not as an unhandled rejection', async () => {
    const runs = [deferred<number>(), deferred<number>()];
    const gen = inOrder([0, 1], 2, (i) => runs[i]!.promise);
    const out: number[] = [];
    const consumed = (async () => { for await (const r of gen) out.push(r); })();
    await Promise.resolve(); // both runs started
    runs[1]!.reject(new Error('second broke'));
    await new Promise((r) => setImmediate(r));
    runs[0]!.resolve(0);
    await expect(consumed).rejects.toThrow('second broke');
    expect(out).toEqual([0]);
  });
});
