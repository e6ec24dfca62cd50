// What `run` and `load` share on the command line: the target and fixtures flags, whole
// number flags, and choosing the fixtures provider. Pure apart from the provider it builds.
import { existsSync, mkdirSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Validators } from '../contract/index.ts';
import { commandProvider, endpointProvider, fileProvider, type FixtureProvider } from '../runner/fixtures.ts';

import { UsageError } from './flags.ts';

export { commandArgs, usageFailure, UsageError } from './flags.ts';

/** The target and fixtures flags. */
export const TARGET_OPTIONS = {
  'socket-url': { type: 'string' },
  'api-url': { type: 'string' },
  fixtures: { type: 'string' },
  'fixtures-cmd': { type: 'string' },
} as const;

export interface TargetFlags {
  'socket-url'?: string;
  'api-url'?: string;
  fixtures?: string;
  'fixtures-cmd'?: string;
}

/** A decimal whole number ≥ `min` (no `1e3`, `0x10` or `2.0`), or `fallback` when the flag is absent. */
export function wholeNumber(value: string | undefined, flag: string, fallback: number, min = 0): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (/^-\d+$/.test(value)) throw new UsageError(`${flag} must be ${min >= 1 ? 'positive' : 'zero or more'}, got ${value}`);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(n)) throw new UsageError(`${flag} must be a whole number, got "${value}"`);
  if (n < min) throw new UsageError(`${flag} must be at least ${min}, got ${n}`);
  return n;
}

/** What is wrong with the target and fixtures flags taken together, if anything. */
export function targetFlagsProblem(flags: TargetFlags): string | undefined {
  if (flags.fixtures && flags['fixtures-cmd']) return 'give --fixtures or --fixtures-cmd, not both';
  if (flags['api-url'] && !flags['socket-url']) return '--api-url needs --socket-url (without a target the embedded reference server is used)';
  for (const flag of ['socket-url', 'api-url'] as const) {
    const url = flags[flag];
    if (url === undefined) continue;
    // Checked first, so the message never repeats the password: a target URL is printed on
    // the console and written to every report.
    if (/^[^/?#]*@/.test(url.replace(/^[a-z][\w+.-]*:\/\//i, ''))) {
      return `--${flag} must not contain credentials (user:password@): the URL is printed on the console and written to every report, and the kit authenticates with the fixtures' tokens`;
    }
    if (!/^https?:\/\/[^/]+/.test(url)) return `--${flag} must be an http(s) URL, got "${url}"`;
  }
  return undefined;
}

/** The fixtures source the flags name: a file, a command, else the target's test-only endpoint. */
export function fixtureProvider(flags: TargetFlags, apiUrl: string, validators: Validators, timeoutMs: number): FixtureProvider {
  if (flags.fixtures) return fileProvider(flags.fixtures, validators);
  if (flags['fixtures-cmd']) return commandProvider(flags['fixtures-cmd'], validators, timeoutMs);
  return endpointProvider(apiUrl, validators, timeoutMs);
}

/** The formats of a `--format` list (default: all), or the message naming the unknown one. */
export function formatList<F extends string>(value: string | undefined, known: readonly F[]): F[] | string {
  const formats = (value ?? known.join(',')).split(',').map((f) => f.trim()).filter(Boolean);
  const unknown = formats.find((f) => !(known as readonly string[]).includes(f));
  return unknown === undefined ? (formats as F[]) : `unknown --format "${unknown}" (one of ${known.join(', ')})`;
}

export { kitVersion } from './version.ts';

/**
 * Why reports cannot be written into `dir` (`--report-dir`), checked before a run starts so
 * that a typo does not cost the run: it names a file, cannot be created, or is not
 * writable. Creates the directory when it is missing. Undefined when all is well.
 */
export function reportDirProblem(dir: string, flag = '--report-dir'): string | undefined {
  const code = (err: unknown) => (err as NodeJS.ErrnoException).code ?? (err as Error).message;
  try {
    if (!statSync(dir).isDirectory()) return `${flag} ${dir} is a file, not a directory: name a directory for the reports`;
  } catch {
    try {
      makeDirectories(dir);
    } catch (err) {
      return `${flag} ${dir}: cannot create the directory (${code(err)}): name a directory you can write to`;
    }
  }
  const probe = join(dir, `.commu-contract-${process.pid}.probe`);
  try {
    writeFileSync(probe, '');
    unlinkSync(probe);
  } catch (err) {
    return `${flag} ${dir}: cannot write into it (${code(err)}): name a directory you can write to`;
  }
  return undefined;
}

/**
 * `mkdir -p` one level at a time: Node 20's `mkdirSync(dir, { recursive: true })` loops
 * forever where the kernel refuses a directory with ENOENT (under /proc).
 */
function makeDirectories(dir: string): void {
  const missing: string[] = [];
  for (let at = dir; !existsSync(at); at = dirname(at)) {
    missing.unshift(at);
    if (dirname(at) === at) break;
  }
  for (const d of missing) mkdirSync(d);
}
