/**
 * Follows injected faults on `signals$` so scenarios can tell crashed nodes from live ones and
 * measure detection against the crash time.
 */
import { filter } from 'rxjs';
import type { Fault, Simulation } from '../../engine/index.js';

/** Crash and restart bookkeeping for one run. */
export class FaultTracker {
  private readonly down = new Map<string, { at: number; detected: boolean }>();
  private readonly history: { node: string; at: number; detected: boolean }[] = [];
  private gray = false;

  constructor(sim: Simulation) {
    sim.signalsOf('fault').pipe(filter((s) => s.kind === 'fault')).subscribe((s) => this.apply(s.payload as Fault, s.time));
  }

  /** Crash time of a node that is down now, else undefined. */
  crashedAt(node: string): number | undefined {
    return this.down.get(node)?.at;
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

  /** Nodes that crashed before `time`, stayed down, and were never declared. */
  undetectedBefore(time: number): string[] {
    return this.history.filter((c) => c.at <= time && !c.detected && this.down.get(c.node) !== undefined).map((c) => c.node);
  }

  private apply(fault: Fault, time: number): void {
    if (fault.kind === 'crash') {
      for (const node of fault.targets) {
        if (this.down.has(node)) continue;
        const entry = { node, at: time, detected: false };
        this.down.set(node, entry);
        this.history.push(entry);
      }
    } else if (fault.kind === 'restart') {
      for (const node of fault.targets) this.down.delete(node);
    } else if (fault.kind !== 'heal' && fault.kind !== 'resume' && !(fault.kind === 'loss' && fault.rate === 0)) {
      this.gray = true;
    }
  }
}
