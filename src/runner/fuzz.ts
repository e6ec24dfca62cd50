// The fuzz step: invalid payloads generated from the contract's own JSON Schemas with
// fast-check, sent one at a time. Each must be refused as invalid input (the failure ack
// with INVALID_PAYLOAD, or 400 with the error body), broadcast nothing (proven by the
// ordering barrier of the absence checks) and leave the socket usable. A failing payload
// is shrunk, and printed with the seed that reproduces it.
//
// Generation is generate-then-filter: every mutation aims at one rule of the schema
// (wrong type, missing required property, extra property, length and count limits,
// pattern, const), and only payloads the contract's validator rejects are sent.
import fc from 'fast-check';
import type { Contract, Json } from '../contract/index.ts';
import type { SocketActor } from './actor.ts';
import { CaseError, StepAbort } from './context.ts';
import type { Failure, Frame, FuzzStep, FuzzTarget, Level } from './model.ts';
import { profileOf, type FuzzTargetDef, type Profile } from './profile.ts';
import { httpStep } from './steps/http.ts';
import { actor, barrier, checkAckSchema, verify, writeRequest, type CaseWorld } from './verify.ts';
import { getPath, match, type Scope } from './values.ts';

export const DEFAULT_FUZZ_RUNS = 200;
/** Evaluations allowed to shrink a failure; one that waited for a timeout costs SLOW_COST. */
const SHRINK_BUDGET = 200;
const SLOW_COST = 50;

// ---- templates: generated values, with fixtures references and compact big values ----

/** A fixtures or captured value, shown as `${path}` (the world's ids differ per run). */
export class Ref {
  constructor(readonly path: string) {}
}
/** `unit` repeated `times` times, shown as `{ "$repeat": unit, "times": n }`. */
export class Repeat {
  constructor(readonly unit: string, readonly times: number) {}
}
/** `count` distinct well-formed ids no world has, shown as `{ "$ids": n }`. */
export class Ids {
  constructor(readonly count: number) {}
}
/** A value nested `depth` levels deep (`{ n: [ { n: … } ] }`), shown as `{ "$nest": depth }`. */
export class Nest {
  constructor(readonly depth: number) {}
}

/**
 * A REST body whose member `key` appears once per value (`{ "k": a, …, "k": b }`), shown as
 * `{ "$duplicate": key, "values": [...] }`. Every value is invalid there, so a parser keeping
 * the first, the last or any one of them must refuse the body. Sent as raw JSON text.
 */
export class Duplicate {
  constructor(readonly object: Record<string, unknown>, readonly key: string, readonly values: unknown[]) {}
}

function define(o: Record<string, unknown>, key: string, value: unknown): void {
  // A plain assignment to `__proto__` would set the prototype instead of a key.
  Object.defineProperty(o, key, { value, enumerable: true, writable: true, configurable: true });
}

function mapTemplate(t: unknown, leaf: (t: Ref | Repeat | Ids | Nest) => unknown): unknown {
  if (t instanceof Ref || t instanceof Repeat || t instanceof Ids || t instanceof Nest) return leaf(t);
  // What a parser keeping the last occurrence sees (the display shows every value).
  if (t instanceof Duplicate) return mapTemplate(withKey(t.object, t.key, t.values[t.values.length - 1]), leaf);
  if (Array.isArray(t)) return t.map((x) => mapTemplate(x, leaf));
  if (t !== null && typeof t === 'object') {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(t)) define(out, k, mapTemplate((t as Record<string, unknown>)[k], leaf));
    return out;
  }
  return t;
}

/** The JSON value a template stands for in this world (what is sent and validated). */
export function materialize(t: unknown, scope: Scope): unknown {
  const value = mapTemplate(t, (x) => {
    if (x instanceof Ref) {
      const v = getPath(scope, x.path);
      if (v === undefined) throw new CaseError(`fuzz: \${${x.path}} is not defined`);
      return v;
    }
    if (x instanceof Repeat) return x.unit.repeat(x.times);
    if (x instanceof Ids) return Array.from({ length: x.count }, (_, i) => (0xf00000 + i).toString(16).padStart(24, '0'));
    let v: unknown = 0;
    for (let i = 0; i < x.depth; i++) v = i % 2 === 0 ? { n: v } : [v];
    return v;
  });
  // What crosses the wire: JSON (-0 becomes 0; an own `__proto__` key stays a key).
  return JSON.parse(JSON.stringify(value)) as unknown;
}

