/**
 * Metrics of the node resource model, added to every run with `resources=on`:
 *
 * - `cpu_utilisation_ratio`: per node, CPU time spent ÷ (virtual time × cores) — a distribution
 *   over nodes (mean, p99, max); `cpu_wait_ms`: mean time a piece of work waited for a core;
 *   `cpu_busy_ms`: CPU time spent on all nodes; `work_per_cpu_s`: the scenario's useful work
 *   (ScenarioWorld.usefulWork, e.g. commands committed) per modelled CPU second;
 * - `memory_per_actor_bytes` (per live actor) and `memory_node_bytes` (per node): modelled
 *   footprints at the end of the run; `memory_total_bytes`;
 * - `memory_growth_bytes_per_hour`: least-squares slope of the total over the readings of the
 *   second half of the run (the first half fills windows and tables up to their bounds), per hour
 *   of virtual time. Unbounded holdings (tombstones, logs) show as a positive slope.
 */
import type { MemorySample, ResourceReport } from '../../engine/index.js';
import type { Metrics } from './Metrics.js';

const HOUR_MS = 3_600_000;

/** Adds the resource metrics of `report` to `metrics`. */
export function reportResources(report: ResourceReport, metrics: Metrics, usefulWork?: number): void {
  const span = report.elapsedMs * report.cores;
  const busy = report.cpu.reduce((s, c) => s + c.busyMs, 0);
  metrics.set('cpu_busy_ms', busy, 'ms');
  if (usefulWork !== undefined) metrics.set('work_per_cpu_s', busy > 0 ? usefulWork / (busy / 1000) : 0, 'count');
  metrics.distribution('cpu_utilisation_ratio', report.cpu.map((c) => (span > 0 ? c.busyMs / span : 0)), 'ratio');
  const jobs = report.cpu.reduce((s, c) => s + c.jobs, 0);
  metrics.set('cpu_wait_ms', jobs === 0 ? 0 : report.cpu.reduce((s, c) => s + c.waitedMs, 0) / jobs, 'ms');
  metrics.distribution('memory_per_actor_bytes', report.memory.map((m) => m.bytes), 'bytes');
  const perNode = new Map<string, number>();
  for (const m of report.memory) perNode.set(m.node, (perNode.get(m.node) ?? 0) + m.bytes);
  metrics.distribution('memory_node_bytes', [...perNode.values()], 'bytes');
  metrics.set('memory_total_bytes', report.memory.reduce((s, m) => s + m.bytes, 0), 'bytes');
  metrics.set('memory_growth_bytes_per_hour', growthPerHour(report.samples, report.elapsedMs), 'bytes');
}

/** Slope of total memory over the second half of the run, in bytes per hour (0 without two readings). */
export function growthPerHour(samples: readonly MemorySample[], elapsedMs: number): number {
  const late = samples.filter((s) => s.time >= elapsedMs / 2);
  const use = late.length >= 2 ? late : samples;
  if (use.length < 2) return 0;
  const n = use.length;
  const mt = use.reduce((s, x) => s + x.time, 0) / n;
  const mb = use.reduce((s, x) => s + x.bytes, 0) / n;
  let num = 0;
  let den = 0;
  for (const x of use) {
    num += (x.time - mt) * (x.bytes - mb);
    den += (x.time - mt) ** 2;
  }
  return den === 0 ? 0 : Math.round((num / den) * HOUR_MS);
}
