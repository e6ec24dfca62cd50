// D-87: the kit runs socket.io-client's CommonJS build, and only that copy: every module of
// src/ takes `io` from src/lib/socket-client.ts.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { io } from '../../src/lib/socket-client.ts';

const SRC = join(import.meta.dirname, '../../src');
const files = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));

describe('socket.io-client in the kit (D-87)', () => {
  it('is the package\'s CommonJS build', () => {
    const cjs = createRequire(import.meta.url)('socket.io-client') as { io: unknown };
    expect(io).toBe(cjs.io);
    expect(createRequire(import.meta.url).resolve('socket.io-client')).toMatch(/build[\\/]cjs[\\/]index\.js$/);
  });

  it('is loaded by no module of src/ but src/lib/socket-client.ts (types aside)', () => {
    // A value import or re-export, a dynamic import or a require of the package.
    const loads = /^(?:import|export) (?!type\b)[^;]*from ['"]socket\.io-client['"]|(?:import|require)\(\s*['"]socket\.io-client['"]\s*\)/m;
    const loaders = files(SRC).filter((f) => f !== join(SRC, 'lib/socket-client.ts') && loads.test(readFileSync(f, 'utf8')));
    expect(loaders.map((f) => relative(SRC, f))).toEqual([]);
    expect(loads.test("export { io } from 'socket.io-client';") && loads.test('const c = require("socket.io-client");') && !loads.test("import type { Socket } from 'socket.io-client';")).toBe(true);
  });
});
