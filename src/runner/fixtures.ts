// Where a case's world comes from: the target's test-only endpoint (a fresh world per
// case), a command that prints one (fresh per case too), or a file (one shared world).
import { execFile } from 'node:child_process';
import { closeSync, openSync, readSync } from 'node:fs';
import { yaml } from '../lib/yaml.ts';
import { describeViolation, type Validators } from '../contract/index.ts';
import { BodyTooLarge, requestFailure, readText } from './bound.ts';
import { send, type HttpResponse } from '../lib/http-client.ts';
import { profileOf, worldIds } from './profile.ts';

/** A fixtures document is a few KB; anything near this is not one. */
const MAX_FIXTURES_BYTES = 1024 * 1024;

/** A file is larger than the limit its reader sets (nothing past the limit was read). */
export class FileTooLarge extends Error {
  constructor(readonly file: string, readonly limit: number) {
    super(`${file} is larger than ${limit} bytes`);
  }
}

const READ_CHUNK = 64 * 1024;

/**
 * The text of `file`, reading at most `limit` bytes: a device or a pipe (`/dev/zero`,
 * `/dev/urandom`) or a huge file is refused before anything is parsed, instead of
 * exhausting memory. Throws FileTooLarge, or the file system's error.
 */
export function readFileCapped(file: string, limit: number): string {
  const fd = openSync(file, 'r');
  try {
    // In chunks (a device or a pipe has no size to trust), never more than the limit plus
    // one chunk; not one buffer of the limit per file (16 suites × 4 MB zero-filled).
    const chunks: Buffer[] = [];
    let size = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(READ_CHUNK);
      const n = readSync(fd, chunk, 0, READ_CHUNK, null);
      if (n === 0) break;
      size += n;
      if (size > limit) throw new FileTooLarge(file, limit);
      chunks.push(n === READ_CHUNK ? chunk : chunk.subarray(0, n));
    }
    return Buffer.concat(chunks, size).toString('utf8');
  } finally {
    closeSync(fd);
  }
}

/** A fixtures document: its shape is the protocol's (the profile's `fixtures.shape`). */
export type Fixtures = object;

export interface FixtureProvider {
  /** Human description for reports: `endpoint`, `file f.json`, `command …`. */
  readonly describe: string;
  /** Where the worlds come from: the target itself (its test endpoint), a file or a command. */
  readonly source: 'endpoint' | 'file' | 'command';
  /** Each `get()` returns a world no other case uses. */
  readonly fresh: boolean;
  get(): Promise<Fixtures>;
}

/** The fixtures could not be obtained: a configuration problem (exit 2) or the target (exit 3). */
export class FixturesError extends Error {
  /**
   * `stopsRun`: no case may run on (a command that repeats a world would make cases share
   * it); the run ends with this message instead of one `error` per case.
   */
  constructor(message: string, readonly kind: 'config' | 'target', readonly stopsRun = false) {
    super(message);
  }
}

function checked(validators: Validators, doc: unknown, from: string): Fixtures {
  // Accept the endpoint's envelope as well as a bare document.
  const { shape, envelope } = profileOf(validators.contract).fixtures;
  const wrapped = envelope !== undefined && doc !== null && typeof doc === 'object' && [envelope.document, ...envelope.beside].every((k) => k in doc);
  const body = wrapped ? (doc as Record<string, unknown>)[envelope.document] : doc;
  const violations = validators.shape(shape, body);
  if (violations.length > 0) {
    throw new FixturesError(`${from} is not a valid fixtures document (schemas/${shape}.yaml): ${violations.slice(0, 3).map(describeViolation).join('; ')}`, 'config');
  }
  return body as Fixtures;
}

/** commu's endpoint (its profile's `fixtures.endpoint`), for the messages that name it. */
export const FIXTURES_PATH = '/api/conformance/fixtures';

