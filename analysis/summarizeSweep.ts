/**
 * The summary of a sweep: every run's result (without wall time) in replicate order, and per grid
 * point the mean of each metric across seeds with a 95% Student-t confidence interval, plus
 * invariant violation counts. Nothing in it depends on the machine, the worker count, the shard
 * layout or completion order, so a merged sharded sweep is byte-identical to a single-machine one.
 */
import type { RunResult } from '../scenarios/index.js';
import { meanInterval } from './stats/index.js';

/** A metric's mean across seeds with its 95% Student-t interval (bounds null for fewer than 2 runs). */
export interface SweepInterval {
  readonly n: number;
  readonly mean: number | null;
  readonly std: number | null;
  readonly low: number | null;
  readonly high: number | null;
}

/** One (grid point, seed) of a sweep. */
export interface Replicate {
  /** Position in the sweep: `point * seeds.length + seedIndex`. */
  readonly index: number;
  readonly point: number;
  readonly seed: number;
}

/** What the sweep was (the arguments that define it). */
export interface SweepDescription {
  readonly scenario: string;
  readonly seeds: readonly number[];
  /** The grid's keys and values, in command-line order (the last key varies fastest). */
  readonly grid: readonly (readonly [string, readonly string[]])[];
  /** Test-only bug variants that were switched on. */
  readonly bugs?: readonly string[];
  /** The slice this summary covers, when it is one shard's. */
  readonly shard?: string;
}

/** Aggregates of one grid point. */
export interface PointSummary {
  readonly point: number;
  /** The grid values of this point (strings as given on the command line). */
  readonly params: Record<string, string>;
  /** Runs with a result. */
  readonly runs: number;
  /** metric → statistic (`value` for scalars; `mean`, `p50`, `p90`, `p99` for distributions) → CI over seeds. */
  readonly metrics: Record<string, Record<string, SweepInterval>>;
  /** invariant → runs where it was checked, violated while applicable, and violated while not promised. */
  readonly invariants: Record<string, { runs: number; violated: number; violatedNotApplicable: number }>;
}

/** The summary file of a sweep or merge (`agentsim.sweep/1`). */
export interface SweepSummary extends SweepDescription {
  readonly schema: 'agentsim.sweep/1';
  readonly agentsim: string;
  readonly points: PointSummary[];
  /** Replicates expected in this summary without a result (failed, not run yet, or a missing shard). */
  readonly missing: { point: number; seed: number }[];
  /** Every result, in replicate order, without `wallMs`. */
  readonly runs: RunResult[];
}

const DISTRIBUTION_STATS = ['mean', 'p50', 'p90', 'p99'] as const;

/**
 * Builds the summary of `expected` replicates from the results found (keyed by replicate index).
 * @param points - the grid values of each point, by point index
 */
export function summarizeSweep(
  sweep: SweepDescription & { agentsim: string },
  points: readonly Record<string, string>[],
  expected: readonly Replicate[],
  results: ReadonlyMap<number, RunResult>,
): SweepSummary {
  const ordered = [...expected].sort((a, b) => a.index - b.index);
  const runs: RunResult[] = [];
  const missing: { point: number; seed: number }[] = [];
  const byPoint = new Map<number, RunResult[]>();
  for (const r of ordered) {
    const result = results.get(r.index);
    if (result === undefined) {
      missing.push({ point: r.point, seed: r.seed });
      continue;
    }
    const { wallMs: _wall, ...rest } = result;
    runs.push(rest);
    const list = byPoint.get(r.point) ?? [];
    list.push(rest);
    byPoint.set(r.point, list);
  }
  const pointIndexes = [...new Set(ordered.map((r) => r.point))];
  return {
    schema: 'agentsim.sweep/1',
    agentsim: sweep.agentsim,
    scenario: sweep.scenario,
    seeds: [...sweep.seeds],
    grid: sweep.grid.map(([k, v]) => [k, [...v]] as const),
    ...(sweep.bugs?.length ? { bugs: [...sweep.bugs] } : {}),
    ...(sweep.shard ? { shard: sweep.shard } : {}),
    points: pointIndexes.map((point) => summarizePoint(point, points[point] ?? {}, byPoint.get(point) ?? [])),
    missing,
    runs,
  };
}

function summarizePoint(point: number, params: Record<string, string>, runs: readonly RunResult[]): PointSummary {
  const values = new Map<string, Map<string, number[]>>();
  const add = (metric: string, stat: string, v: number | null): void => {
    let stats = values.get(metric);
    if (stats === undefined) values.set(metric, (stats = new Map()));
    let list = stats.get(stat);
    if (list === undefined) stats.set(stat, (list = []));
    if (v !== null) list.push(v);
  };
  const invariants: PointSummary['invariants'] = {};
  for (const run of runs) {
    for (const [name, m] of Object.entries(run.metrics)) {
      if ('value' in m) add(name, 'value', m.value);
      else for (const stat of DISTRIBUTION_STATS) add(name, stat, m[stat]);
    }
    for (const inv of run.invariants) {
      const entry = (invariants[inv.name] ??= { runs: 0, violated: 0, violatedNotApplicable: 0 });
      entry.runs++;
      if (!inv.holds && inv.applicable === false) entry.violatedNotApplicable++;
      else if (!inv.holds) entry.violated++;
    }
  }
  const metrics: PointSummary['metrics'] = {};
  for (const [name, stats] of values) {
    metrics[name] = {};
    for (const [stat, list] of stats) metrics[name][stat] = interval(list);
  }
  return { point, params, runs: runs.length, metrics, invariants };
}

/** The 95% interval of `values`, rounded to 6 decimals so the summary prints the same everywhere. */
function interval(values: readonly number[]): SweepInterval {
  const ci = meanInterval(values.filter((v) => Number.isFinite(v)));
  if (ci === null) return { n: 0, mean: null, std: null, low: null, high: null };
  const spread = ci.halfWidth !== null;
  return { n: ci.n, mean: round(ci.mean), std: round(ci.std), low: spread ? round(ci.low) : null, high: spread ? round(ci.high) : null };
}

function round(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}
