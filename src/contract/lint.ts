// The contract's linter: the two standard tools (the AsyncAPI parser for asyncapi.yaml,
// Redocly for openapi.yaml) plus the kit's own rules, which neither tool checks. Every
// finding names a file (relative to the linted root), a JSON pointer into it, a stable
// rule id and a message. Reads files, never writes; never throws on bad input: a YAML
// error, a dangling `$ref` or a schema ajv cannot compile is a finding like any other.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { Contract } from './model.ts';
import { SPEC_FILES } from './model.ts';
import { ContractError, DocumentStore, getAt, fromPointer, isObject, toPointer, type Json, type JsonObject, type Location } from './refs.ts';
import { describeViolation, Validators, type Check } from './validate.ts';

/** The kit's own rules. Rule ids are keys of this table, so a misspelt id does not compile. */
export const RULES = {
  'yaml-syntax': 'every spec file is well-formed YAML',
  'ref-resolves': 'every `$ref` the kit follows points at an existing node',
  'schema-compiles': 'every schema compiles under the kit\'s JSON Schema validator (ajv, strict)',
  'example-valid': 'every example (message, schema, parameter, request and response examples) validates against its schema',
  'address-parameter-declared': 'every `{placeholder}` of a channel address has an entry under the channel\'s `parameters`',
  'parameter-in-address': 'every channel parameter appears as a `{placeholder}` of the channel address',
  'parameter-x-schema': 'every channel parameter has an `x-schema` (AsyncAPI 3 parameters carry no schema, D-24)',
  'message-used': 'every message under components/messages and channels/*/messages is used by an operation (messages or reply)',
  'event-name-unique': 'no two messages an operation sends or receives share a name (the name is the Socket.IO event)',
  'request-schema-closed': 'every object schema reachable from a client→server payload or a REST request body has `additionalProperties: false` (D-03)',
  'pattern-portable': 'every `pattern` is portable ECMA-262: no `\\p{…}`/`\\u{…}`, named groups or lookbehind; it compiles without and with the `u` flag (D-27)',
  'required-has-properties': 'every key a schema lists in `required` is described in the same schema\'s `properties` (D-28)',
  'decision-exists': 'every `D-NN` a spec cites is an entry of docs/decisions.md',
  'doc-spec-pointer': 'every spec pointer written in backticks in docs/decisions.md and docs/contract.md resolves',
} as const;

export type OwnRuleId = keyof typeof RULES;
/** Own rules, or a tool's rule prefixed with the tool: `asyncapi/invalid-ref`, `redocly/struct`. */
export type RuleId = OwnRuleId | `asyncapi/${string}` | `redocly/${string}` | 'tool-error';

export interface Finding {
  /** The file, relative to the linted root, with `/` separators (`schemas/Chat.yaml`). */
  file: string;
  /** A JSON pointer into the file (`''` for the whole file). */
  pointer: string;
  rule: RuleId;
  message: string;
  severity: 'error' | 'warning';
  /** 1-based line, when known (YAML syntax errors, docs/decisions.md). */
  line?: number;
}

export const DECISIONS_FILE = 'docs/decisions.md';
/** The documents whose backticked spec pointers must resolve (those that exist). */
export const POINTER_DOCS = [DECISIONS_FILE, 'docs/contract.md'] as const;

/** Whether `root` holds the two specs (the CLI's usage check). */
export function hasSpecs(root: string): boolean {
  return existsSync(join(root, SPEC_FILES.asyncapi)) && existsSync(join(root, SPEC_FILES.openapi));
}

export interface LintOptions {
  /** Skip the AsyncAPI parser and Redocly (own rules only). */
  ownRulesOnly?: boolean;
}

/** Lints the specs under `root`: the tools' diagnostics and the kit's own rules. */
export async function lintContract(root: string, options: LintOptions = {}): Promise<Finding[]> {
  const absRoot = resolve(root);
  const findings: Finding[] = [];
  const store = new DocumentStore();
  const ctx = new LintContext(absRoot, store, findings);

  const parsed = ctx.parseAll();
  if (!options.ownRulesOnly) {
    if (parsed.asyncapi) findings.push(...(await asyncapiDiagnostics(absRoot)));
    if (parsed.openapi) findings.push(...(await redoclyDiagnostics(absRoot)));
  }
  if (parsed.asyncapi) {
    ctx.guard(() => checkAddresses(ctx));
    ctx.guard(() => checkMessagesUsed(ctx));
    ctx.guard(() => checkEventNames(ctx));
  }
  ctx.guard(() => checkExamples(ctx, parsed));
  ctx.guard(() => checkRequestsClosed(ctx, parsed));
  ctx.guard(() => checkSchemaPortability(ctx, parsed));
  ctx.guard(() => checkDecisions(ctx, parsed));
  return dedupe(findings);
}

