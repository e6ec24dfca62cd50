// The runner's HTTP client: node:http(s), one request per call, with one deadline for the
// whole exchange (connect, response, body), as `fetch` under `AbortSignal.timeout` gave.
// Not fetch: undici costs ~25 ms to load and several times node:http's CPU per request,
// which the runner pays at start-up and on every REST step (bench/RESULTS.md). Redirects
// are not followed: the kit judges the response the target gave.
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';

export interface HttpResponse {
  status: number;
  headers: { get(name: string): string | null };
  /** The body, to read once (bound.ts `readText`) or to `cancel()`. */
  body: IncomingMessage;
  /** Drops the body unread and frees the connection. */
  cancel(): void;
}

export interface HttpInit {
  method: string;
  headers?: Record<string, string>;
  body?: string;
  /** The deadline of the whole exchange: past it, the request or the body read rejects with a `TimeoutError`. */
  timeoutMs: number;
}

/** What `fetch` rejects with under `AbortSignal.timeout` (its name is what callers test). */
function timeoutError(): Error {
  const err = new Error('the request timed out');
  err.name = 'TimeoutError';
  return err;
}

export function send(url: string, init: HttpInit): Promise<HttpResponse> {
  return new Promise((resolve, reject) => {
    let target: URL;
    try {
      target = new URL(url);
    } catch (err) {
      reject(err);
      return;
    }
    const headers: Record<string, string> = { ...init.headers };
    if (init.body !== undefined) headers['content-length'] = String(Buffer.byteLength(init.body));
    const open = target.protocol === 'https:' ? httpsRequest : httpRequest;
    let req: ReturnType<typeof httpRequest>;
    try {
      req = open(target, { method: init.method, headers });
    } catch (err) {
      // An invalid header name or value (fetch threw a TypeError for those too).
      reject(err);
      return;
    }
    let response: IncomingMessage | undefined;
    const timer = setTimeout(() => {
      // The body being read rejects with the timeout itself, not an `aborted`.
      const err = timeoutError();
      response?.destroy(err);
      req.destroy(err);
    }, init.timeoutMs);
    timer.unref();
    req.once('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
    req.once('response', (res) => {
      response = res;
      res.once('close', () => clearTimeout(timer));
      resolve({
        status: res.statusCode ?? 0,
        headers: {
          get(name) {
            const v = res.headers[name.toLowerCase()];
            return v === undefined ? null : Array.isArray(v) ? v.join(', ') : v;
          },
        },
        body: res,
        cancel: () => res.destroy(),
      });
    });
    req.end(init.body);
  });
}
