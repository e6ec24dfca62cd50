// The mutation gate itself must be able to fail: with the cases that catch a mutant left
// out, `npm run mutants` names the surviving rule and exits 1; with a case no mutant
// catches, it names the vacuous case and exits 1.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CaseResult, Failure, LoadedCase } from '../../src/runner/model.ts';
import { MUTANTS } from './mutants.ts';
import { killedByOwnRule, vacuousCases, type MutantOutcome } from './run.ts';

const ROOT = join(import.meta.dirname, '../..');
/** Each run replays the catalogue against the clean server and the mutant: seconds on a loaded machine. */
const RUN_TIMEOUT_MS = 120_000;

function mutants(args: string[]): Promise<{ code: number; stdout: string }> {
  return new Promise((resolve) => {
    execFile('npx', ['tsx', 'test/mutants/run.ts', ...args], { cwd: ROOT, timeout: RUN_TIMEOUT_MS }, (err, stdout) => {
      resolve({ code: err ? (typeof err.code === 'number' ? err.code : -1) : 0, stdout });
    });
  });
}

describe('kills by own rule (issue 13)', () => {
  const failure = (phase: Failure['phase']): Failure => ({ level: 'SHOULD', check: 'ack', message: 'm', phase });
  const result = (verdict: CaseResult['verdict'], failures: Failure[]) => ({ verdict, failures });

  it('counts a failing case as killed only through a failure of its own steps', () => {
    expect(killedByOwnRule(result('warn', [failure('setup')]))).toBe(false);
    expect(killedByOwnRule(result('fail', [failure('setup'), failure('assertion')]))).toBe(true);
    expect(killedByOwnRule(result('warn', [failure(undefined)]))).toBe(true);
    expect(killedByOwnRule(result('pass', []))).toBe(false);
  });

  it('reports a case that mutants fail only in its setup as vacuous', () => {
    const cases = [{ id: 'DEMO-CASE-001' }, { id: 'DEMO-CASE-002' }] as LoadedCase[];
    const mutant = { id: 'm', rule: 'r', apply: () => {} };
    const outcomes: MutantOutcome[] = [{ mutant, killedBy: ['DEMO-CASE-001'], viaSetup: ['DEMO-CASE-002'], errors: [] }];
    expect(vacuousCases(cases, outcomes)).toEqual(['DEMO-CASE-002']);
  });
});

describe('npm run mutants', () => {
  it('has at least 40 mutants with unique ids', () => {
    expect(MUTANTS.length).toBeGreaterThanOrEqual(40);
    expect(new Set(MUTANTS.map((m) => m.id)).size).toBe(MUTANTS.length);
  });

  it('kills a mutant when its cases run', async () => {
    const o = await mutants(['--mutant', 'broadcast-echoes-sender', '--case', 'CHAT-NEW-*']);
    expect(o.stdout).toMatch(/broadcast-echoes-sender .*CHAT-NEW-006/);
    expect(o.stdout).toMatch(/mutation score: 1\/1 killed\n$/);
    expect(o.code).toBe(0);
  }, RUN_TIMEOUT_MS + 10_000);

  it('reports a case that no mutant of the run catches as vacuous, and fails', async () => {
    // broadcast-echoes-sender is caught by CHAT-NEW-006 but cannot make CHAT-NEW-014 (socket chats are TEXT) fail.
    const o = await mutants(['--mutant', 'broadcast-echoes-sender', '--case', 'CHAT-NEW-006', '--case', 'CHAT-NEW-014', '--check-vacuous']);
    expect(o.stdout).toMatch(/broadcast-echoes-sender .*1 case\(s\): CHAT-NEW-006\n/);
    expect(o.stdout).toMatch(/^VACUOUS CHAT-NEW-014: no mutant makes it fail/m);
    expect(o.stdout).not.toMatch(/VACUOUS CHAT-NEW-006/);
    expect(o.stdout).toMatch(/mutation score: 1\/1 killed\n$/);
    expect(o.code).toBe(1);
  }, RUN_TIMEOUT_MS + 10_000);

  it('passes a subset whose every case some mutant of the run catches', async () => {
    const o = await mutants(['--mutant', 'broadcast-echoes-sender', '--case', 'CHAT-NEW-006', '--check-vacuous']);
    expect(o.stdout).not.toMatch(/VACUOUS/);
    expect(o.stdout).toMatch(/mutation score: 1\/1 killed\n$/);
    expect(o.code).toBe(0);
  }, RUN_TIMEOUT_MS + 10_000);

  it('fails and names the rule when the cases that catch a mutant are disabled', async () => {
    const o = await mutants(['--mutant', 'broadcast-echoes-sender', '--exclude-case', 'CHAT-NEW-006', '--exclude-case', 'CHAT-MOD-002', '--exclude-case', 'CHAT-MOD-007', '--exclude-case', 'CHAT-DEL-007', '--exclude-case', 'BAD-MIXED-001']);
    expect(o.stdout).toMatch(/SURVIVED broadcast-echoes-sender: no case checks "D-15 not to the emitting socket"/);
    expect(o.stdout).toMatch(/mutation score: 0\/1 killed\n$/);
    expect(o.code).toBe(1);
  }, RUN_TIMEOUT_MS + 10_000);
});
