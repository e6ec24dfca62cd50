// The catalogue as data: ids, clauses and coverage of the decisions.
import { describe, expect, it } from 'vitest';
import { DocumentStore } from '../../src/contract/index.ts';
import { CHECKED_BY_THE_KIT, loadDecisions, resolveClause } from '../../src/runner/clauses.ts';
import { flattenCases, loadSuites } from '../../src/runner/suites.ts';

const cases = flattenCases(loadSuites());
const decisions = loadDecisions();
const decisionIds = new Set(decisions.map((d) => d.id));

describe('the catalogue', () => {
  it('has at least 120 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(120);
  });

  it('has unique ids', () => {
    const ids = cases.map((c) => c.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('every clause pointer of every case resolves', () => {
    const store = new DocumentStore();
    const broken = cases.flatMap((c) => c.clauses.map((clause) => [c.id, resolveClause(clause, decisionIds, store)] as const)).filter(([, why]) => why !== undefined);
    expect(broken).toEqual([]);
  });

  it('every case cites a decision and a spec location', () => {
    const lacking = cases.filter((c) => !c.clauses.some((k) => k.startsWith('D-')) || !c.clauses.some((k) => !k.startsWith('D-'))).map((c) => c.id);
    expect(lacking).toEqual([]);
  });

  it('every MUST or SHOULD decision about behaviour has a case', () => {
    const cited = new Set(cases.flatMap((c) => c.clauses));
    const uncovered = decisions.filter((d) => !d.specOnly && d.levels.some((l) => l === 'MUST' || l === 'SHOULD') && !cited.has(d.id) && !(d.id in CHECKED_BY_THE_KIT)).map((d) => d.id);
    expect(uncovered).toEqual([]);
  });

  it('every SHOULD of a decision about behaviour is checked at SHOULD level somewhere', () => {
    // A SHOULD case, an ack `should:` expectation, or a connect refusal's `code` (D-23's SHOULD).
    const checksShould = (c: (typeof cases)[number]) =>
      c.level === 'SHOULD' || c.steps.some((step) => /"(should|code)":/.test(JSON.stringify(step)));
    const uncovered = decisions
      .filter((d) => !d.specOnly && d.levels.includes('SHOULD') && !(d.id in CHECKED_BY_THE_KIT))
      .filter((d) => !cases.some((c) => c.clauses.includes(d.id) && checksShould(c)))
      .map((d) => d.id);
    expect(uncovered).toEqual([]);
  });

  it('reads the decisions it checks', () => {
    expect(decisions.length).toBeGreaterThanOrEqual(20);
    expect(decisions.find((d) => d.id === 'D-13')?.levels).toContain('MUST');
  });
});
