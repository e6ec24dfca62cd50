// Crafting HS256 JSON Web Tokens (RFC 7519) over node:crypto: what the fixtures mint and
// what the runner deliberately breaks (alg none, wrong key, an unknown `crit`, claims a
// library would refuse to sign). Nothing here verifies a token: the reference server
// verifies with jose (src/server/auth.ts, D-45).
import { createHmac } from 'node:crypto';

/** The claims of a token; crafted variants may leave any of them out or mistype them. */
export interface TokenClaims {
  _id?: unknown;
  nickname?: unknown;
  iat?: unknown;
  exp?: unknown;
  nbf?: unknown;
  [claim: string]: unknown;
}

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
