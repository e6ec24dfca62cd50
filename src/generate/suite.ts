// The suite format's types: generated/suite.d.ts from the assembled suite schema
// (src/runner/suite-schema.ts: suite.schema.yaml and the step fragments), with
// json-schema-to-typescript like the contract's types. src/runner/model.ts re-exports
// them, so a case, an actor or a step has one description: its schema (D-81).
import { compile } from 'json-schema-to-typescript';
import { isObject, type Json, type JsonObject } from '../contract/index.ts';
import { suiteSchema } from '../runner/suite-schema.ts';
import { adjustForTypes } from './events.ts';
import { pascal } from './common.ts';

/** The type names of the format's definitions that are not their key in PascalCase. */
const TYPE_NAMES: Record<string, string> = { case: 'CaseSpec', actor: 'ActorSpec', token: 'TokenSpec' };
/** The document itself: a suite as written (the loader adds its `file`). */
const ROOT_NAME = 'SuiteSpec';

/**
 * The schema, adjusted for types only (the loader validates the schema as assembled):
 * every definition named, and `step` (one key of several, `minProperties`/`maxProperties`)
 * a union with one member per kind (`{ emit: … }` is `EmitStep`).
 */
export function suiteTypesSchema(schema: JsonObject = suiteSchema()): JsonObject {
  const definitions = schema.definitions;
  if (!isObject(definitions)) throw new Error('the suite schema has no definitions');
  const step = definitions.step;
  if (!isObject(step) || !isObject(step.properties)) throw new Error('the suite schema has no `step` definition with properties');
  const kinds = Object.entries(step.properties);
  const named: JsonObject = {};
  for (const [key, def] of Object.entries(definitions)) {
    if (key === 'step') continue;
    named[key] = { ...(isObject(def) ? def : {}), title: TYPE_NAMES[key] ?? pascal(key) };
  }
  named.step = {
    title: 'Step',
    description: 'One step of a case: an object with one key, its kind.',
    anyOf: kinds.map(([kind, body]): Json => ({
      title: `${pascal(kind)}Step`,
      type: 'object',
      additionalProperties: false,
      required: [kind],
      properties: { [kind]: body },
    })),
  };
  return adjustForTypes({ ...schema, title: ROOT_NAME, definitions: named }) as JsonObject;
}

/** The body of `generated/suite.d.ts` (without the header). */
export async function generateSuiteTypes(schema: JsonObject = suiteSchema()): Promise<string> {
  const adjusted = suiteTypesSchema(schema);
  const types = await compile(adjusted as never, ROOT_NAME, {
    bannerComment: '',
    additionalProperties: false,
    declareExternallyReferenced: true,
    unreachableDefinitions: true,
    ignoreMinAndMaxItems: true,
    unknownAny: true,
    strictIndexSignatures: false,
    format: true,
    style: { printWidth: 100, singleQuote: true, trailingComma: 'all' },
  });
  const step = (adjusted.definitions as JsonObject).step as { anyOf: Array<{ required: string[] }> };
  const kinds = step.anyOf.map((m) => m.required[0]!);
  return [
    types.trimEnd(),
    '',
    '/** The kinds of step: the fragments of src/runner/steps/ (each `<kind>.schema.yaml`). */',
    `export type StepKind = ${kinds.map((k) => `'${k}'`).join(' | ')};`,
    '',
  ].join('\n');
}
