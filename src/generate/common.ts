// Helpers shared by the generators: the header every generated file carries, names, and
// a deterministic JSON form.
import type { Json } from '../contract/index.ts';

export { canonical } from '../contract/index.ts';

/** Where the generated files live, relative to the package root. */
export const OUT_DIR = 'generated';

export interface GeneratedFile {
  /** Path relative to the package root, with forward slashes (`generated/events.d.ts`). */
  path: string;
  content: string;
}

/** The first lines of every generated file: where it comes from (the specs, unless `from` says), and not to edit it. */
export function header(what: string, version: string, from = `asyncapi.yaml/openapi.yaml (contract v${version})`): string {
  return [
    `// ${what}`,
    `// generated from ${from} by \`npm run generate\`; do not edit.`,
    '',
  ].join('\n');
}

/** `new-chat` → `NewChat`, `connect_error` → `ConnectError`, `createChat` → `CreateChat`. */
export function pascal(name: string): string {
  return name
    .split(/[^A-Za-z0-9]+/)
    .filter((part) => part.length > 0)
    .map((part) => part[0]!.toUpperCase() + part.slice(1))
    .join('');
}

/** A property key as written in TypeScript: bare when it is an identifier, quoted otherwise. */
export function tsKey(key: string): string {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key) ? key : `'${key.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/** A deep copy of a JSON value. */
export function clone<T extends Json>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