function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.file}#${f.pointer} ${f.rule} ${f.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

// ---------------------------------------------------------------------------------------
// Context: the store, relative file names, guarded rule execution.

interface Parsed {
  asyncapi: boolean;
  openapi: boolean;
  /** The shared schema files that parsed. */
  shared: string[];
}

class LintContext {
  readonly asyncFile: string;
  readonly openFile: string;
  readonly validators: Validators;
  private readonly checks = new Map<string, Check | null>();

  constructor(
    readonly root: string,
    readonly store: DocumentStore,
    readonly findings: Finding[],
  ) {
    this.asyncFile = join(root, SPEC_FILES.asyncapi);
    this.openFile = join(root, SPEC_FILES.openapi);
    // Lint compiles schemas only; it needs no loaded contract (a broken spec may not load).
    const empty: Contract = { root, version: '', namespace: { address: '', parameter: '', schema: {}, pointer: '' }, events: {}, rest: {}, shapes: {} };
    this.validators = new Validators(empty);
  }

  rel(file: string): string {
    return relative(this.root, file).split(sep).join('/');
  }

  add(rule: RuleId, at: Location, message: string, extra: Partial<Finding> = {}): void {
    const file = this.rel(at.file);
    // A file that does not parse is reported once, as yaml-syntax, not at every $ref to it.
    if (rule === 'ref-resolves' && this.findings.some((f) => f.rule === 'yaml-syntax' && f.file === file)) return;
    this.findings.push({ file: this.rel(at.file), pointer: at.pointer, rule, message, severity: 'error', ...extra });
  }

  /** Runs a rule (or one item of it); a dangling `$ref` becomes a finding, not a crash. */
  guard(fn: () => void): void {
    try {
      fn();
    } catch (e) {
      if (e instanceof ContractError) {
        this.add('ref-resolves', { file: e.file, pointer: e.pointer }, firstLine(e.message.slice(e.message.indexOf(': ') + 2)));
      } else if (isMissingFile(e)) {
        this.add('ref-resolves', { file: e.path, pointer: '' }, 'a $ref points at a file that does not exist');
      } else {
        this.add('tool-error', { file: this.asyncFile, pointer: '' }, `internal lint error: ${e instanceof Error ? e.message : String(e)}`);
      }
    }
  }

  parseAll(): Parsed {
    const ok = (file: string): boolean => {
      try {
        this.store.load(file);
        return true;
      } catch (e) {
        const message = e instanceof Error ? e.message : String(e);
        const text = e instanceof ContractError ? message.slice(message.indexOf(': ') + 2) : message;
        const line = /line (\d+)/.exec(text)?.[1];
        this.add('yaml-syntax', { file, pointer: '' }, firstLine(text), line ? { line: Number(line) } : {});
        return false;
      }
    };
    const schemasDir = join(this.root, 'schemas');
    const shared = existsSync(schemasDir)
      ? readdirSync(schemasDir).filter((f) => f.endsWith('.yaml') || f.endsWith('.yml')).sort().map((f) => join(schemasDir, f))
      : [];
    return { asyncapi: ok(this.asyncFile), openapi: ok(this.openFile), shared: shared.filter(ok) };
  }

  doc(file: string): JsonObject {
    const d = this.store.load(file);
    return isObject(d) ? d : {};
  }

  /** A compiled check for the schema at a location, or null (with a finding) when it cannot compile. */
  checkAt(at: Location): Check | null {
    const { at: where } = this.store.resolve(at);
    const key = `${where.file}#${where.pointer}`;
    if (!this.checks.has(key)) {
      let check: Check | null = null;
      try {
        check = this.validators.check(this.store.schemaAt(where));
      } catch (e) {
        if (e instanceof ContractError) throw e;
        this.add('schema-compiles', where, `the schema does not compile: ${e instanceof Error ? e.message : String(e)}`);
      }
      this.checks.set(key, check);
    }
    return this.checks.get(key) ?? null;
  }
}

function firstLine(text: string): string {
  return text.split('\n')[0]!.trim().replace(/:$/, '');
}

