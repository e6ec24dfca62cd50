// The suite format's types (json-schema-to-typescript), re-exported by src/runner/model.ts.
// generated from src/runner/suite.schema.yaml and src/runner/steps/*.schema.yaml by `npm run generate`; do not edit.

/**
 * A user role of the fixtures document (`author`, `invitee1`, …).
 *
 * This interface was referenced by `SuiteSpec`'s JSON-Schema
 * via the `definition` "role".
 */
export type Role = string;
/**
 * A key of the profile's `namespaces` (commu's `main`, the default, or `other`).
 *
 * This interface was referenced by `SuiteSpec`'s JSON-Schema
 * via the `definition` "community".
 */
export type Community = string;
/**
 * A key of the profile's `channels` (`public`, `private`, `other`).
 *
 * This interface was referenced by `SuiteSpec`'s JSON-Schema
 * via the `definition` "channelKey".
 */
export type ChannelKey = string;
/**
 * One step of a case: an object with one key, its kind.
 *
 * This interface was referenced by `SuiteSpec`'s JSON-Schema
 * via the `definition` "step".
 */
export type Step =
  | AbsentStep
  | BurstStep
  | CheckStep
  | ConnectStep
  | DisconnectStep
  | EmitStep
  | ExpectStep
  | FuzzStep
  | HttpStep
  | OrderStep
  | WaitStep;
/**
 * Why this step names an event (or a key) the contract does not declare in its direction, e.g. `D-26: an undeclared client event is ignored`. Without it, such a step is refused when the suites load: it could never fail.
 *
 * This interface was referenced by `SuiteSpec`'s JSON-Schema
 * via the `definition` "deliberate".
 */
export type Deliberate = string;
/**
 * The ordering barrier: a chat by `actor` in `channel` that every listener receives; or `self`.
 *
 * This interface was referenced by `SuiteSpec`'s JSON-Schema
 * via the `definition` "via".
 */
export type Via =
  | 'self'
  | {
      actor: string;
      channel: ChannelKey;
    };
/**
 * A signed token of the fixtures' `tokens`.
 *
 * This interface was referenced by `SuiteSpec`'s JSON-Schema
 * via the `definition` "signedVariant".
 */
export type SignedVariant = string;
/**
 * A key of the profile's `fuzz.targets`.
 *
 * This interface was referenced by `SuiteSpec`'s JSON-Schema
 * via the `definition` "fuzzTarget".
 */
export type FuzzTarget = string;

export interface SuiteSpec {
  area: string;
  title: string;
  description?: string;
  /**
   * @minItems 1
   */
  cases: CaseSpec[];
}
/**
 * This interface was referenced by `SuiteSpec`'s JSON-Schema
 * via the `definition` "case".
 */
export interface CaseSpec {
  /**
   * Stable semantic id, AREA-TOPIC-NNN; never a position.
   */
  id: string;
  title: string;
  level: 'MUST' | 'SHOULD';
  requirement: string;
  /**
   * Spec pointers (`asyncapi.yaml#/operations/receiveChat`) and decisions (`D-13`).
   *
   * @minItems 1
   */
  clauses: string[];
  /**
   * What the case needs beyond the fixtures: `fresh-world`, `expired-token`.
   */
  needs?: ('fresh-world' | 'expired-token')[];
  actors?: {
    [k: string]: ActorSpec;
  };
  /**
   * @minItems 1
   */
  steps: Step[];
}
/**
 * This interface was referenced by `SuiteSpec`'s JSON-Schema
 * via the `definition` "actor".
 */
export interface ActorSpec {
  user: Role;
  community?: Community;
  /**
   * Channel keys to join once connected, checking the ack.
   */
  join?: ChannelKey[];
  /**
   * Connect when the case starts (default true).
   */
  connect?: boolean;
}
export interface AbsentStep {
  absent: {
    /**
     * @minItems 1
     */
    actors: string[];
    event: string;
    match?: unknown;
    deliberate?: Deliberate;
    via: Via;
  };
}
export interface BurstStep {
  /**
   * Several actors send `count` new chats each into `channel` (or each of `channels`, interleaved) at once, without waiting.
   */
  burst: (
    | {
        channel: ChannelKey;
      }
    | {
        /**
         * @minItems 1
         */
        channels: ChannelKey[];
      }
  ) & {
    /**
     * @minItems 1
     */
    actors: string[];
    channel?: ChannelKey;
    /**
     * @minItems 1
     */
    channels?: ChannelKey[];
    count: number;
  };
}
export interface CheckStep {
  /**
   * Compares values captured earlier: `{ value: '${chat.updatedAt}', match: { $gte: '${chat.createdAt}' } }`.
   */
  check: {
    value: unknown;
    match: unknown;
    level?: 'MUST' | 'SHOULD';
  };
}
export interface ConnectStep {
  connect: {
    actor: string;
    user?: Role;
    token?: TokenSpec;
    community?: Community;
    /**
     * A crafted namespace path, e.g. `/socket/commu-${communities.main.id}x`.
     */
    namespace?: string;
    /**
     * `ok` (default), `refused` (any connect_error), or the refusal expected.
     */
    expect?:
      | 'ok'
      | 'refused'
      | {
          error: 'Unauthorized' | 'Forbidden';
          code?: string;
        };
  };
}
/**
 * This interface was referenced by `SuiteSpec`'s JSON-Schema
 * via the `definition` "token".
 */
