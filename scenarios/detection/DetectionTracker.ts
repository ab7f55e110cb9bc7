/**
 * Measures a failure detector from `signals$`: detection and suspicion latency per crash,
 * false positives, probes and messages, and — for a chosen observer's health view — time-averaged
 * accuracy against the ground truth and how many injected anomalies (crash or pause episodes)
 * the view caught. Every figure comes from the simulated protocol's own messages and signals.
 */
import type { Fault, Simulation } from '../../engine/index.js';
import type { DetectorKind } from './detectorWorld.js';
import { FaultTracker, type Crash } from '../core/FaultTracker.js';
import { fdAccuracy, fdCompleteness } from '../core/invariants/index.js';
import type { Metrics } from '../core/Metrics.js';

/** Options of {@link DetectionTracker}. */
export interface DetectionTrackerOptions {
  detector: DetectorKind;
  /** Actors that publish verdicts (the monitor, or every SWIM member). */
  observers: readonly string[];
  /** Monitored nodes. */
  agents: readonly string[];
  /** Follow this actor's health view for accuracy and anomalies (health-monitoring). */
  viewObserver?: string;
}

interface Anomaly {
  node: string;
  detected: boolean;
  open: boolean;
}

/** Subscribes at construction; call {@link record} after the run. */
export class DetectionTracker {
  readonly faults: FaultTracker;
  private readonly observers: Set<string>;
  private readonly suspectedCrash = new Set<string>();
  private falsePositives = 0;
  private firstFalsePositive: string | undefined;
  private sends = 0;
  private probes = 0;
  // Health-view accuracy: per node, truth (down = crashed or paused) vs the observer's view.
  private readonly truthDown = new Set<string>();
  private readonly viewDown = new Set<string>();
  private readonly disagreeSince = new Map<string, number>();
  private disagreement = 0;
  private readonly anomalies: Anomaly[] = [];
  private readonly openAnomaly = new Map<string, Anomaly>();
  // Per node, the live observers whose last verdict on it was `declared_dead`.
  private readonly heldDead = new Map<string, Set<string>>();

  constructor(
    private readonly sim: Simulation,
    private readonly metrics: Metrics,
    private readonly options: DetectionTrackerOptions,
  ) {
    this.faults = new FaultTracker(sim);
    this.observers = new Set(options.observers);
    const probeType = options.detector === 'swim' ? 'ping' : options.detector === 'central' ? 'health_check' : 'heartbeat';
    metrics.declare('detection_ms');
    if (options.detector === 'swim' || options.detector === 'central') metrics.declare('suspicion_ms');
    sim.signalsOf('send', 'signal', 'fault').subscribe((s) => {
      if (s.kind === 'send') {
        this.sends++;
        if (s.type === probeType && !(s.payload as { relay?: true }).relay) this.probes++;
      } else if (s.kind === 'fault') {
        this.onFault(s.payload as Fault, s.time);
      } else if (this.observers.has(s.src)) {
        this.onVerdict(s.src, s.type, s.payload as { node: string; origin?: string }, s.time);
      }
    });
  }

  /** Messages sent so far. */
  get messages(): number {
    return this.sends;
  }

  /** Probes (heartbeats, health checks, or SWIM direct pings) so far. */
  get probeCount(): number {
    return this.probes;
  }

  /** Live nodes declared dead, counted once per wrong decision (SWIM: by the member that made it). */
  get falsePositiveCount(): number {
    return this.falsePositives;
  }

  /** Sets the common metrics; `durationMs` closes the accuracy integral. */
  record(durationMs: number, extended = false): void {
    const m = this.metrics;
    m.set('false_positives', this.falsePositives);
    m.set('false_positive_rate', this.probes ? this.falsePositives / this.probes : 0, 'ratio');
    m.set('crashes_count', this.faults.crashCount);
    m.set('messages_count', this.sends);
    m.set('messages_per_probe', this.probes ? this.sends / this.probes : 0, 'ratio');
    if (!extended) {
      m.set('probes_count', this.probes);
      return;
    }
    m.set('checks_count', this.probes);
    for (const [node, since] of this.disagreeSince) {
      this.disagreement += durationMs - since;
      this.disagreeSince.set(node, durationMs);
    }
    const total = this.options.agents.length * durationMs;
    m.set('detection_accuracy_ratio', total ? 1 - this.disagreement / total : 1, 'ratio');
    m.set('anomalies_count', this.anomalies.length);
    m.set('anomalies_detected_count', this.anomalies.filter((a) => a.detected).length);
  }

