/**
 * A claim map's grid: the cartesian product of a row's claim axes (first axis slowest), each
 * point turned into the agent-native parameters and, for an improvement row, the traditional
 * ones, on top of the row's own parameters. Runs are named by a canonical key so points (and
 * claims) that need the same run share it.
 */
import { canonicalJson } from '../../engine/index.js';
import { resolveParams, type AnyScenario } from '../../scenarios/index.js';
import type { ClaimParams, ClaimSide, ClaimValue } from '../targets/ClaimSpec.js';
import type { TargetMeasure, TargetRow } from '../targets/TargetRow.js';

/** An axis as planned: its values for this map and the value the validated configuration has. */
export interface PlannedAxis {
  /** Unique within the map: the parameter, suffixed `@native` / `@versus` when one side only. */
  readonly id: string;
  readonly param: string;
  readonly side: ClaimSide;
  /** For reports: `probe_interval_ms (agent-native)`. */
  readonly label: string;
  readonly values: readonly ClaimValue[];
  /** The value in the configuration `validate` runs (the row's parameters or the scenario default). */
  readonly base: ClaimValue;
}

/** One run a map needs. */
export interface ClaimRun {
  readonly key: string;
  readonly scenario: string;
  readonly params: Readonly<Record<string, ClaimValue>>;
  readonly seed: number;
}

/** One grid point: the axis values and, per seed, the keys of its runs. */
export interface PlannedPoint {
  readonly coords: readonly ClaimValue[];
  readonly native: readonly string[];
  readonly versus?: readonly string[];
}

/** A planned map. */
export interface ClaimPlan {
  readonly row: TargetRow;
  readonly measure: TargetMeasure;
  readonly quick: boolean;
  readonly seeds: readonly number[];
  readonly axes: readonly PlannedAxis[];
  readonly points: readonly PlannedPoint[];
  /** Every distinct run, in first-needed order. */
  readonly runs: readonly ClaimRun[];
}

/** Options of {@link planClaim}. */
export interface PlanClaimOptions {
  readonly quick: boolean;
  readonly seeds: readonly number[];
  /** The scenario of the row (for defaults and parameter checks). */
  readonly scenario: AnyScenario;
}

const SIDE_LABEL: Record<ClaimSide, string> = { both: '', native: ' (agent-native)', versus: ' (traditional)' };

/**
 * Plans the map of `row`'s claim.
 * @throws AgentsimError when the row has no claim or no measure, or a grid point's parameters are not accepted
 */
export function planClaim(row: TargetRow, options: PlanClaimOptions): ClaimPlan {
  const claim = row.claim;
  if (claim === undefined) throw new Error(`planClaim: ${row.id} declares no claim`);
  if ('unmeasured' in row.measure) throw new Error(`planClaim: ${row.id} is not measured (${row.measure.unmeasured})`);
  const measure = row.measure;
  const improvement = measure.versus !== undefined;
  const fixed = (extra: ClaimParams | undefined, side: 'native' | 'versus'): Record<string, ClaimValue> => ({ ...extra?.both, ...extra?.[side] });
  const rowParams = { ...measure.params, ...(options.quick ? measure.quick : {}) };
  const nativeBase: Record<string, ClaimValue> = { ...rowParams, ...fixed(claim.params, 'native'), ...(options.quick ? fixed(claim.quick, 'native') : {}) };
  const versusBase: Record<string, ClaimValue> = { ...rowParams, ...measure.versus, ...fixed(claim.params, 'versus'), ...(options.quick ? fixed(claim.quick, 'versus') : {}) };
  const resolvedNative = resolveParams(options.scenario.name, options.scenario.params, { ...rowParams }, options.scenario.presets) as Record<string, ClaimValue>;
  const resolvedVersus = improvement ? (resolveParams(options.scenario.name, options.scenario.params, { ...rowParams, ...measure.versus }, options.scenario.presets) as Record<string, ClaimValue>) : resolvedNative;

  const sides = new Map<string, number>();
  for (const a of claim.axes) sides.set(a.param, (sides.get(a.param) ?? 0) + 1);
  const axes: PlannedAxis[] = claim.axes.map((a) => {
    const side: ClaimSide = improvement ? (a.side ?? 'both') : 'both';
    const values = options.quick ? (a.quick ?? [a.values[0]!, a.values[a.values.length - 1]!].filter((v, i, all) => all.indexOf(v) === i)) : a.values;
    if (values.length === 0) throw new Error(`planClaim: ${row.id}: axis ${a.param} has no values`);
    const base = (side === 'versus' ? resolvedVersus : resolvedNative)[a.param]!;
    return { id: (sides.get(a.param) ?? 0) > 1 ? `${a.param}@${side}` : a.param, param: a.param, side, label: `${a.param}${SIDE_LABEL[side]}`, values, base };
  });

  const runs = new Map<string, ClaimRun>();
  const keysFor = (params: Record<string, ClaimValue>): string[] =>
    options.seeds.map((seed) => {
      const key = `${measure.scenario} ${canonicalJson(params)} ${seed}`;
      if (!runs.has(key)) runs.set(key, { key, scenario: measure.scenario, params, seed });
      return key;
    });
  const points: PlannedPoint[] = gridOf(axes.map((a) => a.values)).map((coords) => {
    const native = { ...nativeBase };
    const versus = { ...versusBase };
    claim.axes.forEach((a, i) => {
      const side = axes[i]!.side;
      const v = coords[i]!;
      for (const target of side === 'versus' ? [versus] : side === 'native' ? [native] : [native, versus]) {
        target[a.param] = v;
        for (const [other, factor] of Object.entries(a.scale ?? {})) target[other] = Math.max(1, Math.round(Number(v) * factor));
      }
    });
    return improvement ? { coords, native: keysFor(native), versus: keysFor(versus) } : { coords, native: keysFor(native) };
  });
  for (const run of runs.values()) {
    const resolved = resolveParams(options.scenario.name, options.scenario.params, run.params, options.scenario.presets);
    options.scenario.validate?.(resolved);
  }
  return { row, measure, quick: options.quick, seeds: options.seeds, axes, points, runs: [...runs.values()] };
}

function gridOf(axes: readonly (readonly ClaimValue[])[]): ClaimValue[][] {
  let points: ClaimValue[][] = [[]];
  for (const values of axes) points = points.flatMap((p) => values.map((v) => [...p, v]));
  return points;
}
