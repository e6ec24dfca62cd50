// The `connect` step: A new actor connects (or is refused) with a crafted or fixtures credential.
import { notSocketIo, SocketActor } from '../actor.ts';
import { CaseError, StepAbort } from '../context.ts';
import type { ConnectStep } from '../model.ts';
import { signedTokensOf } from '../profile.ts';
import { expiresAt, isFixtureToken } from '../tokens.ts';
import { interpolate } from '../values.ts';
import { type CaseWorld, communityNamespace, connectUrl, operationOf, tokenFor } from '../verify.ts';

export async function connectStep(world: CaseWorld, step: ConnectStep['connect']): Promise<void> {
  const { ctx } = world;
  const a = new SocketActor(step.actor, ctx);
  a.user = step.user ?? step.token?.user;
  world.actors.get(step.actor)?.close();
  world.actors.set(step.actor, a);
  const namespace = step.namespace !== undefined ? String(interpolate(step.namespace, ctx.scope)) : communityNamespace(world, step.community);
  const presented = tokenFor(world, step.token, step.user);
  const url = connectUrl(world, step.actor);
  const outcome = await a.connect(url, namespace, presented.value, presented.where);
  // A refusal is a Socket.IO CONNECT_ERROR; no conversation at all proves nothing either way.
  if (!outcome.ok && 'transport' in outcome) throw new CaseError(notSocketIo(url + namespace, outcome.transport));
  const expected = step.expect ?? 'ok';
  const spec = operationOf(world, 'connect_error');
  if (expected === 'ok') {
    if (outcome.ok) return;
    // A short-lived fixtures token that expired before the case could use it is the kit's
    // timing (a slow machine), not the server's failure.
    const variant = step.token?.variant;
    const token = variant !== undefined && isFixtureToken(variant) ? signedTokensOf(world.profile, world.fixtures)?.[variant] : undefined;
    const exp = token === undefined ? undefined : expiresAt(token);
    if (exp !== undefined && exp <= Date.now()) throw new CaseError(`the fixtures' tokens.${String(variant)} expired before the case could connect with it (the machine was too slow); rerun the case`);
    if ('timeout' in outcome) throw new StepAbort(ctx.fail({ check: 'connect', message: `no connection and no connect_error within ${ctx.options.timeoutMs} ms`, expected: 'a connection' }) as never);
    ctx.fail({ check: 'connect', message: `the connection was refused: ${outcome.error.message}`, expected: 'a connection', actual: outcome.error, frame: outcome.frame, spec });
    throw new StepAbort();
  }
  const refusal = expected === 'refused' ? 'connect_error' : `connect_error "${expected.error}"`;
  if (outcome.ok) {
    ctx.fail({ check: 'connect', message: `the connection was accepted; it must be refused with ${refusal}`, expected: expected === 'refused' ? 'connect_error' : { message: expected.error }, actual: 'connected', spec });
    throw new StepAbort();
  }
  if ('timeout' in outcome) {
    ctx.fail({ check: 'connect', message: `no connect_error within ${ctx.options.timeoutMs} ms`, expected: expected === 'refused' ? 'connect_error' : { message: expected.error } });
    throw new StepAbort();
  }
  // Any refusal will do; its shape is the contract's only for the community namespaces.
  if (expected === 'refused') return;
  const def = ctx.validators.contract.events.connect_error;
  if (def) a.reportViolations('connect_error', ctx.validators.check(def.message.schema)(outcome.error), outcome.frame, def.message.pointer);
  if (outcome.error.message !== expected.error) {
    ctx.fail({ check: 'connect', message: `connect_error message must be "${expected.error}"`, expected: { message: expected.error }, actual: outcome.error, frame: outcome.frame, spec });
  }
  if (expected.code !== undefined) {
    const code = (outcome.error.data as { code?: unknown } | undefined)?.code;
    if (code !== expected.code) {
      ctx.fail({ level: 'SHOULD', check: 'connect', message: `connect_error SHOULD carry data.code "${expected.code}"`, expected: { data: { code: expected.code } }, actual: outcome.error, frame: outcome.frame, spec });
    }
  }
}
