// The CLI against hostile targets, as a real process: it finishes within a bound derived
// from its timeouts, gives every affected case `error` or `fail` with a clear reason,
// writes its reports, exits with the documented code, keeps its transcripts and its memory
// bounded, never prints a stack trace or an unhandled rejection, and never prints a token.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContract, Validators } from '../../src/contract/index.ts';
import { closedPort, spawnNode } from '../processes.ts';
import { against, bound, children, expectClean, expectFloodHandled, FLOOD_TIMEOUT, ROOT, runCli, runMs, said, CASE_WORK_MS, TIMEOUT, verdicts } from './cli.ts';
import { fakeFixtures, type BehaviourName } from './servers.ts';

describe('hostile targets', () => {
  it('serves fixtures documents the contract accepts', () => {
    expect(new Validators(loadContract()).shape('Fixtures', fakeFixtures())).toEqual([]);
  });

  // name, cases, exit code, verdict of every case, what the report must say about each
  const table: Array<[BehaviourName, string[], number, string, RegExp]> = [
    ['never-acks', ['CHAT-NEW-001', 'JOIN-SUB-001'], 1, 'fail', /no acknowledgement for "chat" within 1000 ms/],
    ['acks-late', ['CHAT-NEW-001'], 1, 'fail', /no acknowledgement for "chat" within 1000 ms/],
    ['disconnects-mid-case', ['CHAT-NEW-001', 'CHAT-MOD-001'], 1, 'fail', /connection was closed: io server disconnect/],
    ['not-json', ['CHAT-NEW-001'], 1, 'fail', /connection was closed: parse error/],
    ['binary-and-undeclared', ['CHAT-NEW-001'], 1, 'fail', /carries binary data[\s\S]*"hello", an event the contract does not declare[\s\S]*exactly one payload argument, got 3/],
    ['plain-http', ['CHAT-NEW-001', 'AUTH-TOKEN-001'], 3, 'error', /cannot open a Socket\.IO connection .*Unexpected server response: 404.*is it a Socket\.IO server\?/],
    ['engine-garbage', ['CHAT-NEW-001'], 3, 'error', /cannot open a Socket\.IO connection .*\(server error: parser error\).*is it a Socket\.IO server\?/],
    ['rest-html', ['REST-CREATE-001'], 1, 'fail', /answered 200 with a body that is not JSON/],
    ['rest-hangs', ['REST-CREATE-001'], 1, 'fail', /no response within 1000 ms/],
    ['rest-body-hangs', ['REST-CREATE-001'], 1, 'fail', /answered 201 but the body did not end within 1000 ms/],
    ['rest-endless', ['REST-CREATE-001'], 1, 'fail', /answered 201 but the response body is larger than \d+ bytes/],
    ['fixtures-hang', ['CHAT-NEW-001', 'REST-CREATE-001'], 3, 'error', /fixtures: cannot reach .*: no response within 1000 ms/],
  ];

  it.each(table)('%s: %j exit %i, every case %s with a clear reason', async (name, ids, code, verdict, reason) => {
    const o = await against(name, ids.flatMap((id) => ['--case', id]));
    expectClean(o);
    expect(o.code).toBe(code);
    expect(verdicts(o)).toEqual(Object.fromEntries(ids.map((id) => [id, verdict])));
    for (const id of ids) expect(said(o, id)).toMatch(reason);
    expect(runMs(o)).toBeLessThan(bound(ids.length));
  });

  it('a flood of 100,000 events: the actor keeps at most --max-events, drops the rest, disconnects, and the run ends quickly', async () => {
    const o = await against('flood', ['--case', 'CHAT-NEW-001', '--max-events', '1000'], { timeoutMs: FLOOD_TIMEOUT });
    expectFloodHandled(o, 1000, 2_000_000);
    // One failure per broken frame would be thousands: the list is capped with a summary.
    expect(said(o, 'CHAT-NEW-001')).toMatch(/\d+ more failures in this case, not listed/);
  });

  it('a target that sends terminal escapes: the console and the Markdown show them as text, one gate line', async () => {
    const o = await against('escapes', ['--case', 'CHAT-NEW-001', '--case', 'REST-CREATE-001', '--format', 'console,json,junit,markdown']);
    expectClean(o);
    expect(o.code).toBe(1);
    const markdown = readFileSync(join(o.dir, 'conformance.md'), 'utf8');
    // No control character but the line break reaches the terminal or the Markdown.
    for (const [name, text] of [['stdout', o.stdout], ['stderr', o.stderr], ['conformance.md', markdown]] as const) {
      expect(text.match(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g), name).toBeNull();
    }
    // What the target sent is shown, made visible.
    expect(o.stdout).toContain('\\u001b[2J');
    expect(o.stdout).toContain('\\u009b2J');
    // One gate line, the real one, at the start of a line.
    expect(o.stdout.match(/^(CONFORMS|FAILED|INCOMPLETE)\b.*$/gm)).toEqual([expect.stringMatching(/^FAILED: 2 cases/)]);
    expect(markdown).toMatch(/^# commu-contract conformance: FAILED$/m);
  });

  it('a fixtures token of one letter is replaced where it stands whole, never inside words', async () => {
    const o = await against('one-letter-token', ['--case', 'CHAT-NEW-001']);
    expectClean(o);
    expect(o.code).toBe(1);
    expect(said(o, 'CHAT-NEW-001')).toMatch(/no acknowledgement for "chat" within 1000 ms/);
    const c = o.report!.cases[0]!;
    const connect = c.transcript.find((f) => f.kind === 'connect' && f.actor === 'a');
    expect(JSON.stringify(connect?.data)).toMatch(/"token":"(Bearer )?«token:author»"/);
    expect(JSON.stringify(c.transcript)).toContain('"chatType":"new"');
  });

  it('a target whose fixtures endpoint answers HTML: exit 3 with the reason, reports written', async () => {
    const o = await against('fixtures-html', ['--case', 'CHAT-NEW-001']);
    expectClean(o);
    expect(o.code).toBe(3);
    expect(o.stderr).toMatch(/answered 200 with a body that is not JSON \(text\/html\)/);
    expect(verdicts(o)).toEqual({ 'CHAT-NEW-001': 'error' });
    expect(runMs(o)).toBeLessThan(bound(1));
  });

  it('a closed port: exit 3 at once, every case reported as not run', async () => {
    const port = await closedPort();
    const o = await runCli(['--socket-url', `http://127.0.0.1:${port}`, '--suite', 'join']);
    expectClean(o);
    expect(o.code).toBe(3);
    expect(o.stderr).toMatch(/cannot reach http:\/\/127\.0\.0\.1:\d+\/api\/conformance\/fixtures: .*ECONNREFUSED/);
    expect(o.report!.cases.length).toBeGreaterThan(5);
    expect(o.report!.cases.every((c) => c.verdict === 'error' && /^not run: cannot reach/.test(c.reason ?? ''))).toBe(true);
    expect(runMs(o)).toBeLessThan(CASE_WORK_MS);
  });

  it('a target that crashes: the case in flight fails, the next one errors, exit 1', async () => {
    // The crash (a child process reading the chat and exiting) must beat the ack timeout on a
    // loaded machine: the timeout is not what this test checks.
    const CRASH_TIMEOUT = 2000;
    const { child, ready } = spawnNode(['--import', 'tsx', join(import.meta.dirname, 'crash-server.ts')], /^(\S+)\n/, ROOT);
    children.add(child);
    const url = (await ready)[1]!;
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    const o = await runCli(['--socket-url', url, '--case', 'CHAT-NEW-001', '--case', 'CHAT-NEW-002', '--concurrency', '1'], { timeoutMs: CRASH_TIMEOUT });
    expect(await exited).toBe(70);
    expectClean(o);
    expect(o.code).toBe(1);
    expect(verdicts(o)).toEqual({ 'CHAT-NEW-001': 'fail', 'CHAT-NEW-002': 'error' });
    expect(said(o, 'CHAT-NEW-001')).toMatch(/no acknowledgement for "chat" \(the connection was closed: transport close\)/);
    // Refused, or a kept-alive connection found closed or reset by the dying process:
    // which one depends on how far the exit got, and each says the target is gone.
    expect(said(o, 'CHAT-NEW-002')).toMatch(/fixtures: cannot reach .*: (connect ECONNREFUSED|other side closed|socket hang up|(read|write) (ECONNRESET|EPIPE))/);
    expect(runMs(o)).toBeLessThan(bound(2, CRASH_TIMEOUT));
  });

  it('the fuzz area against a target that never acknowledges: bounded shrinking, a clear failure', async () => {
    const o = await against('never-acks', ['--case', 'FUZZ-CHAT-001', '--seed', '7', '--fuzz-runs', '50']);
    expectClean(o);
    expect(o.code).toBe(1);
    // The floor's first payload fails (MUST) after a timeout: the floor stops there, and
    // nothing random is tried against a server that stopped answering.
    expect(said(o, 'FUZZ-CHAT-001')).toMatch(/floor payload 1 of \d+ was not handled cleanly[\s\S]*no acknowledgement within 1000 ms/);
    // At most the first payload and SHRINK_BUDGET / SLOW_COST (4) shrinking attempts wait for a timeout.
    expect(runMs(o)).toBeLessThan(CASE_WORK_MS + (1 + 1 + 4) * TIMEOUT);
  });
});
