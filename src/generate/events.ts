// The realtime types: every named schema of the AsyncAPI events and the shared shapes as
// a TypeScript type (json-schema-to-typescript), then the Socket.IO v4 event maps derived
// from the contract model: which events each side emits, what each carries, which ones
// are acknowledged and with what.
import { compile } from 'json-schema-to-typescript';
import { isObject, type Contract, type EventDef, type Json, type JsonObject } from '../contract/index.ts';
import { canonical, clone, pascal, tsKey } from './common.ts';

/** Socket.IO's own events: the contract may describe them, a typed event map must not list them. */
export const RESERVED_EVENTS = new Set(['connect', 'connect_error', 'disconnect', 'disconnecting', 'newListener', 'removeListener']);

/** Keywords that say nothing about the shape: two schemas differing only in them are the same type. */
const ANNOTATIONS = new Set(['description', 'examples', '$comment', 'default']);
/** Keywords whose value is one schema. */
const SCHEMA_KEYS = ['items', 'additionalProperties', 'not', 'if', 'then', 'else', 'contains', 'propertyNames', 'unevaluatedProperties', 'unevaluatedItems'];
/** Keywords whose value is a list of schemas. */
const SCHEMA_LISTS = ['allOf', 'anyOf', 'oneOf', 'prefixItems'];
/** Keywords whose value maps names to schemas. */
const SCHEMA_MAPS = ['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas'];

function withoutAnnotations(schema: JsonObject): JsonObject {
  return Object.fromEntries(Object.entries(schema).filter(([k]) => !ANNOTATIONS.has(k)));
}

/**
 * Adjusts a schema for type generation only (validators keep the original):
 * - an object schema that requires a key it does not describe (`allOf: [Chat, { required:
 *   [deletedAt] }]`) gets the key's schema from a sibling of the `allOf` (`resolve` follows
 *   a sibling that is a `$ref`), or `{}`, so the key is required in the type;
 * - a union that also says `type: object` (a discriminated `oneOf`) loses the `type`, so
 *   the type is the plain union of its members.
 */
export function adjustForTypes(node: Json, resolve: (schema: Json) => Json = (s) => s, siblings: readonly Json[] = []): Json {
  if (Array.isArray(node)) return node.map((n) => adjustForTypes(n, resolve));
  if (!isObject(node)) return node;
  const out: JsonObject = {};
  for (const [k, v] of Object.entries(node)) {
    if (SCHEMA_KEYS.includes(k)) out[k] = adjustForTypes(v, resolve);
    else if (k === 'allOf' && Array.isArray(v)) out[k] = v.map((s, i) => adjustForTypes(s, resolve, v.filter((_, j) => j !== i)));
    else if (SCHEMA_LISTS.includes(k) && Array.isArray(v)) out[k] = v.map((s) => adjustForTypes(s, resolve));
    else if (SCHEMA_MAPS.includes(k) && isObject(v)) out[k] = Object.fromEntries(Object.entries(v).map(([n, s]) => [n, adjustForTypes(s, resolve)]));
    else out[k] = v;
  }
  if (Array.isArray(out.required)) {
    const properties: JsonObject = isObject(out.properties) ? { ...out.properties } : {};
    const missing = out.required.filter((key): key is string => typeof key === 'string' && !(key in properties));
    if (missing.length > 0) {
      // The key's schema from a sibling of an `allOf` (so the required key keeps its type
      // without the sibling's `| undefined`), else any value.
      for (const key of missing) {
        const from = siblings.map(resolve).find((s) => isObject(s) && isObject(s.properties) && s.properties[key] !== undefined);
        properties[key] = isObject(from) && isObject(from.properties) ? from.properties[key]! : {};
      }
      out.properties = properties;
    }
  }
  if ((Array.isArray(out.oneOf) || Array.isArray(out.anyOf)) && out.type === 'object' && out.properties === undefined) delete out.type;
  return out;
}

/**
 * Hoists every titled schema into `$defs` under its title and replaces it by a `$ref`, so
 * each named type is declared once (`Chat`, never `Chat1`). Two different schemas with one
 * title are a contract error: a title names one shape.
 */
export class TitleRegistry {
  readonly defs = new Map<string, JsonObject>();
  private readonly forms = new Map<string, string>();
  private readonly origins = new Map<string, string>();

  /** Hoists the titled schemas of `schema`; returns the schema with them replaced by refs. */
  hoist(schema: Json, origin: string): Json {
    if (Array.isArray(schema)) return schema.map((s) => this.hoist(s, origin));
    if (!isObject(schema)) return schema;
    const out: JsonObject = {};
    for (const [k, v] of Object.entries(schema)) {
      if (SCHEMA_KEYS.includes(k)) out[k] = this.hoist(v, origin);
      else if (SCHEMA_LISTS.includes(k) && Array.isArray(v)) out[k] = v.map((s) => this.hoist(s, origin));
      else if (SCHEMA_MAPS.includes(k) && isObject(v)) out[k] = Object.fromEntries(Object.entries(v).map(([n, s]) => [n, this.hoist(s, origin)]));
      else out[k] = v;
    }
    if (typeof out.title !== 'string') return out;
    const title = out.title;
    const form = canonical(withoutAnnotations(out));
    const known = this.forms.get(title);
    if (known === undefined) {
      this.forms.set(title, form);
      this.origins.set(title, origin);
      this.defs.set(title, out);
    } else if (known !== form) {
      throw new Error(`two different schemas are titled "${title}" (${this.origins.get(title)} and ${origin}); a title must name one shape`);
    }
    return { $ref: `#/$defs/${title}` };
  }

