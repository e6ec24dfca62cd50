// The `http` step: A REST request, its response checked against the contract.
import { describeViolation } from '../../contract/index.ts';
import { BodyTooLarge, requestFailure, readText } from '../bound.ts';
import { send, type HttpResponse } from '../../lib/http-client.ts';
import { CaseError, StepAbort } from '../context.ts';
import type { HttpStep } from '../model.ts';
import { request } from '../profile.ts';
import { interpolate } from '../values.ts';
import { actor, type CaseWorld, tokenFor, verify } from '../verify.ts';

const OPERATION_ROUTES = new WeakMap<object, Array<{ re: RegExp; method: string; operationId: string }>>();

function operationFor(world: CaseWorld, method: string, path: string): string | undefined {
  const rest = world.ctx.validators.contract.rest;
  let routes = OPERATION_ROUTES.get(rest);
  if (!routes) {
    routes = Object.values(rest).map((op) => ({
      re: new RegExp(`^${op.path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\\?\{[^}]+\\?\}/g, '[^/]+')}$`),
      method: op.method.toUpperCase(),
      operationId: op.operationId,
    }));
    OPERATION_ROUTES.set(rest, routes);
  }
  const pathname = path.split('?')[0] ?? path;
  return routes.find((r) => r.method === method && r.re.test(pathname))?.operationId;
}

export async function httpStep(world: CaseWorld, step: HttpStep['http']): Promise<void> {
  const { ctx } = world;
  const headers: Record<string, string> = { ...(interpolate(step.headers ?? {}, ctx.scope) as Record<string, string>) };
  const auth = tokenFor(world, step.token, step.as);
  let path = String(interpolate(step.path, ctx.scope));
  // The contract's place is Authorization; `inHeader` / `inQuery` put it where it must be ignored.
  if (auth.value !== undefined && auth.where === 'auth') headers.authorization = auth.value;
  if (auth.value !== undefined && auth.where === 'header') headers.token = auth.value;
  if (auth.value !== undefined && auth.where === 'query') path += `${path.includes('?') ? '&' : '?'}token=${encodeURIComponent(auth.value)}`;
  let body: string | undefined;
  if (step.rawBody !== undefined) body = step.rawBody;
  else if (step.body !== undefined) body = JSON.stringify(interpolate(step.body, ctx.scope));
  if (body !== undefined) headers['content-type'] ??= 'application/json';
  const actorName = step.as ?? 'http';
  ctx.record({ actor: actorName, dir: 'out', kind: 'http-request', event: `${step.method} ${path}`, data: { headers, ...(body !== undefined ? { body: safeJson(body) } : {}) } });
  let res: HttpResponse;
  try {
    res = await send(world.target.apiUrl + path, { method: step.method, headers, ...(body !== undefined ? { body } : {}), timeoutMs: ctx.options.timeoutMs });
  } catch (err) {
    const why = requestFailure(err, ctx.options.timeoutMs);
    // No answer in time is the target's failure; no connection at all, the case's error.
    if ((err as Error).name === 'TimeoutError') {
      ctx.fail({ check: 'http', message: `${step.method} ${path}: ${why}` });
      throw new StepAbort();
    }
    throw new CaseError(`${step.method} ${path}: ${why}`);
  }
  let text: string;
  try {
    text = await readText(res);
  } catch (err) {
    const e = err as Error;
    const why = e instanceof BodyTooLarge ? e.message : e.name === 'TimeoutError' || e.name === 'AbortError' ? `the body did not end within ${ctx.options.timeoutMs} ms` : `the body could not be read (${e.message})`;
    const frame = ctx.record({ actor: actorName, dir: 'in', kind: 'http-response', event: `${res.status} ${step.method} ${path}`, data: { incomplete: why } });
    ctx.fail({ check: 'http', message: `${step.method} ${path} answered ${res.status} but ${why}`, frame });
    throw new StepAbort();
  }
  const json = safeJson(text);
  const frame = ctx.record({ actor: actorName, dir: 'in', kind: 'http-response', event: `${res.status} ${step.method} ${path}`, data: json });
  const operationId = operationFor(world, step.method, path);
  if (operationId) {
    const op = ctx.validators.contract.rest[operationId]!;
    const spec = `${op.pointer}/responses/${res.status}`;
    if (json === text && text !== '') {
      ctx.fail({ check: 'http', message: `${step.method} ${path} answered ${res.status} with a body that is not JSON`, actual: text.slice(0, 200), frame, spec });
    } else {
      const violations = ctx.validators.restResponse(operationId, res.status, json);
      if (violations === undefined) ctx.fail({ check: 'http', message: `${step.method} ${path} answered ${res.status}, a status the contract does not document for ${operationId}`, actual: res.status, frame, spec: op.pointer });
      else for (const v of violations) ctx.fail({ check: 'schema', message: `${res.status} response of ${operationId} breaks the contract: ${describeViolation(v)}`, pointer: v.pointer, actual: v.value, frame, spec, ...(v.rule ? { rule: v.rule } : {}) });
    }
  }
  if (res.status !== step.expect.status) {
    ctx.fail({ check: 'http', message: `${step.method} ${path} must answer ${step.expect.status}, got ${res.status}`, expected: step.expect.status, actual: { status: res.status, body: json }, frame });
    throw new StepAbort();
  }
  if (!verify(world, `${step.method} ${path} response`, step.expect, json, frame, 'http')) throw new StepAbort();
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
