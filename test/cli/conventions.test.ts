// The CLI's conventions: one parser for every subcommand (serve too), "did you mean" for a
// mistyped command or flag, negative numbers parsed as values, `--version`, FORCE_COLOR and
// NO_COLOR, `--report-dir -` (a report on stdout, no folder named `-`), `--fail-on skip`.
// Each mistake: one line on stderr, exit 2, no stack trace; each checked as a real process.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useColor } from '../../src/cli/color.ts';
import { closest, parseFlags, UsageError } from '../../src/cli/flags.ts';
import { wholeNumber } from '../../src/cli/args.ts';
import { spawnNode } from '../processes.ts';

const BIN = join(import.meta.dirname, '../../bin/commu-contract.js');
const ROOT = join(import.meta.dirname, '../..');

interface Outcome { code: number; stdout: string; stderr: string }

function cli(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<Outcome> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { cwd, timeout: 60_000, env: { ...process.env, NO_COLOR: '1', ...env } }, (err, stdout, stderr) => {
      resolve({ code: err ? (typeof err.code === 'number' ? err.code : -1) : 0, stdout, stderr });
    });
  });
}

describe('the one parser', () => {
  const specs = { timeout: { type: 'string' }, format: { type: 'string' }, strict: { type: 'boolean' }, case: { type: 'string', multiple: true }, help: { type: 'boolean', short: 'h' } } as const;

  it('takes --name value, --name=value, repeats and -h', () => {
    expect(parseFlags(['--timeout', '5', '--format=json', '--case', 'A', '--case=B', '--strict', '-h'], specs).values)
      .toEqual({ timeout: '5', format: 'json', case: ['A', 'B'], strict: true, help: true });
  });

  it('takes a negative number and `-` as values (the command judges them)', () => {
    expect(parseFlags(['--timeout', '-5', '--format', '-'], specs).values).toEqual({ timeout: '-5', format: '-' });
  });

  it.each([
    [['--formt', 'json'], 'unknown option --formt (did you mean --format?)'],
    [['--timeot=3'], 'unknown option --timeot (did you mean --timeout?)'],
    [['--zzz'], 'unknown option --zzz'],
    [['--timeout'], '--timeout needs a value'],
    [['--timeout', '--strict'], '--timeout needs a value'],
    [['--strict=yes'], '--strict takes no value (got "yes")'],
    [['strict'], 'unexpected argument "strict" (did you mean --strict?)'],
    [['-x'], 'unknown option -x'],
  ])('%j → %s', (argv, message) => {
    expect(() => parseFlags(argv, specs)).toThrow(new UsageError(message));
  });

  it('suggests only what is close', () => {
    expect(closest('sevre', ['run', 'serve', 'report'])).toBe('serve');
    expect(closest('rpt', ['run', 'serve', 'report'])).toBeUndefined();
    expect(closest('conc', ['concurrency', 'case'])).toBe('concurrency');
  });

  it('a negative number is refused as not positive, not as ambiguous', () => {
    expect(() => wholeNumber('-5', '--timeout', 2000, 1)).toThrow(new UsageError('--timeout must be positive, got -5'));
    expect(() => wholeNumber('-1', '--grace', 5, 0)).toThrow(new UsageError('--grace must be zero or more, got -1'));
  });
});

describe('colour', () => {
  it.each([
    [false, {}, true, true],
    [false, {}, false, false],
    [true, { FORCE_COLOR: '1' }, false, false],
    [false, { FORCE_COLOR: '1' }, false, true],
    [false, { FORCE_COLOR: '' }, false, true],
    [false, { FORCE_COLOR: '0' }, true, false],
    [false, { NO_COLOR: '1' }, true, false],
    [false, { NO_COLOR: '' }, true, true],
    [false, { NO_COLOR: '1', FORCE_COLOR: '1' }, false, true],
  ] as const)('--no-color %s, env %j, tty %s → %s', (flag, env, tty, expected) => {
    expect(useColor(flag, env, tty)).toBe(expected);
  });
});

