#!/usr/bin/env node
// Entry point of the `commu-contract` CLI: runs the compiled JavaScript of dist/. In a
// checkout of the kit (src/ is present), dist/ is used only when no source file is newer
// than its build stamp; else the TypeScript sources run through tsx, so an edit is never
// served stale (`npm test` and `npm start` rebuild first: D-68).
import { readdirSync, statSync } from 'node:fs';

const root = new URL('../', import.meta.url);

/** The newest modification time under `dir` (ms), or -1 when it does not exist. */
function newest(dir) {
  let latest = -1;
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return -1;
  }
  for (const e of entries) {
    const path = new URL(e.name + (e.isDirectory() ? '/' : ''), dir);
    latest = Math.max(latest, e.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

function builtAt() {
  try {
    return statSync(new URL('dist/.built', root)).mtimeMs;
  } catch {
    return -1;
  }
}

const checkout = newest(new URL('src/', root));
let entry = new URL('dist/cli/main.js', root);
if (checkout !== -1 && checkout > builtAt()) {
  const { register } = await import('tsx/esm/api');
  register();
  entry = new URL('src/cli/main.ts', root);
}
const { main, quietClosedPipes } = await import(entry.href);
quietClosedPipes();
process.exitCode = await main(process.argv.slice(2));
