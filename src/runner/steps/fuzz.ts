// The fuzz step: invalid payloads generated from the contract's own JSON Schemas with
// fast-check, sent one at a time. Each must be refused as invalid input (the failure ack
// with INVALID_PAYLOAD, or 400 with the error body), broadcast nothing (proven by the
// ordering barrier of the absence checks) and leave the socket usable. A failing payload
// is shrunk, and printed with the seed that reproduces it. The payloads come from
// src/runner/fuzz.ts.
import fc from 'fast-check';
import type { SocketActor } from '../actor.ts';
import { CaseError, StepAbort } from '../context.ts';
import { display, jsonText, materialize } from '../arbitrary.ts';
import { DEFAULT_FUZZ_RUNS, floorPayloads, invalidPayloads, keepItem, restRequest, targetDef, targetSchemas, type TargetDef } from '../fuzz.ts';
import type { Failure, Frame, FuzzStep, Level } from '../model.ts';
import type { Profile } from '../profile.ts';
import { match } from '../values.ts';
import { actor, barrier, checkAckSchema, verify, writeRequest, type CaseWorld } from '../verify.ts';
import { httpStep } from './http.ts';

/** Evaluations allowed to shrink a failure; one that waited for a timeout costs SLOW_COST. */
const SHRINK_BUDGET = 200;
const SLOW_COST = 50;

interface Plan {
  def: TargetDef;
  fuzz: NonNullable<Profile['fuzz']>;
  actor: SocketActor;
  writer: SocketActor;
  listeners: SocketActor[];
  watch: SocketActor[];
  /** Everyone who must receive nothing but barriers. */
  all: SocketActor[];
  /** The payload a template stands for in this world, materialized once (to check it, then to send it). */
  payloadOf: (template: unknown) => unknown;
  spec: string;
  path?: string;
  method?: string;
}

interface Outcome {
  failures: Failure[];
  frames: Frame[];
  /** Transcript index of `frames[0]` when they were recorded. */
  base: number;
  slow: boolean;
}

async function tryPayload(world: CaseWorld, plan: Plan, template: unknown): Promise<Outcome> {
  const { ctx } = world;
  const base = ctx.transcript.length;
  const started = performance.now();
  const { failures } = await ctx.divert(async () => {
    try {
      const payload = plan.payloadOf(template);
      ctx.record({ actor: plan.actor.name, dir: 'out', kind: 'note', data: { fuzz: display(template) } });
      if (plan.def.surface === 'socket') await sendSocket(world, plan, payload);
      else await httpStep(world, { method: plan.method as 'POST', path: plan.path!, as: plan.actor.user ?? plan.fuzz.restUser, rawBody: jsonText(template, ctx.scope), expect: plan.fuzz.refusal.rest });
      // Nothing broadcast, the socket usable: the writer's chat reaches every listener and
      // nothing else arrived before it; watchers prove it with their own acknowledged emit.
      try {
        const { ack } = await barrier(world, plan.listeners, { actor: plan.writer.name, channel: plan.fuzz.channel });
        if (ack) verify(world, `${plan.writer.name}'s barrier write after the invalid payload (the connection must stay usable)`, { match: world.profile.write.ok }, ack.payload, ack.frame, 'fuzz');
        if (plan.watch.length > 0) await barrier(world, plan.watch, 'self');
      } finally {
        // Whatever became of the barriers, an event that arrived is reported as such.
        // The runner's own chats (barriers, the setup chat) echoed back to their writer
        // break D-15, which other cases judge; this one judges what the invalid payload caused.
        const own = [`barrier ${world.nonce}-`, `fuzz target ${world.nonce}`];
        const isBarrier = (r: { event: string; payload: unknown }) => r.event === world.profile.write.echo.event && own.some((t) => JSON.stringify(r.payload).includes(t));
        for (const a of plan.all) {
          for (const r of a.received) {
            if (r.frame < base || r.consumed || isBarrier(r)) continue;
            ctx.fail({ check: 'absent', message: `${a.name} received "${r.event}" after an invalid payload; an invalid payload MUST change nothing and broadcast nothing`, expected: '(nothing)', actual: r.payload, frame: r.frame });
          }
        }
      }
    } catch (err) {
      if (!(err instanceof StepAbort)) throw err;
    }
  });
  const frames = ctx.transcript.slice(base);
  // Forget this payload's frames: a run of thousands keeps only the failing one.
  ctx.transcript.length = base;
  for (const a of world.actors.values()) {
    const i = a.received.findIndex((r) => r.frame >= base);
    if (i >= 0) a.received.splice(i);
  }
  return { failures, frames, base, slow: performance.now() - started >= ctx.options.timeoutMs };
}