function isMissingFile(e: unknown): e is NodeJS.ErrnoException & { path: string } {
  return e instanceof Error && (e as NodeJS.ErrnoException).code === 'ENOENT' && typeof (e as NodeJS.ErrnoException).path === 'string';
}

const at = (file: string, ...segments: (string | number)[]): Location => ({ file, pointer: toPointer(segments) });
const child = (loc: Location, ...segments: (string | number)[]): Location => ({ file: loc.file, pointer: loc.pointer + toPointer(segments) });
const entries = (node: Json | undefined): [string, Json][] => (isObject(node) ? Object.entries(node) : []);
const items = (node: Json | undefined): Json[] => (Array.isArray(node) ? node : []);

// ---------------------------------------------------------------------------------------
// The tools.

/** A validator that is not installed (lint's validators are development dependencies) says how to get it. */
function toolFailure(pkg: string, what: string, e: unknown): string {
  if ((e as { code?: string } | null)?.code === 'ERR_MODULE_NOT_FOUND' && e instanceof Error && e.message.includes(pkg)) {
    return `${pkg} is not installed: lint is a maintainer command; run \`npm install\` in a checkout of commu-contract (it is a development dependency)`;
  }
  return `${what}: ${e instanceof Error ? e.message : String(e)}`;
}

async function asyncapiDiagnostics(root: string): Promise<Finding[]> {
  const file = join(root, SPEC_FILES.asyncapi);
  try {
    const { Parser, fromFile } = await import('@asyncapi/parser');
    const { diagnostics } = await fromFile(new Parser(), file).parse();
    return diagnostics
      .filter((d) => d.severity === 0 || d.severity === 1)
      .map((d): Finding => ({
        file: relative(root, resolve(d.source ?? file)).split(sep).join('/'),
        pointer: toPointer(d.path.map(String)),
        rule: `asyncapi/${String(d.code)}`,
        message: d.message,
        severity: d.severity === 0 ? 'error' : 'warning',
        line: d.range.start.line + 1,
      }));
  } catch (e) {
    return [{ file: SPEC_FILES.asyncapi, pointer: '', rule: 'tool-error', message: toolFailure('@asyncapi/parser', 'the AsyncAPI parser failed', e), severity: 'error' }];
  }
}

async function redoclyDiagnostics(root: string): Promise<Finding[]> {
  const file = join(root, SPEC_FILES.openapi);
  try {
    const { lint, loadConfig, findConfig } = await import('@redocly/openapi-core');
    const configPath = findConfig(root);
    const config = await loadConfig(configPath ? { configPath } : {});
    const problems = await lint({ ref: file, config });
    return problems
      .filter((p) => !p.ignored)
      .map((p): Finding => {
        const loc = p.location[0] as { source?: { absoluteRef?: string }; pointer?: string } | undefined;
        const source = loc?.source?.absoluteRef ?? file;
        const pointer = (loc?.pointer ?? '').replace(/^#/, '');
        return {
          file: relative(root, resolve(source)).split(sep).join('/'),
          pointer,
          rule: `redocly/${p.ruleId}`,
          message: p.message,
          severity: p.severity === 'error' ? 'error' : 'warning',
        };
      });
  } catch (e) {
    return [{ file: SPEC_FILES.openapi, pointer: '', rule: 'tool-error', message: toolFailure('@redocly/openapi-core', 'Redocly failed', e), severity: 'error' }];
  }
}

// ---------------------------------------------------------------------------------------
// AsyncAPI: addresses and parameters, messages used, event names.

function checkAddresses(ctx: LintContext): void {
  const file = ctx.asyncFile;
  for (const [key] of entries(ctx.doc(file).channels)) {
    ctx.guard(() => {
      const channel = ctx.store.resolve(at(file, 'channels', key));
      if (!isObject(channel.node)) return;
      const address = channel.node.address;
      const placeholders = typeof address === 'string' ? [...address.matchAll(/\{([^}]*)\}/g)].map((m) => m[1] ?? '') : [];
      const params = isObject(channel.node.parameters) ? channel.node.parameters : {};
      for (const name of placeholders) {
        if (!(name in params)) {
          ctx.add('address-parameter-declared', child(channel.at, 'address'),
            `the address ${JSON.stringify(address)} has the placeholder {${name}} but the channel declares no parameter "${name}" (add channels/${key}/parameters/${name})`);
        }
      }
      for (const name of Object.keys(params)) {
        const paramAt = child(channel.at, 'parameters', name);
        if (!placeholders.includes(name)) {
          ctx.add('parameter-in-address', paramAt, `the parameter "${name}" is not a placeholder of the address ${JSON.stringify(address)}`);
        }
        ctx.guard(() => {
          const param = ctx.store.resolve(paramAt);
          if (!isObject(param.node) || param.node['x-schema'] === undefined) {
            ctx.add('parameter-x-schema', param.at, `the parameter "${name}" has no x-schema: its values would be unchecked (D-24)`);
            return;
          }
          ctx.store.schemaAt(child(param.at, 'x-schema'));
        });
      }
    });
  }
}

