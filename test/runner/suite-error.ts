import { parseSuite, SuiteError } from '../../src/runner/suites.ts';

/** The SuiteError that parsing `text` as `demo.yaml` throws (a test fails when none is thrown). */
export function errorOf(text: string): SuiteError {
  try {
    parseSuite(text, 'demo.yaml');
  } catch (err) {
    if (err instanceof SuiteError) return err;
    throw err;
  }
  throw new Error('no error');
}
