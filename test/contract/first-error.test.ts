// The reference server's first-error validators (D-52) come precompiled from
// generated/validators-first-error.js, each keyed by its own schema's digest: a schema the
// file covers is served by it, one changed since is compiled, and the file covers every
// schema the server checks.
import { describe, expect, it } from 'vitest';
import { firstErrorSchemas, loadContract, loadValidators, schemaKey, Validators, type Json, type ValidateFn } from '../../src/contract/index.ts';
import { validators as generated } from '../../generated/validators-first-error.js';

const contract = loadContract();
const chatRequest = contract.events['chat']!.message.schema;

describe('first-error validators', () => {
  it('generated/validators-first-error.js has a validator for every schema the server checks', () => {
    const missing = firstErrorSchemas(contract).filter((s) => typeof (generated as Record<string, unknown>)[schemaKey(s)] !== 'function');
    expect(missing).toEqual([]);
  });

  it('a schema is served by the precompiled validator of its key, not compiled', () => {
    const refuseAll: ValidateFn = Object.assign(() => false, { errors: [{ instancePath: '', schemaPath: '#/x', keyword: 'fake', params: {}, message: 'precompiled' }] });
    const v = new Validators(contract, undefined, { firstError: true, firstErrorPrecompiled: { [schemaKey(chatRequest)]: refuseAll } });
    expect(v.check(chatRequest)({ chatType: 'new' }).map((x) => x.message)).toEqual(['precompiled']);
  });

  it('a schema changed since the file was generated is compiled from the specs, never served a stale validator', () => {
    const changed = { ...(chatRequest as Record<string, Json>), description: 'changed' } as Json;
    const refuseAll: ValidateFn = Object.assign(() => false, { errors: [] });
    const v = new Validators(contract, undefined, { firstError: true, firstErrorPrecompiled: { [schemaKey(chatRequest)]: refuseAll } });
    expect(schemaKey(changed)).not.toBe(schemaKey(chatRequest));
    expect(v.check(changed)({ chatType: 'new', channelId: '0123456789abcdef01234567', content: 'hi' })).toEqual([]);
  });

  it('loadValidators({ firstError }) uses the generated file and stops at the first violation', async () => {
    const v = await loadValidators(contract, { firstError: true });
    const users = Array.from({ length: 10_000 }, () => 1);
    expect(v.firstError).toBe(true);
    expect(v.event('invite-users-to-channel', { communityId: 'x', channelId: 'y', users })?.length).toBe(1);
    expect(v.event('chat', { chatType: 'new', channelId: '0123456789abcdef01234567', content: 'hi' })).toEqual([]);
  });
});
