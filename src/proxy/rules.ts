// What the proxy judges: the rules a bystander between real clients and a real server
// can check, each with a stable id, its level, the requirement and the decisions behind
// it, and the violation record every rule produces. Data only.
import type { Level } from '../runner/model.ts';

/** Who sent the frame that broke a rule. */
export type ProxyDirection = 'client→server' | 'server→client';

export interface RuleDef {
  id: string;
  level: Level;
  /** Whose fault a violation is: what the client sends, or what the server sends or fails to send. */
  blame: 'client' | 'server';
  title: string;
  requirement: string;
  /** Spec pointers and decisions that every violation of the rule cites (a violation adds its schema's pointer). */
  clauses: string[];
}

const rule = (id: string, level: Level, blame: RuleDef['blame'], title: string, requirement: string, clauses: string[]): RuleDef =>
  ({ id, level, blame, title, requirement, clauses });

/** Every rule, by key; the report lists them in this order. */
export const RULES = {
  clientPayload: rule('PROXY-CLIENT-PAYLOAD', 'MUST', 'client', 'client emits match their schema',
    'Every event a client emits carries exactly one payload that validates against its message schema.', ['asyncapi.yaml#/operations', 'D-01', 'D-03', 'D-05']),
  clientUndeclared: rule('PROXY-CLIENT-UNDECLARED', 'MUST', 'client', 'clients emit only declared events',
    'A client emits only the events the contract declares for client → server.', ['asyncapi.yaml#/operations', 'D-26']),
  connectError: rule('PROXY-CONNECT-ERROR', 'MUST', 'server', 'connect_error matches its schema',
    'A refused handshake is a connect_error whose message and data validate against ConnectError.', ['asyncapi.yaml#/operations/refuseConnection', 'D-07', 'D-23']),
  namespace: rule('PROXY-NAMESPACE', 'MUST', 'server', 'only community namespaces admit',
    'The server refuses every namespace that does not match the contract\'s address (the root namespace included).', ['asyncapi.yaml#/channels/community', 'D-06', 'D-07']),
  serverPayload: rule('PROXY-SERVER-PAYLOAD', 'MUST', 'server', 'server events match their schema',
    'Every event the server emits carries exactly one JSON payload that validates against its message schema.', ['asyncapi.yaml#/operations', 'D-01', 'D-03', 'D-12']),
  serverUndeclared: rule('PROXY-SERVER-UNDECLARED', 'MUST', 'server', 'servers emit only declared events',
    'On a community namespace the server emits no event the contract does not declare.', ['asyncapi.yaml#/operations', 'D-26']),
  ackPayload: rule('PROXY-ACK-PAYLOAD', 'MUST', 'server', 'acknowledgements match their schema',
    'Every acknowledgement is one JSON value that validates against the reply schema of its operation.', ['asyncapi.yaml#/operations', 'D-14']),
  ackMissing: rule('PROXY-ACK-MISSING', 'MUST', 'server', 'every emit with a callback is acknowledged',
    'The server calls the acknowledgement of an emit that carries a callback, within the timeout.', ['asyncapi.yaml#/operations/receiveChat/reply', 'D-14']),
  ackTwice: rule('PROXY-ACK-TWICE', 'MUST', 'server', 'an acknowledgement is sent once',
    'The server calls each acknowledgement exactly once.', ['asyncapi.yaml#/operations/receiveChat/reply', 'D-14']),
  echo: rule('PROXY-ECHO', 'MUST', 'server', 'no echo to the emitting socket',
    'A chat written over a socket is broadcast to the channel\'s subscribers except the emitting socket.', ['asyncapi.yaml#/operations/receiveChat', 'D-15']),
  notSubscribed: rule('PROXY-NOT-SUBSCRIBED', 'MUST', 'server', 'events only for subscribed channels',
    'A socket receives chat events only for channels its join acknowledgements list or it was invited to.', ['asyncapi.yaml#/operations/receiveJoin', 'D-08', 'D-15', 'D-16']),
  order: rule('PROXY-ORDER', 'MUST', 'server', 'per-channel write order',
    'Per channel, a socket receives new-chat events in write order: chat ids increase.', ['asyncapi.yaml#/operations/sendNewChat', 'D-05', 'D-15']),
  refusedBroadcast: rule('PROXY-REFUSED-BROADCAST', 'MUST', 'server', 'a refused write is not broadcast',
    'When a write is refused nothing is written and nothing is broadcast.', ['asyncapi.yaml#/operations/receiveChat', 'D-14', 'D-15']),
  restRequest: rule('PROXY-REST-REQUEST', 'MUST', 'client', 'REST requests match the contract',
    'Every request to the API names a documented operation, with parameters and a JSON body that validate.', ['openapi.yaml#/paths', 'D-05', 'D-18']),
  restResponse: rule('PROXY-REST-RESPONSE', 'MUST', 'server', 'REST responses match the contract',
    'Every response has a status the operation documents and a body that validates against that status\'s schema.', ['openapi.yaml#/paths', 'D-18', 'D-20']),
} as const satisfies Record<string, RuleDef>;

export type RuleKey = keyof typeof RULES;

/** One frame that broke one rule. */
export interface ProxyViolation {
  rule: RuleKey;
  /** The socket (`client-3`) or HTTP request (`rest-12`) it was seen on: a label, never a token. */
  client: string;
  direction: ProxyDirection;
  /** The event (`chat`), the acknowledged event (`chat ack`), `connect_error`, or the request (`GET /api/…`). */
  event: string;
  /** JSON pointer into the frame's payload ('' for the payload itself). */
  pointer: string;
  /** The spec location of the schema or rule broken, then the rule's decisions. */
  clauses: string[];
  message: string;
  expected?: unknown;
  got?: unknown;
  /** The frame's payload (bounded), when one crossed the wire. */
  frame?: unknown;
  /** Milliseconds since the proxy started. */
  t: number;
}
