// Precompiled validators: ajv standalone code for every event payload, every
// acknowledgement, every REST request body and response, and the shared shapes, compiled
// with the runtime validators' own ajv options (`createAjv()`). The module imports only
// ajv's and ajv-formats' runtime helpers, so users need neither the specs nor a parser.
import standaloneModule from 'ajv/dist/standalone/index.js';
import { createAjv, firstErrorSchemas, schemaDigest, schemaKey, validatorSchemas, type Contract, type Json } from '../contract/index.ts';
import { canonical, pascal, tsKey } from './common.ts';

type StandaloneCode = (ajv: ReturnType<typeof createAjv>, refsOrFunc?: Record<string, string>) => string;
// ajv's standalone entry is CommonJS with a default export.
const standaloneCode = ((standaloneModule as unknown as { default?: unknown }).default ?? standaloneModule) as StandaloneCode;

/** One exported validator: its export name, the schema, and the TypeScript type it guards. */
interface Entry {
  name: string;
  schema: Json;
  type: string;
}

/** The validators of a contract, named, with the type each one narrows to. */
function entries(contract: Contract): { list: Entry[]; map: string[]; mapType: string[] } {
  const table = validatorSchemas(contract);
  const list: Entry[] = [];
  const map: string[] = [];
  const mapType: string[] = [];
  const add = (indent: string, key: string, name: string, schema: Json, type: string): void => {
    list.push({ name, schema, type });
    map.push(`${indent}${key}: ${name},`);
    mapType.push(`${indent}${key}: typeof ${name};`);
  };
  const open = (indent: string, key: string): void => {
    map.push(`${indent}${key}: {`);
    mapType.push(`${indent}${key}: {`);
  };
  const close = (indent: string): void => {
    map.push(`${indent}},`);
    mapType.push(`${indent}};`);
  };

  open('  ', 'events');
  for (const [event, schema] of Object.entries(table.events)) add('    ', tsKey(event), `event${pascal(event)}`, schema, `EventPayloads[${JSON.stringify(event)}]`);
  close('  ');
  open('  ', 'acks');
  for (const [event, schema] of Object.entries(table.acks)) add('    ', tsKey(event), `ack${pascal(event)}`, schema, `EventAcks[${JSON.stringify(event)}]`);
  close('  ');
  open('  ', 'rest');
  for (const [operationId, { request, responses }] of Object.entries(table.rest)) {
    const base = `rest${pascal(operationId)}`;
    const opType = `operations[${JSON.stringify(operationId)}]`;
    open('    ', tsKey(operationId));
    if (request !== undefined) add('      ', 'request', `${base}Request`, request, `NonNullable<${opType}['requestBody']>['content']['application/json']`);
    open('      ', 'responses');
    for (const [status, schema] of Object.entries(responses)) {
      add('        ', JSON.stringify(status), `${base}Response${status}`, schema, `${opType}['responses'][${JSON.stringify(status)}]['content']['application/json']`);
    }
    close('      ');
    close('    ');
  }
  close('  ');
  open('  ', 'shapes');
  for (const [shape, schema] of Object.entries(table.shapes)) add('    ', tsKey(shape), `shape${pascal(shape)}`, schema, `ContractSchemas[${JSON.stringify(shape)}]`);
  close('  ');
  return { list, map, mapType };
}

/**
 * ajv's standalone output, even with `code.esm`, loads its runtime helpers with
 * `require(...)` (ucs2length, the formats of ajv-formats). Turns each into an ESM import of
 * the same CommonJS module. Node gives a CommonJS module's `module.exports` as the default
 * export, bundlers (vite, esbuild, webpack) give `exports.default` when the module says
 * `__esModule`: `commonjs()` gets `module.exports` back either way.
 */
export function requiresToImports(code: string): string {
  const specifiers: string[] = [];
  const body = code.replace(/require\("([^"]+)"\)/g, (_, spec: string) => {
    let i = specifiers.indexOf(spec);
    if (i === -1) i = specifiers.push(spec) - 1;
    return `runtime${i}`;
  });
  if (specifiers.length === 0) return body.replace(/^"use strict";/, '');
  const lines = specifiers.map((spec, i) => {
    if (!/^(ajv|ajv-formats)\//.test(spec)) throw new Error(`ajv standalone code requires "${spec}", which is not a runtime dependency`);
    return `import * as runtimeModule${i} from ${JSON.stringify(spec.endsWith('.js') ? spec : `${spec}.js`)};`;
  });
  lines.push(
    'const commonjs = (ns) => (ns.default !== null && typeof ns.default === "object" ? ns.default : ns);',
    ...specifiers.map((_, i) => `const runtime${i} = commonjs(runtimeModule${i});`),
  );
  return `${lines.join('\n')}\n${body.replace(/^"use strict";/, '')}`;
}