async function sendSocket(world: CaseWorld, plan: Plan, payload: unknown): Promise<void> {
  const { ctx } = world;
  const event = plan.def.name;
  const a = plan.actor;
  const ack = await a.emit(event, [payload], true);
  if (!ack) {
    // An optional ack (commu's join, D-08) is a SHOULD; every other invalid request MUST be acknowledged (D-14).
    const level: Level = (plan.fuzz.ackOptional ?? []).includes(event) && a.lost === undefined ? 'SHOULD' : 'MUST';
    const why = a.lost !== undefined ? `the connection was closed (${a.lost}); invalid input MUST NOT disconnect the socket` : `no acknowledgement within ${ctx.options.timeoutMs} ms`;
    ctx.fail({ level, check: 'ack', message: `"${event}" with an invalid payload: ${why}`, spec: plan.spec });
    throw new StepAbort();
  }
  checkAckSchema(world, a, event, ack.payload, ack.frame);
  const expectation = plan.fuzz.refusal.events?.[event] ?? plan.fuzz.refusal.socket;
  verify(world, `the "${event}" ack of an invalid payload`, expectation, ack.payload, ack.frame, 'ack');
}

/** Writes the item the target's payloads refer to (the profile's write), kept in the scope. */
async function setupItem(world: CaseWorld, plan: Plan): Promise<void> {
  const { ctx, profile } = world;
  const write = writeRequest(world, plan.fuzz.channel, `fuzz target ${world.nonce}`);
  const ack = await plan.actor.emit(write.event, write.args, true);
  if (!ack || match(profile.write.ok, ack.payload).length > 0) {
    ctx.fail({ check: 'ack', message: `fuzz setup: ${plan.actor.name}'s write for the payloads to refer to was not written`, expected: profile.write.ok, actual: ack?.payload ?? '(no ack)' });
    throw new StepAbort();
  }
  keepItem(profile, ctx.scope, ack.payload);
}

export async function fuzzStep(world: CaseWorld, step: FuzzStep['fuzz']): Promise<void> {
  const { ctx } = world;
  const contract = ctx.validators.contract;
  const fuzz = world.profile.fuzz;
  if (!fuzz) throw new CaseError(`fuzz: the ${world.profile.name} profile has no \`fuzz\` section`);
  const def = targetDef(world.profile, step.target);
  const { whole, spec } = targetSchemas(contract, step.target);
  const a = actor(world, step.actor);
  const writer = actor(world, step.writer ?? step.actor);
  const listeners = (step.listeners ?? []).map((n) => actor(world, n));
  const watch = (step.watch ?? []).map((n) => actor(world, n));
  const payloads = new WeakMap<object, unknown>();
  const payloadOf = (t: unknown): unknown => {
    if (t === null || typeof t !== 'object') return materialize(t, ctx.scope);
    if (!payloads.has(t)) payloads.set(t, materialize(t, ctx.scope));
    return payloads.get(t);
  };
  const plan: Plan = { def, fuzz, actor: a, writer, listeners, watch, all: [...new Set([a, writer, ...listeners, ...watch])], spec, payloadOf };
  if (def.surface === 'rest') ({ method: plan.method, path: plan.path } = restRequest(contract, def));
  if (def.needsItem) await setupItem(world, plan);

  const check = ctx.validators.check(whole);
  const isInvalid = (t: unknown) => check(payloadOf(t)).length > 0;
  const what = def.surface === 'rest' ? `${def.name} body,` : `"${def.name}"`;
  const expected = def.surface === 'rest' ? '400 with the error body, nothing broadcast' : 'the failure ack (reason INVALID_PAYLOAD), nothing broadcast, the socket usable';
  const findings: Finding[] = [];

  // 1. The floor: the same payloads every run, in order; a SHOULD failure does not end the
  //    search for a MUST one, the first MUST failure does (each further payload could cost
  //    a timeout against a server that stopped answering).
  const floor = floorPayloads(contract, step.target, isInvalid);
  let floorFailed = 0;
  for (const [i, template] of floor.entries()) {
    const o = await tryPayload(world, plan, template);
    if (o.failures.length > 0) {
      floorFailed++;
      const level: Level = o.failures.some((f) => f.level === 'MUST') ? 'MUST' : 'SHOULD';
      if (!findings.some((f) => f.level === level)) findings.push({ ...o, template, level, where: `floor payload ${i + 1} of ${floor.length}` });
      if (level === 'MUST') break;
    }
    if (plan.all.some((x) => x.lost !== undefined)) break;
  }
  // A floor failure that waited for a timeout: the server stopped answering, and every
  // random payload would wait as long.
  const stalled = findings.some((f) => f.level === 'MUST' && f.slow);

  // 2. Exploration (opt-in: --explore, --seed, --fuzz-runs): random payloads from the seed.
  const seed = ctx.options.fuzzSeed;
  const runs = ctx.options.fuzzRuns ?? step.runs ?? DEFAULT_FUZZ_RUNS;
  let explored = 0;
  if (seed !== undefined && runs > 0 && !stalled && !plan.all.some((x) => x.lost !== undefined)) {
    const found = await explore(world, plan, invalidPayloads(contract, step.target, isInvalid), runs, seed);
    explored = found.tried;
    for (const f of found.findings) findings.push({ ...f, where: `${f.where} of ${runs} (seed ${seed})` });
  }
  if (findings.length === 0) {
    ctx.record({ actor: a.name, dir: 'out', kind: 'note', data: { fuzz: step.target, floor: floor.length, payloads: explored, ...(seed !== undefined ? { seed } : {}) } });
    return;
  }
  // MUST findings first: a warning never hides a failure.
  findings.sort((x, y) => (x.level === y.level ? 0 : x.level === 'MUST' ? -1 : 1));
  for (const finding of findings) {
    const shown = display(finding.template);
    const first = finding.failures.find((f) => f.level === finding.level) ?? finding.failures[0]!;
    const extra = finding.where.startsWith('floor') && floorFailed > 1 ? ` (${floorFailed} floor payloads failed)` : '';
    ctx.fail({
      level: finding.level,
      check: 'fuzz',
      message: `invalid ${what} ${finding.where} was not handled cleanly (${first.message})${extra}${finding.shrunk ?? ''}: ${shown}`,
      expected,
      actual: shown,
      spec,
    });
    // The payload's own frames and failures, moved to the end of the transcript.
    const offset = ctx.transcript.length - finding.base;
    ctx.transcript.push(...finding.frames);
    for (const f of finding.failures) ctx.fail({ ...f, ...(f.frame !== undefined ? { frame: f.frame + offset } : {}) });
  }
  throw new StepAbort();
}