/** The JSON text a template is sent as: a duplicated member is written once per value. */
export function jsonText(t: unknown, scope: Scope): string {
  if (!(t instanceof Duplicate)) return JSON.stringify(materialize(t, scope));
  const members = Object.keys(t.object).filter((k) => k !== t.key).map((k) => `${JSON.stringify(k)}:${JSON.stringify(materialize(t.object[k], scope))}`);
  for (const v of t.values) members.push(`${JSON.stringify(t.key)}:${JSON.stringify(materialize(v, scope))}`);
  return `{${members.join(',')}}`;
}

/** The template as one line of JSON, the same for every world and every rerun of a seed. */
export function display(t: unknown): string {
  if (t instanceof Duplicate) return JSON.stringify({ $duplicate: t.key, values: t.values.map((v) => JSON.parse(display(v)) as unknown), in: JSON.parse(display(t.object)) as unknown });
  return JSON.stringify(mapTemplate(t, (x) => {
    if (x instanceof Ref) return `\${${x.path}}`;
    if (x instanceof Repeat) return { $repeat: x.unit, times: x.times };
    if (x instanceof Ids) return { $ids: x.count };
    return { $nest: x.depth };
  }));
}

// ---- arbitraries derived from a JSON Schema ----

interface Schema {
  type?: string;
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  minItems?: number;
  maxItems?: number;
  uniqueItems?: boolean;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  const?: unknown;
  enum?: unknown[];
  minimum?: number;
  oneOf?: Schema[];
}

const OBJECT_ID = '^[0-9a-f]{24}$';

/** Units for over-limit strings: ASCII, emoji, ZWJ sequences, combining marks, RTL, lone surrogates, controls. */
const UNITS = ['a', ' ', '😀', '👨‍👩‍👧‍👦', 'e\u0301', '\u202E', '\u200F', 'ש', '\uD800', '\uDC00', '中', '\u0000', '\uFEFF', '\u200B', '\n', 'ﷺ'];
/** Strings that have broken parsers and validators before. */
const EDGE_STRINGS = [
  '', ' ', '\u0000', '\uD800', '\uDFFF', '\uDBFF\uDFFF', '\u200D', '👨‍👩‍👧‍👦', '\u202Eevil', '\u200F', '\uFEFF', 'e\u0301', '\r\n',
  '<script>alert(1)</script>', '${nonce}', '{{7*7}}', '__proto__', 'null', 'true', '0', '-1', '1e3', 'NaN', '６', '𝟘', 'İ',
];
/** Keys that have broken servers before; with every property name of the contract (`contractKeys`). */
const SPECIAL_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty', '', ' ', '$where', '\u0000', '\uD800', '👀'];

const CONTRACT_KEYS = new WeakMap<Contract, string[]>();
/** Every property name of the contract's messages, acks and shapes: what a server might trust in a payload. */
function contractKeys(contract: Contract): string[] {
  let keys = CONTRACT_KEYS.get(contract);
  if (!keys) {
    const out = new Set<string>();
    const walk = (s: unknown) => {
      if (Array.isArray(s)) s.forEach(walk);
      else if (s !== null && typeof s === 'object') {
        const o = s as Record<string, unknown>;
        if (o.properties !== null && typeof o.properties === 'object') for (const k of Object.keys(o.properties)) out.add(k);
        Object.values(o).forEach(walk);
      }
    };
    for (const e of Object.values(contract.events)) walk([e.message.schema, e.ack?.schema]);
    for (const op of Object.values(contract.rest)) walk([op.requestBody, Object.values(op.responses)]);
    keys = [...out].sort();
    CONTRACT_KEYS.set(contract, keys);
  }
  return keys;
}
const VALID_TEXTS = ['fuzz', ' ', '<b>hi</b>', '😀', 'مرحبا', 'a\u200Db'];

const codePoints = (s: string) => [...s].length;

/** Any JSON-ish value, big and small, for "wrong type" positions and extra properties. */
const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.string({ maxLength: 12 }),
  fc.constantFrom(...EDGE_STRINGS),
  fc.nat().map(String),
  fc.constantFrom([], {}),
  fc.array(fc.jsonValue({ maxDepth: 1 }), { maxLength: 4 }),
  fc.dictionary(fc.string({ maxLength: 6 }), fc.jsonValue({ maxDepth: 1 }), { maxKeys: 3 }),
  fc.integer({ min: 2, max: 1000 }).map((d) => new Nest(d)),
  fc.integer({ min: 1, max: 5000 }).map((n) => new Ids(n)),
  fc.tuple(fc.constantFrom(...UNITS), fc.integer({ min: 1, max: 20_000 })).map(([u, n]) => new Repeat(u, n)),
);

