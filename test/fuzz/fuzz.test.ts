// The fuzz area: its generators (every payload invalid by the contract's own validator,
// every kind of breakage represented, deterministic per seed) and its end-to-end promise
// (a server that lets one kind of invalid payload through fails the run, and the printed
// rerun command reproduces exactly the same shrunk payload).
import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isDeepStrictEqual } from 'node:util';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadContract, Validators } from '../../src/contract/index.ts';
import { display, Duplicate, floorPayloads, fuzzTargets, Ids, invalidPayloads, jsonText, materialize, Nest, Ref, Repeat, targetSchemas } from '../../src/runner/fuzz.ts';
import { asJson } from '../../src/runner/arbitrary.ts';
import type { FuzzTarget } from '../../src/runner/model.ts';
import { startServer, type ReferenceServer } from '../../src/server/index.ts';

const contract = loadContract();
const validators = new Validators(contract);
const FUZZ_TARGETS = fuzzTargets(contract);
const BIN = join(import.meta.dirname, '../../bin/commu-contract.js');

/** A world's values, as the runner's scope has them. */
const scope = {
  channels: { public: 'a'.repeat(24) },
  main: { id: 'b'.repeat(24) },
  users: { invitee1: { id: 'c'.repeat(24) }, invitee2: { id: 'd'.repeat(24) } },
  fuzzChat: { id: 7 },
};

function sample(target: FuzzTarget, numRuns = 600, seed = 42): unknown[] {
  const check = validators.check(targetSchemas(contract, target).whole);
  return fc.sample(invalidPayloads(contract, target, (t) => check(materialize(t, scope)).length > 0), { numRuns, seed });
}

/** The keywords of every violation of every payload, with the property they are about. */
function kinds(target: FuzzTarget, payloads: unknown[]): Set<string> {
  const check = validators.check(targetSchemas(contract, target).whole);
  const out = new Set<string>();
  for (const p of payloads) for (const v of check(materialize(p, scope))) out.add(`${v.keyword} ${v.pointer.split('/')[1] ?? ''}`.trim());
  return out;
}

function anyTemplate(payloads: unknown[], test: (t: unknown) => boolean): boolean {
  const walk = (t: unknown): boolean => {
    if (test(t)) return true;
    if (Array.isArray(t)) return t.some(walk);
    if (t !== null && typeof t === 'object' && !(t instanceof Repeat) && !(t instanceof Ids) && !(t instanceof Nest)) return Object.keys(t).some((k) => test(k) || walk((t as Record<string, unknown>)[k]));
    return false;
  };
  return payloads.some(walk);
}

function floor(target: FuzzTarget): unknown[] {
  const check = validators.check(targetSchemas(contract, target).whole);
  return floorPayloads(contract, target, (t) => check(materialize(t, scope)).length > 0);
}

describe('the fuzz floor', () => {
  it.each(FUZZ_TARGETS)('%s: the same invalid payloads on every call', (target) => {
    const check = validators.check(targetSchemas(contract, target).whole);
    const first = floor(target);
    expect(first.length).toBeGreaterThan(10);
    expect(floor(target).map(display)).toEqual(first.map(display));
    for (const p of first) expect(check(materialize(p, scope)), display(p)).not.toEqual([]);
  });

  it('holds the payloads known to break implementations', () => {
    const shown = floor('chat-modify').map(display).join('\n');
    const known = ['{"$nest":1001}', '"chatId":true', '"chatId":false', '"content":"\\ud800"', '"content":""', '{"$repeat":"a","times":100000}', '"chatId":-9007199254740994'];
    expect(known.filter((k) => !shown.includes(k))).toEqual([]);
  });

  it('duplicates each member of a REST body in the raw text, every occurrence invalid', () => {
    const dups = floor('createChat').filter((t): t is Duplicate => t instanceof Duplicate);
    expect(dups.map((d) => d.key).sort()).toEqual(['content', 'type']);
    const text = jsonText(dups.find((d) => d.key === 'content')!, scope);
    expect(text.match(/"content":/g)).toHaveLength(2);
    expect(text).toBe('{"type":"TEXT","content":null,"content":true}');
  });
});

