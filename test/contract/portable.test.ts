// The contract is portable (issue 14, D-27): a second, independent JSON Schema
// implementation (@cfworker/json-schema, draft 2020-12; not ajv) accepts every valid input
// of every pattern, every example of the specs and every inbound frame of a clean run
// against the reference server, and refuses every counter-example below. The patterns
// alone behave the same without the `u` flag (`new RegExp(p)`) and in Python's `re`.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Validator } from '@cfworker/json-schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectExamples } from '../../src/contract/lint.ts';
import { loadContract, namespacePattern, PACKAGE_ROOT } from '../../src/contract/model.ts';
import { DocumentStore, isObject, type Json } from '../../src/contract/refs.ts';
import { Validators } from '../../src/contract/validate.ts';
import type { CaseResult, Frame } from '../../src/runner/model.ts';
import { routeOf } from '../../src/server/rest.ts';

const store = new DocumentStore();
const contract = loadContract(PACKAGE_ROOT, store);
const ajv = new Validators(contract);

/** Whether the second implementation accepts `value` against `schema` (an inlined schema). */
function accepts(schema: Json, value: unknown): boolean {
  return new Validator(schema as object, '2020-12', false).validate(value).valid;
}

const shape = (name: string): Json => {
  const s = contract.shapes[name];
  if (s === undefined) throw new Error(`no shape ${name}`);
  return s;
};

/**
 * Per shared shape with a pattern: inputs the contract calls valid, inputs its pattern
 * refuses (the contract's counter-examples, D-04, D-09, D-12) and inputs only other
 * keywords of the shape refuse (so a bare pattern accepts them).
 */
const PATTERNS: Record<string, { valid: string[]; patternRefuses: string[]; shapeRefuses?: string[] }> = {
  ChatContent: {
    valid: ['hi', ' ', '\n', '\u200b', '😀', 'a😀b', '👨‍👩‍👧‍👦', 'é', '\ud83d\ude00', '😀'.repeat(300), '\uffff', '\ue000'],
    patternRefuses: ['\ud800', '\udfff', '\udc00', 'a\ud83d', '\ude00x', '\ud83d\ud83d', '\ude00\ud83d', '😀\ud800'],
    shapeRefuses: ['', 'x'.repeat(301), '😀'.repeat(301)],
  },
  ObjectId: {
    valid: ['6394cc8fd1a615bf564d7e75', '000000000000000000000000'],
    patternRefuses: ['a', '6394CC8FD1A615BF564D7E75', '6394cc8fd1a615bf564d7e7', '6394cc8fd1a615bf564d7e755', 'g394cc8fd1a615bf564d7e75', '', '6394cc8fd1a615bf564d7e75\n'],
  },
  Timestamp: {
    valid: ['2022-12-11T16:13:24.957Z', '2026-01-01T00:00:00.000Z'],
    patternRefuses: ['2022-12-11T16:13:24Z', '2022-12-11T16:13:24.957+09:00', '2022-12-11 16:13:24.957Z', 'Sun Dec 11 2022 16:13:24 GMT+0900', '2022-12-11T16:13:24.9570Z'],
  },
};

/** Every `pattern` of a schema, each with the path that reaches it. */
function patternsIn(node: Json, path = ''): { path: string; pattern: string }[] {
  if (Array.isArray(node)) return node.flatMap((n, i) => patternsIn(n, `${path}/${i}`));
  if (!isObject(node)) return [];
  const own = typeof node.pattern === 'string' ? [{ path, pattern: node.pattern }] : [];
  return [...own, ...Object.entries(node).flatMap(([k, v]) => (k === 'examples' || k === 'pattern' ? [] : patternsIn(v, `${path}/${k}`)))];
}

function everySchema(): Json[] {
  return [
    ...Object.values(contract.shapes),
    ...Object.values(contract.events).flatMap((e) => [e.message.schema, ...(e.ack ? [e.ack.schema] : [])]),
    ...Object.values(contract.rest).flatMap((op) => [...(op.requestBody === undefined ? [] : [op.requestBody]), ...Object.values(op.responses), ...op.parameters.map((p) => p.schema)]),
    contract.namespace.schema,
  ];
}

