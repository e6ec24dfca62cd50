#!/usr/bin/env node
// Assembles packages/types/ (commu-contract-types) from the root's generated/: the type
// declarations as they are, and the standalone validators bundled by esbuild with ajv's
// runtime helpers inlined (ucs2length, the date-time format), so the package depends on
// nothing. Run by the package's `prepack` (npm pack packages/types).
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const GENERATED = join(ROOT, 'generated');
const OUT = join(ROOT, 'packages', 'types');

for (const file of ['index.d.ts', 'events.d.ts', 'openapi.d.ts', 'index.js']) copyFileSync(join(GENERATED, file), join(OUT, file));

// The one type the declarations take from ajv, restated so a types-only consumer needs no ajv.
const ERROR_OBJECT = `/** One violation, as ajv reports it (ajv's ErrorObject). */
export interface ErrorObject {
  keyword: string;
  instancePath: string;
  schemaPath: string;
  params: Record<string, any>;
  propertyName?: string;
  message?: string;
  schema?: unknown;
  parentSchema?: object;
  data?: unknown;
}`;
const dts = readFileSync(join(GENERATED, 'validators.d.ts'), 'utf8');
if (!dts.includes("import type { ErrorObject } from 'ajv';")) throw new Error('generated/validators.d.ts no longer imports ErrorObject from ajv: update scripts/assemble-types.mjs');
writeFileSync(join(OUT, 'validators.d.ts'), dts.replace("import type { ErrorObject } from 'ajv';", ERROR_OBJECT));

buildSync({
  entryPoints: [join(GENERATED, 'validators.js')],
  outfile: join(OUT, 'validators.js'),
  bundle: true,
  format: 'esm',
  platform: 'neutral',
  mainFields: ['module', 'main'],
  legalComments: 'inline',
  banner: { js: '// Precompiled validators of the commu-contract protocol (ajv standalone, its runtime helpers inlined).\n// Assembled from commu-contract\'s generated/validators.js; do not edit.' },
  logLevel: 'warning',
});
