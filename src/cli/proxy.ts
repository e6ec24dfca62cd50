// `commu-contract proxy`: puts the contract between real clients and a real server. Wires
// the flags, the upstream probe, the live output and the reports; the proxy itself is
// src/proxy.
import { join, resolve } from 'node:path';
import { loadContract, loadValidators } from '../contract/index.ts';
import { FILE_FORMATS, scrub, writeReports } from '../report/write.ts';
import { startProxy } from '../proxy/index.ts';
import { sessionResult, sessionSummary, violationLine, type Session } from '../proxy/report.ts';
import { commandArgs, formatList, kitVersion, targetFlagsProblem, UsageError, wholeNumber } from './args.ts';
import { EXIT } from './exit.ts';

export const PROXY_HELP = `usage: commu-contract proxy --upstream URL [options]

Listens for real clients (Socket.IO on the contract's namespaces, and REST), relays every
frame to the upstream server and back unchanged, and validates each one against the
contract in its direction. One line per violation as it happens; on SIGINT, SIGTERM or
--duration, a summary and the reports. Point clients at the proxy for both their socket
and their API URL.

upstream
  --upstream URL       the Socket.IO server, e.g. http://127.0.0.1:3000 (required)
  --api-upstream URL   the REST server (default: --upstream)
listening
  --port N             the proxy's port (default 3100; 0 picks a free one). The first line
                       printed is "proxy listening on http://HOST:PORT → UPSTREAM"
  --host HOST          the proxy's address (default 127.0.0.1)
judging
  --timeout MS         how long an acknowledgement may take before it is reported missing
                       (default 2000); also how long a refused write is watched for a broadcast
  --enforce            answer an invalid client emit with the contract's refusal
                       ({ written: false, reason: "INVALID_PAYLOAD" }) instead of forwarding it
  --duration S         stop after S seconds (default: run until SIGINT or SIGTERM)
output
  --report-dir DIR     where reports go (default reports/proxy): conformance.json,
                       conformance.junit.xml, conformance.md, conformance.html
  --format LIST        console,json,junit,markdown,html (default: all)

exit codes
  0  no violation seen
  1  violations seen
  2  usage error (a bad flag, the port in use)
  3  the upstream could not be reached at start
`;

const FORMATS = ['console', ...FILE_FORMATS] as const;
const DEFAULTS = { port: 3100, timeoutMs: 2000 } as const;

function fail(message: string): number {
  process.stderr.write(`commu-contract proxy: ${message}\n`);
  return EXIT.USAGE;
}

/** Whether anything answers HTTP at `url` (any status will do): the upstream is up. */
async function reachable(url: string, timeoutMs: number): Promise<string | undefined> {
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(timeoutMs), redirect: 'manual' });
    await res.body?.cancel();
    return undefined;
  } catch (err) {
    const cause = (err as { cause?: { code?: string; message?: string } }).cause;
    return cause?.code ?? cause?.message ?? (err as Error).message;
  }
}

/** Resolves on the first of SIGINT, SIGTERM or the duration. */
function stopSignal(durationS: number | undefined): Promise<string> {
  return new Promise((done) => {
    const timer = durationS === undefined ? undefined : setTimeout(() => finish(`--duration ${durationS} s`), durationS * 1000);
    const finish = (why: string): void => {
      clearTimeout(timer);
      process.off('SIGINT', onInt);
      process.off('SIGTERM', onTerm);
      done(why);
    };
    const onInt = (): void => finish('SIGINT');
    const onTerm = (): void => finish('SIGTERM');
    process.on('SIGINT', onInt);
    process.on('SIGTERM', onTerm);
  });
}

