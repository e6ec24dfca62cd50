// Suites checked against the contract when they load: a step that names an event the
// contract does not declare in that direction, or a `match`/`should`/`capture` key the
// event's schema does not have, could never fail (an `absent` of a misspelt event always
// passes), so it is refused unless the step says it is deliberate (`deliberate: why`).
// Pure: the problems, each with the JSON pointer of the offending part of the suite.
import { isObject, type Contract, type Json } from '../contract/index.ts';
import type { Expectation, Suite } from './model.ts';

/** This module, whose source is part of the suites' cache key (its checks are skipped on a hit). */
export const SUITE_CHECK_MODULE = new URL(import.meta.url);

export interface SuiteProblem {
  /** Pointer into the suite document (`/cases/3/steps/2/absent/event`). */
  pointer: string;
  message: string;
}

/** The schema and its `oneOf`/`anyOf`/`allOf` branches, flattened. */
function branches(schema: Json | undefined): Json[] {
  if (!isObject(schema)) return [];
  const out: Json[] = [schema];
  for (const k of ['oneOf', 'anyOf', 'allOf'] as const) {
    const list = schema[k];
    if (Array.isArray(list)) for (const b of list) out.push(...branches(b));
  }
  return out;
}

/**
 * The schemas a key of an object may have, over every branch: the branches that declare
 * it, else an `additionalProperties` schema; [] when the object has a known shape
 * without it; `'any'` when the schema names no properties at all.
 */
function keySchemas(schema: Json, key: string): Json[] | 'any' {
  const declared: Json[] = [];
  const extra: Json[] = [];
  let shaped = false;
  for (const b of branches(schema)) {
    if (!isObject(b)) continue;
    const props = isObject(b.properties) ? b.properties : undefined;
    const patterns = isObject(b.patternProperties) ? b.patternProperties : undefined;
    if (props || patterns) shaped = true;
    if (props && key in props) declared.push(props[key]!);
    for (const [p, s] of Object.entries(patterns ?? {})) if (new RegExp(p, 'u').test(key)) declared.push(s);
    if (isObject(b.additionalProperties)) extra.push(b.additionalProperties);
  }
  if (declared.length > 0) return declared;
  if (extra.length > 0) return extra;
  return shaped ? [] : 'any';
}

function itemSchemas(schema: Json, index?: number): Json | undefined {
  const out: Json[] = [];
  for (const b of branches(schema)) {
    if (!isObject(b)) continue;
    if (index !== undefined && Array.isArray(b.prefixItems) && b.prefixItems[index] !== undefined) out.push(b.prefixItems[index]!);
    else if (isObject(b.items)) out.push(b.items);
  }
  return out.length === 0 ? undefined : out.length === 1 ? out[0] : { anyOf: out };
}

const union = (list: Json[]): Json => (list.length === 1 ? list[0]! : { anyOf: list });

/** Keys of a match value the schema does not have, as pointers under `at`. */
function matchProblems(want: unknown, schema: Json | undefined, at: string, out: string[]): void {
  if (schema === undefined) return;
  if (Array.isArray(want)) {
    want.forEach((w, i) => matchProblems(w, itemSchemas(schema, i), `${at}/${i}`, out));
    return;
  }
  if (!isObject(want as Json)) return;
  const obj = want as Record<string, unknown>;
  // `$repeat` and `$string` build a value (src/runner/values.ts): nothing to look up.
  if ('$repeat' in obj || '$string' in obj) return;
  const keys = Object.keys(obj);
  if (keys.length > 0 && keys.every((k) => k.startsWith('$'))) {
    for (const op of ['$contains', '$notContains'] as const) if (op in obj) matchProblems(obj[op], itemSchemas(schema), `${at}/${op}`, out);
    return;
  }
  for (const k of keys) {
    const found = keySchemas(schema, k);
    if (found === 'any') continue;
    if (found.length === 0) out.push(`${at}/${k}`);
    else matchProblems(obj[k], union(found), `${at}/${k}`, out);
  }
}

