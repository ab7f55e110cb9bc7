/**
 * Computed optimisation recommendations (the seed's "optimisation recommendations", measured
 * rather than canned): a one-at-a-time sweep around the current parameters. Every numeric
 * parameter is halved and doubled (clamped to its range), every boolean flipped and every enum
 * set to each other value; each variant is run on the same seeds, and the change of the metric's
 * mean is recorded. Parameters are ranked by the largest improvement they offer.
 */
import { RESOURCE_KEYS, resolveParams, type AnyScenario, type ParamSpec, type RunResult } from '../../scenarios/index.js';
import { AgentsimError } from '../../engine/index.js';
import { metricValue, type MetricStat } from '../validation/metricValue.js';

/** One variant's measured effect. */
export interface ParamEffect {
  readonly param: string;
  readonly from: unknown;
  readonly to: unknown;
  /** Mean of the metric over the seeds with this variant (null: no samples). */
  readonly value: number | null;
  /** Relative change against the current parameters (+0.2 = 20% higher). */
  readonly change: number | null;
  /** Whether the change is in the better direction. */
  readonly improves: boolean;
}

/** The sweep's outcome. */
export interface Recommendation {
  readonly scenario: string;
  readonly metric: string;
  readonly stat: MetricStat;
  readonly better: 'lower' | 'higher';
  readonly current: number | null;
  readonly runs: number;
  /** Per parameter, its best variant, most improving first; then parameters that only worsen. */
  readonly ranked: readonly ParamEffect[];
}

/** Options of {@link recommend}. */
export interface RecommendOptions {
  readonly scenario: AnyScenario;
  readonly params: Record<string, unknown>;
  readonly metric: string;
  readonly stat: MetricStat;
  readonly better: 'lower' | 'higher';
  readonly seeds: readonly number[];
  /** How to run (default: runScenario via the caller's cache). */
  readonly run: (scenario: AnyScenario, params: Record<string, unknown>, seed: number) => RunResult;
  /** Multiplicative step for numeric parameters (default 2). */
  readonly factor?: number;
  /** Parameters left alone (default: `preset`, and the seed-like `duration_ms`). */
  readonly exclude?: readonly string[];
}

/** Runs the sweep. */
export function recommend(options: RecommendOptions): Recommendation {
  const { scenario, metric, stat, better, seeds } = options;
  const factor = options.factor ?? 2;
  // The resource model's parameters describe the platform, not the protocol under study.
  const exclude = new Set(options.exclude ?? ['preset', 'duration_ms', ...RESOURCE_KEYS]);
  const current = resolveParams(scenario.name, scenario.params, options.params, scenario.presets) as Record<string, unknown>;
  let runs = 0;
  const measure = (params: Record<string, unknown>): number | null => {
    const values: number[] = [];
    for (const seed of seeds) {
      runs++;
      const v = metricValue(options.run(scenario, params, seed), metric, stat);
      if (typeof v === 'number') values.push(v);
    }
    return values.length ? values.reduce((a, b) => a + b, 0) / values.length : null;
  };
  const base = measure(options.params);
  const best = new Map<string, ParamEffect>();
  for (const [key, spec] of Object.entries(scenario.params as Record<string, ParamSpec>)) {
    if (exclude.has(key)) continue;
    for (const to of variants(spec, current[key], factor)) {
      let value: number | null;
      try {
        value = measure({ ...options.params, [key]: to });
      } catch (err) {
        if (err instanceof AgentsimError) continue; // a cross-parameter check refused the variant
        throw err;
      }
      const change = value === null || base === null || base === 0 ? null : (value - base) / Math.abs(base);
      const improves = change !== null && (better === 'lower' ? change < 0 : change > 0);
      const effect: ParamEffect = { param: key, from: current[key], to, value, change, improves };
      const prior = best.get(key);
      if (prior === undefined || gain(effect, better) > gain(prior, better)) best.set(key, effect);
    }
  }
  const ranked = [...best.values()].sort((a, b) => gain(b, better) - gain(a, better));
  return { scenario: scenario.name, metric, stat, better, current: base, runs, ranked };
}

function gain(e: ParamEffect, better: 'lower' | 'higher'): number {
  if (e.change === null) return -Infinity;
  return better === 'lower' ? -e.change : e.change;
}

function variants(spec: ParamSpec, value: unknown, factor: number): unknown[] {
  switch (spec.type) {
    case 'int':
    case 'number': {
      const v = Number(value);
      const round = (x: number): number => (spec.type === 'int' ? Math.round(x) : x);
      const out = [round(v / factor), round(v === 0 ? 1 : v * factor)].map((x) => Math.min(spec.max, Math.max(spec.min, x)));
      return [...new Set(out)].filter((x) => x !== v);
    }
    case 'boolean':
      return [!value];
    case 'enum':
      return spec.values.filter((x) => x !== value);
    default:
      return [];
  }
}
