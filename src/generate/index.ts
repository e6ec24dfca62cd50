// `npm run generate`: from the specs alone, the files client and server teams import —
// the Socket.IO event maps and payload types, the REST types, and precompiled validators —
// and, for the package itself, the suite format's types from its schema (suite.d.ts).
// Pure apart from reading the specs: it returns the files, the CLI writes or compares them.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadContract, PACKAGE_ROOT } from '../contract/index.ts';
import { header, OUT_DIR, type GeneratedFile } from './common.ts';
import { generateEventTypes } from './events.ts';
import { generateRestTypes } from './rest.ts';
import { generateSuiteTypes } from './suite.ts';
import { generateFirstErrorValidators, generateValidators } from './validators.ts';

export { OUT_DIR, type GeneratedFile } from './common.ts';

export interface GenerateOptions {
  /** The directory holding asyncapi.yaml, openapi.yaml and schemas/ (the package root by default). */
  root?: string;
}

/** The suite format's types: the kit's own, generated for the package root only (another protocol's directory uses the kit's format). */
export const SUITE_TYPES = `${OUT_DIR}/suite.d.ts`;
/** Where the suite format's types come from. */
export const SUITE_SOURCES = 'src/runner/suite.schema.yaml and src/runner/steps/*.schema.yaml';

/** The export names openapi.d.ts has that index.d.ts re-exports as they are. */
function restRootTypes(restTypes: string, taken: Set<string>): string[] {
  const names = [...restTypes.matchAll(/^export type ([A-Za-z_$][A-Za-z0-9_$]*) = components\[/gm)].map((m) => m[1]!);
  return names.filter((n) => !taken.has(n));
}

/** Every generated file, in a stable order, with its content. */
export async function generateFiles(options: GenerateOptions = {}): Promise<GeneratedFile[]> {
  const root = options.root ?? PACKAGE_ROOT;
  const contract = loadContract(root);
  const v = contract.version;

  const events = await generateEventTypes(contract);
  const rest = await generateRestTypes(root);
  const validators = generateValidators(contract);
  const suite = resolve(root) === resolve(PACKAGE_ROOT) ? await generateSuiteTypes() : undefined;

  const eventNames = new Set([...events.matchAll(/^export (?:interface|type) ([A-Za-z_$][A-Za-z0-9_$]*)/gm)].map((m) => m[1]!));
  const restOnly = restRootTypes(rest, eventNames);
  const index = [
    "export type * from './events.js';",
    '',
    '// The REST types. The shared shapes (Chat, ObjectId, …) are the same types as in',
    "// './events.js' and are exported from there; `components['schemas']` has them too.",
    "export type { paths, components, operations } from './openapi.js';",
    `export type {\n${restOnly.map((n) => `  ${n},`).join('\n')}\n} from './openapi.js';`,
    '',
  ].join('\n');

  return [
    { path: `${OUT_DIR}/events.d.ts`, content: header('Socket.IO event maps and payload types (json-schema-to-typescript).', v) + '\n' + events },
    { path: `${OUT_DIR}/openapi.d.ts`, content: header('REST types (openapi-typescript).', v) + '\n' + rest },
    { path: `${OUT_DIR}/index.d.ts`, content: header('The `commu-contract/types` entry: every type of the contract.', v) + '\n' + index },
    {
      path: `${OUT_DIR}/index.js`,
      content: header('The runtime side of `commu-contract/types`: nothing (the entry holds types only).', v) + '\nexport {};\n',
    },
    { path: `${OUT_DIR}/validators.js`, content: header('Precompiled validators (ajv standalone).', v) + '\n' + validators.js },
    { path: `${OUT_DIR}/validators.d.ts`, content: header('Precompiled validators (ajv standalone): their types.', v) + '\n' + validators.dts },
    { path: `${OUT_DIR}/validators-first-error.js`, content: header('The reference server\'s first-error validators (ajv standalone, allErrors: false, D-52).', v) + '\n' + generateFirstErrorValidators(contract) },
    {
      path: `${OUT_DIR}/validators-first-error.d.ts`,
      content: header('The reference server\'s first-error validators: their type.', v) + "\nimport type { ErrorObject } from 'ajv';\n\n/** Each validator by the SHA-256 of its schema's canonical form; `errors` holds the first violation. */\nexport declare const validators: Record<string, { (data: unknown): boolean; errors?: ErrorObject[] | null }>;\n",
    },
    ...(suite === undefined ? [] : [{ path: SUITE_TYPES, content: header('The suite format\'s types (json-schema-to-typescript), re-exported by src/runner/model.ts.', v, SUITE_SOURCES) + '\n' + suite }]),
  ];
}

/** The committed files that differ from what the specs generate now (missing ones included). */
export function staleFiles(files: readonly GeneratedFile[], root: string = PACKAGE_ROOT): string[] {
  return files
    .filter((f) => {
      try {
        return readFileSync(join(root, f.path), 'utf8') !== f.content;
      } catch {
        return true;
      }
    })
    .map((f) => f.path);
}