/** Whether a capture path (`chatInfo.id`, `joined.0`) names something the schema has. */
function pathProblem(path: string, schema: Json | undefined): string | undefined {
  if (path === '' || path === '.') return undefined;
  let node: Json | undefined = schema;
  for (const part of path.split('.')) {
    if (node === undefined) return undefined;
    if (/^\d+$/.test(part) && itemSchemas(node, Number(part)) !== undefined) {
      node = itemSchemas(node, Number(part));
      continue;
    }
    const found = keySchemas(node, part);
    if (found === 'any') return undefined;
    if (found.length === 0) return part;
    node = union(found);
  }
  return undefined;
}

function expectationProblems(e: Expectation | undefined, schema: Json | undefined, at: string, what: string, out: SuiteProblem[]): void {
  if (!e || schema === undefined) return;
  for (const part of ['match', 'should'] as const) {
    if (e[part] === undefined) continue;
    const bad: string[] = [];
    matchProblems(e[part], schema, `${at}/${part}`, bad);
    for (const p of bad) out.push({ pointer: p, message: `\`${part}\` names "${p.slice(at.length + part.length + 2)}", which ${what} does not have (a typo, or a deliberate check: say so with \`deliberate: why\`)` });
  }
  for (const [name, path] of Object.entries(e.capture ?? {})) {
    const bad = pathProblem(path, schema);
    if (bad !== undefined) out.push({ pointer: `${at}/capture/${name}`, message: `\`capture\` ${name}: "${path}" names "${bad}", which ${what} does not have` });
  }
}

/** Every problem of `suite` against `contract`; steps marked `deliberate` are not checked. */
export function suiteProblems(suite: Pick<Suite, 'cases'>, contract: Contract): SuiteProblem[] {
  const out: SuiteProblem[] = [];
  const declared = (event: string, direction: 'clientToServer' | 'serverToClient') => contract.events[event]?.direction === direction;
  const names = (direction: 'clientToServer' | 'serverToClient') => Object.values(contract.events).filter((e) => e.direction === direction).map((e) => e.event).join(', ');
  suite.cases.forEach((c, i) => {
    c.steps.forEach((step, j) => {
      const at = `/cases/${i}/steps/${j}`;
      if ('emit' in step) {
        const s = step.emit;
        if (s.deliberate !== undefined) return;
        if (!declared(s.event, 'clientToServer')) {
          out.push({ pointer: `${at}/emit/event`, message: `case ${c.id}: emits "${s.event}", which the contract does not declare client → server (${names('clientToServer')}); mark the step \`deliberate: why\` if that is the point` });
          return;
        }
        const ack = contract.events[s.event]?.ack;
        if (s.ack && !ack) out.push({ pointer: `${at}/emit/ack`, message: `case ${c.id}: expects an ack of "${s.event}", which the contract gives no reply` });
        else expectationProblems(s.ack, ack?.schema, `${at}/emit/ack`, `the "${s.event}" ack (${ack?.pointer ?? ''})`, out);
      } else if ('expect' in step || 'absent' in step) {
        const kind = 'expect' in step ? 'expect' : 'absent';
        const s = 'expect' in step ? step.expect : step.absent;
        if (s.deliberate !== undefined) return;
        if (!declared(s.event, 'serverToClient')) {
          out.push({ pointer: `${at}/${kind}/event`, message: `case ${c.id}: \`${kind}\` of "${s.event}", which the contract does not declare server → client (${names('serverToClient')}); mark the step \`deliberate: why\` if that is the point` });
          return;
        }
        const def = contract.events[s.event]!;
        expectationProblems(s as Expectation, def.message.schema, `${at}/${kind}`, `the "${s.event}" payload (${def.message.pointer})`, out);
      }
    });
  });
  return out;
}
