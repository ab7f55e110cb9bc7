/**
 * Seeded faults shared by the coordination scenarios: partition episodes that isolate a random
 * fraction of the nodes for a while, spread over the workload window.
 */
import type { Simulation } from '../../engine/index.js';

/** Options of {@link schedulePartitions}. */
export interface PartitionOptions {
  count: number;
  durationMs: number;
  fraction: number;
  /** Episodes start uniformly in [from, to). */
  from: number;
  to: number;
}

/** Schedules `count` partition episodes over `nodes`; each isolates `fraction` of them. */
export function schedulePartitions(sim: Simulation, nodes: readonly string[], o: PartitionOptions): void {
  if (o.count === 0 || o.fraction === 0) return;
  const rng = sim.rng.fork('partitions');
  const size = Math.max(1, Math.floor(nodes.length * o.fraction));
  for (let k = 0; k < o.count; k++) {
    const at = Math.round(rng.uniform(o.from, o.to));
    const side = rng.shuffle(nodes).slice(0, size);
    sim.faults.at(at).partition(side, `part-${k}`).at(at + o.durationMs).heal(`part-${k}`);
  }
}

/** `count` sorted arrival times, uniform in [from, to). */
export function arrivalTimes(sim: Simulation, label: string, count: number, from: number, to: number): number[] {
  const rng = sim.rng.fork(label);
  return Array.from({ length: count }, () => rng.uniform(from, to)).sort((a, b) => a - b);
}
