/**
 * Finagle's peak-EWMA load metric for one backend (finagle-core `PeakEwma`), on virtual time.
 *
 * `cost` is an exponentially weighted moving average of round-trip times that jumps straight to
 * any sample larger than itself (hence "peak"); between samples it decays towards 0 with time
 * constant `decayMs` (the weight of the old value is exp(-Δt/τ) for an unevenly spaced series).
 * The load of a backend is `cost × (pending + 1)`; a backend with pending requests but no
 * latency history yet gets a large penalty, as in Finagle, so it is not flooded on first use.
 */
export class PeakEwma {
  /** Finagle's penalty, `Long.MaxValue >> 16`. */
  static readonly PENALTY = 2 ** 63 / 2 ** 16;
  private stamp: number;
  private cost = 0;
  /** Requests sent and not yet answered. */
  pending = 0;

  constructor(
    private readonly decayMs: number,
    now: number,
  ) {
    this.stamp = now;
  }

  /** The load estimate used to compare backends (Finagle's `get()`: decays `cost` first). */
  load(now: number): number {
    this.observe(0, now);
    if (this.cost === 0 && this.pending !== 0) return PeakEwma.PENALTY + this.pending;
    return this.cost * (this.pending + 1);
  }

  /** A request was sent. */
  start(): void {
    this.pending++;
  }

  /** A response arrived `rttMs` after its request was sent. */
  end(rttMs: number, now: number): void {
    if (this.pending > 0) this.pending--;
    this.observe(Math.max(rttMs, 0), now);
  }

  /** The current (peak-sensitive) latency average, without decaying it. */
  get costMs(): number {
    return this.cost;
  }

  private observe(rtt: number, now: number): void {
    const td = Math.max(now - this.stamp, 0);
    const w = Math.exp(-td / this.decayMs);
    this.cost = rtt > this.cost ? rtt : this.cost * w + rtt * (1 - w);
    this.stamp = now;
  }
}
