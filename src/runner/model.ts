// The runner's data: scenarios as loaded from suites/*.yaml, and the results a run yields.
// Reports depend on the result half only. The scenario half is the suite format's types,
// generated from its schema (generated/suite.d.ts, `npm run generate`, D-81): only what
// the loader adds to a suite (its file, a case's area) is written here.
import type { CaseSpec, SuiteSpec } from '../../generated/suite.js';

export type {
  AbsentStep, ActorSpec, BurstStep, CaseSpec, ChannelKey, CheckStep, Community, ConnectStep, Deliberate, DisconnectStep,
  EmitStep, Expectation, ExpectStep, FuzzStep, FuzzTarget, HttpStep, OrderStep, Role, SignedVariant, Step, StepKind,
  SuiteSpec, TokenSpec, Via, WaitStep,
} from '../../generated/suite.js';

export type Level = 'MUST' | 'SHOULD';
export type Verdict = 'pass' | 'warn' | 'fail' | 'skip' | 'error';
export const VERDICTS: readonly Verdict[] = ['pass', 'warn', 'fail', 'skip', 'error'];

/** A suite as loaded: the file as written, and where it was read from. */
export interface Suite extends SuiteSpec {
  file: string;
}

export interface LoadedCase extends CaseSpec {
  area: string;
  file: string;
}

// ---- results ----

export type Direction = 'out' | 'in';
export type FrameKind =
  | 'connect' | 'connected' | 'connect_error' | 'disconnect' | 'emit' | 'ack' | 'event'
  | 'http-request' | 'http-response' | 'note';

/** One thing that crossed the wire (or a note), in order. */
export interface Frame {
  /** Milliseconds since the case started. */
  t: number;
  actor: string;
  dir: Direction;
  kind: FrameKind;
  event?: string;
  data?: unknown;
}

export interface Failure {
  level: Level;
  /** Which verifier found it: `ack`, `event`, `absent`, `schema`, `http`, `connect`, `order`, `undeclared`. */
  check: string;
  message: string;
  expected?: unknown;
  actual?: unknown;
  /** JSON pointer into the offending payload. */
  pointer?: string;
  /** Index of the frame in the transcript. */
  frame?: number;
  /** The spec location of the schema or rule. */
  spec?: string;
  /** For a schema violation: the schema rule broken, e.g. `Chat/channelId required` (see Violation.rule). */
  rule?: string;
  /**
   * `setup` when the case's preparation failed (its `actors:` connecting and joining, its
   * fixtures), `assertion` when one of its own steps did. A mutant kills a case only
   * through `assertion` failures; reports show a shared setup failure once.
   */
  phase?: Phase;
}

export type Phase = 'setup' | 'assertion';

/**
 * One root cause of a run: the failures that break the same rule the same way (the
 * violation's signature), counted, with the cases they affect (src/report/causes.ts).
 */
export interface RootCause {
  /** The signature shared by its failures (stable across runs; ids, numbers and actor names abstracted). */
  key: string;
  /** A one-line statement of the cause, for the first screen of a report. */
  summary: string;
  /** `setup` when any of its failures was in a case's setup (the cases it blocked refer to it), else `assertion`. */
  phase: Phase;
  /** MUST when any of its failures is. */
  level: Level;
  check: string;
  /** The rule broken: the schema rule, or the spec location the failures name. */
  rule?: string;
  spec?: string;
  /** Events or operations the failures were seen on. */
  events: string[];
  /** Failures counted (one case may contribute several). */
  failures: number;
  /** Cases affected, in run order. */
  cases: string[];
  /** The first affected case and its failure, as an example. */
  example: { case: string; failure: Failure };
}

export interface CaseResult {
  id: string;
  title: string;
  area: string;
  level: Level;
  requirement: string;
  clauses: string[];
  verdict: Verdict;
  failures: Failure[];
  /** Why the case was skipped, or why the kit could not run it (error). */
  reason?: string;
  durationMs: number;
  transcript: Frame[];
  rerun: string;
  /** Set when a baseline lists this failing case as a known deviation (its verdict stays `fail`). */
  known?: { reason: string };
  /** A clustered target: the node (1-based) each actor connected to (D-65). */
  placement?: Record<string, number>;
}

/** What a baseline of known failures did to a run (reports show it; the gate ignores known failures). */
export interface BaselineOutcome {
  file: string;
  /** Baselined cases that failed: reported as known. */
  known: string[];
  /** Baselined cases that ran and did not fail: the entry can be removed. */
  fixed: Array<{ id: string; reason: string; verdict: Verdict }>;
  /** Baselined cases that were not run (not selected, skipped, errored, or unknown ids). */
  notRun: Array<{ id: string; reason: string; verdict?: Verdict }>;
}

export interface RunResult {
  kit: { name: string; version: string };
  contract: {
    version: string;
    /** SHA-256 of the schemas the run validated against. */
    schemaDigest?: string;
    /** Where the validators came from: generated/validators.js, or the specs compiled at load time. */
    validators?: 'generated' | 'compiled';
  };
  target: { socketUrl: string; apiUrl: string; embedded: boolean; fixtures: string; socketUrls?: string[] };
  startedAt: string;
  durationMs: number;
  options: { strict: boolean; concurrency: number; timeoutMs: number; graceMs: number };
  cases: CaseResult[];
  summary: Record<Verdict, number>;
  /** Present when the run used `--baseline`. */
  baseline?: BaselineOutcome;
  /** Present when a signal interrupted the run: the cases that had not ended are `error`. */
  interrupted?: { signal: 'SIGINT' | 'SIGTERM' };
  /** The failures grouped by root cause, most cases first (written by the JSON report). */
  rootCauses?: RootCause[];
}