describe('the CLI as a process', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cc-conventions-'));

  function expectOneLine(o: Outcome, message: RegExp, code = 2): void {
    expect(o.code, o.stderr).toBe(code);
    expect(o.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
    expect(o.stderr.trimEnd().split('\n'), o.stderr).toHaveLength(1);
    expect(o.stderr).toMatch(message);
  }

  it('--version prints the package version', async () => {
    const o = await cli(['--version'], dir);
    expect(o.code).toBe(0);
    expect(o.stdout).toBe(`${(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version}\n`);
  });

  it('--help lists the user commands, not the maintainers\' generate', async () => {
    const o = await cli(['--help'], dir);
    expect(o.code).toBe(0);
    expect(o.stdout).toMatch(/^ {2}run /m);
    expect(o.stdout).not.toMatch(/^ {2}generate /m);
  });

  it.each([
    [['sevre'], /^commu-contract: unknown command "sevre" \(did you mean serve\?\); commands: run, report/],
    [['run', '--formt', 'json'], /^commu-contract run: unknown option --formt \(did you mean --format\?\); see `commu-contract run --help`$/m],
    [['run', '--timeout', '-5'], /^commu-contract run: --timeout must be positive, got -5$/m],
    [['run', '--fail-on', 'skp'], /^commu-contract run: unknown --fail-on "skp" \(one of skip, warn\) \(did you mean skip\?\)$/m],
    [['run', '--report-dir', '-', '--format', 'json,junit'], /^commu-contract run: --report-dir - writes one report to stdout/m],
    [['serve', '--prot', '3000'], /^commu-contract serve: unknown option --prot \(did you mean --port\?\); see `commu-contract serve --help`$/m],
    [['serve', '--port', '-1'], /^commu-contract serve: --port needs a port number from 0 to 65535 \(got "-1"\)/m],
    [['load', '--clients', '-3'], /^commu-contract load: --clients must be positive, got -3$/m],
    [['report', '--matrx'], /^commu-contract report: unknown option --matrx \(did you mean --matrix\?\)/m],
    [['proxy', '--upstrem', 'http://h'], /^commu-contract proxy: unknown option --upstrem \(did you mean --upstream\?\)/m],
    [['lint', '--jsn'], /^commu-contract lint: unknown option --jsn \(did you mean --json\?\)/m],
  ])('%j: one line, exit 2', async (args, message) => {
    expectOneLine(await cli(args, dir), message);
  });

  it('--format json --report-dir -: the JSON report alone on stdout, no folder named -', async () => {
    const o = await cli(['run', '--case', 'CHAT-NEW-001', '--format', 'json', '--report-dir', '-'], dir);
    expect(o.code, o.stderr).toBe(0);
    const report = JSON.parse(o.stdout) as { cases: Array<{ id: string; verdict: string }> };
    expect(report.cases.map((c) => [c.id, c.verdict])).toEqual([['CHAT-NEW-001', 'pass']]);
    expect(existsSync(join(dir, '-'))).toBe(false);
    expect(existsSync(join(dir, 'reports'))).toBe(false);
  });

  it('--fail-on skip: a run whose only case is skipped conforms without it, fails (exit 1) with it', async () => {
    // A fixtures file is one shared world: a case needing a fresh world is skipped.
    const fixtures = join(dir, 'world.json');
    const server = spawnNode([BIN, 'serve', '--port', '0', '--fixtures-out', fixtures], /socket: (http:\/\/[^/\s]+)[\s\S]*ready/);
    try {
      const [, url] = await server.ready;
      const args = ['run', '--socket-url', url!, '--fixtures', fixtures, '--case', 'AUTH-EXPIRY-002', '--format', 'json', '--report-dir', join(dir, 'skip')];
      const plain = await cli(args, dir);
      expect(plain.code, plain.stderr).toBe(0);
      const report = JSON.parse(readFileSync(join(dir, 'skip', 'conformance.json'), 'utf8')) as { cases: Array<{ verdict: string }> };
      expect(report.cases.map((c) => c.verdict)).toEqual(['skip']);
      const gated = await cli([...args, '--fail-on', 'skip'], dir);
      expect(gated.code, gated.stderr).toBe(1);
      expect(gated.stderr).toMatch(/^commu-contract run: failed by --fail-on skip: 1 skipped$/m);
    } finally {
      server.child.kill('SIGTERM');
    }
  });
});
