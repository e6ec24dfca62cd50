// What the end-to-end tests share to start real processes on real ports: a port nothing
// listens on, and a node process awaited until it says where it listens.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

/** A port nothing listens on (bound, then closed). */
export function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const p = (s.address() as { port: number }).port;
      s.close(() => resolve(p));
    });
  });
}

/**
 * `node ARGS` with its stdout read until what it printed so far matches `ready` (stdout
 * comes in chunks: never a single `data` event). `child` is returned at once, so the
 * caller can always kill it; `ready` rejects, with the output, if the process exits first.
 */
export function spawnNode(args: string[], ready: RegExp, cwd?: string): { child: ChildProcess; ready: Promise<RegExpExecArray> } {
  const child = spawn(process.execPath, args, { cwd, stdio: ['ignore', 'pipe', 'inherit'] });
  const said = new Promise<RegExpExecArray>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = ready.exec(out);
      if (m) resolve(m);
    });
    child.once('exit', (code) => reject(new Error(`${args.join(' ')} exited early (${code}): ${out}`)));
  });
  return { child, ready: said };
}
