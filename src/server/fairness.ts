// Fair service of socket events (D-50): every socket's accepted events wait in its own
// FIFO queue, and the queues are served round robin, one event per socket per turn, with
// the event loop free between turns (I/O, other sockets' packets, REST). A socket that
// already has `perSocket` events waiting gets its next ones refused at once (the caller
// acknowledges them UNAVAILABLE): a flood costs its sender, not the other clients.

/** Events one socket may have waiting at once; past it, refusals. */
export const MAX_QUEUED_PER_SOCKET = 256;

export class FairQueue {
  /** Insertion order is the round-robin order; a key leaves when its queue empties. */
  private readonly queues = new Map<string, (() => void)[]>();
  private scheduled = false;

  constructor(private readonly perSocket: number = MAX_QUEUED_PER_SOCKET) {}

  /** Queues `task` for `key`; false (and nothing queued) when `key` already has `perSocket` waiting. */
  offer(key: string, task: () => void): boolean {
    let queue = this.queues.get(key);
    if (queue === undefined) this.queues.set(key, (queue = []));
    if (queue.length >= this.perSocket) return false;
    queue.push(task);
    this.schedule();
    return true;
  }

  /** Events waiting for `key`. */
  waiting(key: string): number {
    return this.queues.get(key)?.length ?? 0;
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => this.turn());
  }

  /** One event of every socket that has one, in round-robin order. Tasks must not throw. */
  private turn(): void {
    this.scheduled = false;
    for (const [key, queue] of [...this.queues]) {
      const task = queue.shift();
      if (queue.length === 0) this.queues.delete(key);
      task?.();
    }
    if (this.queues.size > 0) this.schedule();
  }
}
