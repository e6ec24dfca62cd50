// Measuring helpers: spawn a process and time it (to exit, to its first output line),
// repeat, and summarise as median and range.
import { spawn } from 'node:child_process';
import { spread } from '../../src/load/stats.ts';

export { spread };

export const ROOT = new URL('../..', import.meta.url).pathname.replace(/\/$/, '');
export const BIN = `${ROOT}/bin/commu-contract.js`;

export interface SpawnTiming {
  /** ms from spawn to exit */
  exitMs: number;
  /** ms from spawn to the first line on stdout (NaN if none) */
  firstLineMs: number;
  firstLine: string;
  code: number;
  stdout: string;
  stderr: string;
}

/** `firstLine` is the first stdout line matching `firstMatch` (default: any line). */
export function timeSpawn(cmd: string, args: string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv; timeoutMs?: number; firstMatch?: RegExp } = {}): Promise<SpawnTiming> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(cmd, args, { cwd: opts.cwd ?? ROOT, env: opts.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let firstLineMs = NaN;
    let firstLine = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs ?? 300_000);
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
      if (Number.isNaN(firstLineMs)) {
        const lines = stdout.split('\n').slice(0, -1);
        const hit = lines.find((l) => opts.firstMatch?.test(l) ?? true);
        if (hit !== undefined) {
          firstLineMs = performance.now() - t0;
          firstLine = hit;
        }
      }
    });
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ exitMs: performance.now() - t0, firstLineMs, firstLine, code: code ?? -1, stdout, stderr });
    });
  });
}

export async function repeat<T>(n: number, fn: (i: number) => Promise<T>): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < n; i++) out.push(await fn(i));
  return out;
}

/** `123 ms (118–131, n=5)` */
export function fmtMs(values: readonly number[], digits = 0): string {
  const s = spread(values);
  if (s.n === 0 || Number.isNaN(s.median)) return 'n/a';
  return `${s.median.toFixed(digits)} ms (${s.min.toFixed(digits)}–${s.max.toFixed(digits)}, n=${s.n})`;
}

export function fmtNum(values: readonly number[], unit = '', digits = 0): string {
  const s = spread(values);
  if (s.n === 0 || Number.isNaN(s.median)) return 'n/a';
  const f = (x: number) => x.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
  return `${f(s.median)}${unit} (${f(s.min)}–${f(s.max)}, n=${s.n})`;
}

export const median = (values: readonly number[]): number => spread(values).median;

export function note(text: string): void {
  process.stderr.write(`bench: ${text}\n`);
}
