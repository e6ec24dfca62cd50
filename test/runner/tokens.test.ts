// The runner's credentials (src/runner/tokens.ts): crafted variants, the fixtures'
// `tokens` (a case naming an absent one is skipped, never an error), and where the
// handshake carries each.
import { describe, expect, it } from 'vitest';
import { decodeClaims } from '../../src/lib/jwt.ts';
import type { LoadedCase } from '../../src/runner/model.ts';
import { credential, expiresAt, missingTokens, present, TokenUnavailable } from '../../src/runner/tokens.ts';
import { createFixtures } from '../../src/server/fixtures.ts';
import { Store } from '../../src/server/store.ts';

const store = new Store(':memory:');
const fixtures = createFixtures(store, 'tokens-secret', 1_000_000);
const source = { token: fixtures.users.member.token, signed: fixtures.tokens };

const caseWith = (steps: LoadedCase['steps']): LoadedCase => ({ id: 'X-001', title: 't', level: 'MUST', requirement: 'r', clauses: ['D-45'], area: 'a', file: 'f', steps });

describe('token variants', () => {
  it('crafts the scheme and placement variants from the fixtures token', () => {
    expect(credential('lowercaseBearer', source)).toBe(`bearer ${source.token}`);
    expect(present('inHeader', source)).toEqual({ value: `Bearer ${source.token}`, where: 'header' });
    expect(present('inQuery', source)).toEqual({ value: `Bearer ${source.token}`, where: 'query' });
    expect(present('valid', source)).toEqual({ value: `Bearer ${source.token}`, where: 'auth' });
  });

  it('takes the signed variants from the fixtures, each breaking one claim', () => {
    const claims = (v: 'noExp' | 'noId' | 'notYetValid' | 'nonNumericExp' | 'nullExp' | 'noNickname') => decodeClaims(credential(v, source)!.slice(7))!;
    expect(claims('noExp')).not.toHaveProperty('exp');
    expect(claims('noId')).not.toHaveProperty('_id');
    expect(claims('notYetValid').nbf).toBeGreaterThan(1_000_000);
    expect(claims('nonNumericExp').exp).toBe('tomorrow');
    expect(claims('nullExp').exp).toBeNull();
    expect(claims('noNickname')).not.toHaveProperty('nickname');
    expect(expiresAt(fixtures.tokens!.shortLived!)).toBe((1_000_000 + 3) * 1000);
  });

  it('names the fixtures tokens a case needs and the fixtures lack; crafting one throws TokenUnavailable', () => {
    const c = caseWith([
      { connect: { actor: 'a', token: { user: 'member', variant: 'noExp' } } },
      { connect: { actor: 'b', token: { user: 'member', variant: 'wrongKey' } } },
      { wait: { tokenExpires: 'shortLived' } },
    ]);
    expect(missingTokens(c, fixtures.tokens)).toEqual([]);
    const { tokens: _omitted, ...without } = fixtures;
    expect(missingTokens(c, (without as { tokens?: Record<string, string> }).tokens)).toEqual(['noExp', 'shortLived']);
    expect(() => credential('noExp', { token: source.token })).toThrow(TokenUnavailable);
  });
});