interface Finding extends Outcome {
  template: unknown;
  level: Level;
  /** Which payload: `floor payload 3 of 40`, `payload 26` (of the exploration). */
  where: string;
  /** `; shrunk in N steps to` for an exploration finding. */
  shrunk?: string;
}

/**
 * Random payloads from `seed` (fast-check): a MUST failure is shrunk and reported; a
 * payload failing only SHOULD checks is remembered and the search goes on for a MUST one.
 */
async function explore(world: CaseWorld, plan: Plan, payloads: fc.Arbitrary<unknown>, runs: number, seed: number): Promise<{ findings: Finding[]; tried: number }> {
  let shrinking = false;
  let budget = SHRINK_BUDGET;
  let tried = 0;
  let failedAt = 0;
  let last: (Outcome & { template: unknown }) | undefined;
  let warning: Finding | undefined;
  let fatal: unknown;
  let stop = false;
  const property = fc.asyncProperty(payloads, async (template) => {
    if (stop || (shrinking && budget <= 0)) return true;
    if (!shrinking) tried++;
    let o: Outcome;
    try {
      o = await tryPayload(world, plan, template);
    } catch (err) {
      fatal = err;
      stop = true;
      return true;
    }
    if (shrinking) budget -= o.slow ? SLOW_COST : 1;
    // A closed connection cannot be shrunk against: report the payload that closed it.
    const lost = plan.all.some((x) => x.lost !== undefined);
    if (lost) stop = true;
    if (o.failures.length === 0) return true;
    if (!o.failures.some((f) => f.level === 'MUST')) {
      // A warning: kept (the first one), but it does not end the search for a failure.
      if (!shrinking && !warning) warning = { ...o, template, level: 'SHOULD', where: `payload ${tried}` };
      return true;
    }
    // While shrinking, a candidate fails only as badly as the first failure did (MUST).
    if (!shrinking) {
      shrinking = true;
      failedAt = tried;
    }
    last = { ...o, template };
    return false;
  });
  const details = await fc.check(property, { numRuns: runs, seed });
  if (fatal !== undefined) throw fatal;
  const findings: Finding[] = [];
  if (details.failed && last) findings.push({ ...last, level: 'MUST', where: `payload ${failedAt}`, shrunk: `; shrunk in ${details.numShrinks} step${details.numShrinks === 1 ? '' : 's'} to` });
  if (warning) findings.push(warning);
  return { findings, tried };
}
