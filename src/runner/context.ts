// What one case run accumulates: its transcript, its failures and captured values.
import type { Validators } from '../contract/index.ts';
import type { Failure, Frame, Level } from './model.ts';
import type { Scope } from './values.ts';

export interface RunOptions {
  timeoutMs: number;
  graceMs: number;
  /** Most events kept per actor; more is a flood, reported once. */
  maxEventsPerActor: number;
}

export class CaseContext {
  readonly transcript: Frame[] = [];
  readonly failures: Failure[] = [];
  readonly started = performance.now();
  readonly scope: Scope;
  /** Transcript length when the latest action step started (absence is judged from there). */
  actionMark = 0;

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
    this.transcript.push({ t, ...frame, ...(frame.data !== undefined ? { data: this.redact(frame.data) } : {}) });
    return this.transcript.length - 1;
  }

  fail(failure: Omit<Failure, 'level'> & { level?: Level }): void {
    this.failures.push({
      level: failure.level ?? 'MUST',
      ...failure,
      ...(failure.expected !== undefined ? { expected: this.redact(failure.expected) } : {}),
      ...(failure.actual !== undefined ? { actual: this.redact(failure.actual) } : {}),
    });
  }
}

/** Ends a case early: the step could not go on (a timeout, a refused setup). */
export class StepAbort extends Error {}
/** The kit could not run the case (target down, fixtures unavailable): verdict `error`. */
export class CaseError extends Error {}
