// The preflight of a run whose fixtures do not come from the target (--fixtures FILE,
// --fixtures-cmd CMD): before any case, one round trip proves the target is there and
// accepts the fixtures. The socket URL gets a Socket.IO connect as the fixtures' `author`
// to its main community; the API URL gets one HTTP request (any answer counts). Both at
// once. (Fixtures from the target's endpoint already prove the API URL answers; the
// cases' own connections say the rest, so the endpoint's first world is not probed.)
import { io } from '../lib/socket-client.ts';
import { namespaceOf, type Validators } from '../contract/index.ts';
import { kitSocketOptions, notSocketIo, transportError } from './actor.ts';
import { requestFailure } from './bound.ts';
import { send } from '../lib/http-client.ts';
import type { FixtureProvider, Fixtures } from './fixtures.ts';
import { namespaceParam, profileOf, usersOf } from './profile.ts';
import type { Target } from './verify.ts';

export type PreflightOutcome =
  | { ok: true }
  /** Nothing answered: no case can run (exit 3, every case reported as not run). */
  | { ok: false; kind: 'target'; message: string }
  /** The target answered but refuses the fixtures (exit 2: fix the configuration). */
  | { ok: false; kind: 'config'; message: string };

type SocketProbe = { ok: true } | { ok: false; unreachable: string } | { ok: false; refused: string; data?: unknown };

function probeSocket(url: string, token: string, timeoutMs: number): Promise<SocketProbe> {
  return new Promise((resolve) => {
    const socket = io(url, kitSocketOptions({ token: `Bearer ${token}` }, timeoutMs));
    const timer = setTimeout(() => done({ ok: false, unreachable: `no connection and no connect_error within ${timeoutMs} ms` }), timeoutMs + 50);
    const done = (outcome: SocketProbe) => {
      clearTimeout(timer);
      socket.offAny();
      socket.removeAllListeners();
      socket.close();
      resolve(outcome);
    };
    socket.on('connect', () => done({ ok: true }));
    socket.on('connect_error', (err: Error & { data?: unknown; type?: unknown; description?: unknown }) => {
      const transport = transportError(err);
      done(transport !== undefined ? { ok: false, unreachable: transport } : { ok: false, refused: err.message, ...(err.data !== undefined ? { data: err.data } : {}) });
    });
  });
}

async function probeApi(url: string, timeoutMs: number): Promise<string | undefined> {
  try {
    const res = await send(url, { method: 'GET', timeoutMs });
    res.cancel();
    return undefined;
  } catch (err) {
    return requestFailure(err, timeoutMs);
  }
}

/** What to check when the target refuses the fixtures' own author, by where they came from. */
function refusedAdvice(provider: FixtureProvider): string {
  if (provider.source === 'file') return `wrong JWT secret, or a stale ${provider.describe} from an earlier start of the server? Write a fresh one (e.g. \`serve --fixtures-out FILE\`)`;
  if (provider.source === 'command') return 'wrong JWT secret, or does the fixtures command create its worlds on another server?';
  return 'do --socket-url and --api-url point at the same server (same JWT secret, same store)?';
}

/**
 * Probes the target with the first world of `provider`. `fixtures` is that world (the
 * preflight's own `provider.get()`).
 */
export async function preflight(target: Target, fixtures: Fixtures, provider: FixtureProvider, validators: Validators, timeoutMs: number): Promise<PreflightOutcome> {
  const profile = profileOf(validators.contract);
  const { user, namespace: community } = profile.preflight;
  const namespace = namespaceOf(validators.contract, namespaceParam(profile, fixtures, community) ?? '');
  const [socket, api] = await Promise.all([
    probeSocket(target.socketUrl + namespace, usersOf(profile, fixtures)[user]?.token ?? '', timeoutMs),
    probeApi(target.apiUrl, timeoutMs),
  ]);
  const unreachable: string[] = [];
  if (!socket.ok && 'unreachable' in socket) {
    unreachable.push(notSocketIo(target.socketUrl + namespace, socket.unreachable));
  }
  // A dead socket URL at the REST API's origin says it all: one reason is enough.
  const sameServer = new URL(target.apiUrl).origin === new URL(target.socketUrl).origin;
  if (api !== undefined && !(unreachable.length > 0 && sameServer)) unreachable.push(`cannot reach ${target.apiUrl} (the REST API${target.apiUrl === target.socketUrl ? '' : ', --api-url'}): ${api}`);
  if (unreachable.length > 0) return { ok: false, kind: 'target', message: unreachable.join('; ') };
  if (!socket.ok && 'refused' in socket && (socket.refused === 'Unauthorized' || socket.refused === 'Forbidden' || socket.refused === 'Invalid namespace')) {
    const code = (socket.data as { code?: unknown } | undefined)?.code;
    const said = `${socket.refused}${typeof code === 'string' ? ` (${code})` : ''}`;
    return {
      ok: false,
      kind: 'config',
      message: `the target refuses the fixtures' tokens: the fixtures' ${user} connecting to its ${community} namespace got connect_error ${said} (${refusedAdvice(provider)})`,
    };
  }
  // Any other refusal is the target's answer to a member: the cases report it as such.
  return { ok: true };
}
