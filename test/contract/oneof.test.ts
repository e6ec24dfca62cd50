// A `oneOf` whose branches pin a property with `const` is judged against the branch the
// value's discriminator selects (issue 13): a success ack never reports the refusal
// branch's "/written must be equal to constant". Derived from the schema, for any oneOf.
import { describe, expect, it } from 'vitest';
import { loadContract, selectedBranch, Validators, type Json } from '../../src/contract/index.ts';

const validators = new Validators(loadContract());
const ackOf = (event: string) => (payload: unknown) => validators.ack(event, payload)!.map((v) => `${v.pointer} ${v.keyword}`);

describe('oneOf acks', () => {
  it.each(['chat', 'invite-users-to-channel'])('judges a broken success ack of %s against the success branch only', (event) => {
    const problems = ackOf(event)({ written: true, chatInfo: { id: 'x' }, invited: 'x' });
    expect(problems.length).toBeGreaterThan(0);
    expect(problems).not.toContain('/written const');
    expect(validators.ack(event, { written: true })!.every((v) => !v.schemaPath.includes('/oneOf/1/'))).toBe(true);
  });

  it('judges a broken refusal against the refusal branch only', () => {
    expect(ackOf('chat')({ written: false, reason: 'NOPE' })).toEqual(['/reason enum']);
  });

  it('reports every branch when the discriminator selects none', () => {
    const problems = ackOf('chat')({ written: 'yes' });
    expect(problems).toContain('/written type');
  });

  it('names the rule broken by the titled shape it is in, not the event', () => {
    const [v] = validators.ack('chat', { written: true, chatInfo: { id: 1, type: 'TEXT', content: 'c', senderId: 'a'.repeat(24), channelId: 'b'.repeat(24), communityId: 'c'.repeat(24), createdAt: '2024-01-01T00:00:00.000Z', updatedAt: '2024-01-01T00:00:00.000Z', extra: 1 } })!;
    expect(v!.rule).toBe('Chat/extra additionalProperties');
    expect(validators.event('new-chat', { extra: 1 })!.map((x) => x.rule)).toContain('Chat/extra additionalProperties');
  });

  it('selects a branch from const-valued properties of any schema', () => {
    const branches: Json[] = [{ properties: { kind: { const: 'a' } } }, { properties: { kind: { const: 'b' } } }];
    expect(selectedBranch(branches, { kind: 'b' })).toBe(1);
    expect(selectedBranch(branches, { kind: 'c' })).toBeUndefined();
    expect(selectedBranch(branches, {})).toBeUndefined();
    expect(selectedBranch([{ type: 'string' }, { type: 'array' }], 'x')).toBeUndefined();
  });
});
