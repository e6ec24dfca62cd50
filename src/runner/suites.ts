// Loading suites/*.yaml: parse, validate against the scenario format, check ids are
// unique and actors are declared. Any problem is a SuiteError naming file and line.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { yaml } from '../lib/yaml.ts';
import { createAjv } from '../contract/validate.ts';
import { fromPointer, loadContract, PACKAGE_ROOT, schemaDigest, type Contract } from '../contract/index.ts';
import type { CaseSpec, LoadedCase, Suite } from './model.ts';
import { FileTooLarge, readFileCapped } from './fixtures.ts';
import { profileOf, rolesOf, signedVariantsOf } from './profile.ts';
import { stepActors, stepKind } from './steps.ts';
import { cacheKey, readCache, writeCache } from '../lib/cache.ts';
import { suiteSchema, suiteSchemaSources } from './suite-schema.ts';
import { SUITE_CHECK_MODULE, suiteProblems } from './suite-check.ts';
import { expandCases, TemplateError, TEMPLATES_MODULE, type CaseOrigin } from './templates.ts';

export class SuiteError extends Error {
  constructor(readonly file: string, readonly line: number | undefined, detail: string) {
    super(`${file}${line !== undefined ? `:${line}` : ''}: ${detail}`);
    this.name = 'SuiteError';
  }
}

/** A suite file is tens of KB; anything beyond this is not one (a device, a runaway file). */
export const MAX_SUITE_BYTES = 4 * 1024 * 1024;
/** Alias expansions a suite may make (the `yaml` package's default, stated). */
export const MAX_ALIAS_COUNT = 100;

export const SUITES_DIR = join(PACKAGE_ROOT, 'suites');

type SuiteValidator = ReturnType<ReturnType<typeof createAjv>['compile']>;
const compiled = new WeakMap<Contract, SuiteValidator>();

/** The names a suite may use for the protocol of `contract`: its profile's, and its fixtures shape's. */
export function protocolNames(contract: Contract): Record<'role' | 'channelKey' | 'community' | 'signedVariant' | 'fuzzTarget', string[]> {
  const profile = profileOf(contract);
  return {
    role: rolesOf(profile, contract),
    channelKey: Object.keys(profile.channels),
    community: Object.keys(profile.namespaces),
    signedVariant: signedVariantsOf(profile, contract),
    fuzzTarget: Object.keys(profile.fuzz?.targets ?? {}),
  };
}

/** The scenario format (assembled from its fragments, D-80) with the protocol's names of `contract` as its enums. */
function suiteValidator(contract: Contract): SuiteValidator {
  let v = compiled.get(contract);
  if (!v) {
    const schema = suiteSchema() as { definitions: Record<string, unknown> };
    // An empty list accepts nothing: `{ not: {} }` (ajv refuses an empty enum).
    for (const [name, values] of Object.entries(protocolNames(contract))) schema.definitions[name] = values.length > 0 ? { enum: values } : { not: {} };
    v = createAjv().compile(schema);
    compiled.set(contract, v);
  }
  return v;
}

let packageContract: Contract | undefined;
/** The package's own contract, loaded once: what suites are checked against by default. */
function defaultContract(): Contract {
  packageContract ??= loadContract();
  return packageContract;
}

/**
 * Parses and checks one suite: YAML, the scenario format, declared actors, and against
 * `contract` (events in their direction, match and capture keys; src/runner/suite-check.ts).
 */
export function parseSuite(text: string, file: string, contract: Contract = defaultContract()): Suite {
  const { LineCounter, isNode, parseDocument } = yaml();
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const e = doc.errors[0]!;
    throw new SuiteError(file, lineCounter.linePos(e.pos[0]).line, `YAML: ${e.message.split('\n')[0]}`);
  }
  let data: unknown;
  try {
    // An alias bomb (aliases of aliases, "billion laughs") stops at `maxAliasCount`.
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (err) {
    throw new SuiteError(file, undefined, `YAML: ${(err as Error).message.split('\n')[0]} (at most ${MAX_ALIAS_COUNT} alias expansions per suite)`);
  }
  const lineOf = (pointer: string): number | undefined => {
    const segments = fromPointer(pointer);
    for (let n = segments.length; n >= 0; n--) {
      const node: unknown = doc.getIn(segments.slice(0, n).map((s) => (/^\d+$/.test(s) ? Number(s) : s)), true);
      if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
    }
    return undefined;
  };
  // Case tables become cases first (src/runner/templates.ts), so each is checked as written.
  let origins: CaseOrigin[] = [];
  if (typeof data === 'object' && data !== null && 'cases' in data) {
    try {
      const expanded = expandCases((data as { cases: unknown }).cases);
      data = { ...data, cases: expanded.cases };
      origins = expanded.origins;
    } catch (err) {
      if (err instanceof TemplateError) throw new SuiteError(file, lineOf(err.pointer), err.message);
      throw err;
    }
  }
  /** The line of an expanded case's `pointer`: a hand-written case's own, a row's line for a table's case. */
  const lineOfCase = (pointer: string): number | undefined => {
    const m = /^\/cases\/(\d+)(.*)$/.exec(pointer);
    const origin = m ? origins[Number(m[1])] : undefined;
    if (!m || !origin) return lineOf(pointer);
    return origin.row === undefined ? lineOf(`${origin.pointer}${m[2]}`) : lineOf(origin.pointer);
  };
  /** `detail` prefixed with the row it concerns, when the pointer is in a table's case. */
  const inRow = (pointer: string, detail: string): string => {
    const m = /^\/cases\/(\d+)/.exec(pointer);
    const row = m ? origins[Number(m[1])]?.row : undefined;
    return row === undefined || detail.includes(row) ? detail : `row ${row}: ${detail}`;
  };
  const validate = suiteValidator(contract);
  if (!validate(data)) {
    // The deepest error is the most telling one.
    const errors = [...(validate.errors ?? [])].sort((a, b) => b.instancePath.length - a.instancePath.length);
    const e = errors[0]!;
    const where = e.instancePath || '(top)';
    const extra = e.keyword === 'additionalProperties' ? ` "${String((e.params as { additionalProperty: string }).additionalProperty)}"`
      : e.keyword === 'enum' ? ` (one of ${(e.params as { allowedValues: unknown[] }).allowedValues.join(', ')})`
        : '';
    throw new SuiteError(file, lineOfCase(e.instancePath), inRow(e.instancePath, `${where} ${e.message ?? e.keyword}${extra}`));
  }
  const suite = data as Omit<Suite, 'file'>;
  suite.cases.forEach((c: CaseSpec, i) => {
    const declared = new Set(Object.keys(c.actors ?? {}));
    c.steps.forEach((step, j) => {
      if ('connect' in step) declared.add(step.connect.actor);
      for (const actor of stepActors(step)) {
        if (!declared.has(actor)) {
          throw new SuiteError(file, lineOfCase(`/cases/${i}/steps/${j}`), `case ${c.id}: step ${j + 1} (${stepKind(step)}) names actor "${actor}", which is neither in \`actors\` nor connected by an earlier step`);
        }
      }
    });
  });
  const problem = suiteProblems(suite, contract)[0];
  if (problem) throw new SuiteError(file, lineOfCase(problem.pointer), inRow(problem.pointer, problem.message));
  return { ...suite, file };
}