export async function proxy(argv: string[]): Promise<number> {
  const parsed = commandArgs('proxy', argv, {
    upstream: { type: 'string' },
    'api-upstream': { type: 'string' },
    port: { type: 'string' },
    host: { type: 'string' },
    timeout: { type: 'string' },
    enforce: { type: 'boolean' },
    duration: { type: 'string' },
    'report-dir': { type: 'string' },
    format: { type: 'string' },
  }, PROXY_HELP);
  if (typeof parsed === 'number') return parsed;
  const { values } = parsed;
  if (!values.upstream) return fail('--upstream URL is required (the server to put the contract in front of), e.g. --upstream http://127.0.0.1:3000');
  const urlProblem = targetFlagsProblem({ 'socket-url': values.upstream, ...(values['api-upstream'] ? { 'api-url': values['api-upstream'] } : {}) });
  if (urlProblem) return fail(urlProblem.replace('--socket-url', '--upstream').replace('--api-url', '--api-upstream'));
  let port: number, timeoutMs: number, durationS: number | undefined;
  try {
    port = wholeNumber(values.port, '--port', DEFAULTS.port);
    timeoutMs = wholeNumber(values.timeout, '--timeout', DEFAULTS.timeoutMs, 1);
    durationS = values.duration === undefined ? undefined : wholeNumber(values.duration, '--duration', 0, 1);
  } catch (err) {
    if (err instanceof UsageError) return fail(err.message);
    throw err;
  }
  if (port > 65535) return fail(`--port must be at most 65535, got ${port}`);
  const formats = formatList(values.format, FORMATS);
  if (typeof formats === 'string') return fail(formats);

  const upstream = values.upstream.replace(/\/$/, '');
  const apiUpstream = (values['api-upstream'] ?? values.upstream).replace(/\/$/, '');
  for (const url of new Set([upstream, apiUpstream])) {
    const why = await reachable(url, timeoutMs);
    if (why !== undefined) {
      process.stderr.write(`commu-contract proxy: the upstream ${url} cannot be reached (${why}): is the server running on that address?\n`);
      return EXIT.TARGET;
    }
  }

  const contract = loadContract();
  const validators = await loadValidators(contract);
  const live = formats.includes('console');
  const secretsRef: { current: Set<string> } = { current: new Set() };
  const out = (text: string): void => {
    if (live) process.stdout.write(`${scrub(text, [...secretsRef.current])}\n`);
  };
  let running;
  try {
    running = await startProxy({
      upstream, apiUpstream, validators, port, timeoutMs,
      ...(values.host ? { host: values.host } : {}),
      enforce: values.enforce ?? false,
      onViolation: (v) => out(violationLine(v)),
      log: (line) => process.stderr.write(`${scrub(line, [...secretsRef.current])}\n`),
    });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return fail(`cannot listen on ${values.host ?? '127.0.0.1'}:${port} (${code ?? (err as Error).message}): choose another --port`);
  }
  secretsRef.current = running.secrets;
  const startedAt = new Date();
  const t0 = performance.now();
  // Always printed: scripts wait for this line to learn the port.
  process.stdout.write(`proxy listening on ${running.url} → ${upstream}${apiUpstream !== upstream ? ` (REST → ${apiUpstream})` : ''}${values.enforce ? ', enforcing' : ''}\n`);

  const why = await stopSignal(durationS);
  await running.close();
  const session: Session = {
    kit: { name: 'commu-contract', version: kitVersion() },
    contract: { version: contract.version, schemaDigest: validators.schemaDigest, validators: validators.source },
    upstream, apiUpstream, startedAt, durationMs: Math.round(performance.now() - t0), timeoutMs,
    counts: running.judge.counts,
    rerun: ['npx', 'commu-contract', 'proxy', '--upstream', upstream, ...(apiUpstream !== upstream ? ['--api-upstream', apiUpstream] : [])].join(' '),
  };
  const secrets = [...running.secrets];
  const result = scrub(sessionResult(session, running.violations), secrets);
  const written = writeReports(result, FILE_FORMATS.filter((f) => formats.includes(f)), resolve(values['report-dir'] ?? join('reports', 'proxy')));
  out(`stopped (${why})`);
  out(sessionSummary(session, running.violations));
  if (written.length > 0) out(`reports: ${written.join(', ')}`);
  return running.violations.length > 0 ? EXIT.FAILURES : EXIT.OK;
}
