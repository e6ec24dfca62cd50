// The presence protocol on the commu engine, with no change to src/runner: its catalogue
// passes against its server, and each mutant of that server fails the case of its rule
// (through the case's own steps, not its setup).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { loadContract, loadValidators, type Validators } from '../../src/contract/index.ts';
import { runCases, type EngineOptions } from '../../src/runner/engine.ts';
import { endpointProvider } from '../../src/runner/fixtures.ts';
import { flattenCases, loadSuites } from '../../src/runner/suites.ts';
import type { CaseResult, LoadedCase } from '../../src/runner/model.ts';
import { PRESENCE_DIR, startPresence, type PresenceMutant, type PresenceServer } from './server.ts';

const OPTIONS: EngineOptions = { concurrency: 4, strict: false, timeoutMs: 2000, graceMs: 0, maxEventsPerActor: 1000, rerun: (id) => id };

let validators: Validators;
let cases: LoadedCase[];

beforeAll(async () => {
  const contract = loadContract(PRESENCE_DIR);
  validators = await loadValidators(contract);
  cases = flattenCases(loadSuites(join(PRESENCE_DIR, 'suites'), { contract, cache: false }));
});

async function runAgainst(server: PresenceServer, only?: string[]): Promise<CaseResult[]> {
  const selected = only ? cases.filter((c) => only.includes(c.id)) : cases;
  return runCases(selected, { socketUrl: server.url, apiUrl: server.url }, endpointProvider(server.url, validators, OPTIONS.timeoutMs), validators, OPTIONS);
}

describe('the presence protocol', () => {
  let clean: PresenceServer;
  beforeAll(async () => {
    clean = await startPresence();
  });
  afterAll(() => clean.close());

  it('has at least 20 cases, and its server passes every one', async () => {
    expect(cases.length).toBeGreaterThanOrEqual(20);
    const results = await runAgainst(clean);
    expect(results.filter((r) => r.verdict !== 'pass').map((r) => `${r.id} ${r.verdict}: ${r.reason ?? r.failures[0]?.message ?? ''}`)).toEqual([]);
  });

  const MUTANTS: Array<[PresenceMutant, string]> = [
    ['typing-echoes-sender', 'PRES-TYP-002'],
    ['said-to-unsubscribed', 'PRES-SAY-004'],
    ['status-accepts-invalid', 'PRES-STAT-002'],
  ];
  it.each(MUTANTS)('the mutant %s fails %s by its own rule', async (mutant, id) => {
    const server = await startPresence({ mutant });
    try {
      const [result] = await runAgainst(server, [id]);
      expect(result?.verdict).toBe('fail');
      expect(result?.failures.some((f) => f.level === 'MUST' && f.phase === 'assertion')).toBe(true);
    } finally {
      await server.close();
    }
  });
});