/** Every location a `$ref` chain passes through, from `start` to the final node. */
function refChain(ctx: LintContext, start: Location): Location[] {
  const chain: Location[] = [];
  const seen = new Set<string>();
  let here = start;
  for (;;) {
    const key = `${here.file}#${here.pointer}`;
    if (seen.has(key)) throw new ContractError('circular $ref', here.file, here.pointer);
    seen.add(key);
    chain.push(here);
    const node = getAt(ctx.store.load(here.file), fromPointer(here.pointer));
    if (node === undefined) throw new ContractError('$ref target does not exist', here.file, here.pointer);
    if (isObject(node) && typeof node.$ref === 'string') here = ctx.store.target(here, node.$ref);
    else return chain;
  }
}

interface OperationMessage {
  operationId: string;
  action: string;
  /** `messages` or `reply`. */
  role: 'messages' | 'reply';
  ref: Location;
  /** The message itself, refs followed. */
  message: Location;
  node: JsonObject;
}

function operationMessages(ctx: LintContext): { list: OperationMessage[]; used: Set<string> } {
  const file = ctx.asyncFile;
  const list: OperationMessage[] = [];
  const used = new Set<string>();
  for (const [operationId, opNode] of entries(ctx.doc(file).operations)) {
    if (!isObject(opNode)) continue;
    const action = typeof opNode.action === 'string' ? opNode.action : '';
    const refs: [OperationMessage['role'], Location][] = [
      ...items(opNode.messages).map((_, i): [OperationMessage['role'], Location] => ['messages', at(file, 'operations', operationId, 'messages', i)]),
      ...(isObject(opNode.reply)
        ? items(opNode.reply.messages).map((_, i): [OperationMessage['role'], Location] => ['reply', at(file, 'operations', operationId, 'reply', 'messages', i)])
        : []),
    ];
    for (const [role, ref] of refs) {
      ctx.guard(() => {
        const chain = refChain(ctx, ref);
        for (const loc of chain) used.add(`${loc.file}#${loc.pointer}`);
        const last = chain[chain.length - 1]!;
        const node = getAt(ctx.store.load(last.file), fromPointer(last.pointer));
        if (isObject(node)) list.push({ operationId, action, role, ref, message: last, node });
      });
    }
  }
  return { list, used };
}

function checkMessagesUsed(ctx: LintContext): void {
  const file = ctx.asyncFile;
  const doc = ctx.doc(file);
  const { used } = operationMessages(ctx);
  const isUsed = (loc: Location) => used.has(`${loc.file}#${loc.pointer}`);
  for (const [channel, node] of entries(doc.channels)) {
    if (!isObject(node)) continue;
    for (const key of Object.keys(isObject(node.messages) ? node.messages : {})) {
      const loc = at(file, 'channels', channel, 'messages', key);
      if (isUsed(loc)) continue;
      ctx.add('message-used', loc, `the message "${key}" of channel "${channel}" is used by no operation (neither in messages nor in a reply)`);
    }
  }
  for (const key of Object.keys(isObject(doc.components) && isObject(doc.components.messages) ? doc.components.messages : {})) {
    const loc = at(file, 'components', 'messages', key);
    if (isUsed(loc)) continue;
    ctx.add('message-used', loc, `the message "${key}" is used by no operation (neither in messages nor in a reply)`);
  }
}

function checkEventNames(ctx: LintContext): void {
  const { list } = operationMessages(ctx);
  const byName = new Map<string, OperationMessage>();
  for (const m of list) {
    if (m.role !== 'messages' || typeof m.node.name !== 'string') continue;
    const first = byName.get(m.node.name);
    const sameMessage = first && first.message.file === m.message.file && first.message.pointer === m.message.pointer;
    if (first && !sameMessage) {
      ctx.add('event-name-unique', child(m.message, 'name'),
        `the event name "${m.node.name}" is also the name of ${ctx.rel(first.message.file)}#${first.message.pointer} (operation ${first.operationId}); Socket.IO cannot tell them apart`);
    } else if (!first) byName.set(m.node.name, m);
  }
}

