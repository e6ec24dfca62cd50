// Misconfiguration as a real process: each mistake is found before any case runs (no
// server started, nothing written), and answered with one line on stderr, exit 2, no stack
// trace: a report directory that is a file or cannot be written, a suite or fixtures file
// that is an alias bomb, a fixtures "file" that never ends, a --format naming nothing.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const BIN = join(import.meta.dirname, '../../bin/commu-contract.js');

interface Outcome { code: number; stdout: string; stderr: string }

function cli(args: string[], cwd: string): Promise<Outcome> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { cwd, timeout: 60_000, env: { ...process.env, NO_COLOR: '1' } }, (err, stdout, stderr) => {
      resolve({ code: err ? (typeof err.code === 'number' ? err.code : -1) : 0, stdout, stderr });
    });
  });
}

/** "Billion laughs": ten aliases of ten aliases, nine levels deep (10^9 strings once expanded). */
function aliasBomb(tail: string): string {
  const lines = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let i = 1; i < 10; i++) lines.push(`a${i}: &a${i} [${Array.from({ length: 10 }, () => `*a${i - 1}`).join(',')}]`);
  return `${lines.join('\n')}\n${tail}\n`;
}

function expectOneLine(o: Outcome, message: RegExp): void {
  expect(o.code, o.stderr).toBe(2);
  expect(o.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
  expect(o.stderr.trimEnd().split('\n'), o.stderr).toHaveLength(1);
  expect(o.stderr).toMatch(message);
  // Before the run: no case reported, no progress, no summary.
  expect(o.stdout).toBe('');
}

describe('commu-contract run: misconfiguration exits 2 with one line, before the run', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cc-misconfig-'));
  const file = join(dir, 'a-file');
  writeFileSync(file, 'not a directory\n');

  it.each([
    ['a file', file, /--report-dir .*a-file is a file, not a directory/],
    ['a directory under a file', join(file, 'reports'), /--report-dir .*a-file\/reports: cannot create the directory \(ENOTDIR\)/],
    ['a place the kernel refuses', '/proc/commu-contract/reports', /--report-dir \/proc\/commu-contract\/reports: cannot create the directory \(ENOENT\)/],
    ['a directory that cannot be written', '/proc', /--report-dir \/proc: cannot write into it/],
  ])('--report-dir naming %s', async (_what, reportDir, message) => {
    expectOneLine(await cli(['run', '--case', 'CHAT-NEW-001', '--report-dir', reportDir], dir), message);
  });

  it('the default report directory, when reports/ is a file', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'cc-misconfig-'));
    writeFileSync(join(cwd, 'reports'), '');
    expectOneLine(await cli(['run', '--case', 'CHAT-NEW-001'], cwd), /the report directory .*reports is a file, not a directory/);
  });

  it('a suite that is an alias bomb: refused while loading, naming the file', async () => {
    const suites = join(dir, 'suites');
    mkdirSync(suites, { recursive: true });
    writeFileSync(join(suites, 'bomb.yaml'), aliasBomb('area: bomb\ncases: []'));
    expectOneLine(await cli(['run', '--suites-dir', suites, '--report-dir', join(dir, 'r1')], dir), /malformed suite: .*bomb\.yaml: YAML: Excessive alias count.*at most 100 alias expansions/);
  });

  it('a fixtures file that is an alias bomb', async () => {
    const fixtures = join(dir, 'bomb-fixtures.yaml');
    writeFileSync(fixtures, aliasBomb('communities: {}'));
    expectOneLine(await cli(['run', '--socket-url', 'http://127.0.0.1:1', '--fixtures', fixtures, '--report-dir', join(dir, 'r2')], dir), /the fixtures file .* is not JSON or YAML: Excessive alias count/);
  });

  it('--fixtures /dev/zero: refused at the size cap, before parsing', async () => {
    expectOneLine(await cli(['run', '--socket-url', 'http://127.0.0.1:1', '--fixtures', '/dev/zero', '--report-dir', join(dir, 'r3')], dir), /the fixtures file \/dev\/zero is larger than 1048576 bytes/);
  });

  it('a suite file that never ends (/dev/zero linked as a suite)', async () => {
    const suites = join(dir, 'endless');
    mkdirSync(suites, { recursive: true });
    symlinkSync('/dev/zero', join(suites, 'zero.yaml'));
    expectOneLine(await cli(['run', '--suites-dir', suites, '--report-dir', join(dir, 'r4')], dir), /malformed suite: .*zero\.yaml: larger than \d+ bytes/);
  });

  it.each([[''], [','], [' , ']])('--format %j names no report', async (format) => {
    const reportDir = join(dir, 'r5');
    expectOneLine(await cli(['run', '--case', 'CHAT-NEW-001', '--format', format, '--report-dir', reportDir], dir), /--format names no report: give one or more of console, json/);
    expect(existsSync(reportDir)).toBe(false);
  });
});
