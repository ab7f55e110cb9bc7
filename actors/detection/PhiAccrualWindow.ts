/**
 * Akka's phi accrual failure detector state for one monitored member (Hayashibara et al. 2004,
 * as parameterised by Akka's `PhiAccrualFailureDetector`): a bounded window of heartbeat
 * inter-arrival times, bootstrapped with two samples around `firstHeartbeatEstimateMs`, and
 *
 *   phi(t) = -log10(1 - F(t - last)),  F = CDF of N(mean + acceptablePause, max(std, minStd))
 *
 * with F replaced by Akka's logistic approximation of the normal CDF ({@link akkaPhi}). A member
 * is available while phi < threshold. Like Akka, the first heartbeat after the member became
 * unavailable is not added to the window (a long pause would skew the statistics).
 */

/** Options of {@link PhiAccrualWindow} (Akka's names, in ms). */
export interface PhiAccrualOptions {
  threshold: number;
  maxSamples: number;
  minStdMs: number;
  acceptablePauseMs: number;
  /** Akka's `heartbeat-interval`: bootstraps the window with mean ± mean/4. */
  firstHeartbeatEstimateMs: number;
}

/**
 * Akka's phi for `timeDiff` since the last heartbeat, given the (pause-shifted) mean and std:
 * the logistic approximation 1/(1+exp(-y(1.5976+0.070566y²))) of the normal CDF, y = (t-mean)/std.
 */
export function akkaPhi(timeDiff: number, mean: number, std: number): number {
  const y = (timeDiff - mean) / std;
  const e = Math.exp(-y * (1.5976 + 0.070566 * y * y));
  return timeDiff > mean ? -Math.log10(e / (1 + e)) : -Math.log10(1 - 1 / (1 + e));
}

/** One member's heartbeat history and suspicion level (mutated in place). */
export class PhiAccrualWindow {
  private readonly intervals: number[] = [];
  private next = 0;
  private sum = 0;
  private sumSq = 0;
  private last: number | undefined;

  constructor(private readonly options: PhiAccrualOptions) {}

  /** Records a heartbeat arriving at `now`. */
  heartbeat(now: number): void {
    if (this.last === undefined) {
      this.bootstrap();
    } else if (this.isAvailable(now)) {
      this.add(now - this.last);
    }
    this.last = now;
  }

  /** The suspicion level at `now`; 0 before the first heartbeat (Akka: unmonitored is healthy). */
  phi(now: number): number {
    if (this.last === undefined) return 0;
    const n = this.intervals.length;
    const mean = this.sum / n;
    const std = Math.sqrt(Math.max(0, this.sumSq / n - mean * mean));
    return akkaPhi(now - this.last, mean + this.options.acceptablePauseMs, Math.max(std, this.options.minStdMs));
  }

  /** Akka's `isAvailable`: phi below the threshold. */
  isAvailable(now: number): boolean {
    return this.phi(now) < this.options.threshold;
  }

  /** Mean of the inter-arrival window (for tests and diagnostics). */
  get mean(): number {
    return this.sum / this.intervals.length;
  }

  private bootstrap(): void {
    const mean = this.options.firstHeartbeatEstimateMs;
    const std = mean / 4;
    this.add(mean - std);
    this.add(mean + std);
  }

  private add(interval: number): void {
    if (this.intervals.length < this.options.maxSamples) {
      this.intervals.push(interval);
    } else {
      const old = this.intervals[this.next]!;
      this.sum -= old;
      this.sumSq -= old * old;
      this.intervals[this.next] = interval;
      this.next = (this.next + 1) % this.options.maxSamples;
    }
    this.sum += interval;
    this.sumSq += interval * interval;
  }
}
