/**
 * The CPU of every node: `cores` cores per node, each running one piece of work at a time. Work
 * (an actor handling a message or firing a timer) costs CPU time drawn from a distribution chosen
 * by the actor's role; it starts on the core that frees first, never before it arrives, so a busy
 * node queues work and processing delay is emergent. Bookkeeping is per node: the time each core
 * frees and the busy time charged so far — O(cores) per piece of work, nothing per message kept.
 */
import type { Distribution } from '../random/Distribution.js';
import type { Rng } from '../random/Rng.js';

/** One node's cores. */
interface CpuState {
  /** When each core is next free (virtual ms). */
  readonly free: number[];
  /** CPU time charged, including work scheduled to run after now. */
  busy: number;
  /** Pieces of work charged. */
  jobs: number;
  /** Total time work waited for a core. */
  waited: number;
}

/** A node's CPU figures at one instant. */
export interface CpuReading {
  readonly node: string;
  /** CPU time spent up to the reading's instant (work scheduled beyond it excluded). */
  readonly busyMs: number;
  readonly jobs: number;
  readonly waitedMs: number;
}

/** The cores of every node and the cost of work by role. */
export class NodeCpu {
  private readonly nodes = new Map<string, CpuState>();

  /**
   * @param cores - cores per node
   * @param costOf - the CPU-time distribution of one piece of work by an actor of `role`
   */
  constructor(
    readonly cores: number,
    private readonly costOf: (role: string) => Distribution,
    private readonly rng: Rng,
  ) {}

  /**
   * Charges one piece of work by an actor of `role` on `node`, arriving at `now`.
   * @returns how long after `now` the work completes (0: done at once, as without the model)
   */
  admit(node: string, role: string, now: number): number {
    const d = this.costOf(role);
    const cost = d.mean === 0 ? 0 : d.sample(this.rng);
    const cpu = this.state(node);
    let core = 0;
    for (let i = 1; i < cpu.free.length; i++) if (cpu.free[i]! < cpu.free[core]!) core = i;
    const start = Math.max(now, cpu.free[core]!);
    const end = start + cost;
    cpu.free[core] = end;
    cpu.busy += cost;
    cpu.jobs++;
    cpu.waited += start - now;
    return end - now;
  }

  /** Figures of every node seen so far, at time `now`. */
  read(now: number): CpuReading[] {
    const out: CpuReading[] = [];
    for (const [node, cpu] of this.nodes) {
      // Work runs back to back on a core once queued, so what lies beyond `now` is free − now.
      let ahead = 0;
      for (const f of cpu.free) ahead += Math.max(0, f - now);
      out.push({ node, busyMs: cpu.busy - ahead, jobs: cpu.jobs, waitedMs: cpu.waited });
    }
    return out;
  }

  /** A node's cores drop the work queued beyond `now` (its actors crashed; that work never runs). */
  reset(node: string, now: number): void {
    const cpu = this.nodes.get(node);
    if (cpu === undefined) return;
    for (let i = 0; i < cpu.free.length; i++) {
      cpu.busy -= Math.max(0, cpu.free[i]! - now);
      cpu.free[i] = Math.min(cpu.free[i]!, now);
    }
  }

  private state(node: string): CpuState {
    let cpu = this.nodes.get(node);
    if (cpu === undefined) {
      cpu = { free: new Array<number>(this.cores).fill(0), busy: 0, jobs: 0, waited: 0 };
      this.nodes.set(node, cpu);
    }
    return cpu;
  }
}
