// The YAML parser, loaded on first use. A run whose suites, contract and profile come from
// the cache (D-73, src/lib/cache.ts) parses no YAML and never loads it (about
// 20 ms of start-up); `lint`, `generate`, a stale cache and the tests load it here. Its
// CommonJS build (the package's `node` condition), so that loading stays synchronous; its
// nodes are recognised across builds (yaml marks them with `Symbol.for`).
import { createRequire } from 'node:module';

type Yaml = typeof import('yaml');

let loaded: Yaml | undefined;

export function yaml(): Yaml {
  return (loaded ??= createRequire(import.meta.url)('yaml') as Yaml);
}
