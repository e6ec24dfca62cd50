// The redactor that keeps the fixtures' tokens out of every transcript and report: a token
// is replaced where it stands whole, never inside a longer word, the longest first.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { replaceWhole } from '../../src/runner/engine.ts';

/** The definition `replaceWhole` is held to: one expression of the tokens with look-arounds. */
function byExpression(text: string, tokens: readonly string[], labels: ReadonlyMap<string, string>): string {
  const escaped = tokens.map((t) => t.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&'));
  const whole = new RegExp(`(?<![\\w.~+-])(?:${escaped.join('|')})(?![\\w.~+-])`, 'g');
  return text.replace(whole, (t) => labels.get(t)!);
}

const labelled = (tokens: string[]) => new Map(tokens.map((t, i) => [t, `«token:${i}»`]));

describe('replaceWhole', () => {
  it('replaces a token standing whole, and leaves it inside a longer word', () => {
    const tokens = ['abc.def', 'e'];
    const labels = labelled(tokens);
    expect(replaceWhole('Bearer abc.def', tokens, labels)).toBe('Bearer «token:0»');
    expect(replaceWhole('"abc.def","e"', tokens, labels)).toBe('"«token:0»","«token:1»"');
    expect(replaceWhole('abc.defg xabc.def e-mail here', tokens, labels)).toBe('abc.defg xabc.def e-mail here');
  });

  it('replaces a token that contains another whole (the longest first)', () => {
    const tokens = ['aa-bb', 'bb'];
    expect(replaceWhole('aa-bb bb', tokens, labelled(tokens))).toBe('«token:0» «token:1»');
  });

  it('does what one expression of the tokens does, for any text and tokens', () => {
    // A small alphabet, so that tokens overlap, repeat and touch each other's edges (a space
    // inside a token lets two tokens stand whole at one position).
    const char = fc.constantFrom('a', 'b', '.', '-', ' ', '"', '«');
    const token = fc.string({ unit: fc.constantFrom('a', 'b', '.', '-', ' '), minLength: 1, maxLength: 4 });
    fc.assert(fc.property(fc.uniqueArray(token, { minLength: 1, maxLength: 4 }), fc.string({ unit: char, maxLength: 40 }), (set, text) => {
      const tokens = [...set].sort((a, b) => b.length - a.length);
      const labels = labelled(tokens);
      expect(replaceWhole(text, tokens, labels)).toBe(byExpression(text, tokens, labels));
    }), { numRuns: 2000, seed: 16 });
  });
});
