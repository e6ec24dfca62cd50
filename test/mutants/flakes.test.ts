// The verdict comparison of `npm run flakes -- --mutants` (flakes.ts): a case that changed
// between runs is named, and issue 13's list names only mutants that exist.
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/cli/args.ts';
import { changedCases, serversOf } from './flakes.ts';
import { ISSUE_13_MUTANTS, MUTANTS } from './mutants.ts';
import { verdictSignature } from './run.ts';

describe('flakes --mutants', () => {
  it('names the cases whose verdict or failing checks changed between runs, and only those', () => {
    const a = { 'A-ONE-001': 'pass ', 'A-ONE-002': 'fail MUST:event', 'A-ONE-003': 'warn SHOULD:ack' };
    expect(changedCases([a, { ...a }, { ...a }])).toEqual([]);
    expect(changedCases([a, { ...a, 'A-ONE-002': 'fail MUST:event,MUST:order' }])).toEqual([['A-ONE-002', ['fail MUST:event', 'fail MUST:event,MUST:order']]]);
    const { 'A-ONE-003': _gone, ...short } = a;
    expect(changedCases([a, short])).toEqual([['A-ONE-003', ['warn SHOULD:ack', '(not run)']]]);
  });

  it('signs a verdict by its failing checks and levels, not by their messages or order', () => {
    const f = (level: 'MUST' | 'SHOULD', check: string, message: string) => ({ level, check, message });
    expect(verdictSignature({ verdict: 'fail', failures: [f('MUST', 'order', 'x'), f('MUST', 'event', 'y')] }))
      .toBe(verdictSignature({ verdict: 'fail', failures: [f('MUST', 'event', 'z'), f('MUST', 'order', 'w'), f('MUST', 'event', 'v')] }));
    expect(verdictSignature({ verdict: 'warn', failures: [f('SHOULD', 'ack', 'x')] })).not.toBe(verdictSignature({ verdict: 'fail', failures: [f('MUST', 'ack', 'x')] }));
  });

  it('expands issue13 to the clean server and issue 13\'s mutants, each of which exists', () => {
    for (const id of ISSUE_13_MUTANTS) expect(MUTANTS.map((m) => m.id)).toContain(id);
    expect(serversOf('issue13').map((m) => m?.id ?? 'clean')).toEqual(['clean', ...ISSUE_13_MUTANTS]);
    expect(serversOf('clean, join-never-acks,clean').map((m) => m?.id ?? 'clean')).toEqual(['clean', 'join-never-acks']);
    expect(() => serversOf('join-never-ack')).toThrow(UsageError);
  });
});
