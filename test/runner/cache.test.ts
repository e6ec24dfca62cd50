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

  it('keeps the newest entries of the kind written and leaves the other kinds alone', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'contract-old.json'), '{}');
    writeFileSync(join(dir, 'unrelated.txt'), '');
    const keys = Array.from({ length: KEPT_ENTRIES + 3 }, (_, i) => cacheKey([String(i)]));
    keys.forEach((key, i) => {
      writeCache('suites', key, i, dir);
      // Distinct times, oldest first, whatever the file system's resolution.
      const at = new Date(Date.UTC(2026, 0, 1, 0, 0, i));
      utimesSync(join(dir, `suites-${key}.json`), at, at);
    });
    const kept = readdirSync(dir).filter((f) => f.startsWith('suites-'));
    expect(kept.sort()).toEqual(keys.slice(-KEPT_ENTRIES).map((k) => `suites-${k}.json`).sort());
    expect(readCache('suites', keys.at(-1)!, dir)).toBe(keys.length - 1);
    expect(readdirSync(dir)).toEqual(expect.arrayContaining(['contract-old.json', 'unrelated.txt']));
  });
});
