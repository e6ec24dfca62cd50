// Shared by the report tests: a hand-built RunResult covering every verdict and the nasty
// values a target can send, a minimal XML reader, and the external tools (xmllint,
// headless Chromium) that some assertions use when the machine has them.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAjv } from '../../src/contract/validate.ts';
import type { CaseResult, Frame, RunResult } from '../../src/runner/model.ts';
import { countVerdicts } from '../../src/report/summary.ts';

export const ROOT = join(import.meta.dirname, '..', '..');
export const SCHEMA_FILE = join(ROOT, 'src', 'report', 'report.schema.json');
export const XSD_FILE = join(import.meta.dirname, 'junit.xsd');

/** A chat content no report may interpret: markup, a script, Mermaid and Markdown breakers, XML-invalid characters. */
export const HOSTILE = `<script>document.body.setAttribute('data-pwned','1')</script><img src=x onerror="document.body.setAttribute('data-pwned','2')"> & "quotes" 'single' ; # %% \`\`\` ]]> | * _ [x](y) style:#1; \u0000\u0007\u001b bell`;

const frames = (list: Array<Omit<Frame, 't'>>): Frame[] => list.map((f, i) => ({ t: i * 1.5, ...f }));

function base(id: string, area: string, level: 'MUST' | 'SHOULD', title: string): Omit<CaseResult, 'verdict' | 'failures' | 'transcript'> {
  return {
    id,
    title,
    area,
    level,
    requirement: `${title}: the requirement of ${id} (with \`code\` and a <tag>).`,
    clauses: ['asyncapi.yaml#/operations/receiveChat', 'D-14'],
    durationMs: 12,
    rerun: `npx commu-contract run --case ${id}`,
  };
}

export function sampleCases(): CaseResult[] {
  const chatFrames = frames([
    { actor: 'a', dir: 'out', kind: 'connect', data: { namespace: '/socket/commu-c1', auth: { token: 'Bearer «token:author»' } } },
    { actor: 'b', dir: 'out', kind: 'connect', data: { namespace: '/socket/commu-c1', auth: { token: 'Bearer «token:member»' } } },
    { actor: 'a', dir: 'in', kind: 'connected' },
    { actor: 'b', dir: 'in', kind: 'connected' },
    { actor: 'a', dir: 'out', kind: 'emit', event: 'chat', data: { chatType: 'new', channelId: 'ch1', content: HOSTILE } },
    { actor: 'b', dir: 'in', kind: 'event', event: 'new-chat', data: { id: 7, content: HOSTILE } },
    { actor: 'a', dir: 'in', kind: 'ack', event: 'chat', data: { written: true, chatInfo: { id: 7, content: HOSTILE } } },
  ]);
  return [
    { ...base('AUTH-OK-001', 'auth', 'MUST', 'A member connects'), verdict: 'pass', failures: [], transcript: frames([
      { actor: 'a', dir: 'out', kind: 'connect', data: { namespace: '/socket/commu-c1', auth: { token: 'Bearer «token:member»' } } },
      { actor: 'a', dir: 'in', kind: 'connected' },
    ]) },
    { ...base('AUTH-TOKEN-002', 'auth', 'SHOULD', 'No token is refused with code TOKEN_MISSING'), verdict: 'warn', failures: [
      { level: 'SHOULD', check: 'connect', message: 'connect_error data.code should be "TOKEN_MISSING"', expected: 'TOKEN_MISSING', actual: 'NOPE <b>', pointer: '/data/code', frame: 1 },
    ], transcript: frames([
      { actor: 'a', dir: 'out', kind: 'connect', data: { namespace: '/socket/commu-c1', auth: {} } },
      { actor: 'a', dir: 'in', kind: 'connect_error', event: 'connect_error', data: { message: 'Unauthorized', data: { code: 'NOPE <b>' } } },
    ]) },
    { ...base('AUTH-TOKEN-008', 'auth', 'MUST', 'An expired token is refused'), verdict: 'skip', failures: [], reason: 'needs an expired token; the fixtures have no expiredToken', durationMs: 0, transcript: [] },
    { ...base('CHAT-NEW-001', 'chat-new', 'MUST', "A member's new chat is written and acknowledged"), verdict: 'fail', failures: [
      { level: 'MUST', check: 'ack', message: `the "chat" ack: /chatInfo/content must equal the content sent`, expected: 'hello', actual: HOSTILE, pointer: '/chatInfo/content', frame: 6 },
      { level: 'MUST', check: 'schema', message: 'the "chat" ack does not match its schema: /chatInfo must have required property \'senderId\'', pointer: '/chatInfo', frame: 6, spec: 'asyncapi.yaml#/components/messages/ChatAck' },
    ], transcript: chatFrames },
    { ...base('CHAT-NEW-002', 'chat-new', 'MUST', 'The sender is the token\'s user'), verdict: 'fail', failures: [
      { level: 'MUST', check: 'ack', message: 'the "chat" ack: /chatInfo/senderId must equal "u1"', expected: 'u1', actual: 'u2', pointer: '/chatInfo/senderId', frame: 1 },
    ], transcript: frames([
      { actor: 'author', dir: 'out', kind: 'http-request', event: 'GET /api/channels/ch1/chats', data: { headers: { authorization: 'Bearer «token:author»' } } },
      { actor: 'author', dir: 'in', kind: 'http-response', event: '200 GET /api/channels/ch1/chats', data: { statusCode: 200, result: { chats: [] } } },
    ]) },
    { ...base('CHAT-NEW-003', 'chat-new', 'MUST', 'The chat carries the namespace\'s community'), verdict: 'error', failures: [], reason: 'fixtures: the target answered 500', transcript: [] },
  ];
}

