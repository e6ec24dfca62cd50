// The embedded reference server for `load`, in a worker thread: the server and the load's
// clients then each have an event loop (and a core) of their own. In one thread they
// share one loop, and the run measures the two together at about half the throughput
// (bench/RESULTS.md).
import { Worker } from 'node:worker_threads';

export interface Embedded {
  socketUrl: string;
  apiUrl: string;
  /** The server thread's event-loop utilization so far (for the benchmark). */
  utilization(): { idle: number; active: number; utilization: number };
  close(): Promise<void>;
}

// The worker's source: plain JavaScript, so it needs no loader to start; it registers tsx
// itself (the worker does not inherit the main thread's hooks) and imports the server.
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
(async () => {
  if (workerData.tsx) (await import(workerData.tsx)).register();
  const { startServer } = await import(workerData.server);
  const server = await startServer({ testMode: true, log: () => {} });
  parentPort.on('message', async (m) => {
    if (m !== 'close') return;
    await server.close();
    parentPort.postMessage({ closed: true });
  });
  parentPort.postMessage({ socketUrl: server.socketUrl, apiUrl: server.apiUrl });
})().catch((err) => parentPort.postMessage({ error: String((err && err.stack) || err) }));
`;

export function startEmbeddedServer(): Promise<Embedded> {
  const workerData = {
    // Compiled (dist/): plain JavaScript; from the sources (a checkout's tests): through tsx.
    tsx: import.meta.url.endsWith('.ts') ? import.meta.resolve('tsx/esm/api') : undefined,
    server: new URL(import.meta.url.endsWith('.ts') ? '../server/index.ts' : '../server/index.js', import.meta.url).href,
  };
  const worker = new Worker(WORKER, { eval: true, workerData });
  return new Promise((resolve, reject) => {
    const onError = (err: Error) => reject(err);
    worker.once('error', onError);
    worker.once('message', (m: { socketUrl?: string; apiUrl?: string; error?: string }) => {
      worker.off('error', onError);
      if (m.error !== undefined || m.socketUrl === undefined || m.apiUrl === undefined) {
        void worker.terminate();
        reject(new Error(`the embedded server did not start: ${m.error ?? 'no address'}`));
        return;
      }
      let closed: Promise<void> | undefined;
      resolve({
        socketUrl: m.socketUrl,
        apiUrl: m.apiUrl,
        utilization: () => worker.performance.eventLoopUtilization(),
        close: () =>
          (closed ??= new Promise<void>((done) => {
            worker.once('message', () => void worker.terminate().then(() => done()));
            worker.once('error', () => done());
            worker.postMessage('close');
          })),
      });
    });
  });
}