export function endpointProvider(apiUrl: string, validators: Validators, timeoutMs: number): FixtureProvider {
  const FIXTURES_PATH = profileOf(validators.contract).fixtures.endpoint;
  return {
    describe: `endpoint ${FIXTURES_PATH}`,
    source: 'endpoint',
    fresh: true,
    async get() {
      let res: HttpResponse;
      try {
        res = await send(apiUrl + FIXTURES_PATH, { method: 'POST', timeoutMs });
      } catch (err) {
        throw new FixturesError(`cannot reach ${apiUrl}${FIXTURES_PATH}: ${requestFailure(err, timeoutMs)}`, 'target');
      }
      let text: string;
      try {
        text = await readText(res, MAX_FIXTURES_BYTES);
      } catch (err) {
        const e = err as Error;
        const why = e instanceof BodyTooLarge ? e.message : e.name === 'TimeoutError' || e.name === 'AbortError' ? `the body did not end within ${timeoutMs} ms` : e.message;
        throw new FixturesError(`${FIXTURES_PATH} answered ${res.status} but ${why}`, 'target');
      }
      if (res.status === 404) throw new FixturesError(`${apiUrl} has no ${FIXTURES_PATH} (404): start it in test mode, or pass --fixtures FILE or --fixtures-cmd CMD`, 'config');
      let body: unknown;
      try {
        body = JSON.parse(text);
      } catch {
        const type = res.headers.get('content-type');
        throw new FixturesError(`${FIXTURES_PATH} answered ${res.status} with a body that is not JSON${type ? ` (${type.split(';')[0]})` : ''}`, 'target');
      }
      if (res.status !== 201) throw new FixturesError(`${FIXTURES_PATH} answered ${res.status}, expected 201`, 'target');
      return checked(validators, body, `the ${FIXTURES_PATH} response`);
    },
  };
}

export function fileProvider(file: string, validators: Validators): FixtureProvider {
  let text: string;
  try {
    text = readFileCapped(file, MAX_FIXTURES_BYTES);
  } catch (err) {
    if (err instanceof FileTooLarge) throw new FixturesError(`the fixtures file ${file} is larger than ${MAX_FIXTURES_BYTES} bytes: a fixtures document is a few KB`, 'config');
    throw new FixturesError(`cannot read the fixtures file ${file}${(err as NodeJS.ErrnoException).code ? ` (${(err as NodeJS.ErrnoException).code})` : ''}`, 'config');
  }
  let doc: unknown;
  try {
    doc = yaml().parse(text);
  } catch (err) {
    throw new FixturesError(`the fixtures file ${file} is not JSON or YAML: ${(err as Error).message.split('\n')[0]}`, 'config');
  }
  const fixtures = checked(validators, doc, `the fixtures file ${file}`);
  return { describe: `file ${file}`, source: 'file', fresh: false, get: async () => fixtures };
}

/**
 * Runs `command` per case. Each world must be new: a command that prints a world it
 * printed before (a `cat world.json`) would make cases share it and corrupt each other
 * while they run in parallel, so a repeated community id stops the run.
 */
export function commandProvider(command: string, validators: Validators, timeoutMs: number): FixtureProvider {
  const seen = new Set<string>();
  return {
    describe: `command ${command}`,
    source: 'command',
    fresh: true,
    get: () =>
      new Promise((resolve, reject) => {
        execFile('/bin/sh', ['-c', command], { timeout: Math.max(timeoutMs, 10_000), maxBuffer: 4 << 20 }, (err, stdout, stderr) => {
          if (err) {
            reject(new FixturesError(`the fixtures command failed (${err.message.split('\n')[0]})${stderr ? `: ${stderr.trim().split('\n')[0]}` : ''}`, 'config'));
            return;
          }
          let fixtures: Fixtures;
          try {
            fixtures = checked(validators, JSON.parse(stdout), 'the fixtures command\'s output');
          } catch (e) {
            reject(e instanceof FixturesError ? e : new FixturesError(`the fixtures command did not print JSON: ${(e as Error).message}`, 'config'));
            return;
          }
          const ids = worldIds(profileOf(validators.contract), fixtures);
          const repeated = ids.find((id) => seen.has(id));
          if (repeated !== undefined) {
            reject(new FixturesError(
              `the fixtures command printed a world it had already printed (community ${repeated}): --fixtures-cmd must create a new world on each call, `
              + 'or cases running at once would share one and corrupt each other (for one shared world, write it to a file and pass --fixtures FILE)',
              'config', true,
            ));
            return;
          }
          for (const id of ids) seen.add(id);
          resolve(fixtures);
        });
      }),
  };
}
