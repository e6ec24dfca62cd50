// The engine names no event and no field of the commu protocol (issue 19): whatever it
// must know of a protocol comes from the protocol's profile (profile.yaml) and contract.
// The names are derived from the contract (asyncapi.yaml, openapi.yaml, schemas/), not
// listed here; the engine's sources are scanned, comments excepted, for a quoted name
// ('new-chat'), a property access (`.channelId`, not a method call) or a key (`content:`).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContract, type Contract } from '../../src/contract/index.ts';
import { suiteSchemaSources } from '../../src/runner/suite-schema.ts';

const RUNNER = join(import.meta.dirname, '../../src/runner');

/**
 * Names of the protocol that are also the words of Socket.IO, HTTP, JWT and JavaScript
 * the engine speaks for any protocol (a packet's `id`, `type` and `data`, an error's
 * `message` and `code`, a handshake's `token`, ). Each must be a
 * name of the contract (checked below), so the list cannot outlive it.
 */
const GENERIC = new Set(['id', 'type', 'data', 'message', 'code', 'token', 'name', 'reason', 'description', 'error', 'limit']);

/**
 * Names of the protocol that are also keys of the suite format (src/runner/suite.schema.yaml and its step fragments):
 * an actor's `join:` (the channels it subscribes to), `burst`'s `channels:` and the scope's
 * `${channels.KEY}`. As keys and property accesses they are the format's; quoted, they
 * would be the protocol's and are still refused. Each must be a key of the format.
 */
const FORMAT_KEYS = new Set(['join', 'channels']);

/** Every event and every property name of the contract. */
export function protocolNames(contract: Contract): Set<string> {
  const out = new Set<string>();
  const walk = (s: unknown) => {
    if (Array.isArray(s)) s.forEach(walk);
    else if (s !== null && typeof s === 'object') {
      const o = s as Record<string, unknown>;
      if (o.properties !== null && typeof o.properties === 'object') for (const k of Object.keys(o.properties)) out.add(k);
      if (Array.isArray(o.required)) for (const k of o.required) if (typeof k === 'string') out.add(k);
      Object.values(o).forEach(walk);
    }
  };
  for (const e of Object.values(contract.events)) {
    // `connect_error` is Socket.IO's own event, not the protocol's.
    if (e.event !== 'connect_error') out.add(e.event);
    walk([e.message.schema, e.ack?.schema]);
  }
  for (const op of Object.values(contract.rest)) walk([op.requestBody, Object.values(op.responses), op.parameters.map((p) => p.schema)]);
  walk(Object.values(contract.shapes));
  for (const op of Object.values(contract.rest)) for (const p of op.parameters) out.add(p.name);
  return out;
}

/** The source without its comments (line and block), strings kept. */
function code(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
}

/** Where `source` names one of `names`: quoted whole, as a property access, or as a key. */
export function namedIn(source: string, names: Set<string>, keys: Set<string> = new Set()): string[] {
  const found: string[] = [];
  const text = code(source);
  for (const m of text.matchAll(/'([^'\n]*)'|"([^"\n]*)"/g)) {
    const s = m[1] ?? m[2] ?? '';
    if (names.has(s)) found.push(`'${s}'`);
  }
  for (const m of text.matchAll(/\.([A-Za-z_$][\w$-]*)\b(?!\s*\()/g)) if (names.has(m[1]!) && !keys.has(m[1]!)) found.push(`.${m[1]}`);
  for (const m of text.matchAll(/[{,]\s*([A-Za-z_$][\w$]*)\??\s*:/g)) if (names.has(m[1]!) && !keys.has(m[1]!)) found.push(`${m[1]}:`);
  return found;
}

describe('the engine is protocol-free', () => {
  const contract = loadContract();
  const all = protocolNames(contract);
  const names = new Set([...all].filter((n) => !GENERIC.has(n)));

  it('derives the protocol\'s names from the contract, and its generic words are names of it', () => {
    for (const n of ['chat', 'new-chat', 'join', 'channelId', 'content', 'written', 'chatInfo', 'communities', 'nickname']) expect(names, n).toContain(n);
    expect([...GENERIC].filter((g) => !all.has(g))).toEqual([]);
    const format = suiteSchemaSources().join('\n');
    expect([...FORMAT_KEYS].filter((k) => !new RegExp(`^\\s+${k}:`, 'm').test(format))).toEqual([]);
  });

  it('finds a name in code, never in a comment', () => {
    expect(namedIn(`// the 'new-chat' event\nconst x = { content: 1 }; y.channelId; a.emit('chat', []); xs.join(','); s.join; e('join')`, names, FORMAT_KEYS)).toEqual(["'chat'", "'join'", '.channelId', 'content:']);
  });

  it('src/runner names no event and no field of the commu protocol', () => {
    const files = (readdirSync(RUNNER, { recursive: true }) as string[]).filter((f) => f.endsWith('.ts'));
    const found = files.flatMap((f) => namedIn(readFileSync(join(RUNNER, f), 'utf8'), names, FORMAT_KEYS).map((n) => `${f}: ${n}`));
    expect(found).toEqual([]);
  });
});