// ---------------------------------------------------------------------------------------
// Schemas: a walker over subschemas, with locations.

const SUBSCHEMA = ['items', 'additionalProperties', 'not', 'if', 'then', 'else', 'contains', 'propertyNames', 'unevaluatedProperties', 'unevaluatedItems', 'additionalItems'];
const SUBSCHEMA_LISTS = ['allOf', 'anyOf', 'oneOf', 'prefixItems', 'items'];
const SUBSCHEMA_MAPS = ['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas'];

interface SchemaVisit {
  node: JsonObject;
  at: Location;
  /** The keyword that led here from the parent (`allOf`, `properties`, …), '' for a root. */
  via: string;
  /** The parent schema, when reached through a keyword. */
  parent?: JsonObject;
}

/** Visits every subschema reachable from `start`, following `$ref`s, each location once. */
function walkSchema(ctx: LintContext, start: Location, visit: (v: SchemaVisit) => void, seen = new Set<string>()): void {
  const go = (loc: Location, via: string, parent?: JsonObject) => {
    ctx.guard(() => {
      const { node, at: where } = ctx.store.resolve(loc);
      const key = `${where.file}#${where.pointer}`;
      // A node with a `$ref` and siblings is resolved to the target; its siblings matter
      // only as annotations. A node seen before is not walked twice.
      if (seen.has(key) || !isObject(node)) return;
      seen.add(key);
      visit({ node, at: where, via, ...(parent ? { parent } : {}) });
      for (const k of SUBSCHEMA) if (isObject(node[k])) go(child(where, k), k, node);
      for (const k of SUBSCHEMA_LISTS) items(node[k]).forEach((_, i) => go(child(where, k, i), k, node));
      for (const k of SUBSCHEMA_MAPS) for (const [name] of entries(node[k])) go(child(where, k, name), k, node);
    });
  };
  go(start, '');
}

// ---------------------------------------------------------------------------------------
// example-valid

interface ExampleAt {
  /** Where the example value is. */
  example: Location;
  value: Json;
  /** The schema it must satisfy. */
  schema: Location;
}

/**
 * Every example of the specs with the schema it must satisfy: message examples (payload
 * and headers), channel parameter examples (against `x-schema`), schema `examples` (and
 * OpenAPI's `example`), OpenAPI media type and parameter examples. Exported for the
 * tests, which validate them all again through the contract's validators.
 */
export function collectExamples(root: string, store = new DocumentStore()): ExampleAt[] {
  const ctx = new LintContext(resolve(root), store, []);
  const parsed = ctx.parseAll();
  const out: ExampleAt[] = [];
  forEachExample(ctx, parsed, (e) => out.push(e));
  if (ctx.findings.length > 0) {
    const f = ctx.findings[0]!;
    throw new Error(`${f.file}#${f.pointer}: ${f.message}`);
  }
  return out;
}

