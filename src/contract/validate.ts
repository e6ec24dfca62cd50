// Validators compiled from the contract's schemas (once per schema, on first use).
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { Contract, RestOperation } from './model.ts';
import { fromPointer, getAt, type Json } from './refs.ts';

// ajv-formats is CommonJS; its default export arrives wrapped under ESM.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (ajv: Ajv) => Ajv;

/** One way a value breaks its schema. */
export interface Violation {
  /** JSON pointer into the validated value ('' for the value itself). */
  pointer: string;
  message: string;
  /** The offending value (at `pointer`). */
  value: unknown;
  keyword: string;
  /** Where in the schema the rule lives. */
  schemaPath: string;
}

export type Check = (value: unknown) => Violation[];

export function createAjv(): Ajv {
  const ajv = new Ajv({ allErrors: true, strict: true, discriminator: true, strictTypes: false });
  addFormats(ajv);
  return ajv;
}

function toViolations(root: unknown, errors: readonly ErrorObject[] | null | undefined): Violation[] {
  if (!errors) return [];
  // With a discriminator, ajv already narrows to the right branch; without one, a oneOf
  // reports every branch. Keep the most specific errors: drop a parent's summary
  // ("must match exactly one schema in oneOf") when deeper errors explain it.
  const deep = errors.filter((e) => e.keyword !== 'oneOf' && e.keyword !== 'anyOf' && e.keyword !== 'allOf');
  const chosen = deep.length > 0 ? deep : errors;
  const seen = new Set<string>();
  const out: Violation[] = [];
  for (const e of chosen) {
    const pointer = e.keyword === 'additionalProperties'
      ? `${e.instancePath}/${String((e.params as { additionalProperty?: string }).additionalProperty)}`
      : e.keyword === 'required'
        ? `${e.instancePath}/${String((e.params as { missingProperty?: string }).missingProperty)}`
        : e.instancePath;
    const message = e.keyword === 'additionalProperties'
      ? 'is not allowed (the schema is closed)'
      : e.keyword === 'required'
        ? 'is required but missing'
        : (e.message ?? e.keyword);
    const key = `${pointer} ${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({
      pointer,
      message,
      value: getAt(root as Json, fromPointer(pointer)),
      keyword: e.keyword,
      schemaPath: e.schemaPath,
    });
  }
  return out;
}

/** A pointer and message on one line: `/chatId must be integer (got "6")`. */
export function describeViolation(v: Violation): string {
  const got = v.keyword === 'required' ? '' : ` (got ${preview(v.value)})`;
  return `${v.pointer || '(root)'} ${v.message}${got}`;
}

export function preview(value: unknown, max = 80): string {
  let text: string;
  try {
    // JSON.stringify gives undefined for a function (a Buffer's inherited method named by a violation).
    text = value === undefined ? 'undefined' : JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

export class Validators {
  private readonly ajv = createAjv();
  private readonly cache = new Map<Json, ValidateFunction>();

  constructor(readonly contract: Contract) {}

  /** A check for any schema of the contract, compiled once. */
  check(schema: Json): Check {
    let fn = this.cache.get(schema);
    if (!fn) {
      fn = this.ajv.compile(schema as object);
      this.cache.set(schema, fn);
    }
    const validate = fn;
    return (value) => (validate(value) ? [] : toViolations(value, validate.errors));
  }

  /** Violations of an event's payload; `undefined` when the contract has no such event. */
  event(name: string, payload: unknown): Violation[] | undefined {
    const def = this.contract.events[name];
    return def ? this.check(def.message.schema)(payload) : undefined;
  }

  /** Violations of an event's acknowledgement; `undefined` when the event has none. */
  ack(name: string, payload: unknown): Violation[] | undefined {
    const ack = this.contract.events[name]?.ack;
    return ack ? this.check(ack.schema)(payload) : undefined;
  }

  shape(name: string, value: unknown): Violation[] {
    const schema = this.contract.shapes[name];
    if (schema === undefined) throw new Error(`no shared shape named ${name}`);
    return this.check(schema)(value);
  }

  /** Violations of a REST response; `undefined` when the status is not documented. */
  restResponse(operationId: string, status: number, body: unknown): Violation[] | undefined {
    const schema = this.operation(operationId).responses[String(status)];
    return schema === undefined ? undefined : this.check(schema)(body);
  }

  restBody(operationId: string, body: unknown): Violation[] {
    const schema = this.operation(operationId).requestBody;
    return schema === undefined ? [] : this.check(schema)(body);
  }

  /**
   * Decodes and validates path and query parameters given as strings: a parameter whose
   * schema is an integer must be a plain decimal number (no coercion of `"6x"`).
   */
  restParams(operationId: string, raw: { path?: Record<string, string | undefined>; query?: Record<string, string | undefined> }):
    { values: Record<string, string | number>; violations: Violation[] } {
    const values: Record<string, string | number> = {};
    const violations: Violation[] = [];
    for (const p of this.operation(operationId).parameters) {
      const text = p.in === 'path' ? raw.path?.[p.name] : p.in === 'query' ? raw.query?.[p.name] : undefined;
      if (text === undefined) {
        if (p.required) violations.push({ pointer: `/${p.name}`, message: 'is required but missing', value: undefined, keyword: 'required', schemaPath: '' });
        continue;
      }
      const type = (p.schema as { type?: string }).type;
      const value: string | number = (type === 'integer' || type === 'number') && /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : text;
      for (const v of this.check(p.schema)(value)) violations.push({ ...v, pointer: `/${p.name}${v.pointer}` });
      values[p.name] = value;
    }
    return { values, violations };
  }

  operation(operationId: string): RestOperation {
    const op = this.contract.rest[operationId];
    if (!op) throw new Error(`no REST operation ${operationId} in the contract`);
    return op;
  }
}
