// SIGINT and SIGTERM in the middle of a run, as a real process against a target that never
// acknowledges (every case lasts a --timeout, so the run is surely mid-way when the signal
// comes): the reports of the cases that ended are written, marked interrupted, the summary
// is printed, and the exit code is the documented one (130 SIGINT, 143 SIGTERM).
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RunResult } from '../../src/runner/model.ts';
import { reportValidator } from '../report/helpers.ts';
import { BEHAVIOURS, startHostile } from '../hostile/servers.ts';

const BIN = join(import.meta.dirname, '../../bin/commu-contract.js');
/** Each case waits this long for its ack: waiting for the case in flight would take about as long. */
const TIMEOUT = 3000;

interface Outcome { code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string; afterSignalMs: number; dir: string }

async function interrupted(signal: 'SIGINT' | 'SIGTERM'): Promise<Outcome> {
  // CHAT-NEW-001 … 009: ids are never renumbered, so the selection stays nine cases.
  const server = await startHostile(BEHAVIOURS['never-acks']);
  const dir = mkdtempSync(join(tmpdir(), 'cc-interrupt-'));
  try {
    return await new Promise<Outcome>((resolve) => {
      const child = spawn(process.execPath, [BIN, 'run', '--socket-url', server.url, '--case', 'CHAT-NEW-00*', '--concurrency', '1', '--timeout', String(TIMEOUT),
        '--report-dir', dir, '--format', 'console,json,junit,markdown,html', '--no-color'], { cwd: dir, env: { ...process.env, NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
      let stdout = '';
      let stderr = '';
      let signalledAt: number | undefined;
      child.stdout.on('data', (d: Buffer) => {
        stdout += d.toString();
        // The first case has ended (its progress line): interrupt the second one.
        if (signalledAt === undefined && /^FAIL\s+CHAT-NEW-001\b/m.test(stdout)) {
          signalledAt = performance.now();
          child.kill(signal);
        }
      });
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      const killer = setTimeout(() => child.kill('SIGKILL'), 60_000);
      child.on('close', (code, sig) => {
        clearTimeout(killer);
        resolve({ code, signal: sig, stdout, stderr, afterSignalMs: signalledAt === undefined ? NaN : performance.now() - signalledAt, dir });
      });
    });
  } finally {
    await server.close();
  }
}

describe('commu-contract run interrupted', () => {
  it.each([['SIGINT', 130], ['SIGTERM', 143]] as const)('%s mid-run: partial reports marked interrupted, the summary, exit %i', async (signal, code) => {
    const o = await interrupted(signal);
    expect(o.signal, o.stderr).toBeNull();
    expect(o.code, o.stderr).toBe(code);
    expect(o.stdout + o.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
    // It stops at once: it does not wait for the case in flight (a --timeout per wait).
    expect(o.afterSignalMs).toBeLessThan(TIMEOUT);
    expect(o.stderr).toMatch(new RegExp(`interrupted by ${signal}: 1 of 9 cases ended`));
    expect(o.stdout).toMatch(/^FAILED: 9 cases: 0 passed, 0 warnings, 1 failed, 0 skipped, 8 errors/m);
    const report = JSON.parse(readFileSync(join(o.dir, 'conformance.json'), 'utf8')) as RunResult;
    expect(reportValidator()(report)).toEqual([]);
    expect(report.interrupted).toEqual({ signal });
    expect(report.cases[0]).toMatchObject({ id: 'CHAT-NEW-001', verdict: 'fail' });
    expect(report.cases[1]).toMatchObject({ verdict: 'error', reason: `interrupted by ${signal} before it ended` });
    expect(report.cases.slice(2).every((c) => c.verdict === 'error' && c.reason === `not run: interrupted by ${signal}`)).toBe(true);
    for (const file of ['conformance.junit.xml', 'conformance.md', 'conformance.html']) expect(readFileSync(join(o.dir, file), 'utf8')).toContain('CHAT-NEW-001');
  });
});
