// Fair service of socket events (D-50): every socket's accepted events wait in its own
// FIFO queue, and the queues are served round robin, one event per socket per pass, in
// turns of at most SLICE_MS with the event loop free between turns (I/O, other sockets'
// packets, REST). Two limits per
// socket: at PAUSE_AT waiting events the caller stops reading from it (backpressure:
// `onFull`, then `onRoom` once half of that has drained); at MAX_QUEUED_PER_SOCKET
// (what arrived before the pause took effect, or one long-polling request of events)
// the next events are refused at once (the caller acknowledges them UNAVAILABLE). A flood
// costs its sender, not the other clients.

/** How long one turn may serve events before the event loop gets a chance. */
export const SLICE_MS = 5;
/** Waiting events at which a socket stops being read. */
export const PAUSE_AT = 256;
/** Events one socket may have waiting at once; past it, refusals. */
export const MAX_QUEUED_PER_SOCKET = 4096;

export interface FairQueueOptions {
  pauseAt?: number;
  maxQueued?: number;
  /** Called when a key's queue reaches `pauseAt`. */
  onFull?: (key: string) => void;
  /** Called once a key that was full has drained to half of `pauseAt`. */
  onRoom?: (key: string) => void;
}

export class FairQueue {
  /** Insertion order is the round-robin order; a key leaves when its queue empties. */
  private readonly queues = new Map<string, (() => void)[]>();
  private scheduled = false;
  /** Keys that reached `pauseAt` and have not drained since. */
  private readonly full = new Set<string>();
  private readonly pauseAt: number;
  private readonly maxQueued: number;

  constructor(private readonly options: FairQueueOptions = {}) {
    this.pauseAt = options.pauseAt ?? PAUSE_AT;
    this.maxQueued = options.maxQueued ?? MAX_QUEUED_PER_SOCKET;
  }

  /** Queues `task` for `key`; false (and nothing queued) when `key` already has `maxQueued` waiting. */
  offer(key: string, task: () => void): boolean {
    let queue = this.queues.get(key);
    if (queue === undefined) this.queues.set(key, (queue = []));
    if (queue.length >= this.maxQueued) return false;
    queue.push(task);
    if (queue.length >= this.pauseAt && !this.full.has(key)) {
      this.full.add(key);
      this.options.onFull?.(key);
    }
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

  /**
   * Passes of one event of every socket that has one, in round-robin order, until the
   * queues are empty or SLICE_MS has gone by (at least one pass). Tasks must not throw.
   */
  private turn(): void {
    this.scheduled = false;
    const deadline = performance.now() + SLICE_MS;
    do {
      for (const [key, queue] of [...this.queues]) {
        const task = queue.shift();
        if (queue.length === 0) this.queues.delete(key);
        task?.();
        if (queue.length <= this.pauseAt / 2 && this.full.delete(key)) this.options.onRoom?.(key);
      }
    } while (this.queues.size > 0 && performance.now() < deadline);
    if (this.queues.size > 0) this.schedule();
  }
}