/** Calls `emit` for every example; returns the schema roots it walked (every schema of the specs). */
function forEachExample(ctx: LintContext, parsed: Parsed, emit: (e: ExampleAt) => void): Location[] {
  const { store } = ctx;
  const schemaRoots: Location[] = [];
  const seenExamples = new Set<string>();
  const push = (example: Location, schema: Location) => {
    ctx.guard(() => {
      const resolved = store.resolve(example);
      const key = `${resolved.at.file}#${resolved.at.pointer} ${schema.file}#${schema.pointer}`;
      if (seenExamples.has(key)) return;
      seenExamples.add(key);
      emit({ example: resolved.at, value: resolved.node, schema });
    });
  };
  /** `example` and `examples/{name}/value` of an OpenAPI media type or parameter. */
  const oasExamples = (holder: Location) => {
    ctx.guard(() => {
      const { node, at: where } = store.resolve(holder);
      if (!isObject(node) || node.schema === undefined) return;
      const schema = child(where, 'schema');
      schemaRoots.push(schema);
      if (node.example !== undefined) push(child(where, 'example'), schema);
      for (const [name] of entries(node.examples)) {
        ctx.guard(() => {
          const ex = store.resolve(child(where, 'examples', name));
          if (isObject(ex.node) && ex.node.value !== undefined) push(child(ex.at, 'value'), schema);
        });
      }
    });
  };
  const oasContent = (holder: Location) => {
    ctx.guard(() => {
      const { node, at: where } = store.resolve(holder);
      if (!isObject(node)) return;
      for (const [media] of entries(node.content)) oasExamples(child(where, 'content', media));
    });
  };

  if (parsed.asyncapi) {
    const file = ctx.asyncFile;
    const doc = ctx.doc(file);
    const messageExamples = (loc: Location) => {
      ctx.guard(() => {
        const { node, at: where } = store.resolve(loc);
        if (!isObject(node)) return;
        if (node.payload !== undefined) schemaRoots.push(child(where, 'payload'));
        items(node.examples).forEach((ex, i) => {
          if (!isObject(ex)) return;
          if (ex.payload !== undefined && node.payload !== undefined) push(child(where, 'examples', i, 'payload'), child(where, 'payload'));
          if (ex.headers !== undefined && node.headers !== undefined) push(child(where, 'examples', i, 'headers'), child(where, 'headers'));
        });
      });
    };
    const parameterExamples = (loc: Location) => {
      ctx.guard(() => {
        const { node, at: where } = store.resolve(loc);
        if (!isObject(node) || node['x-schema'] === undefined) return;
        const schema = child(where, 'x-schema');
        schemaRoots.push(schema);
        items(node.examples).forEach((_, i) => push(child(where, 'examples', i), schema));
      });
    };
    const components = isObject(doc.components) ? doc.components : {};
    for (const [key] of entries(components.messages)) messageExamples(at(file, 'components', 'messages', key));
    for (const [key] of entries(components.parameters)) parameterExamples(at(file, 'components', 'parameters', key));
    for (const [key] of entries(components.schemas)) schemaRoots.push(at(file, 'components', 'schemas', key));
    for (const [channel, node] of entries(doc.channels)) {
      if (!isObject(node)) continue;
      for (const [key] of entries(node.messages)) messageExamples(at(file, 'channels', channel, 'messages', key));
      for (const [key] of entries(node.parameters)) parameterExamples(at(file, 'channels', channel, 'parameters', key));
    }
  }
  if (parsed.openapi) {
    const file = ctx.openFile;
    const doc = ctx.doc(file);
    const components = isObject(doc.components) ? doc.components : {};
    for (const [key] of entries(components.schemas)) schemaRoots.push(at(file, 'components', 'schemas', key));
    for (const [key] of entries(components.parameters)) oasExamples(at(file, 'components', 'parameters', key));
    for (const [key] of entries(components.responses)) oasContent(at(file, 'components', 'responses', key));
    for (const [key] of entries(components.requestBodies)) oasContent(at(file, 'components', 'requestBodies', key));
    for (const [path, item] of entries(doc.paths)) {
      if (!isObject(item)) continue;
      items(item.parameters).forEach((_, i) => oasExamples(at(file, 'paths', path, 'parameters', i)));
      for (const [method, op] of entries(item)) {
        if (!isObject(op) || method === 'parameters') continue;
        items(op.parameters).forEach((_, i) => oasExamples(at(file, 'paths', path, method, 'parameters', i)));
        if (op.requestBody !== undefined) oasContent(at(file, 'paths', path, method, 'requestBody'));
        for (const [status] of entries(op.responses)) oasContent(at(file, 'paths', path, method, 'responses', status));
      }
    }
  }
  for (const file of parsed.shared) schemaRoots.push({ file, pointer: '' });

  const seen = new Set<string>();
  for (const rootAt of schemaRoots) {
    walkSchema(ctx, rootAt, ({ node, at: where }) => {
      items(node.examples).forEach((_, i) => push(child(where, 'examples', i), where));
      if (node.example !== undefined) push(child(where, 'example'), where);
    }, seen);
  }
  return schemaRoots;
}

function checkExamples(ctx: LintContext, parsed: Parsed): void {
  forEachExample(ctx, parsed, ({ example, value, schema }) => {
    const check = ctx.checkAt(schema);
    if (!check) return;
    const schemaName = `${ctx.rel(schema.file)}#${schema.pointer}`;
    for (const v of check(value)) {
      ctx.add('example-valid', { file: example.file, pointer: example.pointer + v.pointer },
        `the example does not match its schema (${schemaName}): ${describeViolation(v)}`);
    }
  });
}

// ---------------------------------------------------------------------------------------
// request-schema-closed

function isObjectSchema(node: JsonObject): boolean {
  const type = node.type;
  return type === 'object' || (Array.isArray(type) && type.includes('object')) || isObject(node.properties);
}

