// Helpers of the lint tests: the real CLI process, the command in-process, and copies of
// the repo's specs with one planted defect.
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { lint } from '../../src/cli/lint.ts';
import { PACKAGE_ROOT } from '../../src/contract/model.ts';

const run = promisify(execFile);
const BIN = join(PACKAGE_ROOT, 'bin', 'commu-contract.js');

/** Runs `node bin/commu-contract.js lint …` as a child process. */
export async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, 'lint', ...args], { cwd: PACKAGE_ROOT });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code?: number; stdout?: string; stderr?: string };
    return { code: err.code ?? -1, stdout: err.stdout ?? '', stderr: err.stderr ?? '' };
  }
}

/** Runs the lint command in this process, capturing its output. */
export async function lintIn(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await lint(args, { write: (t: string) => (out += t) }, { write: (t: string) => (err += t) });
  return { code, out, err };
}

export type Edit = { file: string; find: string; replace: string };

/** A scratch folder for spec copies; `remove()` deletes it. */
export function scratch(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'commu-lint-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A copy of the repo's specs (and docs/decisions.md) under `base/name` with textual edits applied. */
export function brokenCopy(base: string, name: string, ...edits: Edit[]): string {
  const dir = join(base, name);
  for (const p of ['asyncapi.yaml', 'openapi.yaml', 'schemas', 'docs/decisions.md']) {
    cpSync(join(PACKAGE_ROOT, p), join(dir, p), { recursive: true });
  }
  for (const { file, find, replace } of edits) {
    const path = join(dir, file);
    const text = readFileSync(path, 'utf8');
    if (!text.includes(find)) throw new Error(`fixture ${name}: "${find}" not found in ${file}`);
    writeFileSync(path, text.replace(find, replace));
  }
  return dir;
}

/** The edit that makes the `chat` message's "modify" example invalid (`chatId: "51"`). */
export const STRING_CHAT_ID: Edit = {
  file: 'asyncapi.yaml', find: '            chatId: 51\n            content: hello', replace: '            chatId: "51"\n            content: hello',
};
