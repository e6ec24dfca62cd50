// A cache of validated suites, keyed by content: parsing 16 YAML files with line counters
// and validating them costs about half a second at every start, reading one JSON file a
// few milliseconds. The key hashes everything the result depends on (each file's name and
// text, the scenario format, the loader's own source), so an entry is never stale: any
// change is a miss, parsed and validated again. Nothing is cached for a file that fails.
// The cache lives in `node_modules/.cache/commu-contract/` (the usual place for tool
// caches, never committed); when it cannot be read or written, loading works as without it.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { PACKAGE_ROOT } from '../contract/index.ts';

/** The `node_modules` the kit is installed in (or the repository's own). */
function nodeModules(root: string): string {
  const marker = `${sep}node_modules${sep}`;
  const at = root.lastIndexOf(marker);
  return at >= 0 ? root.slice(0, at + marker.length - 1) : join(root, 'node_modules');
}

export const CACHE_DIR = join(nodeModules(PACKAGE_ROOT), '.cache', 'commu-contract');

/** The key of a set of inputs: SHA-256 over each part's length and text. */
export function cacheKey(parts: readonly string[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(`${part.length}:`).update(part);
  return hash.digest('hex');
}

/** The cached value for `key`, or undefined (missing, unreadable, or not JSON). */
export function readCache(key: string, dir = CACHE_DIR): unknown {
  try {
    return JSON.parse(readFileSync(join(dir, `suites-${key}.json`), 'utf8')) as unknown;
  } catch {
    return undefined;
  }
}

/** Stores `value` under `key`, atomically (write then rename); failures are ignored. */
export function writeCache(key: string, value: unknown, dir = CACHE_DIR): void {
  try {
    mkdirSync(dir, { recursive: true });
    const tmp = join(dir, `.suites-${key}.${process.pid}.tmp`);
    writeFileSync(tmp, JSON.stringify(value));
    renameSync(tmp, join(dir, `suites-${key}.json`));
  } catch {
    // A read-only install: no cache, same result.
  }
}
