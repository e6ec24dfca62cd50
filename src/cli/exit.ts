// The CLI's exit codes, documented in `commu-contract --help` and docs/runner.md. Their own
// module so the commands and the entry share them without importing each other.
export const EXIT = {
  /** Success: no conformance failures, no findings. */
  OK: 0,
  /** Conformance failures (run) or findings (lint). */
  FAILURES: 1,
  /** Usage or configuration error: a bad flag, a malformed suite or fixtures file. */
  USAGE: 2,
  /** The target could not be reached or tested. */
  TARGET: 3,
  /** Interrupted by SIGINT (128 + 2, as shells report it), after writing the partial reports. */
  SIGINT: 130,
  /** Interrupted by SIGTERM (128 + 15), after writing the partial reports. */
  SIGTERM: 143,
} as const;
