// Case tables in suites: one case template and a table of rows, each row a case with its
// own explicit id (D-77). Expanded before the scenario format is checked, so every
// expanded case is validated like a hand-written one. Pure: no I/O.
//
//   - template: { level: MUST, clauses: [...], steps: [ { emit: { payload: { $row: payload } } }, { $spread: extra } ] }
//     with: { extra: [] }          # defaults for every row (optional)
//     rows:
//       - { id: BAD-NEW-001, title: ..., requirement: ..., with: { payload: { content: 42 } } }
//
// `{ $row: name }` (an object with that one key) is replaced by the row's value of `name`;
// `{ $spread: name }` as an array item is replaced by the items of the row's array `name`.
// A row's other fields (id, title, requirement, or any case field) are the case's, over
// the template's. Every placeholder needs a value and every value a placeholder, so a
// misspelt name is an error, never a silently unchanged case.

/** This module's own file, part of the suite cache's key (a change to expansion is a miss). */
export const TEMPLATES_MODULE = new URL(import.meta.url);

/** Where an expanded case came from: its entry in `cases`, and its row if it is one. */
export interface CaseOrigin {
  /** JSON pointer of the source: `/cases/3`, or `/cases/3/rows/5` for a row. */
  pointer: string;
  /** The row's id, for a case expanded from a table. */
  row?: string;
}

export class TemplateError extends Error {
  constructor(readonly pointer: string, detail: string) {
    super(detail);
    this.name = 'TemplateError';
  }
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Obj = { [key: string]: Json };

const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const TABLE_KEYS = new Set(['template', 'with', 'rows']);

/** The placeholder name of `{ $row: name }` / `{ $spread: name }`, if `v` is one. */
function placeholder(v: Json, kind: '$row' | '$spread'): string | undefined {
  if (!isObject(v)) return undefined;
  const keys = Object.keys(v);
  return keys.length === 1 && keys[0] === kind && typeof v[kind] === 'string' ? v[kind] : undefined;
}

/** `node` with the row's values substituted; `used` collects the names it consumed. */
function fill(node: Json, vars: Obj, used: Set<string>, at: string, rowId: string): Json {
  const value = (name: string, kind: string): Json => {
    if (!Object.hasOwn(vars, name)) throw new TemplateError(at, `row ${rowId}: the template's \`{ ${kind}: ${name} }\` has no value (give the row \`with: { ${name}: … }\`, or the table a default \`with\`)`);
    used.add(name);
    return vars[name]!;
  };
  if (Array.isArray(node)) {
    return node.flatMap((item, i): Json[] => {
      const spread = placeholder(item, '$spread');
      if (spread === undefined) return [fill(item, vars, used, `${at}/${i}`, rowId)];
      const items = value(spread, '$spread');
      if (!Array.isArray(items)) throw new TemplateError(at, `row ${rowId}: \`${spread}\` is spread into a list, so it must be a list (got ${typeof items})`);
      return items;
    });
  }
  if (!isObject(node)) return node;
  const name = placeholder(node, '$row');
  if (name !== undefined) return value(name, '$row');
  if (placeholder(node, '$spread') !== undefined) throw new TemplateError(at, `row ${rowId}: \`{ $spread: ${String(node['$spread'])} }\` must be an item of a list`);
  return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, fill(v, vars, used, `${at}/${k}`, rowId)]));
}

/** Whether `entry` of a suite's `cases` is a table (has `template` or `rows`). */
export function isTable(entry: unknown): entry is Obj {
  return isObject(entry) && ('template' in entry || 'rows' in entry);
}

/** The cases of one table at `at` (`/cases/3`), with their origins. */
export function expandTable(entry: Obj, at: string): { cases: Obj[]; origins: CaseOrigin[] } {
  for (const key of Object.keys(entry)) {
    if (!TABLE_KEYS.has(key)) throw new TemplateError(`${at}/${key}`, `a case table has \`template\`, \`rows\` and an optional \`with\`; "${key}" is none of them (a case's field belongs in the template or a row)`);
  }
  const { template, rows } = entry;
  const defaults = entry['with'] ?? {};
  if (!isObject(template)) throw new TemplateError(at, 'a case table needs `template:`, the case fields its rows share');
  if (!isObject(defaults)) throw new TemplateError(`${at}/with`, 'a case table\'s `with` maps placeholder names to their default values');
  if (!Array.isArray(rows) || rows.length === 0) throw new TemplateError(at, 'a case table needs `rows:`, a list of at least one row');
  const cases: Obj[] = [];
  const origins: CaseOrigin[] = [];
  const usedByAny = new Set<string>();
  rows.forEach((row, r) => {
    const rowAt = `${at}/rows/${r}`;
    if (!isObject(row) || typeof row['id'] !== 'string') throw new TemplateError(rowAt, `row ${r + 1} of the table needs its own \`id\` (case ids are never positions)`);
    const { with: own = {}, ...fields } = row;
    const id = row['id'];
    if (!isObject(own)) throw new TemplateError(`${rowAt}/with`, `row ${id}: \`with\` maps placeholder names to values`);
    const vars = { ...defaults, ...own };
    const used = new Set<string>();
    const filled = fill(template, vars, used, `${at}/template`, id) as Obj;
    const unused = Object.keys(own).filter((k) => !used.has(k));
    if (unused.length > 0) throw new TemplateError(`${rowAt}/with/${unused[0]}`, `row ${id}: \`with\` gives "${unused[0]}", which the template never uses (a misspelt placeholder?)`);
    for (const name of used) usedByAny.add(name);
    cases.push({ ...filled, ...fields });
    origins.push({ pointer: rowAt, row: id });
  });
  const unusedDefault = Object.keys(defaults).find((k) => !usedByAny.has(k));
  if (unusedDefault !== undefined) throw new TemplateError(`${at}/with/${unusedDefault}`, `the table's \`with\` gives "${unusedDefault}", which the template never uses (a misspelt placeholder?)`);
  return { cases, origins };
}

/**
 * A suite's `cases` with its tables expanded, and where each case came from. Anything
 * that is not a table is passed through for the scenario format to judge.
 */
export function expandCases(cases: unknown): { cases: unknown; origins: CaseOrigin[] } {
  if (!Array.isArray(cases)) return { cases, origins: [] };
  const out: unknown[] = [];
  const origins: CaseOrigin[] = [];
  cases.forEach((entry: unknown, k) => {
    if (!isTable(entry)) {
      out.push(entry);
      origins.push({ pointer: `/cases/${k}` });
      return;
    }
    const table = expandTable(entry, `/cases/${k}`);
    out.push(...table.cases);
    origins.push(...table.origins);
  });
  return { cases: out, origins };
}