function typeOf(t: unknown): string {
  if (t instanceof Repeat) return 'string';
  if (t instanceof Ids) return 'array';
  if (t instanceof Nest) return t.depth === 0 ? 'integer' : t.depth % 2 === 1 ? 'object' : 'array';
  if (t instanceof Ref) return 'ref';
  if (t === null) return 'null';
  if (Array.isArray(t)) return 'array';
  if (typeof t === 'number') return Number.isInteger(t) ? 'integer' : 'number';
  return typeof t;
}

function hasType(schema: Schema, t: unknown): boolean {
  const type = typeOf(t);
  if (schema.type === undefined || type === 'ref') return true;
  return schema.type === type || (schema.type === 'number' && type === 'integer');
}

interface Gen {
  /** Payload paths (`/channelId`, `/users/*`) filled from the world: one reference, or a list to draw from. */
  refs: Record<string, string | string[]>;
  /** Every string const and enum value of the target's schema (other branches' discriminators). */
  words: string[];
  /** Every property name of the contract. */
  keys: string[];
}

function valid(schema: Schema, path: string, g: Gen): fc.Arbitrary<unknown> {
  const ref = g.refs[path];
  if (typeof ref === 'string') return fc.constant(new Ref(ref));
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  switch (schema.type) {
    case 'object': {
      const props = schema.properties ?? {};
      const keys = schema.required ?? Object.keys(props);
      return fc.tuple(...keys.map((k) => valid(props[k] ?? {}, `${path}/${k}`, g))).map((values) => {
        const o: Record<string, unknown> = {};
        keys.forEach((k, i) => define(o, k, values[i]));
        return o;
      });
    }
    case 'array': {
      const list = g.refs[`${path}/*`];
      const min = Math.max(schema.minItems ?? 0, 1);
      if (Array.isArray(list)) return fc.subarray(list.map((p) => new Ref(p)), { minLength: Math.min(min, list.length) });
      return fc.array(valid(schema.items ?? {}, `${path}/*`, g), { minLength: min, maxLength: Math.max(min, Math.min(schema.maxItems ?? 3, 3)) });
    }
    case 'string':
      if (schema.pattern === OBJECT_ID) return fc.constant('6394cc8fd1a615bf564d7e75');
      return fc.constantFrom<unknown>(
        ...VALID_TEXTS.filter((s) => codePoints(s) >= (schema.minLength ?? 0) && codePoints(s) <= (schema.maxLength ?? Infinity)),
        // Exactly at the limit, in astral code points (two UTF-16 units each).
        ...(schema.maxLength !== undefined ? [new Repeat('😀', schema.maxLength)] : []),
      );
    case 'integer':
    case 'number':
      return fc.constant(schema.minimum ?? 0);
    case 'boolean':
      return fc.boolean();
    default:
      return fc.constant(null);
  }
}

function withKey(o: unknown, key: string, value: unknown): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(o as object)) define(out, k, (o as Record<string, unknown>)[k]);
  define(out, key, value);
  return out;
}

function without(o: unknown, key: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(o as object)) if (k !== key) define(out, k, (o as Record<string, unknown>)[k]);
  return out;
}

function keyVariants(key: string): string[] {
  const snake = key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
  return [snake, key.toUpperCase(), key.toLowerCase(), `${key} `, ` ${key}`, key[0]!.toUpperCase() + key.slice(1), `${key}\u0000`, key.normalize('NFD')];
}

