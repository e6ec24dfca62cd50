// `commu-contract lint` as a process: clean on the repo's specs, the output format on a
// broken copy, usage errors.
import { tmpdir } from 'node:os';
import { afterAll, describe, expect, it } from 'vitest';
import { brokenCopy, cli, lintIn, scratch, STRING_CHAT_ID } from './lint-helpers.ts';

const tmp = scratch();
afterAll(tmp.remove);

// The real CLI processes start at once and run side by side (each pays tsx's and the
// AsyncAPI parser's start-up).
const cleanRun = cli();
const brokenRun = cli('--root', brokenCopy(tmp.dir, 'cli-text', STRING_CHAT_ID));

describe('lint on the repo specs', () => {
  it('exits 0 with no findings (real CLI process)', async () => {
    const { code, stdout, stderr } = await cleanRun;
    expect(stderr).toBe('');
    expect(stdout).toContain('no findings');
    expect(code).toBe(0);
  });

});

describe('findings', () => {
  it('prints file#pointer  rule  message lines and a summary, exit 1 (real CLI process)', async () => {
    const { code, stdout, stderr } = await brokenRun;
    expect(stderr).toBe('');
    expect(code).toBe(1);
    const lines = stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^asyncapi\.yaml#\/components\/messages\/chat\/examples\/1\/payload\/chatId {2}example-valid {2}.*must be integer/);
    expect(lines.at(-1)).toMatch(/^lint: 1 finding \(example-valid 1\)$/);
  });
});

describe('usage errors exit 2', () => {
  it.each([
    ['unknown flag', ['--frobnicate']],
    ['--root without a value', ['--root']],
    ['--root without specs', ['--root', tmpdir()]],
  ])('%s', async (_name, args) => {
    const { code, err } = await lintIn(...args);
    expect(code).toBe(2);
    expect(err).toMatch(/^commu-contract lint: /);
    expect(err).not.toMatch(/\n\s+at /); // no stack trace
  });
});