function checkRequestsClosed(ctx: LintContext, parsed: Parsed): void {
  const seen = new Set<string>();
  const flagged = new Set<string>();
  const check = (start: Location, what: string) => {
    walkSchema(ctx, start, ({ node, at: where, via }) => {
      if (!isObjectSchema(node)) return;
      if (node.additionalProperties === false || node.unevaluatedProperties === false) return;
      // A member of an allOf that declares no properties only adds constraints (`required`)
      // to a sibling that closes the object; closing it would reject the sibling's keys.
      if (via === 'allOf' && !isObject(node.properties)) return;
      const key = `${where.file}#${where.pointer}`;
      if (flagged.has(key)) return;
      flagged.add(key);
      ctx.add('request-schema-closed', where,
        `this object schema is reachable from ${what} but is open: add \`additionalProperties: false\` (requests are closed, D-03)`);
    }, seen);
  };
  if (parsed.asyncapi) {
    for (const m of operationMessages(ctx).list) {
      if (m.action !== 'receive' || m.role !== 'messages' || m.node.payload === undefined) continue;
      const name = typeof m.node.name === 'string' ? m.node.name : m.message.pointer;
      check(child(m.message, 'payload'), `the client→server event "${name}" (asyncapi.yaml#/operations/${m.operationId})`);
    }
  }
  if (parsed.openapi) {
    const file = ctx.openFile;
    for (const [path, item] of entries(ctx.doc(file).paths)) {
      if (!isObject(item)) continue;
      for (const [method, op] of entries(item)) {
        if (!isObject(op) || op.requestBody === undefined) continue;
        ctx.guard(() => {
          const body = ctx.store.resolve(at(file, 'paths', path, method, 'requestBody'));
          if (!isObject(body.node)) return;
          const id = typeof op.operationId === 'string' ? op.operationId : `${method} ${path}`;
          for (const [media] of entries(body.node.content)) {
            check(child(body.at, 'content', media, 'schema'), `the request body of ${id} (${media})`);
          }
        });
      }
    }
  }
}

// ---------------------------------------------------------------------------------------
// pattern-portable, required-has-properties

