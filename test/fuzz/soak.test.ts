// The reference server under the fuzz area round after round (test/fuzz/soak.ts, small
// here; the 5 × 2000 run and its figures are in docs/robustness.md): every round passes,
// and the heap after a full GC does not grow.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');

describe('fuzz soak of the reference server', () => {
  it('passes 3 rounds of the fuzz area with a flat heap', async () => {
    const o = await new Promise<{ code: number; stdout: string }>((resolve) => {
      execFile(process.execPath, ['--expose-gc', '--import', 'tsx', 'test/fuzz/soak.ts', '--rounds', '3', '--runs', '150', '--max-growth', '16'], { cwd: ROOT, timeout: 120_000 }, (err, stdout) => {
        resolve({ code: err ? (typeof err.code === 'number' ? err.code : -1) : 0, stdout });
      });
    });
    expect(o.stdout).not.toMatch(/FAILED/);
    expect(o.stdout).toMatch(/3600 payloads in [\d.]+ s; heap growth from round 1 to 3: -?[\d.]+ MB \(limit 16\)/);
    expect(o.code).toBe(0);
  }, 120_000);
});
