// What the proxy says about the violations it saw: one line per violation (control
// characters made visible: the frames come from programs under test), violations grouped
// by root cause, and the run's result model, so the kit's report writers (src/report)
// render a proxy session like a conformance run: one result per rule, its root causes as
// failures. Pure functions.
import { preview } from '../contract/index.ts';
import type { CaseResult, Failure, Frame, FrameKind, RunResult } from '../runner/model.ts';
import { visible } from '../report/escape.ts';
import { countVerdicts } from '../report/summary.ts';
import { RULES, type ProxyViolation, type RuleKey } from './rules.ts';

/** One line for one violation, as it happens. */
export function violationLine(v: ProxyViolation): string {
  const r = RULES[v.rule];
  const parts = [
    `${r.level === 'MUST' ? 'VIOLATION' : 'WARNING'} ${r.id} ${v.client} ${v.direction} ${v.event}${v.pointer ? ` ${v.pointer}` : ''}: ${v.message}`,
    ...(v.expected !== undefined || v.got !== undefined ? [`expected ${preview(v.expected, 120)}, got ${preview(v.got, 120)}`] : []),
    `[${v.clauses.join(', ')}]`,
  ];
  return visible(parts.join(' | '));
}

/** Violations with one root cause: the same rule broken the same way (event, pointer, what is wrong). */
export interface RootCause {
  rule: RuleKey;
  signature: string;
  count: number;
  /** The clients it was seen on, in order of first sighting. */
  clients: string[];
  first: ProxyViolation;
}

/** What makes two violations one cause: rule, event (without a REST status's path ids), pointer and the expectation broken. */
export function signatureOf(v: ProxyViolation): string {
  const event = v.event.replace(/\/[0-9a-f]{24}(?=\/|$| )/g, '/{id}').replace(/\/\d+(?=\/|$| )/g, '/{n}');
  return [v.rule, v.direction, event, v.pointer, preview(v.expected, 200)].join(' ');
}

/** Groups violations by root cause (rule + signature), in order of first sighting. */
export function groupByRootCause(violations: readonly ProxyViolation[]): RootCause[] {
  const groups = new Map<string, RootCause>();
  for (const v of violations) {
    const signature = signatureOf(v);
    const g = groups.get(signature);
    if (g) {
      g.count++;
      if (!g.clients.includes(v.client)) g.clients.push(v.client);
    } else groups.set(signature, { rule: v.rule, signature, count: 1, clients: [v.client], first: v });
  }
  return [...groups.values()];
}

/** What kind of frame a violation was seen on, for the transcript. */
function frameKind(v: ProxyViolation): FrameKind {
  const out = v.direction === 'client→server';
  if (/^[A-Z]+ \//.test(v.event)) return out ? 'http-request' : 'http-response';
  if (v.event === 'connect_error') return 'connect_error';
  if (v.event.endsWith(' ack')) return 'ack';
  return out ? 'emit' : 'event';
}

export interface Session {
  kit: RunResult['kit'];
  contract: RunResult['contract'];
  upstream: string;
  apiUpstream: string;
  startedAt: Date;
  durationMs: number;
  timeoutMs: number;
  /** What the proxy saw, for the summary. */
  counts: { clients: number; frames: number; requests: number; violations: number };
  rerun: string;
}

/** The session as the kit's result model: one result per rule, failing with one failure per root cause. */
export function sessionResult(session: Session, violations: readonly ProxyViolation[], group = groupByRootCause): RunResult {
  const causes = group(violations);
  const cases = (Object.keys(RULES) as RuleKey[]).map((key): CaseResult => {
    const rule = RULES[key];
    const mine = causes.filter((c) => c.rule === key);
    const transcript: Frame[] = mine.map((c) => ({
      t: c.first.t,
      actor: c.first.client,
      dir: c.first.direction === 'client→server' ? 'out' : 'in',
      kind: frameKind(c.first),
      event: c.first.event,
      ...(c.first.frame !== undefined ? { data: c.first.frame } : {}),
    }));
    const failures: Failure[] = mine.map((c, i) => ({
      level: rule.level,
      check: rule.blame,
      message: `${c.first.message}${c.count > 1 ? ` (${c.count}× on ${c.clients.length === 1 ? c.clients[0] : `${c.clients.length} clients: ${c.clients.slice(0, 5).join(', ')}${c.clients.length > 5 ? ', …' : ''}`})` : ` (on ${c.first.client})`}`,
      ...(c.first.expected !== undefined ? { expected: c.first.expected } : {}),
      ...(c.first.got !== undefined ? { actual: c.first.got } : {}),
      ...(c.first.pointer ? { pointer: c.first.pointer } : {}),
      frame: i,
      ...(c.first.clauses[0] !== undefined ? { spec: c.first.clauses[0] } : {}),
    }));
    return {
      id: rule.id,
      title: rule.title,
      area: `proxy (${rule.blame} side)`,
      level: rule.level,
      requirement: rule.requirement,
      clauses: rule.clauses,
      verdict: failures.length === 0 ? 'pass' : rule.level === 'MUST' ? 'fail' : 'warn',
      failures,
      durationMs: session.durationMs,
      transcript,
      rerun: session.rerun,
    };
  });
  return {
    kit: session.kit,
    contract: session.contract,
    target: { socketUrl: session.upstream, apiUrl: session.apiUpstream, embedded: false, fixtures: `live traffic through the proxy: ${session.counts.clients} client(s), ${session.counts.frames} frame(s), ${session.counts.requests} HTTP request(s)` },
    startedAt: session.startedAt.toISOString(),
    durationMs: session.durationMs,
    options: { strict: false, concurrency: 1, timeoutMs: session.timeoutMs, graceMs: 0 },
    cases,
    summary: countVerdicts(cases),
  };
}

/** The closing summary: what was seen, and each root cause with its count. */
export function sessionSummary(session: Session, violations: readonly ProxyViolation[], group = groupByRootCause): string {
  const causes = group(violations);
  const { clients, frames, requests } = session.counts;
  const lines = [`proxy: ${clients} client(s), ${frames} frame(s), ${requests} HTTP request(s) in ${(session.durationMs / 1000).toFixed(1)} s: ${violations.length === 0 ? 'no violation' : `${violations.length} violation(s), ${causes.length} root cause(s)`}`];
  for (const c of causes) lines.push(visible(`  ${String(c.count).padStart(5)}× ${RULES[c.rule].id} ${c.first.event}${c.first.pointer ? ` ${c.first.pointer}` : ''}: ${c.first.message}`));
  return lines.join('\n');
}
