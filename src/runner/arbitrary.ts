// The generic fuzz generator, apart from any protocol: payload templates (fixtures
// references and compact big values), fast-check arbitraries of values that satisfy or
// break a JSON Schema, and the floor's fixed values known to break implementations.
// src/runner/fuzz.ts picks the targets (the profile's) and runs the payloads.
import fc from 'fast-check';
import type { Contract, Json } from '../contract/index.ts';
import { CaseError } from './context.ts';
import { getPath, type Scope } from './values.ts';

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

export function define(o: Record<string, unknown>, key: string, value: unknown): void {
  // A plain assignment to `__proto__` would set the prototype instead of a key.
  Object.defineProperty(o, key, { value, enumerable: true, writable: true, configurable: true });
}

export function mapTemplate(t: unknown, leaf: (t: Ref | Repeat | Ids | Nest) => unknown): unknown {
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
    return x;
  });
  return asJson(value);
}

/**
 * What crosses the wire: `JSON.parse(JSON.stringify(v))` (-0 becomes 0, a non-finite
 * number null, an undefined member goes, `toJSON` is called; an own `__proto__` key stays a
 * key), with each `Nest` placeholder built in place afterwards: V8 stringifies a value nested
 * thousands deep slowly, so nests are written as a marker and never stringified.
 */
export function asJson(v: unknown): unknown {
  let nests: Nest[] | undefined;
  const marker = `\u0000nest:${Math.random().toString(36).slice(2)}:`;
  const text = JSON.stringify(v, (_key, x: unknown) => {
    if (!(x instanceof Nest)) return x;
    (nests ??= []).push(x);
    return `${marker}${nests.length - 1}`;
  });
  if (nests === undefined) return JSON.parse(text ?? 'undefined') as unknown;
  const found = nests;
  return JSON.parse(text, (_key, x: unknown) => (typeof x === 'string' && x.startsWith(marker) ? nested(found[Number(x.slice(marker.length))]!.depth) : x)) as unknown;
}

/** A value `depth` levels deep: `{ n: [ { n: … 0 } ] }`. */
function nested(depth: number): unknown {
  let out: unknown = 0;
  for (let i = 0; i < depth; i++) out = i % 2 === 0 ? { n: out } : [out];
  return out;
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

export interface Schema {
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

export const OBJECT_ID = '^[0-9a-f]{24}$';

/** Units for over-limit strings: ASCII, emoji, ZWJ sequences, combining marks, RTL, lone surrogates, controls. */
export const UNITS = ['a', ' ', '😀', '👨‍👩‍👧‍👦', 'e\u0301', '\u202E', '\u200F', 'ש', '\uD800', '\uDC00', '中', '\u0000', '\uFEFF', '\u200B', '\n', 'ﷺ'];
/** Strings that have broken parsers and validators before. */
export const EDGE_STRINGS = [
  '', ' ', '\u0000', '\uD800', '\uDFFF', '\uDBFF\uDFFF', '\u200D', '👨‍👩‍👧‍👦', '\u202Eevil', '\u200F', '\uFEFF', 'e\u0301', '\r\n',
  '<script>alert(1)</script>', '${nonce}', '{{7*7}}', '__proto__', 'null', 'true', '0', '-1', '1e3', 'NaN', '６', '𝟘', 'İ',
];
/** Keys that have broken servers before; with every property name of the contract (`contractKeys`). */
export const SPECIAL_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty', '', ' ', '$where', '\u0000', '\uD800', '👀'];

export const CONTRACT_KEYS = new WeakMap<Contract, string[]>();
/** Every property name of the contract's messages, acks and shapes: what a server might trust in a payload. */
export function contractKeys(contract: Contract): string[] {
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
export const VALID_TEXTS = ['fuzz', ' ', '<b>hi</b>', '😀', 'مرحبا', 'a\u200Db'];

export const codePoints = (s: string) => [...s].length;

/** Any JSON-ish value, big and small, for "wrong type" positions and extra properties. */
export const anyValue: fc.Arbitrary<unknown> = fc.oneof(
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

export function typeOf(t: unknown): string {
  if (t instanceof Repeat) return 'string';
  if (t instanceof Ids) return 'array';
  if (t instanceof Nest) return t.depth === 0 ? 'integer' : t.depth % 2 === 1 ? 'object' : 'array';
  if (t instanceof Ref) return 'ref';
  if (t === null) return 'null';
  if (Array.isArray(t)) return 'array';
  if (typeof t === 'number') return Number.isInteger(t) ? 'integer' : 'number';
  return typeof t;
}

export function hasType(schema: Schema, t: unknown): boolean {
  const type = typeOf(t);
  if (schema.type === undefined || type === 'ref') return true;
  return schema.type === type || (schema.type === 'number' && type === 'integer');
}

export interface Gen {
  /** Payload paths (`/channelId`, `/users/*`) filled from the world: one reference, or a list to draw from. */
  refs: Record<string, string | string[]>;
  /** Every string const and enum value of the target's schema (other branches' discriminators). */
  words: string[];
  /** Every property name of the contract. */
  keys: string[];
}

export function valid(schema: Schema, path: string, g: Gen): fc.Arbitrary<unknown> {
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

export function withKey(o: unknown, key: string, value: unknown): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(o as object)) define(out, k, (o as Record<string, unknown>)[k]);
  define(out, key, value);
  return out;
}

export function without(o: unknown, key: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(o as object)) if (k !== key) define(out, k, (o as Record<string, unknown>)[k]);
  return out;
}

export function keyVariants(key: string): string[] {
  const snake = key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
  return [snake, key.toUpperCase(), key.toLowerCase(), `${key} `, ` ${key}`, key[0]!.toUpperCase() + key.slice(1), `${key}\u0000`, key.normalize('NFD')];
}

/** Values that break `schema` at `path` (most of the time: the whole payload is filtered by the validator). */
export function invalid(schema: Schema, path: string, g: Gen): fc.Arbitrary<unknown> {
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

export function words(schema: Json): string[] {
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


// ---- the floor: a fixed list of payloads known to break implementations ----

/** Deeper than the 1,000 levels some parsers and validators stop at. */
export const DEEP = [1001, 2048];
/** Past 2^53 (Number.MAX_SAFE_INTEGER): kept only where the contract rejects them. */
export const BIG_NUMBERS = [2 ** 53, 2 ** 53 + 2, -(2 ** 53) - 2, 1e300];

/** Values known to break implementations at a position of `schema`, the same on every run. */
export function floorValues(schema: Schema): unknown[] {
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
