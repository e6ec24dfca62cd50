// The fuzz step's payloads: invalid payloads generated from the contract's own JSON
// Schemas with fast-check (the step that sends them is src/runner/steps/fuzz.ts).
//
// Generation is generate-then-filter: every mutation aims at one rule of the schema
// (wrong type, missing required property, extra property, length and count limits,
// pattern, const), and only payloads the contract's validator rejects are sent.
import fc from 'fast-check';
import type { Contract, Json } from '../contract/index.ts';
import { CaseError } from './context.ts';
import type { FuzzTarget } from './model.ts';
import { DEEP, Duplicate, type Gen, Nest, type Schema, contractKeys, display, floorValues, invalid, jsonText, keyVariants, materialize, valid, withKey, without, words } from './arbitrary.ts';
import { profileOf, type FuzzTargetDef, type Profile } from './profile.ts';
import { getPath, type Scope } from './values.ts';

/** The template classes, for reports and tests. */
export { display, Duplicate, Ids, jsonText, materialize, Nest, Ref, Repeat } from './arbitrary.ts';

export { DEFAULT_FUZZ_RUNS } from './fuzz-runs.ts';

// ---- targets ----

/** A fuzz target of the profile, resolved against the contract. */
export interface TargetDef extends FuzzTargetDef {
  surface: 'socket' | 'rest';
  /** The Socket.IO event or the REST operation. */
  name: string;
  refs: Gen['refs'];
}

export function targetDef(profile: Profile, target: FuzzTarget): TargetDef {
  const def = profile.fuzz?.targets[target];
  if (!def) throw new CaseError(`fuzz: the ${profile.name} profile has no target ${target} (${Object.keys(profile.fuzz?.targets ?? {}).join(', ')})`);
  return { ...def, surface: def.operation !== undefined ? 'rest' : 'socket', name: def.operation ?? def.event ?? '', refs: def.refs ?? {} };
}

/**
 * A REST target's request: its method, and its path with each parameter as a `${…}` of the
 * world (the target's `params`), for `interpolate`.
 */
export function restRequest(contract: Contract, def: TargetDef): { method: string; path: string } {
  const op = contract.rest[def.name]!;
  return { method: op.method.toUpperCase(), path: op.path.replace(/\{([^}]+)\}/g, (_, p: string) => `\${${def.params?.[p] ?? p}}`) };
}

/** Keeps the item a write's `ack` carries (the profile's `write.item`) in `scope`, under the fuzz section's name for it. */
export function keepItem(profile: Profile, scope: Scope, ack: unknown): void {
  scope[profile.fuzz?.item ?? 'fuzzChat'] = profile.write.item === undefined ? ack : getPath(ack, profile.write.item);
}

/** The fuzz targets of the contract's profile. */
export function fuzzTargets(contract: Contract): FuzzTarget[] {
  return Object.keys(profileOf(contract).fuzz?.targets ?? {});
}


/** The schema payloads are checked against, and the one mutations start from (a union's branch). */
export function targetSchemas(contract: Contract, target: FuzzTarget): { whole: Json; base: Json; spec: string } {
  const def = targetDef(profileOf(contract), target);
  if (def.surface === 'rest') {
    const op = contract.rest[def.name];
    if (!op?.requestBody) throw new CaseError(`fuzz: the contract has no request body for ${def.name}`);
    return { whole: op.requestBody, base: op.requestBody, spec: op.pointer };
  }
  const ev = contract.events[def.name];
  if (!ev) throw new CaseError(`fuzz: the contract has no event ${def.name}`);
  const whole = ev.message.schema;
  let base = whole;
  if (def.branch !== undefined) {
    const [key, value] = Object.entries(def.branch)[0] ?? [];
    const branch = ((whole as Schema).oneOf ?? []).find((b) => key !== undefined && b.properties?.[key]?.const === value);
    if (!branch) throw new CaseError(`fuzz: the ${def.name} schema has no ${String(key)}: ${String(value)} branch`);
    base = branch as Json;
  }
  return { whole, base, spec: ev.operationPointer };
}

export function floorPayloads(contract: Contract, target: FuzzTarget, isInvalid: (t: unknown) => boolean): unknown[] {
  let byTarget = floors.get(contract);
  if (!byTarget) floors.set(contract, (byTarget = new Map()));
  let templates = byTarget.get(target);
  if (!templates) byTarget.set(target, (templates = floorTemplates(contract, target)));
  return templates.filter(isInvalid);
}

/** The floor's templates of each contract's targets, built once per process (they are the same every run). */
const floors = new WeakMap<Contract, Map<FuzzTarget, readonly unknown[]>>();

function floorTemplates(contract: Contract, target: FuzzTarget): readonly unknown[] {
  const def = targetDef(profileOf(contract), target);
  const { whole, base } = targetSchemas(contract, target);
  const schema = base as Schema;
  const g: Gen = { refs: def.refs, words: words(whole), keys: contractKeys(contract) };
  // One valid payload, the same every run (fast-check with a fixed seed picks it).
  const [valid0] = fc.sample(valid(schema, '', g), { numRuns: 1, seed: 1 }) as [Record<string, unknown>];
  const out: unknown[] = [null, 'x', 0, [], ...DEEP.map((d) => new Nest(d))];
  const props = schema.properties ?? {};
  for (const [k, ps] of Object.entries(props)) for (const v of floorValues(ps)) out.push(withKey(valid0, k, v));
  for (const k of schema.required ?? []) out.push(without(valid0, k));
  const first = Object.keys(props)[0];
  for (const k of ['__proto__', 'constructor', ...(first ? keyVariants(first).slice(0, 1) : [])]) out.push(withKey(valid0, k, 1));
  if (def.surface === 'rest') {
    for (const [k, ps] of Object.entries(props)) {
      out.push(new Duplicate(valid0, k, floorValues(ps).slice(0, 2)));
    }
  }
  return out;
}

/** Invalid payload templates for `target`: each one the contract's validator rejects in `scope`'s world. */
export function invalidPayloads(contract: Contract, target: FuzzTarget, isInvalid: (t: unknown) => boolean): fc.Arbitrary<unknown> {
  const def = targetDef(profileOf(contract), target);
  const { whole, base } = targetSchemas(contract, target);
  return invalid(base as Schema, '', { refs: def.refs, words: words(whole), keys: contractKeys(contract) }).filter(isInvalid);
}
