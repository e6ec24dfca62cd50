import { configDefaults, defineConfig } from 'vitest/config';

/**
 * Tests too slow or too heavy for the default `npm test` (at most 3 minutes on 2 cores,
 * two busy loops competing): they type-check consumer code with tsc, regenerate the
 * types, run the mutant runner, soak the fuzz area or run the CLI under a capped heap
 * against large frames. `npm run test:slow` runs them; .ci/run runs both projects.
 */
export const SLOW_TESTS = [
  'test/types/consumer.test.ts',
  'test/types/regenerate.test.ts',
  'test/mutants/mutants.test.ts',
  'test/fuzz/soak.test.ts',
  'test/hostile/memory.test.ts',
  'test/package/install.test.ts',
  'test/cluster/mutants.test.ts',
];

export default defineConfig({
  test: {
    pool: 'forks',
    // vitest's default is one worker on 2 cores; most files wait on child processes and
    // timeouts, so two overlap them (the default project: 176 s of CPU, serial ≈ 3.5 min).
    maxWorkers: 2,
    // A bound against hangs, not a speed check. The slowest default tests (the lint CLI
    // with the AsyncAPI parser cold, the catalogue through the CLI) take about 5 s on an idle
    // machine; under load they took 6 to 10 times as long, and 30 s was once exceeded.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    projects: [
      // Each project names its own files: an `include` of the root would be merged into both.
      { extends: true, test: { name: 'default', include: ['test/**/*.test.ts', 'examples/**/*.test.ts'], exclude: [...configDefaults.exclude, ...SLOW_TESTS] } },
      // One file at a time: each is CPU-bound (tsc, the catalogue twice per mutant run); side
      // by side on a loaded machine the mutant runner's 120 s process bound was exceeded.
      { extends: true, test: { name: 'slow', include: SLOW_TESTS, maxWorkers: 1 } },
    ],
  },
});
