// Latency statistics in constant memory: a log-linear histogram of microseconds (exact
// below 256 µs, then 128 sub-buckets per power of two, so a percentile is within 0.8 %
// of the true value) plus the exact count, sum and maximum. A load run records one value
// per ack and one per delivery; storing them all would grow with the run.

const SUB = 128;
const SUB_BITS = 7;
/** Enough buckets for values up to 2^40 µs (≈ 12 days). */
const BUCKETS = SUB * 2 + SUB * 34;

function bucketOf(us: number): number {
  if (us < 2 * SUB) return us;
  // Math.log2 may round near a power of two; correct the exponent by the mantissa.
  let shift = Math.max(1, Math.floor(Math.log2(us)) - SUB_BITS);
  while (Math.floor(us / 2 ** shift) >= 2 * SUB) shift++;
  while (shift > 1 && Math.floor(us / 2 ** shift) < SUB) shift--;
  return Math.min(BUCKETS - 1, SUB * shift + Math.floor(us / 2 ** shift));
}

/** The largest value (µs) that falls into bucket `i`: percentiles never understate. */
function upperOf(i: number): number {
  if (i < 2 * SUB) return i;
  const shift = Math.floor(i / SUB) - 1;
  const mantissa = i - SUB * shift;
  return (mantissa + 1) * 2 ** shift - 1;
}

export interface Summary {
  count: number;
  /** Milliseconds. */
  p50: number;
  p99: number;
  max: number;
  mean: number;
}

export class Histogram {
  private readonly counts = new Uint32Array(BUCKETS);
  private n = 0;
  private sumUs = 0;
  private maxUs = 0;

  /** Records one duration in milliseconds (negative values count as 0). */
  record(ms: number): void {
    const us = Math.max(0, Math.round(ms * 1000));
    this.counts[bucketOf(us)]!++;
    this.n++;
    this.sumUs += us;
    if (us > this.maxUs) this.maxUs = us;
  }

  get count(): number {
    return this.n;
  }

  /** The value (ms) at or below which `q` (0..1) of the recordings fall; 0 when empty. */
  quantile(q: number): number {
    if (this.n === 0) return 0;
    const rank = Math.max(1, Math.ceil(q * this.n));
    let seen = 0;
    for (let i = 0; i < BUCKETS; i++) {
      seen += this.counts[i]!;
      if (seen >= rank) return Math.min(upperOf(i), this.maxUs) / 1000;
    }
    return this.maxUs / 1000;
  }

  summary(): Summary {
    return {
      count: this.n,
      p50: this.quantile(0.5),
      p99: this.quantile(0.99),
      max: this.maxUs / 1000,
      mean: this.n === 0 ? 0 : this.sumUs / this.n / 1000,
    };
  }
}

/** Median and spread of repeated measurements (for the benchmark). */
export function spread(values: readonly number[]): { median: number; min: number; max: number; n: number } {
  if (values.length === 0) return { median: NaN, min: NaN, max: NaN, n: 0 };
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { median, min: sorted[0]!, max: sorted[sorted.length - 1]!, n: sorted.length };
}