/** Values that break `schema` at `path` (most of the time: the whole payload is filtered by the validator). */
function invalid(schema: Schema, path: string, g: Gen): fc.Arbitrary<unknown> {
  const arbs: Array<fc.Arbitrary<unknown>> = [anyValue.filter((v) => !hasType(schema, v))];
  if (typeof schema.const === 'string' || schema.enum) {
    const allowed = schema.enum ?? [schema.const];
    const near = allowed.filter((v): v is string => typeof v === 'string').flatMap((v) => [v.toUpperCase(), `${v} `, ` ${v}`, v[0]!.toUpperCase() + v.slice(1), '']);
    arbs.push(fc.oneof(fc.constantFrom(...near, ...g.words), fc.string({ maxLength: 8 })).filter((v) => !allowed.includes(v)));
  }
  switch (schema.type) {
    case 'object': {
      const props = schema.properties ?? {};
      const base = valid(schema, path, g);
      const required = schema.required ?? [];
      if (required.length > 0) arbs.push(fc.tuple(base, fc.constantFrom(...required)).map(([o, k]) => without(o, k)));
      const declared = Object.keys(props);
      const extraKey = fc.oneof(fc.constantFrom(...SPECIAL_KEYS, ...g.keys, ...declared.flatMap(keyVariants)), fc.string({ maxLength: 8 }), fc.constantFrom(...EDGE_STRINGS))
        .filter((k) => !Object.hasOwn(props, k));
      arbs.push(fc.tuple(base, extraKey, anyValue).map(([o, k, v]) => withKey(o, k, v)));
      for (const k of declared) arbs.push(fc.tuple(base, invalid(props[k]!, `${path}/${k}`, g)).map(([o, v]) => withKey(o, k, v)));
      break;
    }
    case 'string': {
      if ((schema.minLength ?? 0) > 0) arbs.push(fc.constant(schema.minLength === 1 ? '' : new Repeat('a', schema.minLength! - 1)));
      if (schema.maxLength !== undefined) {
        const max = schema.maxLength;
        // Just over the limit most of the time, sometimes far over; in every kind of code point.
        arbs.push(fc.tuple(fc.constantFrom(...UNITS), fc.oneof(fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 20_000 })))
          .map(([unit, extra]) => new Repeat(unit, Math.ceil((max + 1 + extra) / codePoints(unit)))));
      }
      if (schema.pattern === OBJECT_ID) {
        const id = fc.stringMatching(/^[0-9a-f]{24}$/);
        arbs.push(fc.oneof(
          fc.stringMatching(/^[0-9a-f]{23}$/),
          fc.stringMatching(/^[0-9a-f]{25}$/),
          fc.tuple(id, fc.nat(23), fc.constantFrom('A', 'F', 'g', 'z', ' ', '\n', '０', '\u0000', '-', 'é', '\uD800')).map(([s, i, c]) => s.slice(0, i) + c + s.slice(i + 1)),
          id.map((s) => `${s}\n`),
          id.map((s) => ` ${s}`),
          id.map((s) => s.toUpperCase()),
        ));
      } else if (schema.pattern !== undefined) {
        // Strings that break the pattern, chosen up front (a filter over random strings may
        // never find one: printable ASCII always matches `^\P{Cs}*$`).
        const re = new RegExp(schema.pattern, 'u');
        const breaking = [...new Set([...UNITS, ...EDGE_STRINGS, ...UNITS.flatMap((u) => VALID_TEXTS.map((t) => `${t}${u}${t}`))])].filter((s) => !re.test(s));
        if (breaking.length > 0) arbs.push(fc.constantFrom(...breaking));
      }
      break;
    }
    case 'integer':
    case 'number': {
      if (schema.minimum !== undefined) arbs.push(fc.integer({ min: -1_000_000_000, max: schema.minimum - 1 }));
      if (schema.type === 'integer') arbs.push(fc.integer({ min: 0, max: 1_000_000 }).map((n) => n + 0.5));
      arbs.push(fc.nat().map(String));
      break;
    }
    case 'array': {
      const base = valid(schema, path, g);
      const items = schema.items ?? {};
      if ((schema.minItems ?? 0) > 0) arbs.push(fc.constant([]));
      if (schema.maxItems !== undefined) {
        const max = schema.maxItems;
        const over = fc.oneof(fc.integer({ min: max + 1, max: max + 10 }), fc.integer({ min: max + 1, max: Math.max(max * 10, 1000) }));
        arbs.push(items.pattern === OBJECT_ID ? over.map((n) => new Ids(n)) : over.chain((n) => fc.array(valid(items, `${path}/*`, g), { minLength: n, maxLength: n })));
      }
      if (schema.uniqueItems) arbs.push(base.map((a) => [...(a as unknown[]), ...(a as unknown[]).slice(0, 1)]));
      arbs.push(fc.tuple(base, invalid(items, `${path}/*`, g), fc.boolean()).map(([a, bad, first]) => (first ? [bad, ...(a as unknown[])] : [...(a as unknown[]), bad])));
      break;
    }
  }
  return fc.oneof(...arbs);
}

function words(schema: Json): string[] {
  const out = new Set<string>();
  const walk = (s: unknown) => {
    if (Array.isArray(s)) s.forEach(walk);
    else if (s !== null && typeof s === 'object') {
      const o = s as Record<string, unknown>;
      if (typeof o.const === 'string') out.add(o.const);
      if (Array.isArray(o.enum)) for (const v of o.enum) if (typeof v === 'string') out.add(v);
      Object.values(o).forEach(walk);
    }
  };
  walk(schema);
  return [...out];
}

