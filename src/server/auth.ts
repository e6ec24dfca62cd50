// `Bearer <jwt>` credentials (D-07, D-23, D-45..D-49), read the same way by the handshake
// (`auth.token` only) and by REST (`Authorization`). Tokens are verified with jose
// (RFC 7515/7519: HS256 only, `crit` understood or refused, `exp` and `nbf` checked);
// the kit's own src/lib/jwt.ts only crafts tokens and never verifies one here.
import type { ConnectError } from '../../generated/events.js';

// jose loads with the first token to verify, not with the server: its two entry points
// only, not its index (which loads all of JWE, JWK and JWKS, 4× the import time).
type Jose = [typeof import('jose/errors'), typeof import('jose/jwt/verify')];
let jose: Promise<Jose> | undefined;
const loadJose = (): Promise<Jose> => (jose ??= Promise.all([import('jose/errors'), import('jose/jwt/verify')]));

/** The `connect_error` codes of the contract (`ConnectError.data.code`). */
export type ConnectErrorCode = NonNullable<ConnectError['data']>['code'];

/** The codes about the credential itself (the contract's `TOKEN_*` codes). */
export type AuthFailure = Extract<ConnectErrorCode, `TOKEN_${string}`>;

export type Identity = { ok: true; userId: string; nickname: string | undefined } | { ok: false; code: AuthFailure };

/** The scheme word is case-insensitive (RFC 9110 §11.1, D-46). */
const BEARER = /^Bearer[ \t]+(.*)$/is;

/** What the verifier needs: the HS256 key and who the users are. */
export interface Verifier {
  key: Uint8Array;
  /** Whether `id` (already known to be a well-formed user id) names a user. */
  isUser: (id: string) => boolean;
  /** Whether `id` is a well-formed user id (schemas/ObjectId.yaml). */
  isUserId: (id: string) => boolean;
}

export function verifier(secret: string, isUserId: (id: string) => boolean, isUser: (id: string) => boolean): Verifier {
  return { key: new TextEncoder().encode(secret), isUserId, isUser };
}

/**
 * Who presents `credential` (`"Bearer <jwt>"`), or why nobody does: no credential or not
 * the Bearer scheme is TOKEN_MISSING (D-23); a token jose refuses (not HS256 with this
 * key, an unknown `crit`, a future `nbf`, no `exp`, an `exp` that is not a number), or
 * whose `_id` is not the id of an existing user, is TOKEN_INVALID (D-47, D-48); a
 * numeric `exp` in the past is TOKEN_EXPIRED.
 */
export async function authenticate(credential: unknown, v: Verifier): Promise<Identity> {
  if (typeof credential !== 'string') return { ok: false, code: 'TOKEN_MISSING' };
  const token = BEARER.exec(credential)?.[1]?.trim();
  if (token === undefined || token === '') return { ok: false, code: 'TOKEN_MISSING' };
  let claims: Record<string, unknown>;
  const [errors, { jwtVerify }] = await loadJose();
  try {
    // No clock tolerance: `exp` and `nbf` are exact (seconds, RFC 7519 §4.1.4-5).
    ({ payload: claims } = await jwtVerify(token, v.key, { algorithms: ['HS256'], requiredClaims: ['exp'] }));
  } catch (err) {
    return { ok: false, code: err instanceof errors.JWTExpired ? 'TOKEN_EXPIRED' : 'TOKEN_INVALID' };
  }
  const id = claims._id;
  if (typeof id !== 'string' || !v.isUserId(id) || !v.isUser(id)) return { ok: false, code: 'TOKEN_INVALID' };
  return { ok: true, userId: id, nickname: typeof claims.nickname === 'string' ? claims.nickname : undefined };
}
