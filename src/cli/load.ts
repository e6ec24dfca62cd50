// `commu-contract load`: wires a target (or the embedded reference server), fixtures worlds
// and the load run (src/load); argument parsing and output only.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Fixtures } from '../../generated/events.js';
import { loadContract, loadValidators } from '../contract/index.ts';
import { PlanError, worldsNeeded } from '../load/plan.ts';
import { LoadProgress } from '../load/progress.ts';
import { renderResult } from '../load/report.ts';
import { runLoad, TargetUnreachable, type LoadConfig } from '../load/run.ts';
import { visible } from '../report/escape.ts';
import { FixturesError } from '../runner/fixtures.ts';
import { NodesError, parseNodes } from '../runner/placement.ts';
import { commandArgs, fixtureProvider, TARGET_OPTIONS, targetFlagsProblem, UsageError, wholeNumber } from './args.ts';
import { EXIT } from './exit.ts';

export const LOAD_HELP = `usage: commu-contract load [options]

Opens N sockets over K channels; each writes M chats. Checks that every acknowledged
chat reached every other subscribed socket exactly once and in write order, that no write
failed or went unacknowledged, that every frame is valid, and that REST lists every
acknowledged chat afterwards. Reports throughput and ack / delivery latency.
With no --socket-url it starts the embedded reference server and loads it.

target
  --socket-url URL     Socket.IO server (the namespace path is appended)
  --nodes URL,URL,...  a clustered target: the socket URL of each node (instead of --socket-url);
                       client i connects to node i mod N, same accounting (D-67)
  --embedded-cluster N load an embedded N-node reference cluster on its own redis-server
  --api-url URL        REST base URL (default: the socket URL)
fixtures (default: POST /api/conformance/fixtures on the target, one world per 2 channels)
  --fixtures FILE      a fixtures document (JSON or YAML): one world, so at most 2 channels
  --fixtures-cmd CMD   a shell command that prints a fixtures document (run once per world)
load
  --clients N          sockets (default 50); client i writes to channel i mod K
  --channels K         channels (default 2): even ones are a world's public channel
                       (channelManager, author, member), odd ones its private channel
                       (channelManager, author); clients take those roles in turn
  --chats M            chats each client writes (default 200)
  --in-flight W        writes awaiting their ack per client (default 4)
  --rate R             writes per second per client (default: as fast as the acks allow)
  --timeout MS         wait for a connection, an ack, the barrier chats, a REST page (default 10000)
  --grace MS           extra wait after the barrier chats arrived (default 5)
output
  --report FILE        write the result as JSON
  -h, --help           this help

exit codes
  0  zero loss, duplicates, reorderings, failed or unacknowledged writes, schema violations
  1  any of those (the first offending message is named)
  2  usage or configuration error
  3  the target could not be reached or tested, or went away during the run (every socket
     disconnected: the writes stop at once)
`;

function fail(message: string): number {
  process.stderr.write(`commu-contract load: ${message}\n`);
  return EXIT.USAGE;
}