// ---- targets ----

/** A fuzz target of the profile, resolved against the contract. */
interface TargetDef extends FuzzTargetDef {
  surface: 'socket' | 'rest';
  /** The Socket.IO event or the REST operation. */
  name: string;
  refs: Gen['refs'];
}

function targetDef(profile: Profile, target: FuzzTarget): TargetDef {
  const def = profile.fuzz?.targets[target];
  if (!def) throw new CaseError(`fuzz: the ${profile.name} profile has no target ${target} (${Object.keys(profile.fuzz?.targets ?? {}).join(', ')})`);
  return { ...def, surface: def.operation !== undefined ? 'rest' : 'socket', name: def.operation ?? def.event ?? '', refs: def.refs ?? {} };
}

/** The fuzz targets of the contract's profile. */
export function fuzzTargets(contract: Contract): FuzzTarget[] {
  return Object.keys(profileOf(contract).fuzz?.targets ?? {});
}


/** The schema payloads are checked against, and the one mutations start from (a union's branch). */
export function targetSchemas(contract: Contract, target: FuzzTarget): { whole: Json; base: Json; spec: string } {
  const def = targetDef(profileOf(contract), target);
  if (def.surface === 'rest') {
    const op = contract.rest[def.name];
    if (!op?.requestBody) throw new CaseError(`fuzz: the contract has no request body for ${def.name}`);
    return { whole: op.requestBody, base: op.requestBody, spec: op.pointer };
  }
  const ev = contract.events[def.name];
  if (!ev) throw new CaseError(`fuzz: the contract has no event ${def.name}`);
  const whole = ev.message.schema;
  let base = whole;
  if (def.branch !== undefined) {
    const [key, value] = Object.entries(def.branch)[0] ?? [];
    const branch = ((whole as Schema).oneOf ?? []).find((b) => key !== undefined && b.properties?.[key]?.const === value);
    if (!branch) throw new CaseError(`fuzz: the ${def.name} schema has no ${String(key)}: ${String(value)} branch`);
    base = branch as Json;
  }
  return { whole, base, spec: ev.operationPointer };
}

// ---- the floor: a fixed list of payloads known to break implementations ----

/** Deeper than the 1,000 levels some parsers and validators stop at. */
const DEEP = [1001, 2048];
/** Past 2^53 (Number.MAX_SAFE_INTEGER): kept only where the contract rejects them. */
const BIG_NUMBERS = [2 ** 53, 2 ** 53 + 2, -(2 ** 53) - 2, 1e300];

/** Values known to break implementations at a position of `schema`, the same on every run. */
function floorValues(schema: Schema): unknown[] {
  const out: unknown[] = [null, true, [], {}, ...DEEP.map((d) => new Nest(d))];
  if (schema.type === 'string') {
    out.push('', '\uD800', 'a\uDC00b', '\uDBFF', new Repeat('a', 100_000));
    if (schema.maxLength !== undefined) out.push(new Repeat('😀', schema.maxLength + 1));
  }
  if (schema.type === 'integer' || schema.type === 'number') out.push(false, 0.5, -1, '1', ...BIG_NUMBERS);
  if (schema.type === 'array') {
    out.push(['\uD800'], [null]);
    if (schema.maxItems !== undefined) out.push(new Ids(schema.maxItems + 1));
  }
  if (typeof schema.const === 'string') out.push(schema.const.toUpperCase(), `${schema.const} `);
  return out;
}

/**
 * The floor of `target`: every floor value at every property and for the whole payload,
 * each required property missing, `__proto__`, `constructor` and snake_case keys, and for a
 * REST body each member duplicated with invalid values. Only those the contract's
 * validator rejects are kept; the list is the same on every run (docs/robustness.md).
 */
