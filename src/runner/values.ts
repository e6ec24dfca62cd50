// Scenario values: `${name.path}` interpolation against the fixtures and captured
// values, `$repeat` generators, and partial matching with a few operators. Pure.

export type Scope = Record<string, unknown>;

export function getPath(value: unknown, path: string): unknown {
  if (path === '' || path === '.') return value;
  let node = value;
  for (const part of path.split('.')) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node;
}

export class InterpolationError extends Error {}

const WHOLE = /^\$\{([^}]+)\}$/;
const ANY = /\$\{([^}]+)\}/g;

function lookup(scope: Scope, path: string): unknown {
  const value = getPath(scope, path.trim());
  if (value === undefined) throw new InterpolationError(`\${${path}} is not defined (captured by an earlier step, or a fixtures value)`);
  return value;
}

/**
 * Replaces `${…}` in every string of a value. A string that is exactly one `${…}` keeps
 * the looked-up value's type (a captured chat id stays a number). `{ $repeat: s, times: n }`
 * becomes `s` repeated `n` times; `{ $string: v }` the interpolated `v` as a string (a
 * captured id sent as `"6"`).
 */
export function interpolate(value: unknown, scope: Scope): unknown {
  if (typeof value === 'string') {
    const whole = WHOLE.exec(value);
    if (whole) return lookup(scope, whole[1]!);
    return value.replace(ANY, (_, path: string) => String(lookup(scope, path)));
  }
  if (Array.isArray(value)) return value.map((v) => interpolate(v, scope));
  if (value !== null && typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    if ('$repeat' in obj) {
      const text = interpolate(obj.$repeat, scope);
      return String(text).repeat(Number(obj.times ?? 1));
    }
    if ('$string' in obj) return String(interpolate(obj.$string, scope));
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(obj)) out[k] = interpolate(v, scope);
    return out;
  }
  return value;
}

export interface Mismatch {
  pointer: string;
  expected: unknown;
  actual: unknown;
  message: string;
}

const OPERATORS = ['$absent', '$present', '$ne', '$gt', '$gte', '$lt', '$lte', '$type', '$length', '$oneOf', '$sameAs', '$contains', '$notContains'] as const;

function isOperatorObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length > 0 &&
    Object.keys(v).every((k) => (OPERATORS as readonly string[]).includes(k));
}

function compare(a: unknown, b: unknown): number | undefined {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : a > b ? 1 : 0;
  return undefined;
}

function typeOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (Number.isInteger(v)) return 'integer';
  return typeof v;
}

/**
 * Partial match: every key of `expected` must match in `actual` (extra keys in `actual`
 * are fine; the schema decides about those). Arrays match element by element and by
 * length. Operator objects: `{ $absent: true }`, `{ $present: true }`, `{ $ne: v }`,
 * `{ $gt | $gte | $lt | $lte: v }`, `{ $type: 'integer' }`, `{ $length: n }`, `{ $oneOf: [..] }`,
 * `{ $contains: m }` / `{ $notContains: m }` (an array has / has no item matching `m`).
 */
export function match(expected: unknown, actual: unknown, pointer = ''): Mismatch[] {
  if (isOperatorObject(expected)) {
    const out: Mismatch[] = [];
    const fail = (message: string, want: unknown) => out.push({ pointer, expected: want, actual, message });
    for (const [op, want] of Object.entries(expected)) {
      switch (op) {
        case '$absent': if (want === true && actual !== undefined) fail('must be absent', '(absent)'); break;
        case '$present': if (want === true && actual === undefined) fail('must be present', '(present)'); break;
        case '$ne': if (deepEqual(want, actual)) fail(`must differ from ${JSON.stringify(want)}`, { $ne: want }); break;
        case '$gt': case '$gte': case '$lt': case '$lte': {
          const c = compare(actual, want);
          const ok = c !== undefined && (op === '$gt' ? c > 0 : op === '$gte' ? c >= 0 : op === '$lt' ? c < 0 : c <= 0);
          if (!ok) fail(`must be ${op.slice(1)} ${JSON.stringify(want)}`, { [op]: want });
          break;
        }
        case '$type': if (typeOf(actual) !== want && !(want === 'number' && typeOf(actual) === 'integer')) fail(`must be of type ${String(want)}`, { $type: want }); break;
        case '$length': if (!Array.isArray(actual) && typeof actual !== 'string') fail('must have a length', { $length: want });
          else if ([...(actual as string | unknown[])].length !== want) fail(`must have length ${String(want)}`, { $length: want }); break;
        case '$oneOf': if (!Array.isArray(want) || !want.some((w) => deepEqual(w, actual))) fail(`must be one of ${JSON.stringify(want)}`, { $oneOf: want }); break;
        case '$sameAs': if (!deepEqual(want, actual)) fail('must be the same as before', want); break;
        case '$contains': if (!Array.isArray(actual) || !actual.some((item) => match(want, item).length === 0)) fail(`must contain an item matching ${JSON.stringify(want)}`, { $contains: want }); break;
        case '$notContains': if (!Array.isArray(actual) || actual.some((item) => match(want, item).length === 0)) fail(`must not contain an item matching ${JSON.stringify(want)}`, { $notContains: want }); break;
      }
    }
    return out;
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return [{ pointer, expected, actual, message: 'must be an array' }];
    const out: Mismatch[] = [];
    if (actual.length !== expected.length) out.push({ pointer, expected, actual, message: `must have ${expected.length} items` });
    else expected.forEach((e, i) => out.push(...match(e, actual[i], `${pointer}/${i}`)));
    return out;
  }
  if (expected !== null && typeof expected === 'object') {
    if (actual === null || typeof actual !== 'object' || Array.isArray(actual)) {
      return [{ pointer, expected, actual, message: 'must be an object' }];
    }
    return Object.entries(expected).flatMap(([k, v]) => match(v, (actual as Record<string, unknown>)[k], `${pointer}/${k}`));
  }
  return deepEqual(expected, actual) ? [] : [{ pointer, expected, actual, message: `must equal ${JSON.stringify(expected)}` }];
}

export function deepEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => deepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}