export async function load(argv: string[]): Promise<number> {
  const parsed = commandArgs('load', argv, {
    ...TARGET_OPTIONS,
    nodes: { type: 'string' },
    'embedded-cluster': { type: 'string' },
    clients: { type: 'string' },
    channels: { type: 'string' },
    chats: { type: 'string' },
    'in-flight': { type: 'string' },
    rate: { type: 'string' },
    timeout: { type: 'string' },
    grace: { type: 'string' },
    report: { type: 'string' },
  }, LOAD_HELP);
  if (typeof parsed === 'number') return parsed;
  const { values } = parsed;

  let config: LoadConfig;
  try {
    let rate: number | undefined;
    if (values.rate !== undefined) {
      rate = Number(values.rate);
      if (!Number.isFinite(rate) || rate <= 0) throw new UsageError(`--rate must be a positive number of writes per second, got "${values.rate}"`);
    }
    config = {
      clients: wholeNumber(values.clients, '--clients', 50, 1),
      channels: wholeNumber(values.channels, '--channels', 2, 1),
      chats: wholeNumber(values.chats, '--chats', 200, 1),
      inFlight: wholeNumber(values['in-flight'], '--in-flight', 4, 1),
      rate,
      timeoutMs: wholeNumber(values.timeout, '--timeout', 10_000, 1),
      graceMs: wholeNumber(values.grace, '--grace', 5, 0),
    };
  } catch (err) {
    if (err instanceof UsageError) return fail(err.message);
    throw err;
  }
  if (config.clients < config.channels) return fail(`--clients (${config.clients}) must be at least --channels (${config.channels}): every channel needs a writer`);
  const targetProblem = targetFlagsProblem(values);
  if (targetProblem) return fail(targetProblem);
  if (values.fixtures && config.channels > 2) return fail(`a fixtures file is one world with 2 channels; --channels ${config.channels} needs the target's fixtures endpoint or --fixtures-cmd`);

  const validators = await loadValidators(loadContract());
  let nodes: string[] | undefined;
  try {
    if (values['socket-url'] !== undefined && (values.nodes !== undefined || values['embedded-cluster'] !== undefined)) throw new NodesError('give one of --socket-url, --nodes and --embedded-cluster');
    if (values.nodes !== undefined) nodes = parseNodes(values.nodes);
    const count = values['embedded-cluster'];
    if (count !== undefined && (!/^\d+$/.test(count) || Number(count) < 2 || Number(count) > 16)) throw new NodesError(`--embedded-cluster needs a node count from 2 to 16 (got "${count}")`);
  } catch (err) {
    if (err instanceof NodesError) return fail(err.message);
    throw err;
  }
  let socketUrl = values['socket-url'] ?? nodes?.[0];
  let apiUrl = values['api-url'] ?? socketUrl;
  let close: (() => Promise<void>) | undefined;
  if (socketUrl === undefined && values['embedded-cluster'] !== undefined) {
    const { startCluster } = await import('../server/embedded-cluster.ts');
    let cluster;
    try {
      cluster = await startCluster({ nodes: Number(values['embedded-cluster']) });
    } catch (err) {
      process.stderr.write(`commu-contract load: cannot start the embedded cluster: ${(err as Error).message}\n`);
      return EXIT.TARGET;
    }
    nodes = cluster.socketUrls;
    socketUrl = nodes[0]!;
    apiUrl = cluster.apiUrl;
    close = () => cluster.close();
  } else if (socketUrl === undefined) {
    const { startEmbeddedServer } = await import('../load/embedded.ts');
    const server = await startEmbeddedServer();
    socketUrl = server.socketUrl;
    apiUrl = server.apiUrl;
    close = () => server.close();
  }
  const target = { socketUrl: socketUrl.replace(/\/$/, ''), apiUrl: apiUrl!.replace(/\/$/, ''), ...(nodes ? { socketUrls: nodes } : {}) };

  try {
    let worlds: Fixtures[];
    try {
      const provider = fixtureProvider(values, target.apiUrl, validators, config.timeoutMs);
      worlds = [];
      for (let i = 0; i < worldsNeeded(config.channels); i++) worlds.push((await provider.get()) as Fixtures); // the kit's own protocol: a commu world
    } catch (err) {
      if (err instanceof FixturesError) {
        process.stderr.write(`commu-contract load: ${visible(err.message)}\n`);
        return err.kind === 'target' ? EXIT.TARGET : EXIT.USAGE;
      }
      throw err;
    }

    const progress = new LoadProgress(process.stdout);
    let result;
    try {
      result = await runLoad(config, target, worlds, validators, { note: (t) => progress.note(t), update: (s) => progress.update(s) });
    } catch (err) {
      progress.clear();
      if (err instanceof TargetUnreachable) {
        process.stderr.write(`commu-contract load: ${visible(err.message)}\n`);
        return EXIT.TARGET;
      }
      if (err instanceof PlanError) return fail(err.message);
      throw err;
    }
    progress.clear();
    process.stdout.write(`${renderResult(result)}\n`);
    if (values.report) {
      const file = resolve(values.report);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, `${JSON.stringify({ target: { ...target, embedded: close !== undefined }, ...result }, null, 2)}\n`);
      process.stdout.write(`report: ${file}\n`);
    }
    return result.ok ? EXIT.OK : EXIT.FAILURES;
  } finally {
    await close?.();
  }
}
