/**
 * Metric collection for one run. Distributions keep every sample (quantiles are exact); scalars
 * keep one value. Each sample is also published as a `signal` named `metric.<name>`, so metrics
 * appear on `signals$` and in the trace like every other event.
 */
import { max, mean, min, quantileSorted, standardDeviation } from 'simple-statistics';

/** Summary of a distribution metric (DESIGN.md results schema). */
export interface DistributionMetric {
  readonly unit: string;
  readonly count: number;
  readonly mean: number | null;
  readonly std: number | null;
  readonly min: number | null;
  readonly p50: number | null;
  readonly p90: number | null;
  readonly p99: number | null;
  readonly max: number | null;
}
/** A single-valued metric. */
export interface ScalarMetric {
  readonly unit: string;
  readonly value: number;
}
/** Either kind of metric. */
export type Metric = DistributionMetric | ScalarMetric;

/** Collects samples and scalars, then summarises them. */
export class Metrics {
  private readonly series = new Map<string, { unit: string; samples: number[] }>();
  private readonly scalars = new Map<string, ScalarMetric>();

  /** @param publish - where samples are published as signals (the simulation's `publish`) */
  constructor(private readonly publish?: (name: string, value: number) => void) {}

  /** Declares a distribution so it is reported (count 0) even if no sample arrives. */
  declare(name: string, unit = 'ms'): this {
    if (!this.series.has(name)) this.series.set(name, { unit, samples: [] });
    return this;
  }

  /** Adds one sample to distribution `name`. */
  sample(name: string, value: number, unit = 'ms'): void {
    this.declare(name, unit);
    this.series.get(name)!.samples.push(value);
    this.publish?.(`metric.${name}`, value);
  }

  /**
   * Sets distribution `name` from samples gathered after the run (per node, per actor) without
   * publishing each as a signal.
   */
  distribution(name: string, samples: readonly number[], unit = 'ms'): void {
    this.series.set(name, { unit, samples: [...samples] });
  }

  /** Sets scalar `name`. */
  set(name: string, value: number, unit = 'count'): void {
    this.scalars.set(name, { unit, value });
  }

  /** Adds `by` to counter `name`. */
  count(name: string, by = 1): void {
    const current = this.scalars.get(name);
    this.scalars.set(name, { unit: current?.unit ?? 'count', value: (current?.value ?? 0) + by });
  }

  /** The raw samples of distribution `name` (empty when unknown). */
  samples(name: string): readonly number[] {
    return this.series.get(name)?.samples ?? [];
  }

  /** Summaries of every metric, distributions first, each group in declaration order. */
  summarize(): Record<string, Metric> {
    const out: Record<string, Metric> = {};
    for (const [name, { unit, samples }] of this.series) out[name] = summarize(samples, unit);
    for (const [name, metric] of this.scalars) out[name] = metric;
    return out;
  }
}

/** Summary statistics of samples: exact quantiles (linear interpolation, numpy's default), sample std. */
export function summarize(samples: readonly number[], unit = 'ms'): DistributionMetric {
  if (samples.length === 0) return { unit, count: 0, mean: null, std: null, min: null, p50: null, p90: null, p99: null, max: null };
  const sorted = Float64Array.from(samples).sort();
  const arr = Array.from(sorted);
  return {
    unit,
    count: arr.length,
    mean: round(mean(arr)),
    std: round(arr.length > 1 ? standardDeviation(arr) * Math.sqrt(arr.length / (arr.length - 1)) : 0),
    min: round(min(arr)),
    p50: round(quantileSorted(arr, 0.5)),
    p90: round(quantileSorted(arr, 0.9)),
    p99: round(quantileSorted(arr, 0.99)),
    max: round(max(arr)),
  };
}

/** Rounds to 6 significant decimals so results JSON stays readable and stable. */
function round(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}
