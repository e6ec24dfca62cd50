// `commu-contract generate [--check] [--root DIR]`: writes generated/ from the specs, or,
// with --check, exits 1 when the committed files are stale.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { commandArgs } from './args.ts';
import { PACKAGE_ROOT } from '../contract/index.ts';
import { OUT_DIR } from '../generate/common.ts';
import { EXIT } from './exit.ts';

const HELP = `usage: commu-contract generate [--check] [--root DIR]

Generates, from asyncapi.yaml, openapi.yaml and schemas/ alone, the committed files under
${OUT_DIR}/: the Socket.IO event maps and payload types (events.d.ts), the REST types
(openapi.d.ts), the types entry (index.d.ts) and precompiled validators (validators.js);
for the package itself, also the suite format's types (suite.d.ts) from
src/runner/suite.schema.yaml and the step fragments src/runner/steps/*.schema.yaml.

  --check       write nothing; exit 1 when a committed file differs from what the
                specs (and the suite format) generate (run \`npm run generate\` and commit)
  --root DIR    the directory holding the specs (default: the package root); the files
                are written to DIR/${OUT_DIR}/
  -h, --help    this help`;

export async function generate(args: string[]): Promise<number> {
  const parsed = commandArgs('generate', args, { check: { type: 'boolean' }, root: { type: 'string' } }, HELP);
  if (typeof parsed === 'number') return parsed;
  const { values } = parsed;
  const root = values.root === undefined ? PACKAGE_ROOT : resolve(values.root);
  // The generators (json-schema-to-typescript, openapi-typescript) are development
  // dependencies: loaded only here (no other command imports them), and a missing one is
  // a usage message, not a trace.
  let generator: typeof import('../generate/index.ts');
  let files;
  try {
    generator = await import('../generate/index.ts');
    files = await generator.generateFiles({ root });
  } catch (err) {
    const message = (err as Error).message;
    const advice = (err as { code?: string }).code === 'ERR_MODULE_NOT_FOUND'
      ? `${message.split('\n')[0]}\ngenerate is a maintainer command: run \`npm install\` in a checkout of commu-contract (its generators are development dependencies)`
      : message;
    process.stderr.write(`commu-contract generate: ${advice}\n`);
    return EXIT.USAGE;
  }

  if (values.check) {
    const stale = generator.staleFiles(files, root);
    const wanted = new Set(files.map((f) => f.path));
    const extra = listGenerated(root).filter((p) => !wanted.has(p));
    if (stale.length === 0 && extra.length === 0) {
      process.stdout.write(`${OUT_DIR}/ is up to date with the specs (${files.length} files)\n`);
      return EXIT.OK;
    }
    for (const p of stale) process.stderr.write(`stale: ${p}\n`);
    for (const p of extra) process.stderr.write(`not generated any more: ${p}\n`);
    process.stderr.write('run `npm run generate` and commit the result\n');
    return EXIT.FAILURES;
  }

  const wanted = new Set(files.map((f) => f.path));
  for (const p of listGenerated(root)) if (!wanted.has(p)) rmSync(join(root, p));
  for (const f of files) {
    const target = join(root, f.path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, f.content);
  }
  process.stdout.write(`wrote ${files.length} files to ${join(root, OUT_DIR)}\n`);
  return EXIT.OK;
}

function listGenerated(root: string): string[] {
  try {
    return readdirSync(join(root, OUT_DIR)).sort().map((name) => `${OUT_DIR}/${name}`);
  } catch {
    return [];
  }
}
