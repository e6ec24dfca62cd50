// Minimal HS256 JSON Web Tokens (RFC 7519) over node:crypto: what the reference server
// verifies and what the runner signs or deliberately breaks (alg none, wrong key,
// expired). Verification accepts HS256 only.
import { createHmac, timingSafeEqual } from 'node:crypto';

export interface TokenClaims {
  _id: string;
  nickname: string;
  iat?: number;
  exp?: number;
  [claim: string]: unknown;
}

export type VerifyResult =
  | { ok: true; claims: TokenClaims }
  | { ok: false; reason: 'TOKEN_INVALID' | 'TOKEN_EXPIRED' };

const b64url = (input: Buffer | string): string => Buffer.from(input).toString('base64url');

export function encodeSegment(value: unknown): string {
  return b64url(JSON.stringify(value));
}

function hmac(secret: string, data: string): string {
  return createHmac('sha256', secret).update(data).digest('base64url');
}

export function signToken(claims: TokenClaims, secret: string, header: Record<string, unknown> = { alg: 'HS256', typ: 'JWT' }): string {
  const body = `${encodeSegment(header)}.${encodeSegment(claims)}`;
  return `${body}.${hmac(secret, body)}`;
}

/** An unsigned token (`alg: none`), which a server must refuse. */
export function unsignedToken(claims: TokenClaims): string {
  return `${encodeSegment({ alg: 'none', typ: 'JWT' })}.${encodeSegment(claims)}.`;
}

/** The claims of a token without checking anything (for crafting variants of it). */
export function decodeClaims(token: string): Record<string, unknown> | undefined {
  const part = token.split('.')[1];
  if (part === undefined) return undefined;
  try {
    const value: unknown = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

export function verifyToken(token: string, secret: string, nowSeconds = Math.floor(Date.now() / 1000)): VerifyResult {
  const parts = token.split('.');
  if (parts.length !== 3) return { ok: false, reason: 'TOKEN_INVALID' };
  const [head, payload, signature] = parts as [string, string, string];
  let header: unknown;
  let claims: unknown;
  try {
    header = JSON.parse(Buffer.from(head, 'base64url').toString('utf8'));
    claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    return { ok: false, reason: 'TOKEN_INVALID' };
  }
  if (typeof header !== 'object' || header === null || (header as { alg?: unknown }).alg !== 'HS256') {
    return { ok: false, reason: 'TOKEN_INVALID' };
  }
  const expected = Buffer.from(hmac(secret, `${head}.${payload}`));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return { ok: false, reason: 'TOKEN_INVALID' };
  if (typeof claims !== 'object' || claims === null) return { ok: false, reason: 'TOKEN_INVALID' };
  const c = claims as Record<string, unknown>;
  if (typeof c._id !== 'string' || typeof c.nickname !== 'string') return { ok: false, reason: 'TOKEN_INVALID' };
  if (c.exp !== undefined && (typeof c.exp !== 'number' || c.exp <= nowSeconds)) return { ok: false, reason: 'TOKEN_EXPIRED' };
  return { ok: true, claims: c as TokenClaims };
}