describe('fuzz generators', () => {
  it.each(FUZZ_TARGETS)('%s: every payload is invalid by the contract\'s validator', (target) => {
    const check = validators.check(targetSchemas(contract, target).whole);
    for (const p of sample(target)) expect(check(materialize(p, scope)), display(p)).not.toEqual([]);
  });

  const expected: Record<FuzzTarget, string[]> = {
    join: ['type', 'required channels', 'additionalProperties', 'type channels', 'maxItems channels', 'pattern channels'],
    'chat-new': ['type', 'required content', 'required channelId', 'additionalProperties', 'maxLength content', 'minLength content', 'type content', 'pattern channelId'],
    'chat-modify': ['type', 'required chatId', 'additionalProperties', 'minimum chatId', 'type chatId', 'maxLength content'],
    'chat-delete': ['type', 'required chatId', 'additionalProperties', 'minimum chatId', 'type chatId', 'pattern channelId'],
    invite: ['type', 'required users', 'additionalProperties', 'maxItems users', 'minItems users', 'uniqueItems users', 'pattern communityId', 'pattern users'],
    createChat: ['type', 'required content', 'required type', 'additionalProperties', 'const type', 'maxLength content', 'minLength content'],
    modifyChat: ['type', 'required content', 'additionalProperties', 'maxLength content', 'minLength content', 'type content'],
    inviteUsers: ['type', 'required users', 'additionalProperties', 'maxItems users', 'minItems users', 'uniqueItems users', 'pattern communityId'],
  };
  it.each(FUZZ_TARGETS)('%s: wrong types, missing and extra properties, limits and patterns are all generated', (target) => {
    expect(expected[target], `no expectations for ${target}`).toBeDefined();
    const found = kinds(target, sample(target));
    for (const k of expected[target] ?? []) expect([...found], k).toContain(k);
  });

  it('generates the hostile shapes: __proto__ and constructor keys, Unicode edges, deep nesting, huge arrays and strings, nulls', () => {
    const all = FUZZ_TARGETS.flatMap((t) => sample(t, 800, 7));
    expect(anyTemplate(all, (t) => t === '__proto__')).toBe(true);
    expect(anyTemplate(all, (t) => t === 'constructor')).toBe(true);
    expect(anyTemplate(all, (t) => t instanceof Repeat && /[\uD800-\uDFFF]/.test(t.unit) && t.unit.length === 1)).toBe(true); // lone surrogates
    expect(anyTemplate(all, (t) => t instanceof Repeat && t.unit.includes('\u200D'))).toBe(true); // ZWJ sequences
    expect(anyTemplate(all, (t) => t instanceof Repeat && /[\u202E\u200F]/.test(t.unit))).toBe(true); // RTL
    expect(anyTemplate(all, (t) => t instanceof Nest && t.depth >= 100)).toBe(true);
    expect(anyTemplate(all, (t) => t instanceof Ids && t.count >= 1000)).toBe(true);
    expect(anyTemplate(all, (t) => t instanceof Repeat && t.times >= 1000)).toBe(true);
    expect(anyTemplate(all, (t) => t === null)).toBe(true);
  });

  it('keeps an own __proto__ key a key over the wire, without touching any prototype', () => {
    const t = JSON.parse('{"chatType":"new","__proto__":{"polluted":true}}') as unknown;
    const sent = materialize(t, scope) as Record<string, unknown>;
    expect(Object.keys(sent)).toEqual(['chatType', '__proto__']);
    expect(JSON.stringify(sent)).toBe('{"chatType":"new","__proto__":{"polluted":true}}');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(validators.event('chat', sent)!.map((v) => v.pointer)).toContain('/__proto__');
  });

  it('carries a value as JSON would: what JSON.parse(JSON.stringify(v)) gives', () => {
    const values = fc.anything({ withNullPrototype: true, withObjectString: true, withBoxedValues: true, withDate: true, withSparseArray: true, key: fc.constantFrom('a', '__proto__', 'toJSON', 'constructor', '') });
    fc.assert(fc.property(values, (v) => {
      fc.pre(v !== undefined && typeof v !== 'function' && typeof v !== 'symbol');
      // node's deep equality: prototypes, own keys (an own `constructor` too), -0 apart from 0.
      expect(isDeepStrictEqual(asJson(v), JSON.parse(JSON.stringify(v)))).toBe(true);
    }), { numRuns: 3000, seed: 16 });
    expect(Object.is(materialize(-0, scope), 0)).toBe(true);
    expect(materialize({ a: [1, Number.NaN, undefined, -Infinity], b: undefined }, scope)).toStrictEqual({ a: [1, null, null, null] });
    expect(materialize(new Nest(4), scope)).toStrictEqual([{ n: [{ n: 0 }] }]);
    // toJSON as JSON calls it (with its key; undefined or a function from it is omitted).
    const odd = [{ toJSON: () => undefined }, { toJSON: (k: string) => k }, { a: { toJSON: () => () => 1 } }];
    expect(isDeepStrictEqual(asJson(odd), JSON.parse(JSON.stringify(odd)))).toBe(true);
    expect(() => asJson([Object(1n)])).toThrow(TypeError);
    // A nest under an own __proto__ key is built in place, the key an own key.
    const deep = materialize(JSON.parse('{"__proto__":{"n":1}}') as unknown, scope) as Record<string, unknown>;
    const withNest = asJson({ ...Object.fromEntries([['k', new Nest(2)]]), p: deep }) as { k: unknown; p: Record<string, unknown> };
    expect(withNest.k).toStrictEqual([{ n: 0 }]);
    expect(Object.keys(withNest.p)).toEqual(['__proto__']);
    const protoNest = asJson(JSON.parse('{"__proto__":1}', (k, x: unknown) => (k === '__proto__' ? new Nest(3) : x))) as Record<string, unknown>;
    expect(Object.keys(protoNest)).toEqual(['__proto__']);
    expect(Object.getOwnPropertyDescriptor(protoNest, '__proto__')?.value).toStrictEqual({ n: [{ n: 0 }] });
  });

  it('shows fixtures values as ${…} and big values compactly', () => {
    const t = { channelId: new Ref('channels.public'), content: new Repeat('😀', 301), users: new Ids(101), deep: new Nest(3) };
    expect(display(t)).toBe('{"channelId":"${channels.public}","content":{"$repeat":"😀","times":301},"users":{"$ids":101},"deep":{"$nest":3}}');
    const sent = materialize(t, scope) as { channelId: string; content: string; users: string[]; deep: unknown };
    expect(sent.channelId).toBe(scope.channels.public);
    expect(sent.content.length).toBe(602);
    expect(new Set(sent.users).size).toBe(101);
    expect(sent.deep).toEqual({ n: [{ n: 0 }] });
  });

  it('is deterministic per seed', () => {
    expect(sample('chat-new', 100, 9).map(display)).toEqual(sample('chat-new', 100, 9).map(display));
    expect(sample('chat-new', 100, 9).map(display)).not.toEqual(sample('chat-new', 100, 10).map(display));
  });
});

