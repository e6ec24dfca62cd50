// The REST answers outside the operations (D-41), checked against the responses the
// contract now declares for them: 405 with `Allow`, 413, and 503 while shutting down,
// each with its own error body (D-30).
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadContract, loadValidators, type Validators } from '../../src/contract/index.ts';
import { MAX_BODY_BYTES } from '../../src/server/rest.ts';
import type { Fixtures } from '../../src/server/index.ts';
import { expectValid, harness, type Harness } from './helpers.ts';

let h: Harness;
let fx: Fixtures;
let validators: Validators;
beforeAll(async () => {
  h = await harness();
  fx = await h.world();
  validators = await loadValidators(loadContract());
});
afterAll(() => h.close());

describe('REST answers outside the operations', () => {
  it('405 names the allowed methods and carries the declared Error405 body', async () => {
    const res = await fetch(`${h.server.apiUrl}/api/channels/${fx.communities.main.channels.public}/chat`, { method: 'PUT' });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('POST');
    expectValid(validators.restResponse('createChat', 405, await res.json()), 'the 405 body');
  });

  it('413 for a body over 1 MiB carries the declared Error413 body', async () => {
    const res = await h.http('POST', `/api/channels/${fx.communities.main.channels.public}/chat`, {
      token: fx.users.author.token,
      raw: JSON.stringify({ type: 'TEXT', content: 'x'.repeat(MAX_BODY_BYTES) }),
    });
    expect(res.status).toBe(413);
    expectValid(validators.restResponse('createChat', 413, res.body), 'the 413 body');
  });
});

describe('while shutting down', () => {
  it('a request whose body completes after close() began is answered 503 with the Error503 body', async () => {
    // Resolves when the server has taken the request (its head parsed): then it is in flight.
    let arrived: () => void = () => undefined;
    const inFlight = new Promise<void>((resolve) => (arrived = resolve));
    const own = await harness({
      instrument: (parts) => {
        const rest = parts.rest as unknown as { serve: (...args: unknown[]) => Promise<void> };
        const serve = rest.serve.bind(parts.rest);
        rest.serve = (...args) => {
          arrived();
          return serve(...args);
        };
      },
    });
    const world = await own.world();
    const channel = world.communities.main.channels.public;
    const body = JSON.stringify({ type: 'TEXT', content: 'late' });
    const socket = connect(Number(new URL(own.server.apiUrl).port), '127.0.0.1');
    await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
    const response = new Promise<string>((resolve) => {
      let text = '';
      socket.on('data', (chunk) => (text += chunk.toString('utf8')));
      socket.on('close', () => resolve(text));
    });
    // The request's head and half its body: the request is in flight.
    socket.write(
      `POST /api/channels/${channel}/chat HTTP/1.1\r\nhost: x\r\nauthorization: Bearer ${world.users.author.token}\r\n` +
        `content-type: application/json\r\ncontent-length: ${Buffer.byteLength(body)}\r\n\r\n${body.slice(0, 5)}`,
    );
    // Once the server holds the request, start closing, then send the rest of the body.
    await inFlight;
    const closed = own.close();
    socket.end(body.slice(5));
    const text = await response;
    await closed;
    const [head = '', json = ''] = text.split('\r\n\r\n');
    expect(head).toMatch(/^HTTP\/1\.1 503 /);
    expectValid(validators.restResponse('createChat', 503, JSON.parse(json)), 'the 503 body');
  });
});
