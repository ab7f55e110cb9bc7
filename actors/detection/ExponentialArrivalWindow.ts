/**
 * Cassandra's variant of the phi accrual detector (`org.apache.cassandra.gms.FailureDetector`,
 * CASSANDRA-2597): inter-arrival times are modelled as exponential, so
 *
 *   phi(t) = PHI_FACTOR · (t - last) / mean,   PHI_FACTOR = 1 / ln 10
 *
 * i.e. -log10 of the exponential survival function. A member is convicted when phi exceeds the
 * threshold. As in Cassandra, the first report seeds the window with an initial interval
 * (`initialMs`, Cassandra: 2 × gossip interval), intervals longer than `maxIntervalMs` (default:
 * the initial value) are ignored, and the window keeps the last `maxSamples` intervals.
 */

/** 1 / ln(10): converts t/mean into -log10(e^(-t/mean)). */
export const PHI_FACTOR = 1 / Math.log(10);

/** Options of {@link ExponentialArrivalWindow}, in ms. */
export interface ExponentialArrivalOptions {
  threshold: number;
  maxSamples: number;
  initialMs: number;
  maxIntervalMs: number;
}

/** One member's arrival window (mutated in place). */
export class ExponentialArrivalWindow {
  private readonly intervals: number[] = [];
  private next = 0;
  private sum = 0;
  private last: number | undefined;

  constructor(private readonly options: ExponentialArrivalOptions) {}

  /** Records a heartbeat arriving at `now`. */
  heartbeat(now: number): void {
    if (this.last === undefined) this.add(this.options.initialMs);
    else if (now - this.last <= this.options.maxIntervalMs) this.add(now - this.last);
    this.last = now;
  }

  /** PHI_FACTOR · elapsed / mean; 0 before the first heartbeat. */
  phi(now: number): number {
    if (this.last === undefined) return 0;
    return (PHI_FACTOR * (now - this.last)) / this.mean;
  }

  /** Cassandra's `interpret`: not convicted while phi <= threshold. */
  isAvailable(now: number): boolean {
    return this.phi(now) <= this.options.threshold;
  }

  /** Mean of the window. */
  get mean(): number {
    return this.sum / this.intervals.length;
  }

  private add(interval: number): void {
    if (this.intervals.length < this.options.maxSamples) {
      this.intervals.push(interval);
    } else {
      this.sum -= this.intervals[this.next]!;
      this.intervals[this.next] = interval;
      this.next = (this.next + 1) % this.options.maxSamples;
    }
    this.sum += interval;
  }
}
