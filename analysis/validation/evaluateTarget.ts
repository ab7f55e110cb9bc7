/**
 * The status of one target row from its per-seed values. The requirement is the range's far end
 * in the bad direction: for lower-is-better metrics the upper bound (being faster than the range
 * is fine), for higher-is-better ones the lower bound.
 *
 * - passed: the mean across seeds meets the requirement;
 * - warning: it misses by at most 10% of the requirement (for fractions bounded by 1, such as a
 *   success rate "> 99%", by at most 10% of the headroom 1 − requirement);
 * - failed: it misses by more, or the metric had no samples.
 */
import { meanInterval, type MeanInterval } from '../stats/index.js';
import { parseRange } from '../targets/parseRange.js';
import type { Phase, TargetRow } from '../targets/TargetRow.js';

/** Fraction of the requirement tolerated as a warning. */
export const WARNING_BAND = 0.1;

/** A row's status. */
export type TargetStatus = 'passed' | 'warning' | 'failed' | 'skipped';

/** The verdict on one row for one phase. */
export type TargetOutcome =
  | { readonly status: 'skipped'; readonly reason: string }
  | {
      readonly status: 'passed' | 'warning' | 'failed';
      readonly value: number | null;
      readonly interval: MeanInterval | null;
      readonly requirement: { readonly op: '<=' | '>='; readonly limit: number; readonly warnLimit: number };
      readonly reason?: string;
    };

/** Evaluates `values` (one per seed; null = the metric had no samples in that run). */
export function evaluateTarget(row: TargetRow, phase: Phase, values: readonly (number | null)[]): TargetOutcome {
  const cell = row.cells[phase];
  const range = cell === undefined ? null : parseRange(cell);
  if (range === null) return { status: 'skipped', reason: `no target for phase ${phase}` };
  const requirement = requirementOf(row, range);
  if (requirement === null) return { status: 'skipped', reason: `target "${cell}" has no bound in the bad direction` };
  const present = values.filter((v): v is number => v !== null && Number.isFinite(v));
  if (present.length === 0) return { status: 'failed', value: null, interval: null, requirement, reason: 'no samples' };
  const interval = meanInterval(present)!;
  const v = interval.mean;
  const ok = (limit: number): boolean => (requirement.op === '<=' ? v <= limit : v >= limit);
  const status = ok(requirement.limit) ? 'passed' : ok(requirement.warnLimit) ? 'warning' : 'failed';
  const missing = present.length < values.length ? `${values.length - present.length} of ${values.length} runs had no samples` : undefined;
  return { status, value: v, interval, requirement, ...(missing ? { reason: missing } : {}) };
}

function requirementOf(row: TargetRow, range: { min?: number; max?: number }): { op: '<=' | '>='; limit: number; warnLimit: number } | null {
  if (row.better === 'lower') {
    if (range.max === undefined) return null;
    return { op: '<=', limit: range.max, warnLimit: range.max * (1 + WARNING_BAND) };
  }
  if (range.min === undefined) return null;
  const band = row.unit === 'fraction' && range.min <= 1 ? (1 - range.min) * WARNING_BAND : range.min * WARNING_BAND;
  return { op: '>=', limit: range.min, warnLimit: range.min - band };
}

/** The seed's overall rule: any critical failure → failed; more than 5 warnings → warning; else passed. */
export function overallStatus(rows: readonly { row: TargetRow; outcome: TargetOutcome }[]): {
  status: 'passed' | 'warning' | 'failed';
  criticalFailures: number;
  warnings: number;
  passed: number;
  skipped: number;
} {
  let criticalFailures = 0;
  let warnings = 0;
  let passed = 0;
  let skipped = 0;
  for (const { row, outcome } of rows) {
    if (outcome.status === 'failed' && row.critical) criticalFailures++;
    // A non-critical failure counts toward the warnings, as the seed's count_warning_failures.
    else if (outcome.status === 'failed' || outcome.status === 'warning') warnings++;
    else if (outcome.status === 'passed') passed++;
    else skipped++;
  }
  const status = criticalFailures > 0 ? 'failed' : warnings > 5 ? 'warning' : 'passed';
  return { status, criticalFailures, warnings, passed, skipped };
}