export function floorPayloads(contract: Contract, target: FuzzTarget, isInvalid: (t: unknown) => boolean): unknown[] {
  const def = targetDef(profileOf(contract), target);
  const { whole, base } = targetSchemas(contract, target);
  const schema = base as Schema;
  const g: Gen = { refs: def.refs, words: words(whole), keys: contractKeys(contract) };
  // One valid payload, the same every run (fast-check with a fixed seed picks it).
  const [valid0] = fc.sample(valid(schema, '', g), { numRuns: 1, seed: 1 }) as [Record<string, unknown>];
  const out: unknown[] = [null, 'x', 0, [], ...DEEP.map((d) => new Nest(d))];
  const props = schema.properties ?? {};
  for (const [k, ps] of Object.entries(props)) for (const v of floorValues(ps)) out.push(withKey(valid0, k, v));
  for (const k of schema.required ?? []) out.push(without(valid0, k));
  const first = Object.keys(props)[0];
  for (const k of ['__proto__', 'constructor', ...(first ? keyVariants(first).slice(0, 1) : [])]) out.push(withKey(valid0, k, 1));
  if (def.surface === 'rest') {
    for (const [k, ps] of Object.entries(props)) {
      out.push(new Duplicate(valid0, k, floorValues(ps).slice(0, 2)));
    }
  }
  return out.filter(isInvalid);
}

/** Invalid payload templates for `target`: each one the contract's validator rejects in `scope`'s world. */
export function invalidPayloads(contract: Contract, target: FuzzTarget, isInvalid: (t: unknown) => boolean): fc.Arbitrary<unknown> {
  const def = targetDef(profileOf(contract), target);
  const { whole, base } = targetSchemas(contract, target);
  return invalid(base as Schema, '', { refs: def.refs, words: words(whole), keys: contractKeys(contract) }).filter(isInvalid);
}

// ---- running ----

interface Plan {
  def: TargetDef;
  fuzz: NonNullable<Profile['fuzz']>;
  actor: SocketActor;
  writer: SocketActor;
  listeners: SocketActor[];
  watch: SocketActor[];
  /** Everyone who must receive nothing but barriers. */
  all: SocketActor[];
  spec: string;
  path?: string;
  method?: string;
}

interface Outcome {
  failures: Failure[];
  frames: Frame[];
  /** Transcript index of `frames[0]` when they were recorded. */
  base: number;
  slow: boolean;
}

async function tryPayload(world: CaseWorld, plan: Plan, template: unknown): Promise<Outcome> {
  const { ctx } = world;
  const base = ctx.transcript.length;
  const started = performance.now();
  const { failures } = await ctx.divert(async () => {
    try {
      const payload = materialize(template, ctx.scope);
      ctx.record({ actor: plan.actor.name, dir: 'out', kind: 'note', data: { fuzz: display(template) } });
      if (plan.def.surface === 'socket') await sendSocket(world, plan, payload);
      else await httpStep(world, { method: plan.method as 'POST', path: plan.path!, as: plan.actor.user ?? plan.fuzz.restUser, rawBody: jsonText(template, ctx.scope), expect: plan.fuzz.refusal.rest });
      // Nothing broadcast, the socket usable: the writer's chat reaches every listener and
      // nothing else arrived before it; watchers prove it with their own acknowledged emit.
      try {
        const { ack } = await barrier(world, plan.listeners, { actor: plan.writer.name, channel: plan.fuzz.channel });
        if (ack) verify(world, `${plan.writer.name}'s barrier write after the invalid payload (the connection must stay usable)`, { match: world.profile.write.ok }, ack.payload, ack.frame, 'fuzz');
        if (plan.watch.length > 0) await barrier(world, plan.watch, 'self');
      } finally {
        // Whatever became of the barriers, an event that arrived is reported as such.
        // The runner's own chats (barriers, the setup chat) echoed back to their writer
        // break D-15, which other cases judge; this one judges what the invalid payload caused.
        const own = [`barrier ${world.nonce}-`, `fuzz target ${world.nonce}`];
        const isBarrier = (r: { event: string; payload: unknown }) => r.event === world.profile.write.echo.event && own.some((t) => JSON.stringify(r.payload).includes(t));
        for (const a of plan.all) {
          for (const r of a.received) {
            if (r.frame < base || r.consumed || isBarrier(r)) continue;
            ctx.fail({ check: 'absent', message: `${a.name} received "${r.event}" after an invalid payload; an invalid payload MUST change nothing and broadcast nothing`, expected: '(nothing)', actual: r.payload, frame: r.frame });
          }
        }
      }
    } catch (err) {
      if (!(err instanceof StepAbort)) throw err;
    }
  });
  const frames = ctx.transcript.slice(base);
  // Forget this payload's frames: a run of thousands keeps only the failing one.
  ctx.transcript.length = base;
  for (const a of world.actors.values()) {
    const i = a.received.findIndex((r) => r.frame >= base);
    if (i >= 0) a.received.splice(i);
  }
  return { failures, frames, base, slow: performance.now() - started >= ctx.options.timeoutMs };
}

