// "Changing a schema changes everything": a copy of the specs with one field changed
// regenerates types and validators that follow it, with no other edit.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadContract, loadValidators, PACKAGE_ROOT } from '../../src/contract/index.ts';
import { generateFiles, type GeneratedFile } from '../../src/generate/index.ts';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A copy of the specs, edited by `edit(file, text)`. */
function copySpecs(edit: Record<string, (text: string) => string>, under = tmpdir()): string {
  mkdirSync(under, { recursive: true });
  const dir = mkdtempSync(join(under, 'commu-specs-'));
  dirs.push(dir);
  for (const entry of ['asyncapi.yaml', 'openapi.yaml', 'schemas']) cpSync(join(PACKAGE_ROOT, entry), join(dir, entry), { recursive: true });
  for (const [file, change] of Object.entries(edit)) {
    const before = readFileSync(join(dir, file), 'utf8');
    const after = change(before);
    expect(after, `the edit of ${file} changed nothing`).not.toBe(before);
    writeFileSync(join(dir, file), after);
  }
  return dir;
}

const content = (files: GeneratedFile[], name: string) => files.find((f) => f.path === `generated/${name}`)!.content;

async function importValidators(files: GeneratedFile[]): Promise<{ validators: Record<string, Record<string, (v: unknown) => boolean>> }> {
  // Written under the repo (in the ignored .tmp/) so the ajv imports resolve.
  mkdirSync(join(PACKAGE_ROOT, '.tmp'), { recursive: true });
  const dir = mkdtempSync(join(PACKAGE_ROOT, '.tmp', 'generated-'));
  dirs.push(dir);
  const file = join(dir, 'validators.js');
  writeFileSync(file, content(files, 'validators.js'));
  writeFileSync(join(dir, 'package.json'), '{"type":"module"}');
  return (await import(file)) as never;
}

describe('regenerating from edited specs', () => {
  it('a new property of Chat appears in the types, the REST types and the validators', async () => {
    const root = copySpecs({
      'schemas/Chat.yaml': (t) => t.replace('  deletedAt:\n', "  pinned:\n    type: boolean\n  deletedAt:\n"),
    });
    const [before, after] = [await generateFiles(), await generateFiles({ root })];
    expect(content(before, 'events.d.ts')).not.toContain('pinned');
    expect(content(after, 'events.d.ts')).toMatch(/export interface Chat \{[^}]*\n {2}pinned\?: boolean;/);
    expect(content(after, 'openapi.d.ts')).toMatch(/Chat: \{[^}]*pinned\?: boolean;/);

    const chat = { id: 1, type: 'TEXT', content: 'hi', senderId: '6394cc8fd1a615bf564d7e75', channelId: '6394cd01d1a615bf564d9e4c',
      communityId: '63908b6d2258e789af7d7394', createdAt: '2022-12-11T16:13:24.957Z', updatedAt: '2022-12-11T16:13:24.957Z', pinned: true };
    const [{ validators: old }, { validators: next }] = await Promise.all([importValidators(before), importValidators(after)]);
    // Everywhere Chat is used: broadcasts, the chat ack, REST responses, the shape itself.
    for (const v of [next.events!['new-chat']!, next.acks!.chat!, next.shapes!.Chat!]) expect(v === next.acks!.chat ? v({ written: true, chatInfo: chat }) : v(chat)).toBe(true);
    expect(old.events!['new-chat']!(chat)).toBe(false);
    expect(old.acks!.chat!({ written: true, chatInfo: chat })).toBe(false);
  }, 60_000);

  it('a tighter content limit changes every validator that checks content', async () => {
    const root = copySpecs({ 'schemas/ChatContent.yaml': (t) => t.replace('maxLength: 300', 'maxLength: 5') });
    const [before, after] = [await generateFiles(), await generateFiles({ root })];
    const [{ validators: old }, { validators: next }] = await Promise.all([importValidators(before), importValidators(after)]);
    const request = { chatType: 'new', channelId: '6394cd01d1a615bf564d9e4c', content: 'hello!' };
    expect(old.events!.chat!(request)).toBe(true);
    expect(next.events!.chat!(request)).toBe(false);
    const rest = (v: typeof next) => (v.rest as unknown as Record<string, { request: (x: unknown) => boolean }>).createChat!.request({ type: 'TEXT', content: 'hello!' });
    expect(rest(old)).toBe(true);
    expect(rest(next)).toBe(false);
    // A length limit is no TypeScript type: the types stay as they were.
    expect(content(after, 'events.d.ts')).toBe(content(before, 'events.d.ts'));
  }, 60_000);

  it('a renamed event renames the event map entry and the validators map key', async () => {
    const root = copySpecs({ 'asyncapi.yaml': (t) => t.replace('name: invited-to-channel', 'name: added-to-channel') });
    const files = await generateFiles({ root });
    expect(content(files, 'events.d.ts')).toContain("'added-to-channel': (payload: Channel) => void;");
    expect(content(files, 'events.d.ts')).not.toContain("'invited-to-channel'");
    expect(content(files, 'validators.d.ts')).toContain("'added-to-channel': typeof eventAddedToChannel;");
  }, 60_000);

  it('the kit uses generated validators only when they match its specs: a forgotten regenerate falls back to the specs', async () => {
    const tighter = { 'schemas/ChatContent.yaml': (t: string) => t.replace('maxLength: 300', 'maxLength: 5') };
    const request = { chatType: 'new', channelId: '6394cd01d1a615bf564d9e4c', content: 'hello!' };
    /** A copy of the edited specs with `validators` as its generated/validators.js (under the repo, so that ajv resolves). */
    const withGenerated = (validators: string | Buffer): string => {
      const root = copySpecs(tighter, join(PACKAGE_ROOT, '.tmp'));
      mkdirSync(join(root, 'generated'));
      writeFileSync(join(root, 'generated', 'validators.js'), validators);
      return root;
    };

    // The committed validators, stale for these specs: not used, the specs decide.
    const stale = await loadValidators(loadContract(withGenerated(readFileSync(join(PACKAGE_ROOT, 'generated', 'validators.js')))));
    expect(stale.source).toBe('compiled');
    expect(stale.event('chat', request)?.map((v) => v.pointer)).toEqual(['/content']);

    // Regenerated: used, with the same verdict.
    const root = copySpecs(tighter);
    const fresh = await loadValidators(loadContract(withGenerated(content(await generateFiles({ root }), 'validators.js'))));
    expect(fresh.source).toBe('generated');
    expect(fresh.event('chat', request)?.map((v) => v.pointer)).toEqual(['/content']);
  }, 60_000);
});
