/** The configuration closest to the validated one (in grid steps) at which a claim holds. */
import type { ClaimValue } from '../targets/ClaimSpec.js';
import { axisPosition } from './axisNumber.js';
import type { ClaimCell, NearestHolding } from './ClaimMap.js';

/**
 * The holding cell with the fewest grid steps from the axes' base values (an unlisted
 * categorical base is one step from every value); ties go to the earlier cell in grid order.
 * Null when the claim holds nowhere.
 */
export function nearestHolding(axes: readonly { readonly values: readonly ClaimValue[]; readonly base: ClaimValue }[], cells: readonly ClaimCell[]): NearestHolding | null {
  let best: NearestHolding | null = null;
  for (const cell of cells) {
    if (cell.status !== 'passed' || cell.value === null) continue;
    let steps = 0;
    axes.forEach((axis, i) => {
      const at = axisPosition(axis.values, axis.base);
      const mine = axis.values.indexOf(cell.coords[i]!);
      steps += at === null ? (cell.coords[i] === axis.base ? 0 : 1) : Math.abs(mine - at);
    });
    steps = Math.round(steps * 1000) / 1000;
    if (best === null || steps < best.steps) best = { coords: cell.coords, value: cell.value, steps };
  }
  return best;
}