async function sendSocket(world: CaseWorld, plan: Plan, payload: unknown): Promise<void> {
  const { ctx } = world;
  const event = plan.def.name;
  const a = plan.actor;
  const ack = await a.emit(event, [payload], true);
  if (!ack) {
    // An optional ack (commu's join, D-08) is a SHOULD; every other invalid request MUST be acknowledged (D-14).
    const level: Level = (plan.fuzz.ackOptional ?? []).includes(event) && a.lost === undefined ? 'SHOULD' : 'MUST';
    const why = a.lost !== undefined ? `the connection was closed (${a.lost}); invalid input MUST NOT disconnect the socket` : `no acknowledgement within ${ctx.options.timeoutMs} ms`;
    ctx.fail({ level, check: 'ack', message: `"${event}" with an invalid payload: ${why}`, spec: plan.spec });
    throw new StepAbort();
  }
  checkAckSchema(world, a, event, ack.payload, ack.frame);
  const expectation = plan.fuzz.refusal.events?.[event] ?? plan.fuzz.refusal.socket;
  verify(world, `the "${event}" ack of an invalid payload`, expectation, ack.payload, ack.frame, 'ack');
}

/** Writes the item the target's payloads refer to (the profile's write), kept in the scope. */
async function setupItem(world: CaseWorld, plan: Plan): Promise<void> {
  const { ctx, profile } = world;
  const write = writeRequest(world, plan.fuzz.channel, `fuzz target ${world.nonce}`);
  const ack = await plan.actor.emit(write.event, write.args, true);
  if (!ack || match(profile.write.ok, ack.payload).length > 0) {
    ctx.fail({ check: 'ack', message: `fuzz setup: ${plan.actor.name}'s write for the payloads to refer to was not written`, expected: profile.write.ok, actual: ack?.payload ?? '(no ack)' });
    throw new StepAbort();
  }
  ctx.scope[plan.fuzz.item ?? 'fuzzChat'] = profile.write.item === undefined ? ack.payload : getPath(ack.payload, profile.write.item);
}

export async function fuzzStep(world: CaseWorld, step: FuzzStep['fuzz']): Promise<void> {
  const { ctx } = world;
  const contract = ctx.validators.contract;
  const fuzz = world.profile.fuzz;
  if (!fuzz) throw new CaseError(`fuzz: the ${world.profile.name} profile has no \`fuzz\` section`);
  const def = targetDef(world.profile, step.target);
  const { whole, spec } = targetSchemas(contract, step.target);
  const a = actor(world, step.actor);
  const writer = actor(world, step.writer ?? step.actor);
  const listeners = (step.listeners ?? []).map((n) => actor(world, n));
  const watch = (step.watch ?? []).map((n) => actor(world, n));
  const plan: Plan = { def, fuzz, actor: a, writer, listeners, watch, all: [...new Set([a, writer, ...listeners, ...watch])], spec };
  if (def.surface === 'rest') {
    const op = contract.rest[def.name]!;
    plan.method = op.method.toUpperCase();
    plan.path = op.path.replace(/\{([^}]+)\}/g, (_, p: string) => `\${${def.params?.[p] ?? p}}`);
  }
  if (def.needsItem) await setupItem(world, plan);

  const check = ctx.validators.check(whole);
  const isInvalid = (t: unknown) => check(materialize(t, ctx.scope)).length > 0;
  const what = def.surface === 'rest' ? `${def.name} body,` : `"${def.name}"`;
  const expected = def.surface === 'rest' ? '400 with the error body, nothing broadcast' : 'the failure ack (reason INVALID_PAYLOAD), nothing broadcast, the socket usable';
  const findings: Finding[] = [];

  // 1. The floor: the same payloads every run, in order; a SHOULD failure does not end the
  //    search for a MUST one, the first MUST failure does (each further payload could cost
  //    a timeout against a server that stopped answering).
  const floor = floorPayloads(contract, step.target, isInvalid);
  let floorFailed = 0;
  for (const [i, template] of floor.entries()) {
    const o = await tryPayload(world, plan, template);
    if (o.failures.length > 0) {
      floorFailed++;
      const level: Level = o.failures.some((f) => f.level === 'MUST') ? 'MUST' : 'SHOULD';
      if (!findings.some((f) => f.level === level)) findings.push({ ...o, template, level, where: `floor payload ${i + 1} of ${floor.length}` });
      if (level === 'MUST') break;
    }
    if (plan.all.some((x) => x.lost !== undefined)) break;
  }
  // A floor failure that waited for a timeout: the server stopped answering, and every
  // random payload would wait as long.
  const stalled = findings.some((f) => f.level === 'MUST' && f.slow);

  // 2. Exploration (opt-in: --explore, --seed, --fuzz-runs): random payloads from the seed.
  const seed = ctx.options.fuzzSeed;
  const runs = ctx.options.fuzzRuns ?? step.runs ?? DEFAULT_FUZZ_RUNS;
  let explored = 0;
  if (seed !== undefined && runs > 0 && !stalled && !plan.all.some((x) => x.lost !== undefined)) {
    const found = await explore(world, plan, invalidPayloads(contract, step.target, isInvalid), runs, seed);
    explored = found.tried;
    for (const f of found.findings) findings.push({ ...f, where: `${f.where} of ${runs} (seed ${seed})` });
  }
  if (findings.length === 0) {
    ctx.record({ actor: a.name, dir: 'out', kind: 'note', data: { fuzz: step.target, floor: floor.length, payloads: explored, ...(seed !== undefined ? { seed } : {}) } });
    return;
  }
  // MUST findings first: a warning never hides a failure.
  findings.sort((x, y) => (x.level === y.level ? 0 : x.level === 'MUST' ? -1 : 1));
  for (const finding of findings) {
    const shown = display(finding.template);
    const first = finding.failures.find((f) => f.level === finding.level) ?? finding.failures[0]!;
    const extra = finding.where.startsWith('floor') && floorFailed > 1 ? ` (${floorFailed} floor payloads failed)` : '';
    ctx.fail({
      level: finding.level,
      check: 'fuzz',
      message: `invalid ${what} ${finding.where} was not handled cleanly (${first.message})${extra}${finding.shrunk ?? ''}: ${shown}`,
      expected,
      actual: shown,
      spec,
    });
    // The payload's own frames and failures, moved to the end of the transcript.
    const offset = ctx.transcript.length - finding.base;
    ctx.transcript.push(...finding.frames);
    for (const f of finding.failures) ctx.fail({ ...f, ...(f.frame !== undefined ? { frame: f.frame + offset } : {}) });
  }
  throw new StepAbort();
}

