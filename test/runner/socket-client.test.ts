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
    const loaders = files(SRC).filter((f) => /^import (?!type\b)[^;]*from 'socket\.io-client'|import\('socket\.io-client'\)/m.test(readFileSync(f, 'utf8')));
    expect(loaders.map((f) => relative(SRC, f))).toEqual([]);
  });
});
