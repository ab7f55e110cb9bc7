/**
 * The boundary table of a claim map: one row per setting of the other axes, showing along the
 * first axis each measured value and where the claim stops holding (`≤ 250, fails from 500`).
 */
import { formatValue } from '../report/formatValue.js';
import type { ClaimValue } from '../targets/ClaimSpec.js';
import { axisNumber, isNumericAxis } from './axisNumber.js';
import type { ClaimCell, ClaimMap } from './ClaimMap.js';

const MARK: Record<ClaimCell['status'], string> = { passed: '✓', warning: '~', failed: '✗', error: '!' };

/** Header plus rows: the other axes' values, the first axis's values with results, and the edge. */
export function claimBoundary(map: Pick<ClaimMap, 'axes' | 'cells' | 'unit'>): string[][] {
  const [first, ...others] = map.axes;
  if (first === undefined) return [];
  const header = [...others.map((a) => a.label), `${first.label}: value per point (✓ holds, ~ within 10%, ✗ fails)`, 'holds where'];
  const lines = new Map<string, ClaimCell[]>();
  for (const cell of map.cells) {
    const key = JSON.stringify(cell.coords.slice(1));
    lines.set(key, [...(lines.get(key) ?? []), cell]);
  }
  const rows = [header];
  for (const cells of lines.values()) {
    const along = cells.map((c) => `${String(c.coords[0])}: ${c.status === 'error' ? `! ${c.reason ?? 'error'}` : `${formatValue(c.value, map.unit)} ${MARK[c.status]}`}`).join(' · ');
    rows.push([...cells[0]!.coords.slice(1).map(String), along, edge(first.values, cells)]);
  }
  return rows;
}

/** Where along one line of the first axis the claim holds, in words. */
function edge(values: readonly ClaimValue[], cells: readonly ClaimCell[]): string {
  const measured = cells.filter((c) => c.status !== 'error');
  const holding = measured.filter((c) => c.status === 'passed').map((c) => c.coords[0]!);
  if (measured.length === 0) return 'not measured';
  if (holding.length === 0) return 'nowhere';
  if (holding.length === measured.length) return 'everywhere';
  if (!isNumericAxis(values)) return holding.map(String).join(', ');
  const order = measured.map((c) => c.coords[0]!).sort((a, b) => axisNumber(a) - axisNumber(b));
  const held = order.map((v) => holding.includes(v));
  const k = held.indexOf(false);
  if (held.slice(0, k).every(Boolean) && held.slice(k).every((h) => !h)) return `≤ ${String(order[k - 1])} (fails from ${String(order[k])})`;
  const j = held.indexOf(true);
  if (held.slice(0, j).every((h) => !h) && held.slice(j).every(Boolean)) return `≥ ${String(order[j])} (fails at ${String(order[j - 1])})`;
  return `at ${holding.map(String).join(', ')}`;
}
