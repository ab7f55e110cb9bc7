/** Reading an axis value as a number, so grids of distributions and numbers can be ordered and compared. */
import type { ClaimValue } from '../targets/ClaimSpec.js';

/** The value as a number: itself, or a distribution's mean (`exp:5` → 5, `uniform:1:3` → 2); NaN otherwise. */
export function axisNumber(v: ClaimValue): number {
  if (typeof v === 'number') return v;
  if (typeof v !== 'string') return Number.NaN;
  const [kind, a, b] = v.split(':');
  const x = Number(a);
  const y = Number(b);
  switch (kind) {
    case 'const':
    case 'exp':
    case 'normal':
      return x;
    case 'uniform':
      return (x + y) / 2;
    case 'lognormal':
      return Math.exp(x + (y * y) / 2);
    default:
      return v.trim() !== '' && Number.isFinite(Number(v)) ? Number(v) : Number.NaN;
  }
}

/** Whether every value of an axis reads as a number (then the axis is ordered by it). */
export function isNumericAxis(values: readonly ClaimValue[]): boolean {
  return values.every((v) => Number.isFinite(axisNumber(v)));
}

/**
 * Where `v` sits on an axis, in grid steps: its index when listed; for a numeric axis, between
 * its neighbours (interpolated on a log scale when all values are positive); half a step beyond
 * an end when outside; null for an unlisted categorical value.
 */
export function axisPosition(values: readonly ClaimValue[], v: ClaimValue): number | null {
  const i = values.indexOf(v);
  if (i >= 0) return i;
  if (!isNumericAxis(values) || !Number.isFinite(axisNumber(v))) return null;
  const xs = values.map(axisNumber);
  const x = axisNumber(v);
  const log = xs.every((n) => n > 0) && x > 0;
  const f = (n: number): number => (log ? Math.log(n) : n);
  if (x < xs[0]!) return -0.5;
  if (x > xs[xs.length - 1]!) return xs.length - 0.5;
  for (let k = 0; k + 1 < xs.length; k++) {
    if (x >= xs[k]! && x <= xs[k + 1]!) return k + (f(x) - f(xs[k]!)) / (f(xs[k + 1]!) - f(xs[k]!) || 1);
  }
  return null;
}
