/**
 * The simplest rule that best separates the grid points where a claim holds from those where it
 * fails: a threshold on one axis (`x ≤ v`, `x ≥ v`, `x = v` for a categorical axis), a threshold on
 * the ratio of two comparable numeric axes (`x / y ≤ r`, e.g. a protocol period against a poll
 * interval), two thresholds that must both hold, or either of two. Rules are tried in that order
 * of simplicity and the first with the most points classified right wins, so the choice is
 * deterministic.
 */
import type { ClaimValue } from '../targets/ClaimSpec.js';
import { axisNumber, isNumericAxis } from './axisNumber.js';
import type { ClaimCell } from './ClaimMap.js';

/** One condition on the grid. `next` is the nearest value on the other side of the threshold. */
export type ClaimCondition =
  | { readonly kind: 'le' | 'ge'; readonly axis: number; readonly value: ClaimValue; readonly next: ClaimValue }
  | { readonly kind: 'eq'; readonly axis: number; readonly value: ClaimValue }
  | { readonly kind: 'ratio-le' | 'ratio-ge'; readonly axis: number; readonly over: number; readonly value: number; readonly next: number };

/** Conditions that together (`all`) or alone (`any`) predict "holds"; `agree` of `of` measured points are predicted right. */
export interface ClaimRule {
  readonly conditions: readonly ClaimCondition[];
  readonly join: 'all' | 'any';
  readonly agree: number;
  readonly of: number;
}

interface AxisLike {
  readonly param: string;
  readonly values: readonly ClaimValue[];
}

/** The rule, or null when the claim holds everywhere or nowhere among the measured points. */
export function findClaimRule(axes: readonly AxisLike[], cells: readonly ClaimCell[]): ClaimRule | null {
  const measured = cells.filter((c) => c.status !== 'error');
  const holds = measured.map((c) => c.status === 'passed');
  if (!holds.includes(true) || !holds.includes(false)) return null;
  const singles = axes.flatMap((axis, i) => singleConditions(axis, i));
  const ratios = ratioConditions(axes, measured);
  const pairs: ClaimCondition[][] = [];
  for (let a = 0; a < singles.length; a++) {
    for (let b = a + 1; b < singles.length; b++) if (singles[a]!.axis !== singles[b]!.axis) pairs.push([singles[a]!, singles[b]!]);
  }
  const candidates: [ClaimCondition[], 'all' | 'any'][] = [
    ...singles.map((c): [ClaimCondition[], 'all'] => [[c], 'all']),
    ...ratios.map((c): [ClaimCondition[], 'all'] => [[c], 'all']),
    ...pairs.map((p): [ClaimCondition[], 'all'] => [p, 'all']),
    ...pairs.map((p): [ClaimCondition[], 'any'] => [p, 'any']),
  ];
  let best: ClaimRule | null = null;
  for (const [conditions, join] of candidates) {
    let agree = 0;
    measured.forEach((cell, k) => {
      const predicted = join === 'all' ? conditions.every((c) => satisfies(c, cell.coords)) : conditions.some((c) => satisfies(c, cell.coords));
      if (predicted === holds[k]) agree++;
    });
    if (best === null || agree > best.agree) best = { conditions, join, agree, of: measured.length };
  }
  return best;
}

/** Whether `coords` meet the condition. */
export function satisfies(c: ClaimCondition, coords: readonly ClaimValue[]): boolean {
  switch (c.kind) {
    case 'eq':
      return coords[c.axis] === c.value;
    case 'le':
      return axisNumber(coords[c.axis]!) <= axisNumber(c.value);
    case 'ge':
      return axisNumber(coords[c.axis]!) >= axisNumber(c.value);
    case 'ratio-le':
      return ratio(coords, c.axis, c.over) <= c.value * (1 + 1e-9);
    case 'ratio-ge':
      return ratio(coords, c.axis, c.over) >= c.value * (1 - 1e-9);
  }
}

function singleConditions(axis: AxisLike, i: number): ClaimCondition[] {
  const vs = axis.values;
  if (vs.length < 2) return [];
  if (!isNumericAxis(vs)) return vs.map((value) => ({ kind: 'eq' as const, axis: i, value }));
  const sorted = [...vs].sort((a, b) => axisNumber(a) - axisNumber(b));
  const out: ClaimCondition[] = [];
  for (let k = 0; k + 1 < sorted.length; k++) out.push({ kind: 'le', axis: i, value: sorted[k]!, next: sorted[k + 1]! });
  for (let k = 1; k < sorted.length; k++) out.push({ kind: 'ge', axis: i, value: sorted[k]!, next: sorted[k - 1]! });
  return out;
}

/** Axes are comparable when both are numeric and their parameters share a unit suffix (`_ms`). */
function ratioConditions(axes: readonly AxisLike[], cells: readonly ClaimCell[]): ClaimCondition[] {
  const out: ClaimCondition[] = [];
  const suffix = (p: string): string => p.slice(p.lastIndexOf('_') + 1);
  for (let i = 0; i < axes.length; i++) {
    for (let j = 0; j < axes.length; j++) {
      const a = axes[i]!;
      const b = axes[j]!;
      if (i === j || !isNumericAxis(a.values) || !isNumericAxis(b.values) || !a.param.includes('_') || suffix(a.param) !== suffix(b.param)) continue;
      if (a.values.length < 2 || b.values.length < 2 || a.values.some((v) => axisNumber(v) <= 0) || b.values.some((v) => axisNumber(v) <= 0)) continue;
      // Only i < j for "≤" and "≥" both: x/y ≥ r is the same rule as y/x ≤ 1/r.
      if (i > j) continue;
      const rs = [...new Set(cells.map((c) => ratio(c.coords, i, j)))].sort((x, y) => x - y);
      for (let k = 0; k + 1 < rs.length; k++) out.push({ kind: 'ratio-le', axis: i, over: j, value: rs[k]!, next: rs[k + 1]! });
      for (let k = 1; k < rs.length; k++) out.push({ kind: 'ratio-ge', axis: i, over: j, value: rs[k]!, next: rs[k - 1]! });
    }
  }
  return out;
}

function ratio(coords: readonly ClaimValue[], i: number, j: number): number {
  return axisNumber(coords[i]!) / axisNumber(coords[j]!);
}