interface Finding extends Outcome {
  template: unknown;
  level: Level;
  /** Which payload: `floor payload 3 of 40`, `payload 26` (of the exploration). */
  where: string;
  /** `; shrunk in N steps to` for an exploration finding. */
  shrunk?: string;
}

/**
 * Random payloads from `seed` (fast-check): a MUST failure is shrunk and reported; a
 * payload failing only SHOULD checks is remembered and the search goes on for a MUST one.
 */
async function explore(world: CaseWorld, plan: Plan, payloads: fc.Arbitrary<unknown>, runs: number, seed: number): Promise<{ findings: Finding[]; tried: number }> {
  let shrinking = false;
  let budget = SHRINK_BUDGET;
  let tried = 0;
  let failedAt = 0;
  let last: (Outcome & { template: unknown }) | undefined;
  let warning: Finding | undefined;
  let fatal: unknown;
  let stop = false;
  const property = fc.asyncProperty(payloads, async (template) => {
    if (stop || (shrinking && budget <= 0)) return true;
    if (!shrinking) tried++;
    let o: Outcome;
    try {
      o = await tryPayload(world, plan, template);
    } catch (err) {
      fatal = err;
      stop = true;
      return true;
    }
    if (shrinking) budget -= o.slow ? SLOW_COST : 1;
    // A closed connection cannot be shrunk against: report the payload that closed it.
    const lost = plan.all.some((x) => x.lost !== undefined);
    if (lost) stop = true;
    if (o.failures.length === 0) return true;
    if (!o.failures.some((f) => f.level === 'MUST')) {
      // A warning: kept (the first one), but it does not end the search for a failure.
      if (!shrinking && !warning) warning = { ...o, template, level: 'SHOULD', where: `payload ${tried}` };
      return true;
    }
    // While shrinking, a candidate fails only as badly as the first failure did (MUST).
    if (!shrinking) {
      shrinking = true;
      failedAt = tried;
    }
    last = { ...o, template };
    return false;
  });
  const details = await fc.check(property, { numRuns: runs, seed });
  if (fatal !== undefined) throw fatal;
  const findings: Finding[] = [];
  if (details.failed && last) findings.push({ ...last, level: 'MUST', where: `payload ${failedAt}`, shrunk: `; shrunk in ${details.numShrinks} step${details.numShrinks === 1 ? '' : 's'} to` });
  if (warning) findings.push(warning);
  return { findings, tried };
}
