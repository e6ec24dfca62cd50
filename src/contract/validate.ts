// The contract's validators: the precompiled ones of generated/validators.js when they
// were generated from these very schemas, else compiled from the schemas (once per schema,
// on first use). Either way they come from the specs, never from a hand-written check.
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';
import type { Ajv, ErrorObject } from 'ajv';
import type { Contract, RestOperation } from './model.ts';
import { canonical, fromPointer, getAt, isObject, toPointer, type Json } from './refs.ts';

// ajv and ajv-formats (CommonJS) load when a schema is first compiled, not with this
// module: a run served by the precompiled validators (generated/validators.js) never loads
// the compiler (about 30 ms of start-up).
const require = createRequire(import.meta.url);

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
  /**
   * The rule broken, the same wherever the shape appears: the nearest titled object schema
   * on the way, the pointer inside it (array indices as `*`) and the keyword, e.g.
   * `Chat/channelId required`. Reports group failures by it (src/report/causes.ts).
   */
  rule?: string;
}

export type Check = (value: unknown) => Violation[];

/**
 * The contract's ajv. `allErrors` (the default) finds every violation: what the runner
 * reports. The reference server compiles with `allErrors: false` (D-52): validation stops
 * at the first violation, so its cost is bounded by the payload, not by its errors.
 */
export function createAjv(options: { allErrors?: boolean } = {}): Ajv {
  const { Ajv: AjvClass } = require('ajv') as { Ajv: typeof Ajv };
  const addFormats = require('ajv-formats') as { default: (ajv: Ajv) => Ajv };
  const ajv = new AjvClass({ allErrors: options.allErrors ?? true, strict: true, discriminator: true, strictTypes: false });
  addFormats.default(ajv);
  return ajv;
}

const INSTANCE_KEYWORDS = new Set(['additionalProperties', 'items', 'additionalItems', 'contains', 'unevaluatedProperties', 'unevaluatedItems', 'propertyNames']);
const NAMED_KEYWORDS = new Set(['properties', 'patternProperties', 'prefixItems', 'dependentSchemas', '$defs', 'definitions']);

interface Passage {
  /** A `oneOf` on the way, the branch taken and where in the value it applies. */
  oneOf: Json[];
  branch: number;
  at: string[];
}

/** What a schema path passes through: the `oneOf`s with their branch, and the nearest titled object schema. */
function trace(schema: Json, schemaPath: string, instancePath: string[]): { passages: Passage[]; titled?: { title: string; depth: number } } {
  const segments = fromPointer(schemaPath);
  const passages: Passage[] = [];
  let titled: { title: string; depth: number } | undefined;
  let node: Json | undefined = schema;
  let depth = 0;
  const note = (n: Json | undefined) => {
    if (isObject(n) && typeof n.title === 'string' && isObject(n.properties)) titled = { title: n.title, depth };
  };
  note(node);
  // The last segment is the failing keyword itself.
  for (let i = 0; i < segments.length - 1 && node !== undefined; i++) {
    const key = segments[i]!;
    if (!isObject(node)) return { passages, ...(titled ? { titled } : {}) };
    if (NAMED_KEYWORDS.has(key)) {
      const name = segments[++i]!;
      const holder: Json | undefined = node[key];
      node = Array.isArray(holder) ? holder[Number(name)] : isObject(holder) ? holder[name] : undefined;
      if (key !== '$defs' && key !== 'definitions' && key !== 'dependentSchemas') depth++;
    } else if (key === 'oneOf' || key === 'anyOf' || key === 'allOf') {
      const list = node[key];
      const branch = Number(segments[++i]);
      if (!Array.isArray(list)) return { passages, ...(titled ? { titled } : {}) };
      if (key === 'oneOf') passages.push({ oneOf: list, branch, at: instancePath.slice(0, depth) });
      node = list[branch];
    } else {
      node = node[key];
      if (INSTANCE_KEYWORDS.has(key)) depth++;
    }
    note(node);
  }
  return { passages, ...(titled ? { titled } : {}) };
}

/**
 * The branch of a `oneOf` that the value's discriminator selects: a property that every
 * branch pins with `const` (ChatWritten's `written: true`, WriteRefused's `written: false`);
 * `undefined` when the schema has none or the value matches no single branch.
 */
