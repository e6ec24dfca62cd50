// The credentials a case can present: the fixtures' tokens, variants of them the runner
// crafts (it does not know the server's key: alg none, another key, altered claims, a
// scheme word in another case, the token in the wrong place), and variants only the
// server could sign, taken from the fixtures' optional `tokens` (D-45..D-49).
import { randomBytes } from 'node:crypto';
import { decodeClaims, signToken, unsignedToken, type TokenClaims } from '../lib/jwt.ts';
import type { LoadedCase } from './model.ts';

/** The signed variants a fixtures document may carry (the profile's `fixtures.signed`; commu: schemas/Fixtures.yaml `tokens`). */
export type FixtureTokenName = string;

/** The variants the runner crafts from a fixtures token. */
export type CraftedVariant =
  | 'valid' | 'missing' | 'empty' | 'noBearer' | 'basicScheme' | 'lowercaseBearer' | 'malformed' | 'wrongKey'
  | 'algNone' | 'expired' | 'tampered' | 'inHeader' | 'inQuery';

/** Every `token.variant` of a suite. */
export type TokenVariant = CraftedVariant | FixtureTokenName;

/** Where a handshake carries the credential: `auth.token` (D-07), or elsewhere (D-45: ignored). */
export type Placement = 'auth' | 'header' | 'query';

export interface Presented {
  /** The credential; `undefined` means "send none". */
  value: string | undefined;
  where: Placement;
}

export interface TokenSource {
  token: string;
  /** An expired token of the same user (crafted variant `expired`). */
  expired?: string;
  /** The signed variants, by name. */
  signed?: Record<string, string | undefined>;
  /** The claim naming the token's subject (altered by `tampered`), and claims standing in for an undecodable token (the profile's). */
  claims?: { subject: string; placeholder: Record<string, unknown> };
}

/** Claims when no profile says otherwise: a subject claim `sub`, as RFC 7519 names it. */
const GENERIC_CLAIMS = { subject: 'sub', placeholder: { sub: 'x' } };

export class TokenUnavailable extends Error {}

const CRAFTED: ReadonlySet<string> = new Set<CraftedVariant>([
  'valid', 'missing', 'empty', 'noBearer', 'basicScheme', 'lowercaseBearer', 'malformed', 'wrongKey', 'algNone', 'expired', 'tampered', 'inHeader', 'inQuery',
]);

/** Whether a variant comes from the fixtures' `tokens` (and may be absent there). */
export function isFixtureToken(variant: TokenVariant): variant is FixtureTokenName {
  return !CRAFTED.has(variant);
}

/** The credential of `variant` and where the handshake carries it. */
export function present(variant: TokenVariant, source: TokenSource): Presented {
  if (variant === 'inHeader') return { value: `Bearer ${source.token}`, where: 'header' };
  if (variant === 'inQuery') return { value: `Bearer ${source.token}`, where: 'query' };
  return { value: credential(variant, source), where: 'auth' };
}

/** The value for `auth.token` / `Authorization`; `undefined` means "send none". */
export function credential(variant: TokenVariant, source: TokenSource): string | undefined {
  if (isFixtureToken(variant)) {
    const token = source.signed?.[variant];
    if (token === undefined) throw new TokenUnavailable(`the fixtures have no signed token ${variant}`);
    return `Bearer ${token}`;
  }
  const names = source.claims ?? GENERIC_CLAIMS;
  const claims = (decodeClaims(source.token) ?? names.placeholder) as TokenClaims;
  switch (variant) {
    case 'valid': case 'inHeader': case 'inQuery': return `Bearer ${source.token}`;
    case 'missing': return undefined;
    case 'empty': return '';
    case 'noBearer': return source.token;
    case 'basicScheme': return `Basic ${source.token}`;
    case 'lowercaseBearer': return `bearer ${source.token}`;
    case 'malformed': return 'Bearer not-a-jwt';
    case 'wrongKey': return `Bearer ${signToken(claims, randomBytes(32).toString('hex'))}`;
    case 'algNone': return `Bearer ${unsignedToken(claims)}`;
    case 'tampered': {
      const [head, , sig] = source.token.split('.');
      const body = Buffer.from(JSON.stringify({ ...claims, [names.subject]: tamperedValue(claims[names.subject]) })).toString('base64url');
      return `Bearer ${head}.${body}.${sig}`;
    }
    case 'expired':
      if (source.expired === undefined) throw new TokenUnavailable('the fixtures have no expired token');
      return `Bearer ${source.expired}`;
  }
}

/** Another value of the same form: a hex id stays a hex id of the same length. */
function tamperedValue(v: unknown): string {
  const s = typeof v === 'string' ? v : 'x';
  return /^[0-9a-f]+$/.test(s) ? 'f'.repeat(s.length) : `${s}x`;
}

/** The fixtures tokens a case presents (its `token.variant`s and `wait.tokenExpires`) that the fixtures' signed `tokens` lack. */
export function missingTokens(c: LoadedCase, signed: Record<string, string | undefined> | undefined): FixtureTokenName[] {
  const named = new Set<FixtureTokenName>();
  for (const step of c.steps) {
    const variant = 'connect' in step ? step.connect.token?.variant : 'wait' in step ? step.wait.tokenExpires : undefined;
    if (variant !== undefined && isFixtureToken(variant)) named.add(variant);
  }
  return [...named].filter((name) => signed?.[name] === undefined);
}

/** When a token's `exp` passes (ms since the epoch), or undefined when it has no numeric `exp`. */
export function expiresAt(token: string): number | undefined {
  const exp = decodeClaims(token)?.exp;
  return typeof exp === 'number' ? exp * 1000 : undefined;
}
