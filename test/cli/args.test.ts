import { describe, expect, it } from 'vitest';
import { targetFlagsProblem, UsageError, wholeNumber } from '../../src/cli/args.ts';

describe('wholeNumber', () => {
  it('takes decimal whole numbers and the fallback', () => {
    expect(wholeNumber(undefined, '--n', 7)).toBe(7);
    expect(wholeNumber('0', '--n', 7)).toBe(0);
    expect(wholeNumber('16', '--n', 7, 1)).toBe(16);
  });

  it.each(['1e3', '0x10', '2.0', '-1', '', ' 3', 'many', '99999999999999999999'])('refuses %j', (text) => {
    expect(() => wholeNumber(text, '--n', 7)).toThrow(new UsageError(`--n must be a whole number, got "${text}"`));
  });

  it('refuses a number under the minimum, saying the minimum', () => {
    expect(() => wholeNumber('0', '--concurrency', 4, 1)).toThrow('--concurrency must be at least 1, got 0');
  });
});

describe('targetFlagsProblem', () => {
  it.each([
    [{}, undefined],
    [{ 'socket-url': 'http://127.0.0.1:3000', fixtures: 'f.json' }, undefined],
    [{ fixtures: 'f.json', 'fixtures-cmd': 'make' }, 'give --fixtures or --fixtures-cmd, not both'],
    [{ 'api-url': 'http://127.0.0.1:3001' }, '--api-url needs --socket-url (without a target the embedded reference server is used)'],
    [{ 'socket-url': '127.0.0.1:3000' }, '--socket-url must be an http(s) URL, got "127.0.0.1:3000"'],
    [{ 'socket-url': 'http://h', 'api-url': 'ftp://h' }, '--api-url must be an http(s) URL, got "ftp://h"'],
  ])('%j → %s', (flags, problem) => {
    expect(targetFlagsProblem(flags)).toBe(problem);
  });
});
