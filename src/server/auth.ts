// `Bearer <jwt>` credentials (D-07), read the same way by the handshake (`auth.token`)
// and by REST (`Authorization`).
import { verifyToken } from '../lib/jwt.ts';

export type AuthFailure = 'TOKEN_MISSING' | 'TOKEN_INVALID' | 'TOKEN_EXPIRED';

export type Identity = { ok: true; userId: string; nickname: string } | { ok: false; code: AuthFailure };

const BEARER = /^Bearer +([^\s]+)$/i;

/** Who presents `credential` (`"Bearer <jwt>"`), or why nobody does. */
export function authenticate(credential: unknown, secret: string): Identity {
  if (credential === undefined || credential === null || credential === '') return { ok: false, code: 'TOKEN_MISSING' };
  if (typeof credential !== 'string') return { ok: false, code: 'TOKEN_INVALID' };
  const token = BEARER.exec(credential)?.[1];
  if (token === undefined) return { ok: false, code: 'TOKEN_INVALID' };
  const verified = verifyToken(token, secret);
  if (!verified.ok) return { ok: false, code: verified.reason };
  return { ok: true, userId: verified.claims._id, nickname: verified.claims.nickname };
}
