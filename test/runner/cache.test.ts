// The kit's cache (src/lib/cache.ts): entries by kind and key, and a write that keeps only
// the newest few of its kind, so that the cache does not grow with every edit of a spec.
import { readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cacheKey, KEPT_ENTRIES, readCache, writeCache } from '../../src/lib/cache.ts';
import { scratchDirs } from '../scratch.ts';

describe('the cache', () => {
  const tmp = scratchDirs('commu-cache-');

  it('reads what was written under the same kind and key, and nothing under another', () => {
    const dir = tmp();
    const key = cacheKey(['a', 'b']);
    writeCache('suites', key, { n: 1 }, dir);
    expect(readCache('suites', key, dir)).toEqual({ n: 1 });
    expect(readCache('profile', key, dir)).toBeUndefined();
    expect(readCache('suites', cacheKey(['ab']), dir)).toBeUndefined();
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  /** Sets `file`'s times to `ago` ms before now (the pruning orders entries by them). */
  const age = (file: string, ago: number) => {
    const at = new Date(Date.now() - ago);
    utimesSync(file, at, at);
  };

  it('keeps the entries of the kind written that were used last, and leaves the other kinds alone', () => {
    const dir = tmp();
    // Older than every entry below: a pruning that ignored the kind would remove them first.
    writeFileSync(join(dir, 'contract-old.json'), '{}');
    writeFileSync(join(dir, 'unrelated.txt'), '');
    age(join(dir, 'contract-old.json'), 86_400_000);
    age(join(dir, 'unrelated.txt'), 86_400_000);
    const keys = Array.from({ length: KEPT_ENTRIES + 3 }, (_, i) => cacheKey([String(i)]));
    keys.forEach((key, i) => {
      writeCache('suites', key, i, dir);
      // Distinct times, oldest first, whatever the file system's resolution.
      age(join(dir, `suites-${key}.json`), (keys.length - i) * 60_000);
    });
    const kept = readdirSync(dir).filter((f) => f.startsWith('suites-'));
    expect(kept.sort()).toEqual(keys.slice(-KEPT_ENTRIES).map((k) => `suites-${k}.json`).sort());
    expect(readCache('suites', keys.at(-1)!, dir)).toBe(keys.length - 1);
    expect(readdirSync(dir)).toEqual(expect.arrayContaining(['contract-old.json', 'unrelated.txt']));
  });

  it('keeps an entry that is read, however long ago it was written', () => {
    const dir = tmp();
    const used = cacheKey(['used']);
    writeCache('suites', used, 'used', dir);
    age(join(dir, `suites-${used}.json`), 86_400_000);
    for (let i = 0; i < KEPT_ENTRIES * 2; i++) {
      expect(readCache('suites', used, dir)).toBe('used');
      const key = cacheKey([String(i)]);
      writeCache('suites', key, i, dir);
      // Written before the read that follows, whatever the clock's resolution.
      age(join(dir, `suites-${key}.json`), (KEPT_ENTRIES * 2 - i) * 60_000);
    }
    expect(readCache('suites', used, dir)).toBe('used');
    expect(readdirSync(dir).filter((f) => f.startsWith('suites-'))).toHaveLength(KEPT_ENTRIES);
  });
});
