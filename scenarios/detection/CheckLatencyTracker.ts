/**
 * Health-check latency per node, from the trace: the time from a check being sent to its answer
 * being handled by the checker — network both ways plus, with the resource model on, the time the
 * check and the answer waited for a core at each end. Central poller: `health_check` →
 * `health_ok` of the same round; SWIM: a direct `ping` → the `ack` with the same sequence number
 * from the probed member (relayed acks of ping-req are not one node's check). Heartbeat
 * detectors have no request/response, so they report no check latency.
 */
import type { Simulation } from '../../engine/index.js';
import type { Metrics } from '../core/Metrics.js';
import type { DetectorKind } from './detectorWorld.js';

/** Collects `check_latency_ms`; call {@link record} after the run. */
export class CheckLatencyTracker {
  private readonly sentAt = new Map<string, number>();
  private readonly answers = new Map<number, string>();
  private readonly samples: number[] = [];

  constructor(
    sim: Simulation,
    readonly detector: DetectorKind,
  ) {
    const [check, answer] = detector === 'central' ? ['health_check', 'health_ok'] : detector === 'swim' ? ['ping', 'ack'] : [undefined, undefined];
    if (check === undefined) return;
    sim.signalsOf('send', 'deliver').subscribe((s) => {
      if (s.kind === 'send') {
        const p = s.payload as { round?: number; seq?: number; relay?: true };
        const n = detector === 'central' ? p.round : p.seq;
        if (s.type === check && !p.relay) this.sentAt.set(`${s.src}>${s.dst}#${n}`, s.time);
        else if (s.type === answer) this.answers.set(s.seq, `${s.dst}>${s.src}#${n}`);
      } else if (s.type === answer && s.ref !== undefined) {
        const key = this.answers.get(s.ref);
        if (key === undefined) return;
        this.answers.delete(s.ref);
        const t0 = this.sentAt.get(key);
        if (t0 === undefined) return;
        this.sentAt.delete(key);
        this.samples.push(s.time - t0);
      }
    });
  }

  /** Adds `check_latency_ms` (one sample per answered check) for detectors with checks. */
  record(metrics: Metrics): void {
    if (this.detector === 'central' || this.detector === 'swim') metrics.distribution('check_latency_ms', this.samples, 'ms');
  }
}
