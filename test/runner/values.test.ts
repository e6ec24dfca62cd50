import { describe, expect, it } from 'vitest';
import { interpolate, match } from '../../src/runner/values.ts';

const scope = { chat: { id: 7, content: 'hi', createdAt: '2022-12-11T16:13:24.957Z' }, users: { author: { id: 'a'.repeat(24) } }, nonce: 'n1' };

describe('interpolate', () => {
  it.each([
    ['a whole reference keeps its type', '${chat.id}', 7],
    ['a reference inside a string is stringified', 'id ${chat.id} by ${users.author.id}', `id 7 by ${'a'.repeat(24)}`],
    ['objects and arrays are walked', { x: ['${chat.content}', 1] }, { x: ['hi', 1] }],
    ['$repeat repeats', { $repeat: '😀', times: 3 }, '😀😀😀'],
    ['$repeat interpolates its text', { $repeat: '${nonce}', times: 2 }, 'n1n1'],
  ])('%s', (_, given, want) => {
    expect(interpolate(given, scope)).toEqual(want);
  });

  it('names the undefined reference', () => {
    expect(() => interpolate('${chat.nope}', scope)).toThrow(/\$\{chat\.nope\} is not defined/);
  });
});

describe('match', () => {
  it.each([
    ['equal scalars', 1, 1, 0],
    ['different scalars', 1, 2, 1],
    ['extra keys in actual are fine', { a: 1 }, { a: 1, b: 2 }, 0],
    ['a missing key fails', { a: 1 }, { b: 2 }, 1],
    ['$absent on an absent key', { d: { $absent: true } }, {}, 0],
    ['$absent on a present key', { d: { $absent: true } }, { d: null }, 1],
    ['$present', { d: { $present: true } }, {}, 1],
    ['$gte on timestamps', { $gte: '2022-12-11T16:13:24.957Z' }, '2022-12-11T16:13:24.958Z', 0],
    ['$gte fails when earlier', { $gte: '2022-12-11T16:13:24.957Z' }, '2022-12-11T16:13:24.956Z', 1],
    ['$gt on numbers', { $gt: 5 }, 5, 1],
    ['$type integer rejects a numeric string', { $type: 'integer' }, '6', 1],
    ['$length counts code points', { $length: 2 }, '😀😀', 0],
    ['arrays must have the same length', [1, 2], [1, 2, 3], 1],
    ['arrays match element-wise', [{ id: 1 }], [{ id: 1, x: 2 }], 0],
    ['$oneOf', { $oneOf: ['A', 'B'] }, 'C', 1],
    ['$ne', { $ne: 'x' }, 'x', 1],
    ['an object expected where a scalar came', { a: 1 }, 'a', 1],
  ])('%s', (_, expected, actual, failures) => {
    expect(match(expected, actual)).toHaveLength(failures);
  });

  it('points at the mismatch', () => {
    expect(match({ chatInfo: { content: 'a' } }, { chatInfo: { content: 'b' } })[0]).toMatchObject({ pointer: '/chatInfo/content', expected: 'a', actual: 'b' });
  });
});

describe('operators added for the suites', () => {
  it('$string sends a captured number as a string', () => {
    expect(interpolate({ chatId: { $string: '${chat.id}' } }, scope)).toEqual({ chatId: '7' });
  });
  it.each([
    [{ $contains: { id: 1 } }, [{ id: 2 }, { id: 1 }], 0],
    [{ $contains: { id: 3 } }, [{ id: 2 }, { id: 1 }], 1],
    [{ $notContains: { id: 3 } }, [{ id: 2 }], 0],
    [{ $notContains: { id: 2 } }, [{ id: 2 }], 1],
    [{ $contains: 'x' }, 'not an array', 1],
  ])('%j on %j', (expected, actual, failures) => {
    expect(match(expected, actual)).toHaveLength(failures);
  });
});
