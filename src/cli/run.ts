// `commu-contract run`: wires a target (or the embedded reference server), fixtures, the
// runner and the reporters. No protocol knowledge of its own.
import { randomInt } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { ContractError, loadContract, loadValidators, type Contract } from '../contract/index.ts';
import { profileOf, ProfileError } from '../runner/profile.ts';
import { ConsoleProgress, renderConsoleReport } from '../report/console.ts';
import { applyBaseline, BaselineError, markKnown, parseBaseline, serializeBaseline, updatedBaseline, type BaselineEntry } from '../report/baseline.ts';
import { visible } from '../report/escape.ts';
import { countVerdicts, gateOf } from '../report/summary.ts';
import { FILE_FORMATS } from '../report/formats.ts';
import { effectiveConcurrency, notRunResult, runCases, type EngineOptions } from '../runner/engine.ts';
import { endpointProvider, FileTooLarge, FixturesError, readFileCapped, type FixtureProvider } from '../runner/fixtures.ts';
import { flattenCases, globToRegExp, loadSuites, SuiteError, SUITES_DIR } from '../runner/suites.ts';
import { DEFAULT_FUZZ_RUNS } from '../runner/fuzz-runs.ts';
import { NodesError, parseNodes } from '../runner/placement.ts';
import type { CaseResult, LoadedCase, RunResult } from '../runner/model.ts';
import { commandArgs, fixtureProvider, kitVersion, reportDirProblem, TARGET_OPTIONS, targetFlagsProblem, UsageError, wholeNumber } from './args.ts';
import { useColor } from './color.ts';
import { EXIT } from './exit.ts';
import { didYouMean } from './flags.ts';

export const RUN_HELP = `usage: commu-contract run [options]

Replays the conformance suites against a target and validates every frame against the
contract. With no --socket-url it starts the embedded reference server and tests it.

target
  --socket-url URL     Socket.IO server (the namespace path is appended), e.g. http://127.0.0.1:3000
  --api-url URL        REST base URL (default: the socket URL)
  --nodes URL,URL,...  a clustered target: the socket URL of each node (instead of --socket-url;
                       --api-url defaults to the first). A case's actors are dealt round robin
                       over the nodes, so any two actors of a case are on different nodes (D-65)
  --embedded-cluster N test an embedded reference cluster of N nodes on its own redis-server
                       (Debian's redis-server must be installed) instead of the embedded server
                       (no user:password@ in either: URLs are printed and written to every report)
fixtures (default: POST /api/conformance/fixtures on the target, a fresh world per case)
  --fixtures FILE      a fixtures document (JSON or YAML): one shared world, cases run one at a time
  --fixtures-cmd CMD   a shell command that prints a fixtures document (run once per case; each
                       world must be new: a world printed twice stops the run, exit 2)
  With a file or a command, a preflight connects the fixtures' author to its main community and
  sends one HTTP request to the API URL before any case: unreachable → exit 3; tokens refused → 2.
selection
  --suite NAME         only this area (repeatable), e.g. --suite chat-modify
  --case GLOB          only matching case ids (repeatable), e.g. --case 'CHAT-MOD-*'
  --suites-dir DIR     read suites from DIR instead of the contract's suites/
  --contract DIR       another protocol: DIR holds its asyncapi.yaml, profile.yaml and suites/
                       (default: the kit's own, commu); needs --socket-url (the embedded server is commu's)
  --list               print the catalogue (id, level, title, clauses) and exit
  --json               with --list: the catalogue as JSON (a run's JSON report: --format json)
execution
  --strict             SHOULD violations fail (warn → fail)
  --concurrency N      cases at once (default 4; always 1 with --fixtures FILE). Chosen on 2 cores:
                       the catalogue against the embedded server took 2.3 / 1.9 / 1.7 / 1.7 s at
                       1 / 2 / 4 / 8: 4 has nearly all the gain, more only loads the target harder
  --timeout MS         wait for an ack, event, connection or response (default 2000)
  --grace MS           extra wait after an absence barrier arrived (default 5)
  --max-events N       events kept per actor and case; more is a flood: the case fails and the
                       actor disconnects (default 10000)
fuzz (the fuzz area: invalid payloads from the schemas, docs/robustness.md). Every run tries
  the fixed floor (payloads known to break implementations): the same verdicts every run.
  --explore            add random payloads after the floor (seed random unless --seed, printed)
  --fuzz-runs N        random payloads per fuzz case, implies --explore (default: 200 when only
                       fuzz cases are selected, e.g. --suite fuzz; else each case's own count, 50)
  --seed S             the random payloads' seed, implies --explore (a failure's rerun command
                       carries it)
output
  --report-dir DIR     where reports go (default reports/): conformance.json, conformance.junit.xml,
                       conformance.md, conformance.html. \`-\`: the one file format chosen goes to
                       stdout (default json), the console report to stderr, e.g.
                       \`run --report-dir - | jq .summary\` or \`--format junit --report-dir -\`
  --format LIST        console,json,junit,markdown,html (default: all)
  --no-color           plain console output (also NO_COLOR=1); FORCE_COLOR=1 colours a pipe
                       (a CI log), FORCE_COLOR=0 never colours
gate
  --fail-on LIST       also fail the run (exit 1) on these: skip (a case skipped, e.g. a capability
                       the target lacks), warn (a SHOULD violation; same as --strict for the gate)
baseline of known failures
  --baseline FILE      YAML or JSON list of { id, reason }: those failures are reported as known
                       and do not fail the run; listed cases that pass now are reported as fixed
  --update-baseline    write FILE (given with --baseline) with the current failures, keeping the
                       reasons of entries that still fail and the entries of cases not run

exit codes
  0  no conformance failures (warnings allowed unless --strict; known failures of the baseline allowed)
  1  conformance failures not in the baseline
  2  usage or configuration error (bad flag, malformed suite or fixtures, no fixtures source,
     fixtures whose tokens the target refuses, a fixtures command repeating a world)
  3  the target could not be reached or tested (the preflight, or a case that could not run)
  130, 143  interrupted by SIGINT (Ctrl-C) or SIGTERM: the reports of the cases that ended are
     written, marked interrupted (a second signal ends the process at once)
`;

