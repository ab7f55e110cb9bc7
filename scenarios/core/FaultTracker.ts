/**
 * Follows injected faults on `signals$` so scenarios can tell crashed nodes from live ones and
 * measure detection against the crash time.
 */
import { filter } from 'rxjs';
import type { Fault, Simulation } from '../../engine/index.js';

/** One crash: its node, when, whether it was declared dead while down, and when it came back. */
export interface Crash {
  readonly node: string;
  readonly at: number;
  detected: boolean;
  restartedAt?: number;
}

/** Crash and restart bookkeeping for one run. */
export class FaultTracker {
  private readonly down = new Map<string, Crash>();
  private readonly history: Crash[] = [];
  private readonly crashedNodes = new Set<string>();
  /** Per node, the spans it was crashed or paused (`to` unset while it still is). */
  private readonly outages = new Map<string, { from: number; to?: number }[]>();
  private gray = false;

  constructor(sim: Simulation) {
    sim.signalsOf('fault').pipe(filter((s) => s.kind === 'fault')).subscribe((s) => this.apply(s.payload as Fault, s.time));
  }

  /** Crash time of a node that is down now, else undefined. */
  crashedAt(node: string): number | undefined {
    return this.down.get(node)?.at;
  }

  /** Whether `node` ever crashed (a restarted node comes back without its volatile state). */
  hasCrashed(node: string): boolean {
    return this.crashedNodes.has(node);
  }

  /** Marks the current crash of `node` detected; true the first time. */
  markDetected(node: string): boolean {
    const entry = this.down.get(node);
    if (entry === undefined || entry.detected) return false;
    entry.detected = true;
    return true;
  }

  /** Number of crashes injected. */
  get crashCount(): number {
    return this.history.length;
  }

  /** Whether a fault that can make a live node look dead (pause, loss, partition, skew) occurred. */
  get hasGrayFaults(): boolean {
    return this.gray;
  }

  /** Nodes whose current crash happened by `time`, is still down, and was never declared. */
  undetectedBefore(time: number): string[] {
    return this.history.filter((c) => c.at <= time && !c.detected && this.down.get(c.node) === c).map((c) => c.node);
  }

  /**
   * Crashes that stayed down for at least `boundMs` (until their restart, or until `endMs` for
   * one still down) and were not declared dead while down. Each crash is judged on its own: an
   * earlier crash that was restarted before the bound is not blamed on a later one.
   */
  undetectedCrashes(boundMs: number, endMs: number, observable: (crash: Crash) => boolean = () => true): readonly Crash[] {
    return this.history.filter((c) => !c.detected && (c.restartedAt ?? endMs) - c.at >= boundMs && observable(c));
  }

  /** Whether `node` was neither crashed nor paused at any moment of [from, to]. */
  upThroughout(node: string, from: number, to: number): boolean {
    return !(this.outages.get(node) ?? []).some((o) => o.from <= to && (o.to ?? Infinity) > from);
  }

  private startOutage(node: string, time: number): void {
    const list = this.outages.get(node);
    if (list === undefined) this.outages.set(node, [{ from: time }]);
    else if (list.at(-1)!.to !== undefined) list.push({ from: time });
  }

  private endOutage(node: string, time: number): void {
    const last = this.outages.get(node)?.at(-1);
    if (last !== undefined && last.to === undefined) last.to = time;
  }

  private apply(fault: Fault, time: number): void {
    if (fault.kind === 'crash') {
      for (const node of fault.targets) {
        this.startOutage(node, time);
        if (this.down.has(node)) continue;
        const entry = { node, at: time, detected: false };
        this.down.set(node, entry);
        this.history.push(entry);
        this.crashedNodes.add(node);
      }
    } else if (fault.kind === 'restart') {
      for (const node of fault.targets) {
        const crash = this.down.get(node);
        if (crash === undefined) continue;
        crash.restartedAt = time;
        this.down.delete(node);
        this.endOutage(node, time);
      }
    } else if (fault.kind === 'pause' || fault.kind === 'resume') {
      this.gray ||= fault.kind === 'pause';
      for (const node of fault.targets) {
        if (fault.kind === 'pause') this.startOutage(node, time);
        else if (!this.down.has(node)) this.endOutage(node, time);
      }
    } else if (fault.kind !== 'heal' && !(fault.kind === 'loss' && fault.rate === 0)) {
      this.gray = true;
    }
  }
}
