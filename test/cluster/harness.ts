// Runs catalogue cases against an embedded 2-node reference cluster on a real redis-server.
import { spawnSync } from 'node:child_process';
import { Validators, loadContract } from '../../src/contract/index.ts';
import { runCases, type EngineOptions } from '../../src/runner/engine.ts';
import { endpointProvider } from '../../src/runner/fixtures.ts';
import { flattenCases, globToRegExp, loadSuites } from '../../src/runner/suites.ts';
import type { CaseResult, LoadedCase } from '../../src/runner/model.ts';
import { startCluster, type ClusterOptions } from '../../src/server/embedded-cluster.ts';

export const validators = new Validators(loadContract());
// 10 s, not the CLI's 2 s: a cluster's writes wait for Redis round trips, slow on a busy machine.
export const options: EngineOptions = { concurrency: 4, timeoutMs: 10_000, graceMs: 5, strict: false, maxEventsPerActor: 10_000, rerun: (id) => id };

export function selectCases(globs: readonly string[]): LoadedCase[] {
  const res = globs.map(globToRegExp);
  return flattenCases(loadSuites()).filter((c) => res.length === 0 || res.some((re) => re.test(c.id)));
}

export async function runOnCluster(cases: LoadedCase[], cluster: Partial<ClusterOptions> = {}, timeoutMs = options.timeoutMs): Promise<CaseResult[]> {
  const c = await startCluster({ nodes: 2, ...cluster });
  try {
    return await runCases(cases, { socketUrl: c.socketUrls[0]!, apiUrl: c.apiUrl, socketUrls: c.socketUrls }, endpointProvider(c.apiUrl, validators, timeoutMs), validators, { ...options, timeoutMs });
  } finally {
    await c.close();
  }
}

/** Failed (or warned) through its own steps, not its setup (the "by own rule" of the mutants). */
export const killedByOwnRule = (r: CaseResult): boolean => (r.verdict === 'fail' || r.verdict === 'warn') && r.failures.some((f) => f.phase === 'assertion');

/** Debian's redis-server is installed (.ci/run installs it; without it the cluster tests say SKIPPED). */
export const hasRedis = spawnSync(process.env.REDIS_SERVER ?? 'redis-server', ['--version']).status === 0;
