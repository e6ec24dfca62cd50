// `Bearer <jwt>` credentials (D-07, D-23), read the same way by the handshake
// (`auth.token`) and by REST (`Authorization`).
import type { ConnectError } from '../../generated/events.js';
import { verifyToken } from '../lib/jwt.ts';

/** The `connect_error` codes of the contract (`ConnectError.data.code`). */
export type ConnectErrorCode = NonNullable<ConnectError['data']>['code'];

/** The codes about the credential itself (the contract's `TOKEN_*` codes). */
export type AuthFailure = Extract<ConnectErrorCode, `TOKEN_${string}`>;

export type Identity = { ok: true; userId: string; nickname: string } | { ok: false; code: AuthFailure };

const BEARER = /^Bearer[ \t]+(.*)$/is;

/**
 * Who presents `credential` (`"Bearer <jwt>"`), or why nobody does: no credential or
 * not the Bearer scheme is TOKEN_MISSING (D-23); a token that is not an HS256 JWT signed
 * with `secret`, or whose `_id` is not a user id (`isUserId`), is TOKEN_INVALID; a
 * passed `exp` is TOKEN_EXPIRED.
 */
export function authenticate(credential: unknown, secret: string, isUserId: (id: string) => boolean): Identity {
  if (typeof credential !== 'string') return { ok: false, code: 'TOKEN_MISSING' };
  const token = BEARER.exec(credential)?.[1]?.trim();
  if (token === undefined || token === '') return { ok: false, code: 'TOKEN_MISSING' };
  const verified = verifyToken(token, secret);
  if (!verified.ok) return { ok: false, code: verified.reason };
  if (!isUserId(verified.claims._id)) return { ok: false, code: 'TOKEN_INVALID' };
  return { ok: true, userId: verified.claims._id, nickname: verified.claims.nickname };
}
