/**
 * Evaluates a planned claim map from its runs: per grid point, the row's value per seed (as
 * `validate` computes it) judged by the row's requirement for the phase; then the validated
 * configuration's cell, the nearest holding configuration, the rule that best separates where
 * the claim holds from where it fails, and the sentence.
 */
import type { RunResult } from '../../scenarios/index.js';
import type { Phase } from '../targets/TargetRow.js';
import { evaluateTarget } from '../validation/evaluateTarget.js';
import { rowValue } from '../validation/rowValue.js';
import type { ClaimCell, ClaimMap } from './ClaimMap.js';
import { describeClaim } from './describeClaim.js';
import { findClaimRule } from './findClaimRule.js';
import { nearestHolding } from './nearestHolding.js';
import type { ClaimPlan } from './planClaim.js';

/** A run's outcome: its result, or why it failed. */
export type ClaimRunOutcome = Pick<RunResult, 'metrics'> | { readonly error: string };

/**
 * The map of `plan` for `phase`, from `runs` (keyed by {@link ClaimPlan.runs}' keys).
 * @returns null when the row has no bound for the phase
 */
export function evaluateClaim(plan: ClaimPlan, phase: Phase, runs: ReadonlyMap<string, ClaimRunOutcome>): ClaimMap | null {
  const { row, measure } = plan;
  const cells: ClaimCell[] = plan.points.map((point) => {
    const values: (number | null)[] = [];
    for (let s = 0; s < plan.seeds.length; s++) {
      const native = runs.get(point.native[s]!);
      const versus = point.versus === undefined ? undefined : runs.get(point.versus[s]!);
      const failed = [native, versus].find((r) => r !== undefined && 'error' in r) as { error: string } | undefined;
      if (native === undefined || failed) return { coords: point.coords, status: 'error', value: null, reason: failed?.error ?? 'not run' };
      const value = rowValue(measure, native as Pick<RunResult, 'metrics'>, versus as Pick<RunResult, 'metrics'> | undefined);
      if (value === undefined) return { coords: point.coords, status: 'error', value: null, reason: `${measure.scenario} has no ${measure.metric}` };
      values.push(value);
    }
    const outcome = evaluateTarget(row, phase, values);
    if (outcome.status === 'skipped') return { coords: point.coords, status: 'error', value: null, reason: outcome.reason };
    return { coords: point.coords, status: outcome.status, value: outcome.value, ...(outcome.reason ? { reason: outcome.reason } : {}) };
  });
  const probe = evaluateTarget(row, phase, [1]);
  if (probe.status === 'skipped') return null;
  const axes = plan.axes.map((a) => ({ id: a.id, param: a.param, side: a.side, label: a.label, values: a.values, base: a.base }));
  const base = cells.find((c) => c.coords.every((v, i) => v === axes[i]!.base)) ?? null;
  const partial = {
    schema: 'agentsim.claim-map/1' as const,
    id: row.id,
    operation: row.operation,
    phase,
    quick: plan.quick,
    seeds: plan.seeds,
    scenario: measure.scenario,
    metric: measure.metric,
    unit: row.unit,
    requirement: { op: probe.requirement.op, limit: probe.requirement.limit, cell: row.cells[phase]! },
    axes,
    cells,
    base,
    holds: cells.filter((c) => c.status === 'passed').length,
    measured: cells.filter((c) => c.status !== 'error').length,
    nearest: nearestHolding(axes, cells),
    rule: findClaimRule(axes, cells),
    ...(row.claim?.why ? { why: row.claim.why } : {}),
  };
  return { ...partial, sentence: describeClaim(partial) };
}
