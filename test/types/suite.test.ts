// The suite format's types are its schema's (D-81): generated/suite.d.ts is what the
// assembled schema generates now, src/runner/model.ts re-exports it and declares none of
// them itself, and the step kinds are the fragments, the registry's entries and the
// modules of src/runner/steps/, one for one (D-80).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PACKAGE_ROOT, type JsonObject } from '../../src/contract/index.ts';
import { SUITE_TYPES } from '../../src/generate/index.ts';
import { generateSuiteTypes } from '../../src/generate/suite.ts';
import { STEP_KINDS } from '../../src/runner/steps.ts';
import { stepFragments, suiteSchema } from '../../src/runner/suite-schema.ts';
import { protocolNames } from '../../src/runner/suites.ts';
import { loadContract } from '../../src/contract/index.ts';

const RUNNER = join(PACKAGE_ROOT, 'src', 'runner');
const committed = readFileSync(join(PACKAGE_ROOT, SUITE_TYPES), 'utf8');
/** The names a declaration file exports (`export interface X`, `export type X`). */
const declared = (text: string) => [...text.matchAll(/^export (?:interface|type) ([A-Za-z_$][\w$]*)/gm)].map((m) => m[1]!);

describe('the suite format\'s types', () => {
  it(`${SUITE_TYPES} is what the assembled schema generates (run \`npm run generate\` and commit)`, async () => {
    expect(committed.slice(committed.indexOf('\n\n') + 2)).toBe(await generateSuiteTypes());
  }, 60_000);

  it('follow the schema: a property added to a step fragment appears in its step type', async () => {
    const schema = suiteSchema();
    const emit = ((schema.definitions as JsonObject).step as { properties: Record<string, { properties: JsonObject }> }).properties.emit!;
    emit.properties.retries = { description: 'A property no fragment has.', type: 'integer' };
    const types = await generateSuiteTypes(schema);
    const block = types.slice(types.indexOf('export interface EmitStep {')).split('\n}\n')[0]!;
    expect(block).toMatch(/^ {4}retries\?: number;$/m);
    expect(committed).not.toContain('retries');
  }, 60_000);

  it('src/runner/model.ts re-exports every one of them and declares none itself', () => {
    const model = readFileSync(join(RUNNER, 'model.ts'), 'utf8');
    const names = declared(committed);
    expect(names).toEqual(expect.arrayContaining(['SuiteSpec', 'CaseSpec', 'ActorSpec', 'Step', 'StepKind', 'EmitStep', 'Expectation', 'Via']));
    const reexport = /export type \{([^}]*)\} from '\.\.\/\.\.\/generated\/suite\.js';/.exec(model);
    expect(reexport, 'model.ts re-exports generated/suite.js').not.toBeNull();
    const reexported = reexport![1]!.split(',').map((s) => s.trim()).filter((s) => s.length > 0);
    expect([...reexported].sort()).toEqual([...names].sort());
    const own = declared(model);
    expect(own.filter((n) => names.includes(n))).toEqual([]);
  });

  it('types the protocol\'s names (filled in at load time from the profile) as strings', () => {
    for (const name of Object.keys(protocolNames(loadContract()))) {
      const type = name[0]!.toUpperCase() + name.slice(1);
      expect(committed, name).toMatch(new RegExp(`^export type ${type} = string;$`, 'm'));
    }
  });

  it('has one step kind per fragment, each with its module and its registry entry', () => {
    const kinds = stepFragments().map(([kind]) => kind);
    expect(kinds.length).toBeGreaterThan(0);
    expect(Object.keys(STEP_KINDS).sort()).toEqual(kinds);
    for (const kind of kinds) expect(existsSync(join(RUNNER, 'steps', `${kind}.ts`)), `src/runner/steps/${kind}.ts`).toBe(true);
    const union = /^export type StepKind = (.*);$/m.exec(committed)?.[1];
    expect(union?.split(' | ')).toEqual(kinds.map((k) => `'${k}'`));
  });
});
