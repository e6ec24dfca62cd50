// How many random payloads a fuzz step draws after its floor when random exploration is on
// (`--fuzz-runs` or `--seed`). Its own module: the CLI needs the number without loading the
// fuzz engine and fast-check, which load only when a fuzz step runs.
export const DEFAULT_FUZZ_RUNS = 200;
