// Progress of a load run: a bar redrawn in place on a TTY, plain lines otherwise (one per
// tenth of the work, so a CI log stays short). Rendering is pure; LoadProgress only
// decides when to write.

export interface Snapshot {
  phase: string;
  /** Writes acknowledged so far, and how many there will be. */
  acked: number;
  total: number;
  deliveries: number;
  expectedDeliveries: number;
  issues: number;
  elapsedMs: number;
}

function fmt(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}

export function renderBar(s: Snapshot, width = 24): string {
  const done = s.total === 0 ? 1 : Math.min(1, s.acked / s.total);
  const filled = Math.round(done * width);
  const rate = s.elapsedMs > 0 ? (s.acked * 1000) / s.elapsedMs : 0;
  return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${String(Math.floor(done * 100)).padStart(3)}% `
    + `${fmt(s.acked)}/${fmt(s.total)} chats acked, ${fmt(s.deliveries)}/${fmt(s.expectedDeliveries)} deliveries, `
    + `${fmt(rate)} chats/s${s.issues > 0 ? `, ${fmt(s.issues)} issues` : ''}`;
}

export function renderLine(s: Snapshot): string {
  const pct = s.total === 0 ? 100 : Math.floor((Math.min(s.acked, s.total) * 100) / s.total);
  return `${s.phase}: ${pct}% ${fmt(s.acked)}/${fmt(s.total)} chats acked, ${fmt(s.deliveries)} deliveries, ${(s.elapsedMs / 1000).toFixed(1)} s`
    + (s.issues > 0 ? `, ${fmt(s.issues)} issues` : '');
}

export interface Out {
  write(text: string): unknown;
  isTTY?: boolean;
}

export class LoadProgress {
  private lastTenth = -1;
  private drawn = false;

  constructor(private readonly out: Out, private readonly tty = out.isTTY === true) {}

  /** A phase note, always on its own line. */
  note(text: string): void {
    this.clear();
    this.out.write(`${text}\n`);
  }

  update(s: Snapshot): void {
    if (this.tty) {
      this.out.write(`\r${renderBar(s)}\x1b[K`);
      this.drawn = true;
      return;
    }
    const tenth = s.total === 0 ? 10 : Math.floor((Math.min(s.acked, s.total) * 10) / s.total);
    if (tenth > this.lastTenth) {
      this.lastTenth = tenth;
      this.out.write(`${renderLine(s)}\n`);
    }
  }

  /** Ends the bar's line (TTY). */
  clear(): void {
    if (this.drawn) {
      this.out.write('\n');
      this.drawn = false;
    }
  }
}