  /** The `fd.completeness` (crashes down for `boundMs` of a run ending at `endMs`) and `fd.accuracy` invariants. */
  invariants(boundMs: number, endMs: number, lossy: boolean) {
    const { detector, agents } = this.options;
    const observable =
      detector === 'swim' ? (c: Crash) => agents.some((a) => a !== c.node && this.faults.upThroughout(a, c.at, Math.min(c.at + boundMs, endMs))) : undefined;
    return [fdCompleteness(this.faults, boundMs, endMs, observable), fdAccuracy(this.falsePositives, this.firstFalsePositive, { lossy, faults: this.faults })];
  }

  private onVerdict(src: string, type: string, data: { node: string; origin?: string }, time: number): void {
    if (src === this.options.viewObserver && (type === 'declared_dead' || type === 'declared_alive')) {
      this.setView(data.node, type === 'declared_dead', time);
    }
    if (type === 'declared_dead' || type === 'declared_alive') this.hold(data.node, src, type === 'declared_dead');
    const crashedAt = this.faults.crashedAt(data.node);
    if (type === 'suspected') {
      if (crashedAt !== undefined && !this.suspectedCrash.has(data.node)) {
        this.suspectedCrash.add(data.node);
        this.metrics.sample('suspicion_ms', time - crashedAt);
      }
      return;
    }
    if (type !== 'declared_dead') return;
    if (crashedAt !== undefined) {
      if (this.faults.markDetected(data.node)) this.metrics.sample('detection_ms', time - crashedAt);
    } else if (data.origin === undefined || data.origin === src) {
      this.falsePositives++;
      this.firstFalsePositive ??= `${data.node} declared dead by ${src} at t=${time} while up`;
    }
  }

  private onFault(fault: Fault, time: number): void {
    if (!('targets' in fault) || fault.targets === undefined) return;
    const down = fault.kind === 'crash' || fault.kind === 'pause' ? true : fault.kind === 'restart' || fault.kind === 'resume' ? false : undefined;
    if (down === undefined) return;
    for (const node of fault.targets) {
      if (fault.kind === 'crash') this.onCrash(node);
      if (fault.kind === 'resume' && this.faults.crashedAt(node) !== undefined) continue;
      if (down && !this.truthDown.has(node)) {
        const a = { node, detected: false, open: true };
        this.anomalies.push(a);
        this.openAnomaly.set(node, a);
      } else if (!down) {
        const a = this.openAnomaly.get(node);
        if (a) a.open = false;
        this.openAnomaly.delete(node);
        if (fault.kind === 'restart') this.suspectedCrash.delete(node);
      }
      this.setTruth(node, down, time);
    }
  }

  private hold(node: string, observer: string, dead: boolean): void {
    let held = this.heldDead.get(node);
    if (held === undefined) this.heldDead.set(node, (held = new Set()));
    if (dead) held.add(observer);
    else held.delete(observer);
  }

  /**
   * A node already declared dead (say while paused) that then crashes gets no new verdict: the
   * crash counts as detected, without a detection latency to sample. A crashed observer's verdicts
   * die with it.
   */
  private onCrash(node: string): void {
    if (this.heldDead.get(node)?.size) this.faults.markDetected(node);
    if (this.observers.has(node)) for (const held of this.heldDead.values()) held.delete(node);
  }

  private setTruth(node: string, down: boolean, time: number): void {
    this.transition(node, time, () => (down ? this.truthDown.add(node) : this.truthDown.delete(node)));
  }

  private setView(node: string, down: boolean, time: number): void {
    this.transition(node, time, () => (down ? this.viewDown.add(node) : this.viewDown.delete(node)));
    if (down) {
      const a = this.openAnomaly.get(node);
      if (a) a.detected = true;
    }
  }

  private transition(node: string, time: number, change: () => void): void {
    const since = this.disagreeSince.get(node);
    if (since !== undefined) {
      this.disagreement += time - since;
      this.disagreeSince.delete(node);
    }
    change();
    if (this.truthDown.has(node) !== this.viewDown.has(node)) this.disagreeSince.set(node, time);
  }
}
