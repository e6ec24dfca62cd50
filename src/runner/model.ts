// The runner's data: scenarios as loaded from suites/*.yaml, and the results a run yields.
// Reports depend on the result half only.
import type { FixtureTokenName, TokenVariant } from './tokens.ts';

export type Level = 'MUST' | 'SHOULD';
export type Verdict = 'pass' | 'warn' | 'fail' | 'skip' | 'error';
export const VERDICTS: readonly Verdict[] = ['pass', 'warn', 'fail', 'skip', 'error'];

/** A user role of the fixtures document (`author`, `invitee1`, …). */
export type Role = string;

/** Declared with the credentials it names (src/runner/tokens.ts). */
export type { TokenVariant };

export interface TokenSpec {
  user?: Role;
  variant?: TokenVariant;
  /** A literal `auth.token` value, used as is. */
  raw?: string;
}

export interface ActorSpec {
  user: Role;
  /** A key of the profile's `namespaces` (commu: `main`, the default, or `other`). */
  community?: string;
  /** Channel keys (`public`, `private`, `other`) to join once connected, checking the ack. */
  join?: string[];
  /** Connect when the case starts (default true). */
  connect?: boolean;
}

export interface Expectation {
  match?: unknown;
  /** Like `match`, but a mismatch is a SHOULD-level failure (a warning). */
  should?: unknown;
  /** `name: path` — store the value at `path` of the payload as `${name}`. */
  capture?: Record<string, string>;
}

export interface ConnectStep {
  connect: {
    actor: string;
    user?: Role;
    token?: TokenSpec;
    community?: string;
    /** A crafted namespace path, e.g. `/socket/commu-${communities.main.id}x`. */
    namespace?: string;
    /** `ok` (default), `refused` (any connect_error), or the refusal expected. */
    expect?: 'ok' | 'refused' | { error: 'Unauthorized' | 'Forbidden'; code?: string };
  };
}
export interface EmitStep {
  emit: {
    actor: string;
    event: string;
    payload?: unknown;
    /** The whole argument list, for malformed emits (no payload, several payloads). */
    args?: unknown[];
    /**
     * With a callback, and what to expect of the ack. Absent: emitted without callback.
     * `once`: a round trip of the same socket follows, so a second ack for this emit has
     * arrived before the step ends (D-14 "exactly once").
     */
    ack?: Expectation & { once?: true };
    /** Says why the step names an event (or a key) the contract does not declare: the load-time check lets it be. */
    deliberate?: string;
  };
}
/** The ordering barrier: a chat by `actor` in `channel` that every listener receives; or `self`. */
export type Via = { actor: string; channel: string } | 'self';

export interface ExpectStep {
  expect: Expectation & {
    actor: string;
    event: string;
    timeout?: number;
    /** Then a barrier `via`: a second matching event before it fails (one event per write per socket, D-15). */
    once?: { via: Via };
    /**
     * The event must have arrived by the end of a round trip of the actor's own begun now,
     * after the writer's ack: the server broadcast before it acknowledged (D-15, D-53).
     */
    byRoundTrip?: true;
    deliberate?: string;
  };
}
export interface AbsentStep {
  absent: {
    actors: string[];
    event: string;
    match?: unknown;
    via: Via;
    /** Says why the step names an event (or a key) the contract does not declare: the load-time check lets it be. */
    deliberate?: string;
  };
}
export interface HttpStep {
  http: {
    method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
    path: string;
    as?: Role;
    token?: TokenSpec;
    body?: unknown;
    /** A raw body string (malformed JSON); sent with content-type application/json. */
    rawBody?: string;
    headers?: Record<string, string>;
    expect: Expectation & { status: number };
  };
}
export interface BurstStep {
  /** Several actors send `count` new chats each into `channel` (or each of `channels`, interleaved) at once, without waiting. */
  burst: { actors: string[]; count: number } & ({ channel: string; channels?: never } | { channels: string[]; channel?: never });
}
export interface OrderStep {
  /** `actor` receives `count` events named `event` of `channel`, ids strictly increasing. */
  order: { actor: string; event: string; channel: string; count: number };
}
export interface CheckStep {
  /** Compares values captured earlier: `{ value: '${chat.updatedAt}', match: { $gte: '${chat.createdAt}' } }`. */
  check: { value: unknown; match: unknown; level?: Level };
}
export interface DisconnectStep {
  disconnect: { actor: string };
}
export interface WaitStep {
  /**
   * Waits until the named fixtures token has expired (its `exp` plus one second, the
   * claim's resolution): the one wait for the clock a case may make (D-49).
   */
  wait: { tokenExpires: FixtureTokenName };
}

/** What a fuzz step sends invalid payloads to: a client → server event or a REST body. */
/** A key of the profile's `fuzz.targets` (commu: profile.yaml). */
export type FuzzTarget = string;
export interface FuzzStep {
  /**
   * `runs` invalid payloads generated from the target's schema (src/runner/fuzz.ts). Each
   * must be refused (INVALID_PAYLOAD / 400), broadcast nothing, and leave the socket usable.
   */
  fuzz: {
    target: FuzzTarget;
    /** Sends the socket payloads; its user sends the REST ones. Writes the barrier chat unless `writer` does. */
    actor: string;
    /** Writes the barrier chat in the public channel after each payload (default: `actor`). */
    writer?: string;
    /** Sockets in the public channel: each must receive the barrier chat and nothing else. */
    listeners?: string[];
    /** Sockets that must receive nothing, proven by their own acknowledged emit. */
    watch?: string[];
    /** Payloads to try (default 200; `--fuzz-runs` overrides). */
    runs?: number;
  };
}

export type Step = ConnectStep | EmitStep | ExpectStep | AbsentStep | HttpStep | BurstStep | OrderStep | CheckStep | DisconnectStep | FuzzStep | WaitStep;
export type StepKind = 'connect' | 'emit' | 'expect' | 'absent' | 'http' | 'burst' | 'order' | 'check' | 'disconnect' | 'fuzz' | 'wait';

export interface CaseSpec {
  id: string;
  title: string;
  level: Level;
  requirement: string;
  /** Spec pointers (`asyncapi.yaml#/operations/receiveChat`) and decisions (`D-13`). */
  clauses: string[];
  /** What the case needs beyond the fixtures: `fresh-world`, `expired-token`. */
  needs?: Array<'fresh-world' | 'expired-token'>;
  actors?: Record<string, ActorSpec>;
  steps: Step[];
}

export interface Suite {
  area: string;
  title: string;
  file: string;
  cases: CaseSpec[];
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
