// Loading YAML documents and resolving `$ref`s across files. Pure apart from the file
// reads, which go through one cache per loader so each file is parsed once.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { yaml } from '../lib/yaml.ts';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A JSON pointer (RFC 6901) from path segments. */
export function toPointer(segments: readonly (string | number)[]): string {
  return segments.map((s) => '/' + String(s).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}

export function fromPointer(pointer: string): string[] {
  if (pointer === '' || pointer === '#') return [];
  const body = pointer.startsWith('#') ? pointer.slice(1) : pointer;
  return body.split('/').slice(1).map((s) => percentDecoded(s).replace(/~1/g, '/').replace(/~0/g, '~'));
}

/**
 * Percent-decodes a pointer segment when it is URI-encoded (`%7B`); anything else is
 * kept as is. Instance pointers from the validator name the payload's own keys, which
 * may be any string (`%`, `100%`): they must never throw.
 */
function percentDecoded(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

export function getAt(doc: Json, segments: readonly string[]): Json | undefined {
  let node: Json | undefined = doc;
  for (const segment of segments) {
    if (Array.isArray(node)) node = node[Number(segment)];
    else if (isObject(node)) node = node[segment];
    else return undefined;
  }
  return node;
}

export class ContractError extends Error {
  constructor(
    message: string,
    readonly file: string,
    readonly pointer: string,
  ) {
    super(`${file}#${pointer}: ${message}`);
    this.name = 'ContractError';
  }
}

/** A location in the specs: the file and the JSON pointer inside it. */
export interface Location {
  file: string;
  pointer: string;
}

const SCHEMA_MAPS = new Set(['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas']);

export class DocumentStore {
  private readonly docs = new Map<string, Json>();

  constructor(private readonly reader: (file: string) => string = (f) => readFileSync(f, 'utf8')) {}

  load(file: string): Json {
    const abs = resolve(file);
    let doc = this.docs.get(abs);
    if (doc === undefined) {
      const { LineCounter, parseDocument } = yaml();
      const lineCounter = new LineCounter();
      const parsed = parseDocument(this.reader(abs), { lineCounter });
      if (parsed.errors.length > 0) {
        const first = parsed.errors[0]!;
        const pos = lineCounter.linePos(first.pos[0]);
        throw new ContractError(`YAML error at line ${pos.line}: ${first.message}`, abs, '');
      }
      doc = parsed.toJS() as Json;
      this.docs.set(abs, doc);
    }
    return doc;
  }

  /** Where a `$ref` written in `from` points. */
  target(from: Location, ref: string): Location {
    const hash = ref.indexOf('#');
    const filePart = hash === -1 ? ref : ref.slice(0, hash);
    const pointer = hash === -1 ? '' : ref.slice(hash + 1);
    const file = filePart === '' ? from.file : resolve(dirname(from.file), filePart);
    return { file, pointer };
  }

  /** The node at a location, following `$ref` chains (a node that is only a `$ref`). */
  resolve(at: Location): { node: Json; at: Location } {
    const seen = new Set<string>();
    let here = at;
    for (;;) {
      const key = `${here.file}#${here.pointer}`;
      if (seen.has(key)) throw new ContractError('circular $ref', here.file, here.pointer);
      seen.add(key);
      const node = getAt(this.load(here.file), fromPointer(here.pointer));
      if (node === undefined) throw new ContractError('$ref target does not exist', here.file, here.pointer);
      if (isObject(node) && typeof node.$ref === 'string') {
        here = this.target(here, node.$ref);
        continue;
      }
      return { node, at: here };
    }
  }

  /**
   * A schema with every `$ref` inlined, ready for a JSON Schema validator: extension
   * keys (`x-…`) and OpenAPI's `example` dropped, AsyncAPI's string `discriminator`
   * turned into the `{ propertyName }` form ajv understands. Siblings of a `$ref`
   * (a `description`, say) are kept over the target.
   */
  schemaAt(at: Location, stack: readonly string[] = []): Json {
    const { node, at: where } = this.resolve(at);
    const key = `${where.file}#${where.pointer}`;
    if (stack.includes(key)) throw new ContractError('recursive schema', where.file, where.pointer);
    return this.inline(node, where, [...stack, key], false);
  }

  /** `isMap`: `node` is a map of names to schemas (`properties`), not a schema. */
  private inline(node: Json, at: Location, stack: readonly string[], isMap: boolean): Json {
    if (Array.isArray(node)) {
      return node.map((item, i) => this.inline(item, { file: at.file, pointer: `${at.pointer}/${i}` }, stack, false));
    }
    if (!isObject(node)) return node;
    if (isMap) {
      const out: JsonObject = {};
      for (const [k, v] of Object.entries(node)) {
        out[k] = this.inline(v, { file: at.file, pointer: `${at.pointer}${toPointer([k])}` }, stack, false);
      }
      return out;
    }
    let out: JsonObject = {};
    if (typeof node.$ref === 'string') {
      const target = this.schemaAt(this.target(at, node.$ref), stack);
      if (isObject(target)) out = { ...target };
    }
    for (const [k, v] of Object.entries(node)) {
      if (k === '$ref' || k.startsWith('x-') || k === 'example') continue;
      const child = { file: at.file, pointer: `${at.pointer}${toPointer([k])}` };
      if (k === 'discriminator' && typeof v === 'string') out[k] = { propertyName: v };
      else if (k === 'examples' || k === 'const' || k === 'enum' || k === 'default') out[k] = v;
      else out[k] = this.inline(v, child, stack, SCHEMA_MAPS.has(k));
    }
    // A discriminator only applies to objects, and ajv lets the discriminator evaluate
    // the `oneOf` in its stead, so without a `type` a non-object (null, 5, "x") would
    // pass. The union's members are objects: say so.
    if (out.discriminator !== undefined && out.type === undefined) out.type = 'object';
    return out;
  }
}

/** JSON with object keys sorted: a canonical form to compare schemas. */
export function canonical(value: Json | undefined): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    return `{${Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}