export function selectedBranch(branches: readonly Json[], value: unknown): number | undefined {
  if (!isObject(value as Json)) return undefined;
  const consts = branches.map((b) => (isObject(b) && isObject(b.properties) ? b.properties : {}));
  const keys = Object.keys(consts[0] ?? {}).filter((k) => consts.every((props) => isObject(props[k]!) && 'const' in (props[k] as object)));
  const present = keys.filter((k) => k in (value as object));
  if (present.length === 0) return undefined;
  const obj = value as Record<string, unknown>;
  const matching = consts.map((props, i) => (present.every((k) => canonical((props[k] as { const: Json }).const) === canonical(obj[k] as Json)) ? i : -1)).filter((i) => i >= 0);
  return matching.length === 1 ? matching[0] : undefined;
}

function toViolations(root: unknown, errors: readonly ErrorObject[] | null | undefined, schema?: Json, limit = Infinity): Violation[] {
  if (!errors) return [];
  // A oneOf reports every branch; keep the most specific errors: drop a parent's summary
  // ("must match exactly one schema in oneOf") when deeper errors explain it, and the
  // errors of branches that the value's discriminator (a const property) rules out.
  const deep = errors.filter((e) => e.keyword !== 'oneOf' && e.keyword !== 'anyOf' && e.keyword !== 'allOf');
  const chosen = deep.length > 0 ? deep : errors;
  const seen = new Set<string>();
  const out: Violation[] = [];
  for (const e of chosen) {
    if (out.length >= limit) break;
    const pointer = e.keyword === 'additionalProperties'
      ? `${e.instancePath}/${String((e.params as { additionalProperty?: string }).additionalProperty)}`
      : e.keyword === 'required'
        ? `${e.instancePath}/${String((e.params as { missingProperty?: string }).missingProperty)}`
        : e.instancePath;
    const segments = fromPointer(pointer);
    const traced = schema === undefined ? undefined : trace(schema, e.schemaPath, fromPointer(e.instancePath));
    if (traced?.passages.some((p) => {
      const selected = selectedBranch(p.oneOf, getAt(root as Json, p.at));
      return selected !== undefined && selected !== p.branch;
    })) continue;
    const message = e.keyword === 'additionalProperties'
      ? 'is not allowed (the schema is closed)'
      : e.keyword === 'required'
        ? 'is required but missing'
        : (e.message ?? e.keyword);
    const key = `${pointer} ${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const inner = segments.slice(traced?.titled?.depth ?? 0).map((s) => (/^\d+$/.test(s) ? '*' : s));
    out.push({
      pointer,
      message,
      value: getAt(root as Json, segments),
      keyword: e.keyword,
      schemaPath: e.schemaPath,
      rule: `${traced?.titled?.title ?? ''}${toPointer(inner)} ${e.keyword}`.trim(),
    });
  }
  return out;
}

/** A pointer and message on one line: `/chatId must be integer (got "6")`. */
export function describeViolation(v: Violation): string {
  const got = v.keyword === 'required' ? '' : ` (got ${preview(v.value)})`;
  // A pointer names keys of the value: a huge key must not make a huge message.
  const pointer = v.pointer.length > MAX_POINTER_CHARS ? `${v.pointer.slice(0, MAX_POINTER_CHARS - 1)}…` : v.pointer;
  return `${pointer || '(root)'} ${v.message}${got}`;
}

/** Pointers longer than this are cut in messages. */
const MAX_POINTER_CHARS = 200;
/**
 * `text` as a string of its own. V8 keeps a slice of a long string as a view of it: a
 * preview cut from a 10 MB payload would keep the 10 MB alive as long as the message
 * that quotes it (every failure of every case, until the reports are written).
 */
export function detached(text: string): string {
  return Buffer.from(text, 'utf8').toString('utf8');
}

export function preview(value: unknown, max = 80): string {
  // A long string is cut before it is serialised: no 10 MB JSON text for an 80-character preview.
  if (typeof value === 'string' && value.length > max) return detached(`${JSON.stringify(value.slice(0, max)).slice(0, max - 1)}…`);
  let text: string;
  try {
    // JSON.stringify gives undefined for a function (a Buffer's inherited method named by a violation).
    text = value === undefined ? 'undefined' : JSON.stringify(value) ?? String(value);
  } catch {
    // Too deep to serialise (JSON.stringify and String() both recurse): say what it is.
    text = Array.isArray(value) ? `[an array of ${value.length}, too deeply nested to show]`
      : typeof value === 'object' && value !== null ? '{an object too deeply nested to show}'
        : String(value);
  }
  return text.length > max ? detached(`${text.slice(0, max - 1)}…`) : text;
}

/** Every schema a validator is generated for, by the contract's own names. */
export interface ValidatorTable<T> {
  events: Record<string, T>;
  acks: Record<string, T>;
  rest: Record<string, { request?: T; responses: Record<string, T> }>;
  shapes: Record<string, T>;
}

/** An ajv validate function, compiled here or precompiled (ajv standalone). */
export interface ValidateFn {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

/** What generated/validators.js exports (the part the kit reads). */
export interface PrecompiledModule {
  schemaDigest: string;
  validators: ValidatorTable<ValidateFn>;
}

/** The schemas of every event payload, acknowledgement, REST body and response, and shared shape. */
export function validatorSchemas(contract: Contract): ValidatorTable<Json> {
  const table: ValidatorTable<Json> = { events: {}, acks: {}, rest: {}, shapes: { ...contract.shapes } };
  for (const e of Object.values(contract.events)) {
    table.events[e.event] = e.message.schema;
    if (e.ack) table.acks[e.event] = e.ack.schema;
  }
  for (const op of Object.values(contract.rest)) {
    table.rest[op.operationId] = { ...(op.requestBody !== undefined ? { request: op.requestBody } : {}), responses: { ...op.responses } };
  }
  return table;
}

/** The SHA-256 of those schemas' canonical form: precompiled validators are used only when it matches. */
export function schemaDigest(contract: Contract): string {
  let digest = DIGESTS.get(contract);
  if (digest === undefined) {
    digest = createHash('sha256').update(canonical(validatorSchemas(contract) as unknown as Json)).digest('hex');
    DIGESTS.set(contract, digest);
  }
  return digest;
}

/** A contract is not changed once loaded: its digest is computed once (the runner, the server and the suites' cache key ask for it). */
const DIGESTS = new WeakMap<Contract, string>();

/** The digest of `contract` as computed when it was cached (src/contract/index.ts). */
export function rememberSchemaDigest(contract: Contract, digest: string): void {
  DIGESTS.set(contract, digest);
}

/**
 * The schemas a server checks in what it receives, which its first-error validators
 * (D-52) serve: client-to-server event payloads, REST request bodies, REST parameters and
 * the namespace parameter (also the ObjectId shape). Others compile on first use.
 */
export function firstErrorSchemas(contract: Contract): Json[] {
  const out: Json[] = [];
  for (const e of Object.values(contract.events)) if (e.direction === 'clientToServer') out.push(e.message.schema);
  for (const op of Object.values(contract.rest)) {
    if (op.requestBody !== undefined) out.push(op.requestBody);
    for (const p of op.parameters) out.push(p.schema);
  }
  out.push(contract.namespace.schema);
  return out;
}

/**
 * The key of a schema's precompiled first-error validator: the SHA-256 of its canonical
 * form. Each validator answers for its own schema, so a schema changed since the file was
 * generated is simply compiled (never served a stale validator).
 */
export function schemaKey(schema: Json): string {
  return createHash('sha256').update(canonical(schema)).digest('hex');
}

/** What generated/validators-first-error.js exports: first-error validators by schemaKey(). */
export interface FirstErrorModule {
  validators: Record<string, ValidateFn>;
}

/** Pairs each schema of the contract with its precompiled validator (same table shape). */
function pairs(schemas: ValidatorTable<Json>, fns: ValidatorTable<ValidateFn>): [Json, ValidateFn | undefined][] {
  const out: [Json, ValidateFn | undefined][] = [];
  for (const part of ['events', 'acks', 'shapes'] as const) {
    for (const [name, schema] of Object.entries(schemas[part])) out.push([schema, fns[part]?.[name]]);
  }
  for (const [op, { request, responses }] of Object.entries(schemas.rest)) {
    if (request !== undefined) out.push([request, fns.rest?.[op]?.request]);
    for (const [status, schema] of Object.entries(responses)) out.push([schema, fns.rest?.[op]?.responses[status]]);
  }
  return out;
}

/** What a validator set is for. */
export interface ValidatorOptions {
  /**
   * Stop at the first violation and report at most `MAX_FIRST_ERRORS` (the reference
   * server, D-52). Default false: every violation (the runner), precompiled when fresh.
   */
  firstError?: boolean;
  /** With `firstError`: generated/validators-first-error.js's validators, by schemaKey(). */
  firstErrorPrecompiled?: Record<string, ValidateFn>;
}

/** The most violations a first-error validator set reports (a `oneOf` can give several). */
export const MAX_FIRST_ERRORS = 10;

/** First-error validators, shared by every server of the process: compiled once per schema. */
let firstErrorAjv: Ajv | undefined;
const firstErrorCache = new WeakMap<object, ValidateFn>();

export class Validators {
  private ajvInstance: Ajv | undefined;
  private readonly cache = new Map<Json, ValidateFn>();
  /** Stops at the first violation (ValidatorOptions.firstError). */
  readonly firstError: boolean;
  private readonly firstErrorPrecompiled: Record<string, ValidateFn> | undefined;
  /** `generated`: the precompiled validators of generated/validators.js serve the contract's schemas. */
  readonly source: 'generated' | 'compiled';
  /** The digest of the contract's schemas (what `source: generated` was matched on). */
  readonly schemaDigest: string;

  /**
   * `precompiled`: generated/validators.js of these specs; ignored (everything compiled
   * from the schemas) unless its digest is the contract's own.
   */
  constructor(readonly contract: Contract, precompiled?: PrecompiledModule, options: ValidatorOptions = {}) {
    this.schemaDigest = schemaDigest(contract);
    this.firstError = options.firstError === true;
    this.firstErrorPrecompiled = this.firstError ? options.firstErrorPrecompiled : undefined;
    // Precompiled validators find every error: not what a first-error set wants.
    const fresh = !this.firstError && precompiled !== undefined && precompiled.schemaDigest === this.schemaDigest;
    if (fresh) {
      for (const [schema, fn] of pairs(validatorSchemas(contract), precompiled.validators)) {
        if (typeof fn === 'function') this.cache.set(schema, fn);
      }
    }
    this.source = fresh ? 'generated' : 'compiled';
  }

  private get ajv(): Ajv {
    this.ajvInstance ??= createAjv();
    return this.ajvInstance;
  }

  /** A check for any schema of the contract: its precompiled validator, or compiled once. */
  check(schema: Json): Check {
    let fn = this.cache.get(schema);
    if (!fn) {
      fn = this.firstError
        ? (this.firstErrorPrecompiled?.[schemaKey(schema)] ?? compileFirstError(schema))
        : (this.ajv.compile(schema as object) as ValidateFn);
      this.cache.set(schema, fn);
    }
    const validate = fn;
    const limit = this.firstError ? MAX_FIRST_ERRORS : Infinity;
    return (value) => (validate(value) ? [] : toViolations(value, validate.errors, schema, limit));
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
      // Plain decimal digits without leading zeros (D-05, D-42): `1.0`, `007`, `+7` stay
      // strings and fail `type: integer` (a path or query is text, D-44).
      const numeric = type === 'integer' ? /^(0|-?[1-9]\d*)$/ : /^(0|-?[1-9]\d*)(\.\d+)?$/;
      const value: string | number = (type === 'integer' || type === 'number') && numeric.test(text) ? Number(text) : text;
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

function compileFirstError(schema: Json): ValidateFn {
  firstErrorAjv ??= createAjv({ allErrors: false });
  if (typeof schema !== 'object' || schema === null) return firstErrorAjv.compile(schema as boolean) as ValidateFn;
  const key = schema as object;
  let fn = firstErrorCache.get(key);
  if (!fn) {
    fn = firstErrorAjv.compile(key) as ValidateFn;
    firstErrorCache.set(key, fn);
  }
  return fn;
}

/** A module of `generated/` beside the contract's specs, or undefined when there is none usable (then everything is compiled). */
async function generatedModule<T>(contract: Contract, file: string): Promise<Partial<T> | undefined> {
  try {
    return (await import(pathToFileURL(join(contract.root, 'generated', file)).href)) as Partial<T>;
  } catch {
    return undefined;
  }
}

/**
 * The validators of a contract, precompiled when `generated/validators.js` beside its specs
 * was generated from the same schemas (a stale or missing file falls back to compiling
 * the specs, so a forgotten `npm run generate` is never a wrong verdict, only a slower start).
 */
export async function loadValidators(contract: Contract, options: ValidatorOptions = {}): Promise<Validators> {
  if (options.firstError === true) {
    const mod = await generatedModule<FirstErrorModule>(contract, 'validators-first-error.js');
    const firstErrorPrecompiled = typeof mod?.validators === 'object' && mod.validators !== null ? mod.validators : undefined;
    return new Validators(contract, undefined, { ...options, ...(firstErrorPrecompiled ? { firstErrorPrecompiled } : {}) });
  }
  const mod = await generatedModule<PrecompiledModule>(contract, 'validators.js');
  const precompiled = typeof mod?.schemaDigest === 'string' && typeof mod.validators === 'object' && mod.validators !== null
    ? { schemaDigest: mod.schemaDigest, validators: mod.validators }
    : undefined;
  return new Validators(contract, precompiled);
}