interface Outcome { code: number; stdout: string; stderr: string }

function cli(args: string[]): Promise<Outcome> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, 'run', ...args], { cwd: mkdtempSync(join(tmpdir(), 'cc-fuzz-')), timeout: 120_000, env: { ...process.env, NO_COLOR: '1' } }, (err, stdout, stderr) => {
      resolve({ code: err ? (typeof err.code === 'number' ? err.code : -1) : 0, stdout, stderr });
    });
  });
}

describe('fuzz against a mutant that lets extra properties through', () => {
  let mutant: ReferenceServer;
  beforeAll(async () => {
    mutant = await startServer({
      testMode: true,
      log: () => {},
      instrument: (parts) => {
        const event = parts.validators.event.bind(parts.validators);
        parts.validators.event = (name, payload) => event(name, payload)?.filter((v) => v.keyword !== 'additionalProperties');
      },
    });
  });
  afterAll(async () => {
    await mutant.close();
  });

  it('fails, prints the seed and the shrunk payload, and the printed rerun reproduces exactly the same payload', async () => {
    const first = await cli(['--socket-url', mutant.socketUrl, '--case', 'FUZZ-CHAT-001', '--seed', '1234', '--fuzz-runs', '100', '--format', 'console']);
    expect(first.code).toBe(1);
    expect(first.stdout).toMatch(/^fuzz: the floor, then seed 1234, 100 payloads per case/m);
    const shrunk = /\(seed 1234\) was not handled cleanly .*; shrunk in \d+ steps? to: (.+)$/m.exec(first.stdout)?.[1];
    expect(shrunk, first.stdout).toBeDefined();
    // The payload the mutant accepted has a property the schema does not declare.
    const payload = JSON.parse(shrunk!) as Record<string, unknown>;
    expect(Object.keys(payload).some((k) => !['chatType', 'channelId', 'content'].includes(k))).toBe(true);
    expect(first.stdout).toMatch(/m received "new-chat" after an invalid payload/);
    const rerun = /^ {2}rerun: npx commu-contract run (.+)$/m.exec(first.stdout)?.[1];
    expect(rerun).toContain('--seed 1234 --fuzz-runs 100');

    const again = await cli([...rerun!.split(' '), '--format', 'console']);
    expect(again.code).toBe(1);
    expect(/shrunk in \d+ steps? to: (.+)$/m.exec(again.stdout)?.[1]).toBe(shrunk);
  }, 120_000);

  it('the reference server itself passes the same seed', async () => {
    const clean = await startServer({ testMode: true, log: () => {} });
    try {
      const o = await cli(['--socket-url', clean.socketUrl, '--suite', 'fuzz', '--seed', '1234', '--fuzz-runs', '100', '--format', 'console']);
      expect(o.stdout).toMatch(/CONFORMS: 8 cases: 8 passed/);
      expect(o.code).toBe(0);
    } finally {
      await clean.close();
    }
  }, 120_000);
});