  /** Hoists a schema that must end up named: its title, or `fallback` when it has none. */
  named(schema: Json, fallback: string, origin: string): string {
    const titled = isObject(schema) && typeof schema.title === 'string' ? schema : { ...(isObject(schema) ? schema : {}), title: fallback };
    const ref = this.hoist(titled, origin);
    return isObject(ref) && typeof ref.$ref === 'string' ? ref.$ref.slice('#/$defs/'.length) : fallback;
  }
}

interface NamedEvent {
  def: EventDef;
  payload: string;
  ack?: string;
}

function describe(def: EventDef): string {
  return `/** \`${def.event}\`: ${def.operationPointer} */`;
}

function eventMap(name: string, doc: string, events: NamedEvent[], ackRequired: boolean): string {
  const lines = [`/**`, ...doc.split('\n').map((l) => ` * ${l}`.trimEnd()), ` */`, `export interface ${name} {`];
  for (const e of events) {
    lines.push(`  ${describe(e.def)}`);
    const ack = e.ack === undefined ? '' : `, ack${ackRequired ? '' : '?'}: (reply: ${e.ack}) => void`;
    lines.push(`  ${tsKey(e.def.event)}: (payload: ${e.payload}${ack}) => void;`);
  }
  lines.push('}');
  return lines.join('\n');
}

/** The body of `generated/events.d.ts` (without the header). */
export async function generateEventTypes(contract: Contract): Promise<string> {
  const registry = new TitleRegistry();
  const events: NamedEvent[] = [];
  for (const def of Object.values(contract.events)) {
    const payload = registry.named(adjustForTypes(clone(def.message.schema)), pascal(def.message.name), def.message.pointer);
    const ack = def.ack ? registry.named(adjustForTypes(clone(def.ack.schema)), pascal(def.ack.name), def.ack.pointer) : undefined;
    events.push({ def, payload, ...(ack === undefined ? {} : { ack }) });
  }
  for (const [name, schema] of Object.entries(contract.shapes)) registry.named(adjustForTypes(clone(schema)), name, `schemas/${name}.yaml`);

  const titles = [...registry.defs.keys()];
  const root = {
    title: 'ContractSchemas',
    description: 'Every named schema of the realtime contract and the shared shapes, by title.',
    type: 'object',
    additionalProperties: false,
    required: titles,
    properties: Object.fromEntries(titles.map((t) => [t, { $ref: `#/$defs/${t}` }])),
    $defs: Object.fromEntries(registry.defs),
  };
  const types = await compile(root as never, 'ContractSchemas', {
    bannerComment: '',
    additionalProperties: false,
    declareExternallyReferenced: true,
    unreachableDefinitions: false,
    ignoreMinAndMaxItems: true,
    unknownAny: true,
    strictIndexSignatures: true,
    format: true,
    style: { printWidth: 100, singleQuote: true, trailingComma: 'all' },
  });

  const c2s = events.filter((e) => e.def.direction === 'clientToServer' && !RESERVED_EVENTS.has(e.def.event));
  const s2c = events.filter((e) => e.def.direction === 'serverToClient' && !RESERVED_EVENTS.has(e.def.event));
  const reserved = events.filter((e) => RESERVED_EVENTS.has(e.def.event));
  const maps = [
    '// ---- Socket.IO v4 event maps, from the operations of asyncapi.yaml ----',
    '',
    eventMap(
      'ClientToServerEvents',
      [
        'The events a client emits and the server listens to. The acknowledgement callback is',
        'optional: a client may emit without one and the server MUST process the event all the',
        'same (D-14), so a server handler receives `ack` as possibly undefined (`ack?.(reply)`).',
        '',
        'Server: `new Server<ClientToServerEvents, ServerToClientEvents>()`.',
        'Client: `const socket: Socket<ServerToClientEvents, ClientToServerEvents> = io(url)`.',
      ].join('\n'),
      c2s,
      false,
    ),
    '',
    eventMap(
      'ClientToServerEventsWithAcks',
      [
        '`ClientToServerEvents` with every acknowledgement required: the client\'s view when it',
        'always waits for the reply, which types `emitWithAck` and `timeout(ms).emit`:',
        '`const socket: Socket<ServerToClientEvents, ClientToServerEventsWithAcks> = io(url)`.',
      ].join('\n'),
      c2s,
      true,
    ),
    '',
    eventMap(
      'ServerToClientEvents',
      [
        'The events the server emits to clients. Socket.IO\'s reserved events (`connect_error`)',
        'are not listed: their payloads are exported below (`ReservedEventPayloads`).',
      ].join('\n'),
      s2c,
      false,
    ),
    '',
    '/** The Socket.IO event names a client may emit. */',
    'export type ClientEventName = keyof ClientToServerEvents;',
    '',
    '/** The Socket.IO event names the server may emit. */',
    'export type ServerEventName = keyof ServerToClientEvents;',
    '',
    '/** The payload of every event of the contract, Socket.IO\'s reserved ones included, by event name. */',
    'export interface EventPayloads {',
    ...events.map((e) => `  ${tsKey(e.def.event)}: ${e.payload};`),
    '}',
    '',
    '/** The acknowledgement of every acknowledged event, by event name. */',
    'export interface EventAcks {',
    ...events.filter((e) => e.ack !== undefined).map((e) => `  ${tsKey(e.def.event)}: ${e.ack};`),
    '}',
    '',
    '/** The payloads of the events Socket.IO reserves for itself (`connect_error`: `err.message` and `err.data`). */',
    'export interface ReservedEventPayloads {',
    ...reserved.map((e) => `  ${tsKey(e.def.event)}: ${e.payload};`),
    '}',
    '',
  ];
  return `${types.trimEnd()}\n\n${maps.join('\n')}`;
}
