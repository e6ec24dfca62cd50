// The JSON report: the full result model, as is.
import type { RunResult } from '../runner/model.ts';

export function renderJson(result: RunResult): string {
  return JSON.stringify(result, null, 2) + '\n';
}