export interface TokenSpec {
  user?: Role;
  /**
   * Crafted by the runner (valid … inQuery), or one of the fixtures' `tokens` (schemas/Fixtures.yaml; a case needing an absent one is skipped).
   */
  variant?:
    | (
        | 'valid'
        | 'missing'
        | 'empty'
        | 'noBearer'
        | 'basicScheme'
        | 'lowercaseBearer'
        | 'malformed'
        | 'wrongKey'
        | 'algNone'
        | 'expired'
        | 'tampered'
        | 'inHeader'
        | 'inQuery'
      )
    | SignedVariant;
  /**
   * A literal `auth.token` value, used as is.
   */
  raw?: string;
}
export interface DisconnectStep {
  disconnect: {
    actor: string;
  };
}
export interface EmitStep {
  emit: {
    actor: string;
    event: string;
    payload?: unknown;
    /**
     * The whole argument list, for malformed emits (no payload, several payloads).
     */
    args?: unknown[];
    deliberate?: Deliberate;
    /**
     * With a callback, and what to expect of the ack. Absent: emitted without callback. `once`: a round trip of the same socket follows, so a second ack for this emit has arrived before the step ends (D-14 "exactly once").
     */
    ack?: Expectation & {
      once?: true;
    };
  };
}
/**
 * This interface was referenced by `SuiteSpec`'s JSON-Schema
 * via the `definition` "expectation".
 */
export interface Expectation {
  match?: unknown;
  /**
   * Like `match`, but a mismatch is a SHOULD-level failure (a warning).
   */
  should?: {
    [k: string]: unknown;
  };
  /**
   * `name: path`: store the value at `path` of the payload as `${name}`.
   */
  capture?: {
    [k: string]: string;
  };
}
export interface ExpectStep {
  expect: Expectation & {
    actor: string;
    event: string;
    timeout?: number;
    /**
     * Then a barrier `via`: a second matching event before it fails (one event per write per socket, D-15).
     */
    once?: {
      via: Via;
    };
    /**
     * The event must have arrived by the end of a round trip of the actor's own begun now, after the writer's ack: the server broadcast before it acknowledged (D-15, D-53).
     */
    byRoundTrip?: true;
    deliberate?: Deliberate;
  };
}
export interface FuzzStep {
  /**
   * `runs` invalid payloads generated from the target's schema (src/runner/fuzz.ts, docs/robustness.md). Each must be refused (INVALID_PAYLOAD / 400), broadcast nothing, and leave the socket usable.
   */
  fuzz: {
    target: FuzzTarget;
    /**
     * Sends the socket payloads; its user sends the REST ones. Writes the barrier chat unless `writer` does.
     */
    actor: string;
    /**
     * Writes the barrier chat in the public channel after each payload (default: `actor`).
     */
    writer?: string;
    /**
     * Sockets in the public channel: each must receive the barrier chat and nothing else.
     */
    listeners?: string[];
    /**
     * Sockets that must receive nothing, proven by their own acknowledged emit.
     */
    watch?: string[];
    /**
     * Payloads to try (default 200; `--fuzz-runs` overrides).
     */
    runs?: number;
  };
}
export interface HttpStep {
  http: {
    method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
    path: string;
    as?: Role;
    token?: TokenSpec;
    body?: unknown;
    /**
     * A raw body string (malformed JSON); sent with content-type application/json.
     */
    rawBody?: string;
    headers?: {
      [k: string]: string;
    };
    expect: Expectation & {
      status: number;
    };
  };
}
export interface OrderStep {
  /**
   * `actor` receives `count` events named `event` of `channel`, ids strictly increasing.
   */
  order: {
    actor: string;
    event: string;
    channel: ChannelKey;
    count: number;
  };
}
export interface WaitStep {
  /**
   * Waits until the named fixtures token has expired (its `exp` plus one second, the claim's resolution): the one wait for the clock a case may make (D-49).
   */
  wait: {
    tokenExpires: SignedVariant;
  };
}

/** The kinds of step: the fragments of src/runner/steps/ (each `<kind>.schema.yaml`). */
export type StepKind = 'absent' | 'burst' | 'check' | 'connect' | 'disconnect' | 'emit' | 'expect' | 'fuzz' | 'http' | 'order' | 'wait';
