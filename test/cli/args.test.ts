import { describe, expect, it } from 'vitest';
import { targetFlagsProblem, UsageError, wholeNumber } from '../../src/cli/args.ts';

describe('wholeNumber', () => {
  it('takes decimal whole numbers and the fallback', () => {
    expect(wholeNumber(undefined, '--n', 7)).toBe(7);
    expect(wholeNumber('0', '--n', 7)).toBe(0);
    expect(wholeNumber('16', '--n', 7, 1)).toBe(16);
  });

  it.each(['1e3', '0x10', '2.0', '', ' 3', 'many', '99999999999999999999'])('refuses %j', (text) => {
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
    [{ 'socket-url': 'http://h:3000/base@v1' }, undefined],
    [{ 'socket-url': 'http://h:3000?x=a@b' }, undefined],
  ])('%j → %s', (flags, problem) => {
    expect(targetFlagsProblem(flags)).toBe(problem);
  });

  it.each([
    ['socket-url', 'http://user:s3cret@127.0.0.1:3000'],
    ['socket-url', 'https://user@h'],
    ['socket-url', 'user:s3cret@h:3000'],
    ['socket-url', 'ftp://user:s3cret@h'],
    ['api-url', 'http://user:s3cret@h'],
  ] as const)('refuses credentials in --%s %s without repeating them', (flag, url) => {
    const problem = targetFlagsProblem({ 'socket-url': 'http://h', [flag]: url });
    expect(problem).toMatch(new RegExp(`^--${flag} must not contain credentials \\(user:password@\\)`));
    expect(problem).not.toContain('s3cret');
    expect(problem).not.toContain('@h');
  });
});
