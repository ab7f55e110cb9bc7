/**
 * Queue statistics of a `load-balancing` run, fed synchronously by the servers' probe
 * (actors/balancing/queueServer `ServerProbe`): per-request response and wait times (as metric samples)
 * for requests past the warm-up, and, per server, the time-integral of the number in system and
 * the busy time over the measurement window [start, end], from which `in_system` (L of Little's
 * law), utilisation and throughput follow. A crash empties a server: what it held is lost.
 */
import type { ServedRequest, ServerProbe } from '../../actors/index.js';
import type { Metrics } from '../core/Metrics.js';

/** Per-server accumulators. */
interface Station {
  inSystem: number;
  since: number;
  area: number;
  busy: number;
}

/** Implements the servers' probe and summarises what it saw. */
export class LoadStats implements ServerProbe {
  private readonly stations = new Map<string, Station>();
  private completedInWindow = 0;
  private completedAll = 0;
  private lostInQueue = 0;
  /** Largest number in system at one server during the window. */
  maxQueue = 0;

  /**
   * @param measuredFrom - first request id past the warm-up
   * @param start - window start (arrival of request `measuredFrom`)
   * @param end - window end (last arrival)
   */
  constructor(
    servers: readonly string[],
    private readonly metrics: Metrics,
    private readonly measuredFrom: number,
    private readonly start: number,
    private readonly end: number,
  ) {
    for (const s of servers) this.stations.set(s, { inSystem: 0, since: 0, area: 0, busy: 0 });
  }

  arrived(server: string, now: number): void {
    const st = this.advance(server, now);
    st.inSystem++;
    if (now >= this.start && now <= this.end && st.inSystem > this.maxQueue) this.maxQueue = st.inSystem;
  }

  completed(server: string, now: number, r: ServedRequest): void {
    const st = this.advance(server, now);
    st.inSystem--;
    this.completedAll++;
    if (now >= this.start && now <= this.end) this.completedInWindow++;
    if (r.id >= this.measuredFrom) {
      this.metrics.sample('response_ms', now - r.t0);
      this.metrics.sample('wait_ms', r.startedAt - r.arrivedAt);
    }
  }

  /** The server crashed: the requests it held are lost. */
  crashed(server: string, now: number): void {
    const st = this.advance(server, now);
    this.lostInQueue += st.inSystem;
    st.inSystem = 0;
  }

  /** Requests completed over the whole run. */
  get completedCount(): number {
    return this.completedAll;
  }

  /** Requests still in a server when the run ended. */
  get unfinished(): number {
    let n = 0;
    for (const st of this.stations.values()) n += st.inSystem;
    return n;
  }

  /** Closes the window and sets `in_system`, `throughput_rps`, `utilisation_*` and `max_queue`. */
  finish(now: number): void {
    const window = this.end - this.start;
    const utilisation: number[] = [];
    let area = 0;
    for (const server of this.stations.keys()) {
      const st = this.advance(server, now);
      area += st.area;
      utilisation.push(window > 0 ? st.busy / window : 0);
    }
    const n = this.stations.size;
    this.metrics.set('in_system', window > 0 ? area / window / n : 0, 'requests');
    this.metrics.set('throughput_rps', window > 0 ? (this.completedInWindow / window) * 1000 : 0, 'rps');
    this.metrics.set('utilisation_ratio', utilisation.reduce((a, b) => a + b, 0) / n, 'ratio');
    this.metrics.set('utilisation_spread', Math.max(...utilisation) - Math.min(...utilisation), 'ratio');
    this.metrics.set('max_queue', this.maxQueue, 'requests');
  }

  /** Requests lost in server queues by crashes. */
  get lostInQueues(): number {
    return this.lostInQueue;
  }

  /** Integrates the server's number in system up to `now`, clipped to the window. */
  private advance(server: string, now: number): Station {
    const st = this.stations.get(server)!;
    const from = Math.max(st.since, this.start);
    const to = Math.min(now, this.end);
    if (to > from) {
      st.area += st.inSystem * (to - from);
      if (st.inSystem > 0) st.busy += to - from;
    }
    st.since = now;
    return st;
  }
}
