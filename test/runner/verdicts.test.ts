// Verdicts a server team can act on: what the shared verifiers report against deviating
// servers (real sockets, the reference server wrapped by mutants), beyond "some case fails".
import { afterEach, describe, expect, it } from 'vitest';
import { loadContract, Validators } from '../../src/contract/index.ts';
import { runCases, type EngineOptions } from '../../src/runner/engine.ts';
import { endpointProvider } from '../../src/runner/fixtures.ts';
import { flattenCases, loadSuites } from '../../src/runner/suites.ts';
import type { CaseResult } from '../../src/runner/model.ts';
import { startServer, type ReferenceServer, type ServerParts } from '../../src/server/index.ts';
import { MUTANTS } from '../mutants/mutants.ts';

const validators = new Validators(loadContract());
const catalogue = flattenCases(loadSuites());
const options: EngineOptions = { concurrency: 4, timeoutMs: 1000, graceMs: 5, strict: false, maxEventsPerActor: 10_000, rerun: (id) => id };
let server: ReferenceServer | undefined;

afterEach(async () => {
  await server?.close();
  server = undefined;
});

function mutant(id: string): (parts: ServerParts) => void {
  const m = MUTANTS.find((x) => x.id === id);
  if (!m) throw new Error(`no mutant ${id}`);
  return (parts) => m.apply(parts);
}

async function run(ids: string[], ...instruments: Array<(parts: ServerParts) => void>): Promise<CaseResult[]> {
  server = await startServer({ testMode: true, log: () => {}, contract: validators.contract, instrument: (parts) => instruments.forEach((f) => f(parts)) });
  const cases = catalogue.filter((c) => ids.includes(c.id));
  return runCases(cases, { socketUrl: server.socketUrl, apiUrl: server.apiUrl }, endpointProvider(server.apiUrl, validators, options.timeoutMs), validators, options);
}

describe('verdicts', () => {
  it('an ack sent twice for one emit is a MUST failure naming the event and the count', async () => {
    const [r] = await run(['CHAT-NEW-016'], mutant('chat-acked-twice'));
    expect(r!.verdict).toBe('fail');
    expect(r!.failures.map((f) => `${f.level} ${f.check} ${f.message}`)).toContainEqual(expect.stringMatching(/^MUST ack-once a's "chat" was acknowledged 2 times \(ack id \d+\)/));
  });

  it('a second event for one write is reported as a repeat, not as an unrelated absence', async () => {
    const [r] = await run(['CHAT-DEL-013'], mutant('delete-chat-broadcast-twice'));
    expect(r!.verdict).toBe('fail');
    expect(r!.failures.every((f) => f.check === 'once')).toBe(true);
    expect(r!.failures[0]!.message).toMatch(/received "delete-chat" again for a write it had already received it for/);
  });

  it('a forbidden event is reported even when the via-self barrier is never acknowledged', async () => {
    // The bystander is subscribed by someone else's join, and the server never answers an
    // invalid chat (the barrier's): the verdict names both, the event first-class.
    const silentOnInvalid = (parts: ServerParts) => {
      const encoder = (parts.sockets.io as unknown as { encoder: { encode: (p: { type: number; data?: Array<{ reason?: unknown }> }) => unknown[] } }).encoder;
      const encode = encoder.encode.bind(encoder);
      encoder.encode = (p) => (p.type === 3 && p.data?.[0]?.reason === 'INVALID_PAYLOAD' ? [] : encode(p));
    };
    const [r] = await run(['JOIN-SUB-008'], mutant('join-subscribes-namespace'), silentOnInvalid);
    expect(r!.verdict).toBe('fail');
    const messages = r!.failures.map((f) => `${f.check}: ${f.message}`);
    expect(messages).toContainEqual(expect.stringMatching(/^absent: bystander received "new-chat" it must not receive \(it arrived although the barrier did not complete/));
  });

  it('a boolean chatId processed as chat 1 fails the MUST of its case, not only a reason warning', async () => {
    const [r] = await run(['BAD-DEL-009'], mutant('chat-id-boolean-as-number'));
    expect(r!.verdict).toBe('fail');
    expect(r!.failures.some((f) => f.level === 'MUST')).toBe(true);
  });
});