const FORMATS = ['console', ...FILE_FORMATS] as const;

/** What `--fail-on` can add to the gate's failures (case verdicts). */
const FAIL_ON = ['skip', 'warn'] as const;

/** A baseline lists ids and reasons: a few KB; anything beyond this is not one. */
const MAX_BASELINE_BYTES = 4 * 1024 * 1024;

const DEFAULTS = { concurrency: 4, timeoutMs: 2000, graceMs: 5, maxEvents: 10_000 } as const;

function fail(message: string): number {
  // Messages quote the target and the user's files: control characters are shown, not obeyed.
  process.stderr.write(`commu-contract run: ${message.split('\n').map(visible).join('\n')}\n`);
  return EXIT.USAGE;
}

/** Ends the process with `code` once the current output is flushed (an interrupted run leaves cases in flight). */
function exitSoon(code: number): void {
  setImmediate(() => process.exit(code));
}

function shellQuote(s: string): string {
  return /^[\w@%+=:,./-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}

export async function run(argv: string[]): Promise<number> {
  const parsed = commandArgs('run', argv, {
    ...TARGET_OPTIONS,
    nodes: { type: 'string' },
    'embedded-cluster': { type: 'string' },
    suite: { type: 'string', multiple: true },
    case: { type: 'string', multiple: true },
    'suites-dir': { type: 'string' },
    contract: { type: 'string' },
    list: { type: 'boolean' },
    json: { type: 'boolean' },
    strict: { type: 'boolean' },
    concurrency: { type: 'string' },
    timeout: { type: 'string' },
    grace: { type: 'string' },
    'max-events': { type: 'string' },
    'fuzz-runs': { type: 'string' },
    seed: { type: 'string' },
    explore: { type: 'boolean' },
    'report-dir': { type: 'string' },
    format: { type: 'string' },
    'no-color': { type: 'boolean' },
    'fail-on': { type: 'string', multiple: true },
    baseline: { type: 'string' },
    'update-baseline': { type: 'boolean' },
  }, RUN_HELP);
  if (typeof parsed === 'number') return parsed;
  const { values } = parsed;

  let concurrency: number, timeoutMs: number, graceMs: number, maxEvents: number, fuzzRuns: number | undefined, seed: number | undefined;
  try {
    concurrency = wholeNumber(values.concurrency, '--concurrency', DEFAULTS.concurrency, 1);
    timeoutMs = wholeNumber(values.timeout, '--timeout', DEFAULTS.timeoutMs, 1);
    graceMs = wholeNumber(values.grace, '--grace', DEFAULTS.graceMs);
    maxEvents = wholeNumber(values['max-events'], '--max-events', DEFAULTS.maxEvents, 1);
    fuzzRuns = values['fuzz-runs'] === undefined ? undefined : wholeNumber(values['fuzz-runs'], '--fuzz-runs', 0, 1);
    seed = values.seed === undefined ? undefined : wholeNumber(values.seed, '--seed', 0);
  } catch (err) {
    return fail((err as Error).message);
  }
  if (seed !== undefined && seed > 2 ** 31 - 1) return fail(`--seed must be at most ${2 ** 31 - 1}`);
  if (values.json && !values.list) return fail('--json goes with --list (the catalogue as JSON); a run\'s JSON report is written by --format json (into --report-dir)');
  const toStdout = values['report-dir'] === '-';
  const formats = (values.format ?? (toStdout ? 'console,json' : FORMATS.join(','))).split(',').map((f) => f.trim()).filter(Boolean);
  const unknownFormat = formats.find((f) => !(FORMATS as readonly string[]).includes(f));
  if (unknownFormat) return fail(`unknown --format "${unknownFormat}" (one of ${FORMATS.join(', ')})`);
  if (formats.length === 0) return fail(`--format names no report: give one or more of ${FORMATS.join(', ')}`);
  if (toStdout && FILE_FORMATS.filter((f) => formats.includes(f)).length !== 1) {
    return fail(`--report-dir - writes one report to stdout: choose one file format with --format (json, junit, markdown or html; console goes to stderr), got ${formats.join(',')}`);
  }
  const failOn = (values['fail-on'] ?? []).flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean);
  for (const f of failOn) if (!(FAIL_ON as readonly string[]).includes(f)) return fail(`unknown --fail-on "${f}" (one of ${FAIL_ON.join(', ')})${didYouMean(f, FAIL_ON)}`);
  const targetProblem = targetFlagsProblem(values);
  if (targetProblem) return fail(targetProblem);
  if (values['update-baseline'] && !values.baseline) return fail('--update-baseline needs --baseline FILE (the file to write)');
  let baseline: BaselineEntry[] | undefined;
  if (values.baseline) {
    const file = values.baseline;
    if (existsSync(file)) {
      try {
        baseline = parseBaseline(readFileCapped(file, MAX_BASELINE_BYTES), file);
      } catch (err) {
        if (err instanceof BaselineError) return fail(`malformed baseline: ${err.message}`);
        if (err instanceof FileTooLarge) return fail(`the baseline ${file} is larger than ${MAX_BASELINE_BYTES} bytes: a baseline lists case ids and reasons`);
        return fail(`cannot read the baseline ${file}: ${(err as Error).message}`);
      }
    } else if (values['update-baseline']) {
      baseline = [];
    } else {
      return fail(`cannot read the baseline ${file} (create it with --update-baseline)`);
    }
  }
  // The catalogue.
  // The contract (and its profile and suites): the kit's own, or --contract DIR.
  const contractDir = values.contract === undefined ? undefined : resolve(values.contract);
  let contract: Contract;
  try {
    contract = contractDir === undefined ? loadContract() : loadContract(contractDir);
    profileOf(contract);
  } catch (err) {
    if (err instanceof ContractError || err instanceof ProfileError || (err as NodeJS.ErrnoException).code === 'ENOENT') return fail(`--contract ${values.contract ?? ''}: ${(err as Error).message.split('\n')[0]}`);
    throw err;
  }
  if (contractDir !== undefined && values['socket-url'] === undefined && !values.list) return fail('--contract needs --socket-url: the embedded reference server speaks only the kit\'s own protocol');
  let cases: LoadedCase[];
  try {
    const suitesDir = values['suites-dir'] ? resolve(values['suites-dir']) : contractDir !== undefined ? join(contractDir, 'suites') : SUITES_DIR;
    cases = flattenCases(loadSuites(suitesDir, { contract }));
  } catch (err) {
    if (err instanceof SuiteError) return fail(`malformed suite: ${err.message}`);
    throw err;
  }
  const areas = new Set(cases.map((c) => c.area));
  for (const s of values.suite ?? []) if (!areas.has(s)) return fail(`unknown --suite "${s}" (areas: ${[...areas].join(', ')})`);
  if (values.suite) cases = cases.filter((c) => values.suite!.includes(c.area));
  if (values.case) {
    const patterns = values.case.map(globToRegExp);
    cases = cases.filter((c) => patterns.some((p) => p.test(c.id)));
    if (cases.length === 0) return fail(`no case matches --case ${values.case.join(' ')}`);
  }

  if (values.list) {
    if (values.json) {
      process.stdout.write(JSON.stringify(cases.map(({ id, area, level, title, requirement, clauses }) => ({ id, area, level, title, requirement, clauses })), null, 2) + '\n');
    } else {
      for (const c of cases) process.stdout.write(`${c.id.padEnd(20)} ${c.level.padEnd(6)} ${c.title}  [${c.clauses.join(', ')}]\n`);
      process.stdout.write(`${cases.length} cases\n`);
    }
    return EXIT.OK;
  }

  // Where the reports go is checked now, not after the run.
  const reportDir = resolve(values['report-dir'] ?? 'reports');
  if (!toStdout && FILE_FORMATS.some((f) => formats.includes(f))) {
    const problem = reportDirProblem(reportDir, values['report-dir'] === undefined ? 'the report directory' : '--report-dir');
    if (problem) return fail(problem);
  }

  const validators = await loadValidators(contract);

  // The target: given (one node or a cluster's nodes), or the embedded reference server or cluster.
  let nodes: string[] | undefined;
  try {
    nodes = clusterFlags(values);
  } catch (err) {
    if (err instanceof NodesError) return fail(err.message);
    throw err;
  }
  let socketUrl = values['socket-url'] ?? nodes?.[0];
  let apiUrl = values['api-url'] ?? socketUrl;
  let close: (() => Promise<void>) | undefined;
  const embedded = socketUrl === undefined;
  if (embedded && values['embedded-cluster'] !== undefined) {
    const { startCluster } = await import('../server/embedded-cluster.ts');
    let cluster;
    try {
      cluster = await startCluster({ nodes: Number(values['embedded-cluster']) });
    } catch (err) {
      process.stderr.write(`commu-contract run: cannot start the embedded cluster: ${visible((err as Error).message)}\n`);
      return EXIT.TARGET;
    }
    nodes = cluster.socketUrls;
    socketUrl = nodes[0];
    apiUrl = cluster.apiUrl;
    close = () => cluster.close();
  } else if (embedded) {
    const { startServer } = await import('../server/index.ts');
    const server = await startServer({ testMode: true, log: () => {} });
    socketUrl = server.socketUrl;
    apiUrl = server.apiUrl;
    close = () => server.close();
  }
  const target = { socketUrl: socketUrl!.replace(/\/$/, ''), apiUrl: apiUrl!.replace(/\/$/, ''), ...(nodes && nodes.length > 1 ? { socketUrls: nodes } : {}) };

  try {
    let provider: FixtureProvider;
    /** Why no case could run: the target did not answer the preflight (the reports say so, exit 3). */
    let unreachable: string | undefined;
    try {
      provider = fixtureProvider(values, target.apiUrl, validators, timeoutMs);
      // Preflight: one world proves the fixtures are usable (from the endpoint, that the
      // target answers); a world from a file or a command is then tried on the target: one
      // Socket.IO connect as its author and one HTTP request, at once.
      const fixtures = await provider.get();
      if (provider.source !== 'endpoint') {
        const { preflight } = await import('../runner/preflight.ts');
        const probe = await preflight(target, fixtures, provider, validators, timeoutMs);
        if (!probe.ok) throw new FixturesError(probe.message, probe.kind);
      }
    } catch (err) {
      if (!(err instanceof FixturesError)) throw err;
      process.stderr.write(`commu-contract run: ${visible(err.message)}\n`);
      if (err.kind !== 'target') return EXIT.USAGE;
      unreachable = err.message;
      provider ??= endpointProvider(target.apiUrl, validators, timeoutMs);
    }

    // The fuzz area: one seed for the run, printed; a rerun of a fuzz case carries seed and count.
    const fuzzCases = new Map(cases.flatMap((c) => c.steps.flatMap((s) => ('fuzz' in s ? [[c.id, s.fuzz.runs] as const] : []))));
    // Random payloads only when asked for (--explore, --seed, --fuzz-runs): the floor alone
    // gives the same verdicts on every run.
    const explore = values.explore === true || seed !== undefined || fuzzRuns !== undefined;
    if (fuzzCases.size > 0 && explore) {
      seed ??= randomInt(2 ** 31 - 1);
      if (fuzzRuns === undefined && fuzzCases.size === cases.length) fuzzRuns = DEFAULT_FUZZ_RUNS;
    }

    const rerunBase = ['npx', 'commu-contract', 'run'];
    if (!embedded) rerunBase.push(...(target.socketUrls ? ['--nodes', target.socketUrls.join(',')] : ['--socket-url', target.socketUrl]), '--api-url', target.apiUrl);
    else if (values['embedded-cluster'] !== undefined) rerunBase.push('--embedded-cluster', values['embedded-cluster']);
    if (values.fixtures) rerunBase.push('--fixtures', values.fixtures);
    if (values['fixtures-cmd']) rerunBase.push('--fixtures-cmd', values['fixtures-cmd']);
    if (values['suites-dir']) rerunBase.push('--suites-dir', values['suites-dir']);
    if (values.contract) rerunBase.push('--contract', values.contract);
    if (values.strict) rerunBase.push('--strict');
    // What changes how a case is judged travels with it (the defaults need not).
    if (timeoutMs !== DEFAULTS.timeoutMs) rerunBase.push('--timeout', String(timeoutMs));
    if (graceMs !== DEFAULTS.graceMs) rerunBase.push('--grace', String(graceMs));
    if (maxEvents !== DEFAULTS.maxEvents) rerunBase.push('--max-events', String(maxEvents));
    const fuzzArgs = (id: string): string[] => (fuzzCases.has(id) && seed !== undefined ? ['--seed', String(seed), '--fuzz-runs', String(fuzzRuns ?? fuzzCases.get(id) ?? DEFAULT_FUZZ_RUNS)] : []);
    // SIGINT or SIGTERM during the cases: stop, report what ended, exit 130 or 143. The
    // handlers are installed once: a second signal ends the process the default way.
    const interrupt = new AbortController();
    const onSignal = (signal: NodeJS.Signals) => interrupt.abort(signal);
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    const options: EngineOptions = {
      signal: interrupt.signal,
      concurrency, timeoutMs, graceMs, strict: values.strict ?? false, maxEventsPerActor: maxEvents,
      ...(fuzzRuns !== undefined ? { fuzzRuns } : {}), ...(seed !== undefined ? { fuzzSeed: seed } : {}),
      rerun: (id) => [...rerunBase, '--case', id, ...fuzzArgs(id)].map(shellQuote).join(' '),
    };

    // With --report-dir -, stdout carries the report alone: the console output goes to stderr.
    const consoleOut = toStdout ? process.stderr : process.stdout;
    const color = useColor(values['no-color'] === true, process.env, consoleOut.isTTY === true);
    if (fuzzCases.size > 0 && formats.includes('console') && unreachable === undefined) {
      consoleOut.write(seed === undefined
        ? 'fuzz: the fixed floor only (add --explore for random payloads)\n'
        : `fuzz: the floor, then seed ${seed}, ${fuzzRuns === undefined ? 'each case\'s own payload count' : `${fuzzRuns} payloads per case`} (reproduce with --seed ${seed})\n`);
    }
    const progress = formats.includes('console') && unreachable === undefined ? new ConsoleProgress(consoleOut, cases.length, color) : undefined;
    const startedAt = new Date();
    const t0 = performance.now();
    let results: CaseResult[];
    try {
      results = unreachable !== undefined
        ? cases.map((c) => notRunResult(c, `not run: ${unreachable}`, options.rerun(c.id)))
        : await runCases(cases, target, provider, validators, options, (r) => progress?.onResult(baseline ? markKnown(r, baseline) : r));
    } catch (err) {
      // The fixtures source cannot go on (a command repeating a world): no verdict is possible.
      if (!(err instanceof FixturesError && err.stopsRun)) throw err;
      progress?.end();
      process.stderr.write(`commu-contract run: ${visible(err.message)}\n`);
      return EXIT.USAGE;
    }
    progress?.end();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    const interrupted = interrupt.signal.aborted ? (interrupt.signal.reason as 'SIGINT' | 'SIGTERM') : undefined;
    let result: RunResult = {
      kit: { name: 'commu-contract', version: kitVersion() },
      contract: { version: contract.version, schemaDigest: validators.schemaDigest, validators: validators.source },
      target: { ...target, embedded, fixtures: provider.describe },
      startedAt: startedAt.toISOString(),
      durationMs: Math.round(performance.now() - t0),
      // What ran at once: a shared world (a fixtures file) runs one case at a time.
      options: { strict: options.strict, concurrency: effectiveConcurrency(provider, concurrency), timeoutMs, graceMs },
      cases: results,
      summary: countVerdicts(results),
      ...(interrupted ? { interrupted: { signal: interrupted } } : {}),
    };

    // The runner redacted the fixtures' tokens; mask anything token-like that slipped through.
    const { renderReport, scrub, writeReports } = await import('../report/write.ts');
    result = scrub(result);

    // The baseline: known failures do not fail the gate; --update-baseline rewrites it first.
    let baselineNote = '';
    if (values.baseline && baseline) {
      if (values['update-baseline']) {
        const next = updatedBaseline(result, baseline);
        mkdirSync(dirname(resolve(values.baseline)), { recursive: true });
        writeFileSync(values.baseline, serializeBaseline(next, values.baseline));
        baselineNote = `baseline: wrote ${values.baseline} (${next.length} entr${next.length === 1 ? 'y' : 'ies'})\n`;
        baseline = next;
      }
      result = applyBaseline(result, baseline, values.baseline).result;
    }

    const fileFormats = FILE_FORMATS.filter((f) => formats.includes(f));
    let written: string[] = [];
    if (toStdout) process.stdout.write(renderReport(result, fileFormats[0]!));
    else written = writeReports(result, fileFormats, reportDir);
    const failedOn = failOn.flatMap((f) => {
      const n = result.cases.filter((c) => c.verdict === f).length;
      return n > 0 ? [`${n} ${f === 'skip' ? 'skipped' : 'warned'}`] : [];
    });
    if (formats.includes('console')) {
      // Root causes, the summary per area, then why cases were skipped, then each failure
      // (issues 4, 13). Unreachable: one line said why (stderr); the reports list every case as not run.
      const details = unreachable === undefined;
      consoleOut.write(renderConsoleReport(result, color, details) + '\n');
      if (written.length > 0) consoleOut.write(`${details && result.cases.some((c) => c.verdict !== 'pass') ? '\n' : ''}reports: ${written.join(', ')}\n`);
    }
    if (baselineNote) consoleOut.write(baselineNote);
    if (failedOn.length > 0 && !interrupted) process.stderr.write(`commu-contract run: failed by --fail-on ${failOn.join(',')}: ${failedOn.join(', ')}\n`);
    if (interrupted) {
      const ended = results.filter((r) => !/^(not run: )?interrupted by /.test(r.reason ?? '')).length;
      process.stderr.write(`commu-contract run: interrupted by ${interrupted}: ${ended} of ${results.length} cases ended; the reports hold them, the rest are errors (interrupted or not run)\n`);
      // The cases in flight were abandoned with their sockets and timers: end now.
      exitSoon(EXIT[interrupted]);
      return EXIT[interrupted];
    }
    const gate = gateOf(result);
    if (gate === 'failed' || failedOn.length > 0) return EXIT.FAILURES;
    if (gate === 'incomplete') return EXIT.TARGET;
    return EXIT.OK;
  } finally {
    await close?.();
  }
}

/** `--nodes` and `--embedded-cluster`: the nodes of a clustered target (undefined: one node). */
function clusterFlags(values: { 'socket-url'?: string; nodes?: string; 'embedded-cluster'?: string }): string[] | undefined {
  const count = values['embedded-cluster'];
  if (count !== undefined) {
    if (!/^\d+$/.test(count) || Number(count) < 2 || Number(count) > 16) throw new NodesError(`--embedded-cluster needs a node count from 2 to 16 (got "${count}")`);
    if (values['socket-url'] !== undefined || values.nodes !== undefined) throw new NodesError('--embedded-cluster starts its own target: leave out --socket-url and --nodes');
  }
  if (values.nodes === undefined) return undefined;
  if (values['socket-url'] !== undefined) throw new NodesError('give either --socket-url (one node) or --nodes (a cluster), not both');
  return parseNodes(values.nodes);
}
