#!/usr/bin/env node
// Compiles src/**/*.ts to dist/**/*.js (ESM, one file per module, same layout: a module's
// `import.meta.url` is as deep under dist/ as under src/, so `../..` is the package root in
// both) with esbuild: type-stripping only, ~0.2 s. Relative `.ts` specifiers become `.js`;
// the non-TypeScript files of src/ (the suite and report schemas) are copied beside them.
// `--declarations` also writes the .d.ts files with tsc (pack time only: ~15 s).
// The stamp dist/.built records when; bin/commu-contract.js runs dist/ only when no file of
// src/ is newer than it (D-68), so an edit is never served stale.
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';
import { renameSync } from 'node:fs';
import { transformSync } from 'esbuild';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SRC = join(ROOT, 'src');
const DIST = join(ROOT, 'dist');

function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
}

/** `from './x.ts'`, `import('./x.ts')`, `new URL('./x.ts', …)` → `.js` (relative specifiers only). */
export function rewriteSpecifiers(code) {
  return code.replace(/((?:from|import)\s*\(?\s*|new URL\(\s*)(['"])(\.{1,2}\/[^'"]+?)\.ts\2/g, '$1$2$3.js$2');
}

export function build({ declarations = false } = {}) {
  const t0 = performance.now();
  const tmp = `${DIST}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  for (const file of walk(SRC)) {
    const out = join(tmp, relative(SRC, file));
    mkdirSync(dirname(out), { recursive: true });
    if (file.endsWith('.ts')) {
      const { code } = transformSync(readFileSync(file, 'utf8'), { loader: 'ts', format: 'esm', target: 'node20', sourcefile: file });
      writeFileSync(out.replace(/\.ts$/, '.js'), rewriteSpecifiers(code));
    } else {
      copyFileSync(file, out);
    }
  }
  if (declarations) {
    execFileSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', join(ROOT, 'tsconfig.build.json'), '--outDir', tmp], { stdio: 'inherit', cwd: ROOT });
  }
  writeFileSync(join(tmp, '.built'), `${new Date().toISOString()}\n`);
  // Replaced whole: a process reading dist/ never sees half of one build and half of another.
  const old = `${DIST}.old-${process.pid}`;
  try {
    renameOrSkip(DIST, old);
    renameOrSkip(tmp, DIST);
  } finally {
    rmSync(old, { recursive: true, force: true });
  }
  return Math.round(performance.now() - t0);
}

function renameOrSkip(from, to) {
  try {
    statSync(from);
  } catch {
    return;
  }
  renameSync(from, to); // atomic on one file system
}

/** True when dist/ was built after the last change to src/ (and to this script). */
export function fresh() {
  let built;
  try {
    built = statSync(join(DIST, '.built')).mtimeMs;
  } catch {
    return false;
  }
  const newest = Math.max(statSync(fileURLToPath(import.meta.url)).mtimeMs, ...walk(SRC).map((f) => statSync(f).mtimeMs));
  return newest <= built;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (process.argv.includes('--if-stale') && fresh()) process.exit(0);
  const ms = build({ declarations: process.argv.includes('--declarations') });
  if (!process.argv.includes('--quiet')) process.stdout.write(`built dist/ from src/ in ${ms} ms\n`);
}
