/** Time-weighted averages of gauges (queue length, messages in flight) from change points. */

/** A gauge's value from time `t` (virtual ms) until the next point. */
export interface GaugePoint {
  readonly t: number;
  readonly v: number;
}

/**
 * The time-weighted average of a step function over [from, to]: each value weighs the time it
 * held. Points must be in time order; the value before the first point is `initial`.
 * Returns null for an empty window.
 */
export function timeWeightedAverage(points: readonly GaugePoint[], from: number, to: number, initial = 0): number | null {
  if (!(to > from)) return null;
  let area = 0;
  let value = initial;
  let last = from;
  for (const p of points) {
    if (p.t > to) break;
    if (p.t > last) {
      area += value * (p.t - last);
      last = p.t;
    }
    value = p.v;
  }
  area += value * (to - last);
  return area / (to - from);
}