export interface LoadOptions {
  /** Reuse suites parsed and validated by an earlier run from the same texts (default true). */
  cache?: boolean;
  /** Where the cache lives (default `node_modules/.cache/commu-contract/`). */
  cacheDir?: string;
  /** What the suites are checked against (default: the package's contract). */
  contract?: Contract;
}

/** What the contract checks of a suite read (suite-check.ts): each event's direction and the digest of its schemas. */
function eventsKey(contract: Contract): string {
  return `${schemaDigest(contract)} ${Object.values(contract.events).map((e) => `${e.event}:${e.direction}`).join(',')}`;
}

/** Every suite under `dir`, ids checked for uniqueness across files. */
export function loadSuites(dir: string = SUITES_DIR, options: LoadOptions = {}): Suite[] {
  let files: string[];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith('.yaml') || f.endsWith('.yml')).sort();
  } catch {
    throw new SuiteError(dir, undefined, 'cannot read the suites directory');
  }
  if (files.length === 0) throw new SuiteError(dir, undefined, 'no suite files (*.yaml)');
  const texts = files.map((f) => {
    const path = join(dir, f);
    try {
      return readFileCapped(path, MAX_SUITE_BYTES);
    } catch (err) {
      const why = err instanceof FileTooLarge ? `larger than ${MAX_SUITE_BYTES} bytes` : `cannot read it (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`;
      throw new SuiteError(relative(process.cwd(), path) || f, undefined, why);
    }
  });
  const contract = options.contract ?? defaultContract();
  const useCache = options.cache ?? true;
  const key = useCache
    ? cacheKey([
      ...suiteSchemaSources(), readFileSync(new URL(import.meta.url), 'utf8'), readFileSync(TEMPLATES_MODULE, 'utf8'), readFileSync(SUITE_CHECK_MODULE, 'utf8'),
      JSON.stringify(protocolNames(contract)), eventsKey(contract),
      ...files.flatMap((f, i) => [f, texts[i]!]),
    ])
    : '';
  const cached = useCache ? readCache('suites', key, options.cacheDir) : undefined;
  // An entry is the suites without their display path (relative to the working directory).
  const hits = Array.isArray(cached) && cached.length === files.length ? (cached as Omit<Suite, 'file'>[]) : undefined;
  const seen = new Map<string, string>();
  const suites = files.map((f, i) => {
    const path = join(dir, f);
    const display = relative(process.cwd(), path) || basename(path);
    // A cached suite passed the format checks and the contract checks (suite-check.ts)
    // against these very schemas: the key holds their digest and the checker's source.
    const suite = hits ? { ...hits[i]!, file: display } : parseSuite(texts[i]!, display, contract);
    for (const c of suite.cases) {
      const other = seen.get(c.id);
      if (other) throw new SuiteError(display, undefined, `duplicate case id ${c.id} (also in ${other})`);
      seen.set(c.id, display);
    }
    return suite;
  });
  if (useCache && hits === undefined) writeCache('suites', key, suites.map(({ file: _, ...rest }) => rest), options.cacheDir);
  return suites;
}

export function flattenCases(suites: Suite[]): LoadedCase[] {
  return suites.flatMap((s) => s.cases.map((c) => ({ ...c, area: s.area, file: s.file })));
}

/** Glob over case ids: `*` any run, `?` one character; case-sensitive. */
export function globToRegExp(glob: string): RegExp {
  const body = glob.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
  return new RegExp(`^${body}$`);
}
