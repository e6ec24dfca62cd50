// The committed generated/ files are what the specs generate now: fails when someone
// changes a spec and forgets `npm run generate`.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../src/contract/index.ts';
import { generateFiles, OUT_DIR, SUITE_SOURCES, SUITE_TYPES } from '../../src/generate/index.ts';

describe('generated/', () => {
  it('is up to date with the specs (run `npm run generate` and commit)', async () => {
    const files = await generateFiles();
    expect(readdirSync(join(PACKAGE_ROOT, OUT_DIR)).sort()).toEqual(files.map((f) => f.path.slice(OUT_DIR.length + 1)).sort());
    for (const f of files) expect(readFileSync(join(PACKAGE_ROOT, f.path), 'utf8'), f.path).toBe(f.content);
  }, 60_000);

  it('is deterministic and says where it comes from', async () => {
    const [a, b] = [await generateFiles(), await generateFiles()];
    expect(b).toEqual(a);
    for (const f of a) {
      expect(f.content, f.path).toContain(`generated from ${f.path === SUITE_TYPES ? SUITE_SOURCES : 'asyncapi.yaml/openapi.yaml'}`);
      expect(f.content, f.path).toContain('`npm run generate`; do not edit');
    }
  }, 60_000);

  it('imports nothing at run time but ajv and ajv-formats (dependencies of the package)', () => {
    const js = readFileSync(join(PACKAGE_ROOT, OUT_DIR, 'validators.js'), 'utf8');
    const specifiers = [...js.matchAll(/^import .* from "([^"]+)";$/gm)].map((m) => m[1]!);
    expect(specifiers.length).toBeGreaterThan(0);
    for (const s of specifiers) expect(s).toMatch(/^(ajv|ajv-formats)\//);
    expect(js).not.toMatch(/\brequire\(/);
    const pkg = JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    expect(Object.keys(pkg.dependencies)).toEqual(expect.arrayContaining(['ajv', 'ajv-formats']));
  });

  it('lists every event of the contract in the event maps, and connect_error only as a payload type', async () => {
    const events = readFileSync(join(PACKAGE_ROOT, OUT_DIR, 'events.d.ts'), 'utf8');
    const block = (name: string) => events.slice(events.indexOf(`export interface ${name} {`)).split('\n}')[0]!;
    expect(block('ClientToServerEvents')).toMatch(/^ {2}chat: \(payload: ChatRequest, ack\?: \(reply: ChatAck\) => void\) => void;$/m);
    expect(block('ServerToClientEvents')).toContain("'new-chat': (payload: LiveChat) => void;");
    expect(block('ServerToClientEvents')).not.toContain('connect_error');
    expect(events).toMatch(/^export interface ConnectError \{/m);
    expect(events.match(/^export interface Chat \{/gm)).toHaveLength(1);
    expect(events).not.toMatch(/\b(Chat|ObjectId|Timestamp)\d\b/);
  });
});
