// The `burst` step: Actors write at once into channels, without waiting.
import type { BurstStep } from '../model.ts';
import { actor, type CaseWorld, checkAckSchema, writeRequest } from '../verify.ts';

export async function burstStep(world: CaseWorld, step: BurstStep['burst']): Promise<void> {
  const { ctx } = world;
  const channels = (step.channels ?? [step.channel!]).map((k) => ({ key: k }));
  const sends: Promise<unknown>[] = [];
  for (let i = 0; i < step.count; i++) {
    for (const channel of channels) {
      for (const name of step.actors) {
        const a = actor(world, name);
        const write = writeRequest(world, channel.key, `burst ${world.nonce} ${channel.key} ${name} ${i}`);
        sends.push(a.emit(write.event, write.args, true).then((ack) => {
          if (!ack) ctx.fail({ check: 'ack', message: `burst: ${name}'s write ${i} in ${channel.key} was not acknowledged within ${ctx.options.timeoutMs} ms` });
          else checkAckSchema(world, a, write.event, ack.payload, ack.frame);
        }));
      }
    }
  }
  await Promise.all(sends);
}