describe('the patterns', () => {
  it('every pattern of the contract is the pattern of a shape tested here', () => {
    const known = new Set(Object.keys(PATTERNS).map((name) => (shape(name) as { pattern: string }).pattern));
    const all = new Set(everySchema().flatMap((s) => patternsIn(s).map((p) => p.pattern)));
    expect([...all].filter((p) => !known.has(p))).toEqual([]);
  });

  for (const [name, inputs] of Object.entries(PATTERNS)) {
    it(`${name}: the second implementation accepts the valid inputs and refuses the counter-examples`, () => {
      const schema = shape(name);
      for (const v of inputs.valid) expect({ v, ok: accepts(schema, v) }).toEqual({ v, ok: true });
      for (const v of [...inputs.patternRefuses, ...(inputs.shapeRefuses ?? [])]) expect({ v, ok: accepts(schema, v) }).toEqual({ v, ok: false });
      // ajv (the kit's validator) agrees.
      for (const v of inputs.valid) expect(ajv.shape(name, v)).toEqual([]);
      for (const v of [...inputs.patternRefuses, ...(inputs.shapeRefuses ?? [])]) expect(ajv.shape(name, v)).not.toEqual([]);
    });

    it(`${name}: the bare pattern gives the same answers with and without the u flag`, () => {
      const { pattern } = shape(name) as { pattern: string };
      for (const flags of ['', 'u']) {
        const re = new RegExp(pattern, flags);
        for (const v of [...inputs.valid, ...(inputs.shapeRefuses ?? [])]) expect({ flags, v, ok: re.test(v) }).toEqual({ flags, v, ok: true });
        for (const v of inputs.patternRefuses) expect({ flags, v, ok: re.test(v) }).toEqual({ flags, v, ok: false });
      }
    });
  }

  const python = spawnSync('python3', ['--version']).status === 0;
  it.skipIf(!python)("every pattern compiles in Python's re and gives the same answers", () => {
    const table = Object.entries(PATTERNS).map(([name, inputs]) => ({
      name,
      pattern: (shape(name) as { pattern: string }).pattern,
      valid: [...inputs.valid, ...(inputs.shapeRefuses ?? [])],
      refused: inputs.patternRefuses,
    }));
    // JSON carries lone surrogates as \ud800 escapes; Python's json reads them as such.
    const script = [
      'import json, re, sys',
      'out = []',
      'for row in json.load(sys.stdin):',
      '    r = re.compile(row["pattern"])',
      '    out.append({"name": row["name"], "wrongly_refused": [v for v in row["valid"] if not r.fullmatch(v)], "wrongly_accepted": [v for v in row["refused"] if r.fullmatch(v)]})',
      'print(json.dumps(out))',
    ].join('\n');
    const result = execFileSync('python3', ['-c', script], { input: JSON.stringify(table), encoding: 'utf8' });
    expect(JSON.parse(result)).toEqual(table.map((row) => ({ name: row.name, wrongly_refused: [], wrongly_accepted: [] })));
  });
});

