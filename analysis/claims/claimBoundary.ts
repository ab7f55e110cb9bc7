/**
 * The boundary table of a claim map: one row per setting of the other axes, showing along the
 * first axis each measured value and where the claim stops holding (`≤ 250, fails from 500`).
 */
import { formatValue } from '../report/formatValue.js';
import type { ClaimValue } from '../targets/ClaimSpec.js';
import { axisNumber, isNumericAxis } from './axisNumber.js';
import type { ClaimCell, ClaimMap } from './ClaimMap.js';
import { varyingAxes } from './claimSections.js';

const MARK: Record<ClaimCell['status'], string> = { passed: '✓', warning: '~', failed: '✗', error: '!' };

/** Header plus rows: the other varying axes' values, the first varying axis's values with results, and the edge. */
export function claimBoundary(map: Pick<ClaimMap, 'axes' | 'cells' | 'unit'>): string[][] {
  const [x, ...others] = varyingAxes(map);
  if (x === undefined) return [];
  const first = map.axes[x]!;
  const header = [...others.map((i) => map.axes[i]!.label), `${first.label}: value per point (✓ holds, ~ within 10%, ✗ fails)`, 'holds where'];
  const lines = new Map<string, ClaimCell[]>();
  for (const cell of map.cells) {
    const key = JSON.stringify(others.map((i) => cell.coords[i]));
    lines.set(key, [...(lines.get(key) ?? []), cell]);
  }
  const rows = [header];
  for (const cells of lines.values()) {
    const along = cells.map((c) => `${String(c.coords[x])}: ${c.status === 'error' ? `! ${c.reason ?? 'error'}` : `${formatValue(c.value, map.unit)} ${MARK[c.status]}`}`).join(' · ');
    rows.push([...others.map((i) => String(cells[0]!.coords[i])), along, edge(first.values, cells, x)]);
  }
  return rows;
}

/** Where along one line of the first axis the claim holds, in words. */
function edge(values: readonly ClaimValue[], cells: readonly ClaimCell[], x: number): string {
  const measured = cells.filter((c) => c.status !== 'error');
  const holding = measured.filter((c) => c.status === 'passed').map((c) => c.coords[x]!);
  if (measured.length === 0) return 'not measured';
  if (holding.length === 0) return 'nowhere';
  if (holding.length === measured.length) return 'everywhere';
  if (!isNumericAxis(values)) return holding.map(String).join(', ');
  const order = measured.map((c) => c.coords[x]!).sort((a, b) => axisNumber(a) - axisNumber(b));
  const held = order.map((v) => holding.includes(v));
  const k = held.indexOf(false);
  if (held.slice(0, k).every(Boolean) && held.slice(k).every((h) => !h)) return `≤ ${String(order[k - 1])} (fails from ${String(order[k])})`;
  const j = held.indexOf(true);
  if (held.slice(0, j).every((h) => !h) && held.slice(j).every(Boolean)) return `≥ ${String(order[j])} (fails at ${String(order[j - 1])})`;
  return `at ${holding.map(String).join(', ')}`;
}
