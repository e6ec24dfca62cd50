// The JSON report: the full result model, with its failures grouped by root cause.
import type { RunResult } from '../runner/model.ts';
import { rootCauses } from './causes.ts';

export function renderJson(result: RunResult): string {
  return JSON.stringify({ ...result, rootCauses: rootCauses(result.cases) }, null, 2) + '\n';
}