export function sampleResult(cases = sampleCases()): RunResult {
  return {
    kit: { name: 'commu-contract', version: '0.1.0' },
    contract: { version: '1.0.0' },
    target: { socketUrl: 'http://127.0.0.1:3000', apiUrl: 'http://127.0.0.1:3000', embedded: false, fixtures: 'endpoint /api/conformance/fixtures' },
    startedAt: '2026-01-02T03:04:05.678Z',
    durationMs: 1234,
    options: { strict: false, concurrency: 4, timeoutMs: 2000, graceMs: 5 },
    cases,
    summary: countVerdicts(cases),
  };
}

/** Times and dates vary between runs: replace them with stable marks. */
export function maskTimes(text: string): string {
  return text
    .replace(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z?/g, '<time>')
    .replace(/\b\d+(\.\d+)? (s|ms)\b/g, '<n> $2')
    .replace(/\+\d+(\.\d+)?ms\b/g, '+<n>ms');
}

export function reportValidator(): (doc: unknown) => string[] {
  const check = createAjv().compile(JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')) as object);
  return (doc) => (check(doc) ? [] : (check.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}`));
}

export function tmp(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `cc-${prefix}-`));
}

// ---- external tools ----

export const XMLLINT = spawnSync('xmllint', ['--version'], { encoding: 'utf8' }).status === 0;
export const CHROMIUM = process.env.CHROMIUM_BIN ?? '/usr/bin/chromium';
export const HAS_CHROMIUM = existsSync(CHROMIUM);

export function xmllint(file: string): { ok: boolean; output: string } {
  const r = spawnSync('xmllint', ['--noout', '--schema', XSD_FILE, file], { encoding: 'utf8' });
  return { ok: r.status === 0, output: `${r.stdout}${r.stderr}` };
}

/** The DOM of a page after its scripts ran, from headless Chromium (Debian's package, no download). */
export function dumpDom(file: string, hash = ''): string {
  const profile = tmp('chromium');
  const r = spawnSync(CHROMIUM, [
    '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--no-first-run', '--disable-extensions', `--user-data-dir=${profile}`, '--dump-dom', `file://${file}${hash}`,
  ], { encoding: 'utf8', timeout: 30_000, maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`chromium exited ${r.status}: ${r.stderr.slice(-2000)}`);
  return r.stdout;
}

// ---- a minimal XML reader (enough to check the JUnit structure) ----

export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|\w+);/g, (all, e: string) => {
    if (e.startsWith('#x')) return String.fromCodePoint(parseInt(e.slice(2), 16));
    if (e.startsWith('#')) return String.fromCodePoint(parseInt(e.slice(1), 10));
    if (e in ENTITIES) return ENTITIES[e]!;
    throw new Error(`undefined entity ${all}`);
  });
}

/** Parses well-formed XML without DTDs, CDATA or comments; throws on anything malformed. */
export function parseXml(xml: string): XmlElement {
  const invalid = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u.exec(xml);
  if (invalid) throw new Error(`character U+${invalid[0].codePointAt(0)!.toString(16)} is not allowed in XML 1.0`);
  let s = xml.replace(/^<\?xml[^?]*\?>\s*/, '');
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  const tag = /^<(\/?)([A-Za-z_][\w.-]*)((?:\s+[A-Za-z_][\w.:-]*\s*=\s*"[^"<]*")*)\s*(\/?)>/;
  while (s.length > 0) {
    if (s.startsWith('<')) {
      const m = tag.exec(s);
      if (!m) throw new Error(`malformed tag near ${JSON.stringify(s.slice(0, 60))}`);
      const [all, close, name, attrText, selfClose] = m;
      s = s.slice(all.length);
      if (close) {
        const open = stack.pop();
        if (!open || open.name !== name) throw new Error(`</${name}> closes <${open?.name}>`);
        continue;
      }
      const attrs: Record<string, string> = {};
      for (const a of attrText!.matchAll(/([A-Za-z_][\w.:-]*)\s*=\s*"([^"]*)"/g)) {
        if (a[1]! in attrs) throw new Error(`duplicate attribute ${a[1]} on <${name}>`);
        attrs[a[1]!] = decode(a[2]!);
      }
      const el: XmlElement = { name: name!, attrs, children: [], text: '' };
      if (stack.length > 0) stack[stack.length - 1]!.children.push(el);
      else if (root) throw new Error('more than one root element');
      else root = el;
      if (!selfClose) stack.push(el);
    } else {
      const end = s.indexOf('<');
      const chunk = end < 0 ? s : s.slice(0, end);
      if (chunk.includes(']]>')) throw new Error(']]> in character data');
      if (stack.length === 0) {
        if (chunk.trim() !== '') throw new Error('text outside the root element');
      } else stack[stack.length - 1]!.text += decode(chunk);
      s = end < 0 ? '' : s.slice(end);
    }
  }
  if (stack.length > 0) throw new Error(`<${stack[stack.length - 1]!.name}> is never closed`);
  if (!root) throw new Error('no root element');
  return root;
}
