// What one case run accumulates: its transcript, its failures and captured values.
import type { Validators } from '../contract/index.ts';
import { bound } from './bound.ts';
import type { Failure, Frame, Level, Phase } from './model.ts';
import type { Scope } from './values.ts';

export interface RunOptions {
  timeoutMs: number;
  graceMs: number;
  /** Most events kept per actor; more is a flood, reported once. */
  maxEventsPerActor: number;
  /** Payloads per fuzz case (overrides the cases' own `runs`). */
  fuzzRuns?: number;
  /** The fuzz seed (one per run; random when absent). */
  fuzzSeed?: number;
}

/** Failures kept per case; a hostile target could otherwise produce one per frame. */
export const MAX_FAILURES = 100;
/** Failures that say what happened to the whole case: kept beyond the cap. */
const ALWAYS_KEPT = new Set(['flood', 'fuzz']);

export class CaseContext {
  readonly transcript: Frame[] = [];
  readonly failures: Failure[] = [];
  /** Failures beyond MAX_FAILURES, counted and summarised in one last failure. */
  private dropped = 0;
  private summary: Failure | undefined;
  private diverted: Failure[] | undefined;
  readonly started = performance.now();
  readonly scope: Scope;
  /** Transcript length when the latest action step started (absence is judged from there). */
  actionMark = 0;
  /** What the case is doing: preparing (its `actors:`) or running its own steps; failures carry it. */
  phase: Phase = 'assertion';

  constructor(
    readonly validators: Validators,
    readonly options: RunOptions,
    scope: Scope,
    private readonly redact: (value: unknown) => unknown,
  ) {
    this.scope = scope;
  }

  record(frame: Omit<Frame, 't'>): number {
    const t = Math.round((performance.now() - this.started) * 10) / 10;
    this.transcript.push({ t, ...frame, ...(frame.data !== undefined ? { data: this.redact(bound(frame.data)) } : {}) });
    return this.transcript.length - 1;
  }

  fail(failure: Omit<Failure, 'level'> & { level?: Level }): void {
    const f: Failure = {
      level: failure.level ?? 'MUST',
      phase: this.phase,
      ...failure,
      ...(failure.expected !== undefined ? { expected: this.redact(bound(failure.expected)) } : {}),
      ...(failure.actual !== undefined ? { actual: this.redact(bound(failure.actual)) } : {}),
    };
    if (this.diverted) {
      this.diverted.push(f);
      return;
    }
    if (this.failures.length < MAX_FAILURES || ALWAYS_KEPT.has(f.check)) {
      this.failures.push(f);
      return;
    }
    // One summary stands for the rest; MUST if any of them is.
    this.dropped++;
    if (!this.summary) {
      this.summary = { level: f.level, check: 'more', message: '' };
      this.failures.push(this.summary);
    }
    if (f.level === 'MUST') this.summary.level = 'MUST';
    this.summary.message = `${this.dropped} more failure${this.dropped === 1 ? '' : 's'} in this case, not listed`;
  }

  /**
   * Sends the failures of `fn` to a list of their own instead of the case's (the fuzz
   * step tries many payloads and keeps only the failures of the one it reports).
   */
  async divert<T>(fn: () => Promise<T>): Promise<{ value: T; failures: Failure[] }> {
    const saved = this.diverted;
    const failures: Failure[] = [];
    this.diverted = failures;
    try {
      return { value: await fn(), failures };
    } finally {
      this.diverted = saved;
    }
  }

}

/** Ends a case early: the step could not go on (a timeout, a refused setup). */
export class StepAbort extends Error {}
/** The kit could not run the case (target down, fixtures unavailable): verdict `error`. */
export class CaseError extends Error {}
