// The kit's cache: JSON entries in `node_modules/.cache/commu-contract/` (the usual place
// for tool caches, never committed), each named by its kind and the SHA-256 key of
// everything it depends on, so an entry is never stale: any change is a miss. A write
// keeps the entries of its kind used last and removes the others, so that editing the
// specs or the suites for a day does not leave hundreds of megabytes behind. When the
// cache cannot be read or written (a read-only install), everything works as without it.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { PACKAGE_ROOT } from '../contract/model.ts';

/** The `node_modules` the kit is installed in (or the repository's own). */
function nodeModules(root: string): string {
  const marker = `${sep}node_modules${sep}`;
  const at = root.lastIndexOf(marker);
  return at >= 0 ? root.slice(0, at + marker.length - 1) : join(root, 'node_modules');
}

export const CACHE_DIR = join(nodeModules(PACKAGE_ROOT), '.cache', 'commu-contract');

/** Entries of one kind kept by a write: the ones read or written last. */
export const KEPT_ENTRIES = 8;

/** The key of a set of inputs: SHA-256 over each part's length and text. */
export function cacheKey(parts: readonly string[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(`${part.length}:`).update(part);
  return hash.digest('hex');
}

const entryFile = (kind: string, key: string, dir: string) => join(dir, `${kind}-${key}.json`);

/**
 * The cached value of `kind` for `key`, or undefined (missing, unreadable, or not JSON). A
 * hit marks the entry used now (its modification time), so the pruning keeps it.
 */
export function readCache(kind: string, key: string, dir = CACHE_DIR): unknown {
  const file = entryFile(kind, key, dir);
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(file, 'utf8')) as unknown;
  } catch {
    return undefined;
  }
  try {
    const now = new Date();
    utimesSync(file, now, now);
  } catch {
    // A read-only cache: kept as it is.
  }
  return value;
}

/**
 * Stores `value` as `kind`'s entry for `key`, atomically (write then rename), then removes
 * all but the `KEPT_ENTRIES` of that kind used last. Failures are ignored: a process reading
 * an entry removed meanwhile gets a miss and computes it again.
 */
export function writeCache(kind: string, key: string, value: unknown, dir = CACHE_DIR): void {
  try {
    mkdirSync(dir, { recursive: true });
    const tmp = join(dir, `.${kind}-${key}.${process.pid}.tmp`);
    writeFileSync(tmp, JSON.stringify(value));
    renameSync(tmp, entryFile(kind, key, dir));
    prune(kind, dir);
  } catch {
    // A read-only install: no cache, same result.
  }
}

function prune(kind: string, dir: string): void {
  const entries = readdirSync(dir)
    .filter((f) => f.startsWith(`${kind}-`) && f.endsWith('.json'))
    .flatMap((f) => {
      try {
        return [{ f, at: statSync(join(dir, f)).mtimeMs }];
      } catch {
        return [];
      }
    })
    .sort((a, b) => b.at - a.at);
  for (const { f } of entries.slice(KEPT_ENTRIES)) rmSync(join(dir, f), { force: true });
}
