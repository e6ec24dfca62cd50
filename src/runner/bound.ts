// Bounding what a case keeps of a hostile target's frames: a transcript and its failures
// must stay small whatever the target sends (10 MB strings, binary, deep nesting, huge
// arrays). Legitimate protocol values are far below every limit, so they are kept as is.
import type { HttpResponse } from '../lib/http-client.ts';

/** Strings longer than this (in UTF-16 units) are replaced by a summary. */
export const MAX_STRING = 64 * 1024;
/** Array items kept; the rest is summarised. */
export const MAX_ITEMS = 1000;
/** Object keys kept; the rest is summarised. */
export const MAX_KEYS = 1000;
/** Nesting kept; deeper values are summarised. */
export const MAX_DEPTH = 64;
/** String characters kept per value in all (once spent, long strings are summarised). */
const BUDGET = 1024 * 1024;

export interface Truncated {
  truncated: true;
  /** UTF-8 bytes of the string or binary value. */
  bytes?: number;
  items?: number;
  keys?: number;
  depth?: number;
  binary?: true;
}

function binaryLength(v: unknown): number | undefined {
  if (v instanceof ArrayBuffer) return v.byteLength;
  if (ArrayBuffer.isView(v)) return v.byteLength;
  return undefined;
}

/**
 * A copy of `value` that is safe to keep and to serialise: long strings, binary data,
 * very long arrays, objects with very many keys and very deep nesting are replaced by a
 * `{ truncated: true, … }` summary. Returns `value` itself when nothing needed bounding.
 */
export function bound(value: unknown): unknown {
  let budget = BUDGET;
  let changed = false;
  const walk = (v: unknown, depth: number): unknown => {
    if (typeof v === 'string') {
      if (v.length > MAX_STRING || v.length > budget) {
        changed = true;
        return { truncated: true, bytes: Buffer.byteLength(v) } satisfies Truncated;
      }
      budget -= v.length;
      return v;
    }
    if (v === null || typeof v !== 'object') {
      if (typeof v === 'function' || typeof v === 'symbol' || typeof v === 'bigint') {
        changed = true;
        return String(v);
      }
      return v;
    }
    const bytes = binaryLength(v);
    if (bytes !== undefined) {
      changed = true;
      return { truncated: true, binary: true, bytes } satisfies Truncated;
    }
    if (depth >= MAX_DEPTH) {
      changed = true;
      return { truncated: true, depth } satisfies Truncated;
    }
    if (Array.isArray(v)) {
      const head = v.length > MAX_ITEMS ? v.slice(0, MAX_ITEMS) : v;
      const out = head.map((x) => walk(x, depth + 1));
      if (v.length > MAX_ITEMS) {
        changed = true;
        out.push({ truncated: true, items: v.length } satisfies Truncated);
      }
      return out;
    }
    const keys = Object.keys(v);
    const out: Record<string, unknown> = {};
    for (const k of keys.slice(0, MAX_KEYS)) {
      // defineProperty keeps an own `__proto__` key a plain data property.
      Object.defineProperty(out, k, { value: walk((v as Record<string, unknown>)[k], depth + 1), enumerable: true, writable: true, configurable: true });
    }
    if (keys.length > MAX_KEYS) {
      changed = true;
      out['…'] = { truncated: true, keys: keys.length } satisfies Truncated;
    }
    return out;
  };
  const out = walk(value, 0);
  return changed ? out : value;
}

/** A REST response body larger than this is not read further. */
export const MAX_BODY_BYTES = 4 * 1024 * 1024;

/**
 * Why a request (src/lib/http-client.ts `send`) got no response: the timeout, or the
 * network's own reason (`connect ECONNREFUSED …`, `socket hang up`).
 */
export function requestFailure(err: unknown, timeoutMs: number): string {
  const e = err as Error;
  return e.name === 'TimeoutError' ? `no response within ${timeoutMs} ms` : e.message;
}

export class BodyTooLarge extends Error {
  constructor(readonly limit: number) {
    super(`the response body is larger than ${limit} bytes`);
  }
}

/**
 * The text of a response, reading at most `limit` bytes: a target that streams an endless
 * body cannot make the runner buffer it. The request's deadline (src/lib/http-client.ts) rejects
 * the read as it does the request.
 */
export async function readText(res: HttpResponse, limit = MAX_BODY_BYTES): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of res.body as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > limit) throw new BodyTooLarge(limit);
      chunks.push(chunk);
    }
  } finally {
    // Release the connection whether the body ended, overflowed or timed out.
    if (!res.body.complete) res.cancel();
  }
  return Buffer.concat(chunks, size).toString('utf8');
}

/**
 * `value` with every binary attachment (Buffer, ArrayBuffer, typed array) replaced by a
 * `{ truncated: true, binary: true, bytes }` marker: the contract's payloads are JSON, so
 * validators see one wrong value instead of a Buffer's every byte and method. Returns
 * `value` itself when it holds no binary data.
 */
export function withoutBinary(value: unknown): { value: unknown; binary: boolean } {
  let binary = false;
  const walk = (v: unknown, depth: number): unknown => {
    if (v === null || typeof v !== 'object' || depth > MAX_DEPTH) return v;
    const bytes = binaryLength(v);
    if (bytes !== undefined) {
      binary = true;
      return { truncated: true, binary: true, bytes } satisfies Truncated;
    }
    if (Array.isArray(v)) {
      const out = v.map((x) => walk(x, depth + 1));
      return out.every((x, i) => x === v[i]) ? v : out;
    }
    let changed = false;
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(v)) {
      const x = (v as Record<string, unknown>)[k];
      const y = walk(x, depth + 1);
      if (y !== x) changed = true;
      Object.defineProperty(out, k, { value: y, enumerable: true, writable: true, configurable: true });
    }
    return changed ? out : v;
  };
  const out = walk(value, 0);
  return { value: out, binary };
}
