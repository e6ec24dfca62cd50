// The `auth.token` values a case can present: the fixtures' tokens, and deliberately
// broken variants of them that a server must refuse.
import { randomBytes } from 'node:crypto';
import { decodeClaims, signToken, unsignedToken, type TokenClaims } from '../lib/jwt.ts';
import type { TokenVariant } from './model.ts';

export interface TokenSource {
  token: string;
  expiredToken?: string;
}

export class TokenUnavailable extends Error {}

/** The value for `auth.token` / `Authorization`; `undefined` means "send none". */
export function credential(variant: TokenVariant, source: TokenSource): string | undefined {
  const claims = (decodeClaims(source.token) ?? { _id: '000000000000000000000000', nickname: 'x' }) as TokenClaims;
  switch (variant) {
    case 'valid': return `Bearer ${source.token}`;
    case 'missing': return undefined;
    case 'empty': return '';
    case 'noBearer': return source.token;
    case 'basicScheme': return `Basic ${source.token}`;
    case 'malformed': return 'Bearer not-a-jwt';
    case 'wrongKey': return `Bearer ${signToken(claims, randomBytes(32).toString('hex'))}`;
    case 'algNone': return `Bearer ${unsignedToken(claims)}`;
    case 'tampered': {
      const [head, , sig] = source.token.split('.');
      const body = Buffer.from(JSON.stringify({ ...claims, _id: 'ffffffffffffffffffffffff' })).toString('base64url');
      return `Bearer ${head}.${body}.${sig}`;
    }
    case 'expired':
      if (source.expiredToken === undefined) throw new TokenUnavailable('the fixtures have no expiredToken');
      return `Bearer ${source.expiredToken}`;
    case 'unknownUser':
      throw new TokenUnavailable('a token for an unknown user needs the server\'s key');
  }
}