describe('the examples and counter-examples of the specs', () => {
  it('the second implementation accepts every example of the specs', () => {
    const examples = collectExamples(PACKAGE_ROOT, store);
    expect(examples.length).toBeGreaterThan(40);
    const refused = examples
      .filter((e) => !accepts(store.schemaAt(e.schema), e.value))
      .map((e) => `${e.example.file}#${e.example.pointer}`);
    expect(refused).toEqual([]);
  });

  it('every response of every operation has an example of its own status, and no example of another (a mock answers right)', () => {
    const file = join(PACKAGE_ROOT, 'openapi.yaml');
    const doc = store.load(file) as { paths: Record<string, Record<string, { responses?: Record<string, Json> }>> };
    const wrong: string[] = [];
    for (const [path, item] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(item)) {
        for (const status of Object.keys(op.responses ?? {})) {
          const pointer = `/paths/${path.replace(/~/g, '~0').replace(/\//g, '~1')}/${method}/responses/${status}`;
          const { node } = store.resolve({ file, pointer });
          const media = isObject(node) && isObject(node.content) ? node.content['application/json'] : undefined;
          const values = isObject(media) && isObject(media.examples)
            ? Object.values(media.examples).map((e) => (isObject(e) ? e.value : undefined))
            : [];
          const codes = values.map((v) => (isObject(v) ? v.statusCode : undefined));
          // The fixtures' 201 is a whole world: its example is schemas/Fixtures.yaml's own.
          if (status === '201' && path === '/api/conformance/fixtures') continue;
          if (codes.length === 0 || codes.some((c) => c !== Number(status))) wrong.push(`${method.toUpperCase()} ${path} ${status}: ${JSON.stringify(codes)}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  const live = (shape('LiveChat') as { examples: Json[] }).examples[0] as Record<string, Json>;
  const deleted = { ...live, deletedAt: live.updatedAt as string };
  const response = (op: string, status: string): Json => {
    const s = contract.rest[op]?.responses[status];
    if (s === undefined) throw new Error(`no response ${status} of ${op}`);
    return s;
  };
  /** What the contract refuses, each a rule it states (D-12, D-29, D-11, D-30, D-05). */
  const COUNTER: [string, Json, unknown][] = [
    ['new-chat with deletedAt (D-29)', contract.events['new-chat']!.message.schema, deleted],
    ['modify-chat with deletedAt (D-29)', contract.events['modify-chat']!.message.schema, deleted],
    ['delete-chat without deletedAt (D-12)', contract.events['delete-chat']!.message.schema, live],
    ['a 201 create with type IMAGE (D-11)', response('createChat', '201'), { statusCode: 201, result: { ...live, type: 'IMAGE' } }],
    ['a 201 create with deletedAt (D-29)', response('createChat', '201'), { statusCode: 201, result: deleted }],
    ['a 200 modify with deletedAt (D-29)', response('modifyChat', '200'), { statusCode: 200, result: deleted }],
    ['a list holding a deleted chat (D-29)', response('listChats', '200'), { statusCode: 200, result: { chats: [deleted], hasMore: false } }],
    ['a 400 body saying 403 (D-30)', response('createChat', '400'), { statusCode: 403, message: 'x', error: 'Forbidden' }],
    ['a 401 body with the reason phrase of a 403 (D-30)', response('createChat', '401'), { statusCode: 401, message: 'x', error: 'Forbidden' }],
    ['a 404 body without error (D-20)', response('createChat', '404'), { statusCode: 404, message: 'x' }],
    ['chatId "6" (D-05)', contract.events.chat!.message.schema, { chatType: 'delete', channelId: live.channelId, chatId: '6' }],
    ['a lone surrogate in content (D-09)', contract.events.chat!.message.schema, { chatType: 'new', channelId: live.channelId, content: '\ud800' }],
  ];
  for (const [what, schema, value] of COUNTER) {
    it(`refuses ${what}, in both implementations`, () => {
      expect(accepts(schema, value)).toBe(false);
      expect(ajv.check(schema)(value)).not.toEqual([]);
    });
  }
  it('accepts the same values made right (the counter-examples differ by the rule only)', () => {
    expect(accepts(contract.events['new-chat']!.message.schema, live)).toBe(true);
    expect(accepts(contract.events['delete-chat']!.message.schema, deleted)).toBe(true);
    expect(accepts(response('createChat', '201'), { statusCode: 201, result: live })).toBe(true);
    expect(accepts(response('createChat', '400'), { statusCode: 400, message: ['x'], error: 'Bad Request' })).toBe(true);
  });
});

describe('the frames of a clean run against the reference server', () => {
  let dir = '';
  let frames: { caseId: string; frame: Frame }[] = [];
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'commu-portable-'));
    execFileSync(process.execPath, [join(PACKAGE_ROOT, 'bin', 'commu-contract.js'), 'run', '--format', 'json', '--report-dir', dir, '--timeout', '10000'], { cwd: PACKAGE_ROOT, stdio: 'pipe' });
    const report = JSON.parse(readFileSync(join(dir, 'conformance.json'), 'utf8')) as { cases: CaseResult[] };
    // A connect_error on a name that is no community namespace has no schema (D-51): only the refusal counts.
    const community = namespacePattern(contract);
    frames = report.cases.flatMap((c) => {
      const namespaceOf = new Map<string, string>();
      return c.transcript.flatMap((f) => {
        if (f.dir === 'out' && f.kind === 'connect') namespaceOf.set(f.actor ?? '', String((f.data as { namespace?: unknown }).namespace));
        if (f.dir !== 'in') return [];
        if (f.kind === 'connect_error' && !community.test(namespaceOf.get(f.actor ?? '') ?? '')) return [];
        return [{ caseId: c.id, frame: f }];
      });
    });
  }, 240_000);
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const routes = Object.values(contract.rest).map(routeOf);
  /** The schema an inbound frame must satisfy, or undefined for frames without a payload. */
  function schemaOf(frame: Frame): Json | undefined {
    const event = frame.event ?? '';
    if (frame.kind === 'event') return contract.events[event]?.message.schema;
    if (frame.kind === 'ack') return contract.events[event]?.ack?.schema;
    if (frame.kind === 'connect_error') return contract.events.connect_error?.message.schema;
    if (frame.kind === 'http-response') {
      const [status = '', method = '', target = ''] = event.split(' ');
      const path = target.split('?')[0] ?? '';
      const op = routes.find((r) => r.op.method === method.toLowerCase() && r.pattern.test(path))?.op;
      return op?.responses[status];
    }
    return undefined;
  }

  it('the second implementation accepts every inbound frame that has a schema', () => {
    const checked = frames.filter(({ frame }) => frame.data !== undefined && schemaOf(frame) !== undefined);
    // Most frames of a clean run carry a payload the contract describes.
    expect(checked.length).toBeGreaterThan(1500);
    const kinds = new Set(checked.map(({ frame }) => frame.kind));
    expect([...kinds].sort()).toEqual(['ack', 'connect_error', 'event', 'http-response']);
    const refused = checked
      .filter(({ frame }) => !accepts(schemaOf(frame)!, frame.data))
      .map(({ caseId, frame }) => `${caseId} ${frame.kind} ${frame.event ?? ''}: ${JSON.stringify(frame.data).slice(0, 200)}`);
    expect(refused).toEqual([]);
  });
});
