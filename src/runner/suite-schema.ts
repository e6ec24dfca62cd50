// The format of suites/*.yaml, assembled (D-80): src/runner/suite.schema.yaml holds the
// suite, the case and the definitions the steps share; each step kind's schema is its
// fragment beside its module, src/runner/steps/<kind>.schema.yaml, and becomes the
// `<kind>` property of the `step` definition. A file's name is its kind. Pure apart from
// reading those files: the loader compiles the result (src/runner/suites.ts), the
// generator types it (src/generate/suite.ts), a build step may precompile it.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { yaml } from '../lib/yaml.ts';
import type { JsonObject } from '../contract/index.ts';

const BASE_FILE = new URL('./suite.schema.yaml', import.meta.url);
const STEPS_DIR = new URL('./steps/', import.meta.url);
const FRAGMENT = /^([a-z][a-zA-Z0-9]*)\.schema\.yaml$/;

/** The step kinds that have a fragment, in name order: `[kind, file]`. */
export function stepFragments(dir: URL = STEPS_DIR): Array<[kind: string, file: URL]> {
  return readdirSync(dir)
    .map((name) => FRAGMENT.exec(name))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m): [string, URL] => [m[1]!, new URL(m[0], dir)])
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

function readYaml(file: URL): JsonObject {
  const value: unknown = yaml().parse(readFileSync(file, 'utf8'));
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error(`${fileURLToPath(file)}: a schema must be a mapping`);
  return value as JsonObject;
}

/**
 * The suite format as one JSON Schema (draft-07), a new object at every call. The protocol's
 * names (`role`, `channelKey`, `community`, `signedVariant`, `fuzzTarget`) are plain
 * strings here; the loader fills in their enums for a contract (D-58).
 */
export function suiteSchema(): JsonObject {
  const schema = readYaml(BASE_FILE);
  const definitions = schema.definitions as Record<string, JsonObject>;
  const step = definitions.step;
  if (!step || JSON.stringify(step.properties) !== '{}') {
    throw new Error(`${fileURLToPath(BASE_FILE)}: \`definitions.step.properties\` must be empty (each kind's schema is its fragment in src/runner/steps/)`);
  }
  step.properties = Object.fromEntries(stepFragments().map(([kind, file]) => [kind, readYaml(file)]));
  return schema;
}

/** The files the assembled format comes from, each name then text, for cache keys. */
export function suiteSchemaSources(): string[] {
  return [BASE_FILE, ...stepFragments().map(([, file]) => file)].flatMap((f) => [f.pathname.slice(f.pathname.lastIndexOf('/') + 1), readFileSync(f, 'utf8')]);
}
