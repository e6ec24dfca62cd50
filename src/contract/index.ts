// The contract as the kit loads it at run time: once per process, shared by the runner and
// the embedded reference server, and precompiled. Parsing and resolving the YAML specs
// costs ~150 ms at every start; the resolved contract is kept as JSON in the kit's cache
// (node_modules/.cache/commu-contract/, beside the suites'), keyed by the digest of every
// spec file's text and of the loader's own source, so a changed spec is a miss, parsed
// again: never stale (D-73). YAML is parsed only on a miss, by lint, generate and tests.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readCache, writeCache } from '../lib/cache.ts';
import { loadContract as parseContract, PACKAGE_ROOT, SPEC_FILES, type Contract } from './model.ts';
import type { DocumentStore } from './refs.ts';
import { rememberSchemaDigest, schemaDigest } from './validate.ts';

export * from './model.ts';
export * from './refs.ts';
export * from './validate.ts';

const loaded = new Map<string, Contract>();

/**
 * The contract of the specs under `root` (default: the kit's own). Without a `store`, one
 * object per root and process, from the cache when its digest matches; with one, parsed.
 */
export function loadContract(root: string = PACKAGE_ROOT, store?: DocumentStore): Contract {
  if (store !== undefined) return parseContract(root, store);
  let contract = loaded.get(root);
  if (contract === undefined) {
    contract = cachedContract(root);
    loaded.set(root, contract);
  }
  return contract;
}

/** SHA-256 over the root, the loader's sources (this module's too: it owns the entry's format) and every spec file's name and text. */
function contractKey(root: string): string | undefined {
  try {
    const hash = createHash('sha256').update(`${root}\0`);
    const files = [join(root, SPEC_FILES.asyncapi), join(root, SPEC_FILES.openapi)];
    try {
      for (const f of readdirSync(join(root, 'schemas')).sort()) files.push(join(root, 'schemas', f));
    } catch {
      // No shared schemas directory: the two specs alone.
    }
    for (const url of [new URL(import.meta.url), new URL('./model.ts', import.meta.url), new URL('./refs.ts', import.meta.url)]) hash.update(readFileSync(url));
    for (const f of files) hash.update(`${f}\0`).update(readFileSync(f)).update('\0');
    return hash.digest('hex');
  } catch {
    return undefined;
  }
}

function cachedContract(root: string): Contract {
  const key = contractKey(root);
  // With its schemas' digest, which costs a canonical form of every schema to compute.
  const entry = key === undefined ? undefined : (readCache('contract', key) as { contract?: Contract; schemaDigest?: string } | null | undefined);
  if (typeof entry?.contract === 'object' && entry.contract !== null && typeof entry.schemaDigest === 'string') {
    rememberSchemaDigest(entry.contract, entry.schemaDigest);
    return entry.contract;
  }
  const contract = parseContract(root);
  if (key !== undefined) writeCache('contract', key, { contract, schemaDigest: schemaDigest(contract) });
  return contract;
}
