// Each cluster mutant (test/mutants/cluster-mutants.ts) is killed, on an embedded 2-node
// cluster with a real redis-server, by a case of its own rule failing through its own steps.
import { describe, expect, it } from 'vitest';
import { CLUSTER_MUTANTS } from '../mutants/cluster-mutants.ts';
import { hasRedis, killedByOwnRule, runOnCluster, selectCases } from './harness.ts';

describe.skipIf(!hasRedis)('cluster mutants (needs redis-server)', () => {
  for (const mutant of CLUSTER_MUTANTS) {
    it(`${mutant.id} is killed by the cases of its rule (${mutant.killers.join(', ')})`, async () => {
      // The CLI's 2 s timeout: a mutant's missing events are waited for that long.
      const results = await runOnCluster(selectCases(mutant.killers), mutant.options, 2000);
      const killers = results.filter(killedByOwnRule).map((r) => r.id);
      expect(killers, `${mutant.id} survived: ${mutant.rule}`).not.toEqual([]);
    }, 120_000);
  }
});