/**
 * ES module source of ajv standalone code for `schemas` (export name → schema), compiled
 * with the runtime validators' options (`createAjv(options)`), its runtime helpers imported.
 */
function standaloneSource(schemas: ReadonlyArray<readonly [string, Json]>, options: { allErrors?: boolean } = {}): string {
  const ajv = createAjv(options);
  ajv.opts.code.source = true;
  ajv.opts.code.esm = true;
  ajv.opts.code.lines = true;
  const refs: Record<string, string> = {};
  for (const [name, schema] of schemas) {
    ajv.addSchema(schema as object, name);
    refs[name] = name;
  }
  return requiresToImports(standaloneCode(ajv, refs));
}

/** `generated/validators.js` and `generated/validators.d.ts` (without headers). */
export function generateValidators(contract: Contract): { js: string; dts: string } {
  const { list, map, mapType } = entries(contract);

  // One compiled function per distinct schema, exported under its first name; the other
  // names of the same schema are aliases of it.
  const idByForm = new Map<string, string>();
  const compiled: Array<[string, Json]> = [];
  const aliases: string[] = [];
  for (const entry of list) {
    const form = canonical(entry.schema);
    const id = idByForm.get(form);
    if (id === undefined) {
      idByForm.set(form, entry.name);
      compiled.push([entry.name, entry.schema]);
    } else {
      aliases.push(`export const ${entry.name} = ${id};`);
    }
  }
  const code = standaloneSource(compiled);

  const js = [
    code.trimEnd(),
    '',
    '// Validators of a schema compiled above under another name.',
    ...aliases,
    '',
    '/** The SHA-256 of the schemas these validators were compiled from (the kit uses them only when its specs give the same). */',
    `export const schemaDigest = ${JSON.stringify(schemaDigest(contract))};`,
    '',
    '/** Every validator, by the contract\'s own names: event, acknowledged event, operationId and status, shape. */',
    'export const validators = {',
    ...map,
    '};',
    '',
  ].join('\n');

  const dts = [
    "import type { ErrorObject } from 'ajv';",
    "import type { ContractSchemas, EventAcks, EventPayloads, operations } from './index.js';",
    '',
    '/**',
    ' * An ajv validate function: returns whether `data` matches the schema (and narrows it to',
    ' * `T`); when it does not, `errors` lists every violation (compiled with `allErrors`).',
    ' */',
    'export interface Validator<T> {',
    '  (data: unknown): data is T;',
    '  errors?: ErrorObject[] | null;',
    '}',
    '',
    ...list.map((e) => `export declare const ${e.name}: Validator<${e.type}>;`),
    '',
    '/** The SHA-256 of the schemas these validators were compiled from. */',
    'export declare const schemaDigest: string;',
    '',
    '/** Every validator, by the contract\'s own names: event, acknowledged event, operationId and status, shape. */',
    'export declare const validators: {',
    ...mapType,
    '};',
    '',
  ].join('\n');
  return { js, dts };
}

/**
 * `generated/validators-first-error.js` (without header): the reference server's
 * first-error validators (D-52, `allErrors: false`), one per distinct schema it checks,
 * exported by the SHA-256 of the schema's canonical form (`schemaKey`). The server then
 * compiles nothing at start-up; a schema changed since is compiled on first use.
 */
export function generateFirstErrorValidators(contract: Contract): string {
  const byKey = new Map<string, Json>();
  for (const schema of firstErrorSchemas(contract)) {
    const key = schemaKey(schema);
    if (!byKey.has(key)) byKey.set(key, schema);
  }
  const keys = [...byKey.keys()];
  const code = standaloneSource(keys.map((key, i) => [`firstError${i}`, byKey.get(key)!] as const), { allErrors: false });
  return [
    code.trimEnd(),
    '',
    '/** Each validator by the SHA-256 of its schema\'s canonical form (src/contract/validate.ts `schemaKey`). */',
    'export const validators = {',
    ...keys.map((key, i) => `  ${JSON.stringify(key)}: firstError${i},`),
    '};',
    '',
  ].join('\n');
}
