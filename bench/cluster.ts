// `npx tsx bench/cluster.ts`: the load mode (50 clients × 200 chats, 2 channels) against one
// reference node and against an embedded 2-node reference cluster (a real redis-server,
// clients round robin over the nodes), in one run and one process, so the two are
// measured alike (server and clients share this process in both). Prints a Markdown
// table for bench/RESULTS.md "Cluster" and writes bench/results-cluster.json.
import { writeFileSync } from 'node:fs';
import { loadContract, loadValidators } from '../src/contract/index.ts';
import { worldsNeeded } from '../src/load/plan.ts';
import { runLoad, type LoadResult, type LoadTarget } from '../src/load/run.ts';
import { endpointProvider } from '../src/runner/fixtures.ts';
import { startCluster } from '../src/server/embedded-cluster.ts';
import { startServer } from '../src/server/index.ts';

const config = { clients: 50, channels: 2, chats: 200, inFlight: 4, rate: undefined, timeoutMs: 10_000, graceMs: 5 };
const validators = await loadValidators(loadContract());
const quiet = { note: () => {}, update: () => {} };

async function measure(target: LoadTarget): Promise<LoadResult> {
  const provider = endpointProvider(target.apiUrl, validators, config.timeoutMs);
  const worlds: Parameters<typeof runLoad>[2][number][] = [];
  for (let i = 0; i < worldsNeeded(config.channels); i++) worlds.push((await provider.get()) as (typeof worlds)[number]);
  return runLoad(config, target, worlds, validators, quiet);
}

const one = await startServer({ testMode: true, log: () => {} });
const single = await measure({ socketUrl: one.socketUrl, apiUrl: one.apiUrl }).finally(() => one.close());
const cluster = await startCluster({ nodes: 2 });
const two = await measure({ socketUrl: cluster.socketUrls[0]!, apiUrl: cluster.apiUrl, socketUrls: cluster.socketUrls }).finally(() => cluster.close());

const row = (name: string, r: LoadResult): string =>
  `| ${name} | ${r.ok ? 'ok' : 'FAILED'} | ${r.counts.acked} | ${r.counts.distinctDeliveries}/${r.counts.expectedDeliveries} | ${r.issueCounts.loss ?? 0} / ${r.issueCounts.duplicate ?? 0} / ${r.issueCounts.reorder ?? 0} | ${Math.round(r.throughput.chatsPerSec)} | ${Math.round(r.throughput.deliveriesPerSec)} | ${r.ack.p50.toFixed(1)} / ${r.ack.p99.toFixed(1)} |`;
const table = [
  '| target | verdict | chats acked | deliveries (distinct/owed) | loss / dup / reorder | chats/s | deliveries/s | ack p50 / p99 ms |',
  '|---|---|---|---|---|---|---|---|',
  row('one node', single),
  row('2-node cluster', two),
  '',
  `ratio (cluster / one node): chats/s ${(two.throughput.chatsPerSec / single.throughput.chatsPerSec).toFixed(2)}×, deliveries/s ${(two.throughput.deliveriesPerSec / single.throughput.deliveriesPerSec).toFixed(2)}×`,
].join('\n');
process.stdout.write(`${table}\n`);
writeFileSync(new URL('./results-cluster.json', import.meta.url), `${JSON.stringify({ measuredAt: new Date().toISOString(), config, single, cluster: two }, null, 2)}\n`);
process.exitCode = single.ok && two.ok ? 0 : 1;