/** Syntax some JSON Schema implementations lack (D-27), with what to write instead. */
const UNPORTABLE: readonly [RegExp, string][] = [
  [/\\[pP]\{/, 'a Unicode property escape (`\\p{…}`) needs the `u` flag and is unknown to Python\'s `re`: spell the ranges out (surrogate pairs as `[\\uD800-\\uDBFF][\\uDC00-\\uDFFF]`)'],
  [/\\u\{/, 'a code point escape (`\\u{…}`) needs the `u` flag: write `\\uXXXX` (a surrogate pair above U+FFFF)'],
  [/\(\?<[=!]/, 'lookbehind is not in every engine: rewrite without it'],
  [/\(\?<[A-Za-z]/, 'a named group is spelt differently in Python (`(?P<name>…)`): use a plain group'],
];

/** Why `pattern` is not portable, or undefined when it is. */
export function unportablePattern(pattern: string): string | undefined {
  for (const [syntax, why] of UNPORTABLE) if (syntax.test(pattern)) return why;
  for (const flags of ['', 'u']) {
    try {
      new RegExp(pattern, flags);
    } catch (e) {
      return `it does not compile as an ECMA-262 regex ${flags ? 'with' : 'without'} the \`u\` flag (${(e as Error).message})`;
    }
  }
  return undefined;
}

function checkSchemaPortability(ctx: LintContext, parsed: Parsed): void {
  const roots = forEachExample(ctx, parsed, () => undefined);
  const seen = new Set<string>();
  for (const root of roots) {
    walkSchema(ctx, root, ({ node, at: where }) => {
      const patterns: [Location, string][] = typeof node.pattern === 'string' ? [[child(where, 'pattern'), node.pattern]] : [];
      for (const [key] of entries(node.patternProperties)) patterns.push([child(where, 'patternProperties', key), key]);
      for (const [loc, pattern] of patterns) {
        const why = unportablePattern(pattern);
        if (why) ctx.add('pattern-portable', loc, `the pattern ${JSON.stringify(pattern)} is not portable: ${why}`);
      }
      if (!Array.isArray(node.required)) return;
      const properties = isObject(node.properties) ? node.properties : {};
      for (const key of node.required) {
        if (typeof key !== 'string' || key in properties) continue;
        ctx.add('required-has-properties', child(where, 'required'),
          `\`${key}\` is required but not described in this schema's \`properties\`: generators make it \`Record<string, never>\` or optional; add \`properties.${key}\` (its schema, or a \`$ref\`)`);
      }
    }, seen);
  }
}

// ---------------------------------------------------------------------------------------
// decision-exists, doc-spec-pointer

/** The decision numbers (`01`, `02`, …) of docs/decisions.md, with the line of each heading. */
export function readDecisions(text: string): Map<string, number> {
  const out = new Map<string, number>();
  text.split('\n').forEach((line, i) => {
    const m = /^##\s+D-(\d+)\b/.exec(line);
    if (m?.[1] && !out.has(m[1])) out.set(m[1], i + 1);
  });
  return out;
}

/** Spec pointers written in backticks in a markdown text: `asyncapi.yaml#/operations/x`. */
export function specPointersIn(text: string): { ref: string; line: number }[] {
  const out: { ref: string; line: number }[] = [];
  text.split('\n').forEach((line, i) => {
    for (const m of line.matchAll(/`((?:asyncapi|openapi)\.yaml(?:#[^`\s]*)?|schemas\/[\w.-]+\.ya?ml(?:#[^`\s]*)?)`/g)) {
      out.push({ ref: m[1]!, line: i + 1 });
    }
  });
  return out;
}

function checkDecisions(ctx: LintContext, parsed: Parsed): void {
  const decisionsFile = join(ctx.root, DECISIONS_FILE);
  const files = [...(parsed.asyncapi ? [ctx.asyncFile] : []), ...(parsed.openapi ? [ctx.openFile] : []), ...parsed.shared];
  if (!existsSync(decisionsFile)) {
    ctx.add('decision-exists', { file: decisionsFile, pointer: '' }, `${DECISIONS_FILE} is missing: the specs' D-NN citations cannot be checked`);
    return;
  }
  const text = readFileSync(decisionsFile, 'utf8');
  const decisions = readDecisions(text);
  for (const file of files) {
    const walk = (node: Json, segments: string[]) => {
      if (typeof node === 'string') {
        for (const m of node.matchAll(/\bD-(\d+)\b/g)) {
          if (!decisions.has(m[1]!)) {
            ctx.add('decision-exists', at(file, ...segments), `cites D-${m[1]}, which is not an entry of ${DECISIONS_FILE}`);
          }
        }
      } else if (Array.isArray(node)) node.forEach((v, i) => walk(v, [...segments, String(i)]));
      else if (isObject(node)) for (const [k, v] of Object.entries(node)) walk(v, [...segments, k]);
    };
    walk(ctx.store.load(file), []);
  }
  for (const doc of POINTER_DOCS) {
    const docFile = join(ctx.root, doc);
    if (!existsSync(docFile)) continue;
    for (const { ref, line } of specPointersIn(readFileSync(docFile, 'utf8'))) {
      const hash = ref.indexOf('#');
      const file = join(ctx.root, hash === -1 ? ref : ref.slice(0, hash));
      const pointer = hash === -1 ? '' : ref.slice(hash + 1);
      if (ctx.findings.some((f) => f.rule === 'yaml-syntax' && f.file === ctx.rel(file))) continue; // reported once
      let ok = false;
      try {
        ok = existsSync(file) && getAt(ctx.store.load(file), fromPointer(pointer)) !== undefined;
      } catch {
        ok = false;
      }
      if (!ok) ctx.add('doc-spec-pointer', { file: docFile, pointer: '' }, `line ${line}: \`${ref}\` does not resolve`, { line });
    }
  }
}

// ---------------------------------------------------------------------------------------
// Rendering

export function formatFinding(f: Finding): string {
  const where = `${f.file}#${f.pointer}`;
  const line = f.line !== undefined && !f.message.includes(`line ${f.line}`) ? ` (line ${f.line})` : '';
  return `${where}  ${f.rule}  ${f.severity === 'warning' ? 'warning: ' : ''}${f.message}${line}`;
}

export function summarize(findings: readonly Finding[]): string {
  if (findings.length === 0) return 'lint: no findings';
  const byRule = new Map<string, number>();
  for (const f of findings) byRule.set(f.rule, (byRule.get(f.rule) ?? 0) + 1);
  const rules = [...byRule].sort(([a], [b]) => a.localeCompare(b)).map(([r, n]) => `${r} ${n}`).join(', ');
  return `lint: ${findings.length} finding${findings.length === 1 ? '' : 's'} (${rules})`;
}
