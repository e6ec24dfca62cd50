// The kit's programmatic API (`import { runConformance, startServer } from 'commu-contract'`):
// run the conformance catalogue against a target or the embedded reference server, start
// the reference server, write or render the reports. What the CLI's `run` does, without
// its flags, console or exit codes (docs/api.md).
import { loadContract, loadValidators } from './contract/index.ts';
import { countVerdicts, gateOf, type Gate } from './report/summary.ts';
import { scrub } from './report/write.ts';
import { effectiveConcurrency, runCases } from './runner/engine.ts';
import { commandProvider, endpointProvider, fileProvider, FixturesError, type FixtureProvider } from './runner/fixtures.ts';
import { flattenCases, globToRegExp, loadSuites, SUITES_DIR } from './runner/suites.ts';
import { preflight } from './runner/preflight.ts';
import type { CaseResult, RunResult } from './runner/model.ts';
import { kitVersion } from './cli/version.ts';

export { startServer, type ReferenceServer, type ServerOptions } from './server/index.ts';
export { FILE_FORMATS, REPORT_FILES, renderReport, scrub, writeReports, type FileFormat } from './report/write.ts';
export { renderConsoleReport } from './report/console.ts';
export { gateOf, summaryLine, type Gate } from './report/summary.ts';
export type { CaseResult, RunResult, Verdict } from './runner/model.ts';

export interface ConformanceOptions {
  /** The Socket.IO server; absent: the embedded reference server is started (test mode) and stopped. */
  socketUrl?: string;
  /** The REST base URL (default: socketUrl). */
  apiUrl?: string;
  /** A fixtures document file (one shared world), or */
  fixtures?: string;
  /** a shell command printing one per case; neither: the target's fixtures endpoint. */
  fixturesCmd?: string;
  /** Case id globs (`CHAT-MOD-*`); default every case. */
  cases?: string[];
  /** Areas (`chat-modify`); default every area. */
  suites?: string[];
  /** A directory of suites instead of the kit's own. */
  suitesDir?: string;
  strict?: boolean;
  concurrency?: number;
  timeoutMs?: number;
  graceMs?: number;
  maxEventsPerActor?: number;
  /** Called as each case ends. */
  onResult?: (result: CaseResult) => void;
  signal?: AbortSignal;
}

/** A run's result (what the JSON report holds) and its gate. */
export interface Conformance {
  result: RunResult;
  gate: Gate;
}

/** A bad option, fixtures the target refuses, or a target that cannot be reached. */
export class ConformanceError extends Error {
  constructor(message: string, readonly kind: 'usage' | 'target') {
    super(message);
  }
}

/** Runs the catalogue (or the selected cases) and returns the result; throws ConformanceError when nothing can be judged. */
export async function runConformance(options: ConformanceOptions = {}): Promise<Conformance> {
  if (options.fixtures !== undefined && options.fixturesCmd !== undefined) throw new ConformanceError('give fixtures or fixturesCmd, not both', 'usage');
  let cases = flattenCases(loadSuites(options.suitesDir ?? SUITES_DIR));
  if (options.suites) cases = cases.filter((c) => options.suites!.includes(c.area));
  if (options.cases) {
    const patterns = options.cases.map(globToRegExp);
    cases = cases.filter((c) => patterns.some((p) => p.test(c.id)));
  }
  if (cases.length === 0) throw new ConformanceError('no case selected', 'usage');
  const contract = loadContract();
  const validators = await loadValidators(contract);
  const timeoutMs = options.timeoutMs ?? 2000;
  const graceMs = options.graceMs ?? 5;
  const concurrency = options.concurrency ?? 4;
  const strict = options.strict ?? false;

  let close: (() => Promise<void>) | undefined;
  let socketUrl = options.socketUrl;
  let apiUrl = options.apiUrl ?? socketUrl;
  const embedded = socketUrl === undefined;
  if (embedded) {
    const { startServer } = await import('./server/index.ts');
    const server = await startServer({ testMode: true, log: () => {} });
    ({ socketUrl, apiUrl } = server);
    close = () => server.close();
  }
  const target = { socketUrl: socketUrl!.replace(/\/$/, ''), apiUrl: apiUrl!.replace(/\/$/, '') };
  try {
    let provider: FixtureProvider;
    if (options.fixtures !== undefined) provider = fileProvider(options.fixtures, validators);
    else if (options.fixturesCmd !== undefined) provider = commandProvider(options.fixturesCmd, validators, timeoutMs);
    else provider = endpointProvider(target.apiUrl, validators, timeoutMs);
    try {
      const fixtures = await provider.get();
      if (provider.source !== 'endpoint') {
        const probe = await preflight(target, fixtures, provider, validators, timeoutMs);
        if (!probe.ok) throw new FixturesError(probe.message, probe.kind);
      }
    } catch (err) {
      if (err instanceof FixturesError) throw new ConformanceError(err.message, err.kind === 'target' ? 'target' : 'usage');
      throw err;
    }
    const startedAt = new Date();
    const t0 = performance.now();
    const results = await runCases(cases, target, provider, validators, {
      concurrency, strict, timeoutMs, graceMs, maxEventsPerActor: options.maxEventsPerActor ?? 10_000,
      rerun: (id) => `npx commu-contract run --case ${id}`,
      ...(options.signal ? { signal: options.signal } : {}),
    }, options.onResult);
    const result: RunResult = scrub({
      kit: { name: 'commu-contract', version: kitVersion() },
      contract: { version: contract.version, schemaDigest: validators.schemaDigest, validators: validators.source },
      target: { ...target, embedded, fixtures: provider.describe },
      startedAt: startedAt.toISOString(),
      durationMs: Math.round(performance.now() - t0),
      options: { strict, concurrency: effectiveConcurrency(provider, concurrency), timeoutMs, graceMs },
      cases: results,
      summary: countVerdicts(results),
    });
    return { result, gate: gateOf(result) };
  } finally {
    await close?.();
  }
}
