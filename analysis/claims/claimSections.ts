/** A claim map's facts as lines and rows, shared by the text, Markdown and HTML renderers. */
import { formatValue } from '../report/formatValue.js';
import type { ClaimValue } from '../targets/ClaimSpec.js';
import type { ClaimMap } from './ClaimMap.js';

/** The indices of the axes with more than one value (all of them when none has). */
export function varyingAxes(map: Pick<ClaimMap, 'axes'>): number[] {
  const out = map.axes.flatMap((a, i) => (a.values.length > 1 ? [i] : []));
  return out.length > 0 ? out : map.axes.map((_, i) => i);
}

/** `probe_interval_ms (agent-native)=250, check_ms (traditional)=10000` (the varying axes only). */
export function configText(map: Pick<ClaimMap, 'axes'>, coords: readonly ClaimValue[]): string {
  return varyingAxes(map)
    .map((i) => `${map.axes[i]!.label}=${String(coords[i])}`)
    .join(', ');
}

/** The axes held at one value in this grid: `suspicion_mult (agent-native)=4, nodes=50`. */
export function fixedText(map: Pick<ClaimMap, 'axes'>): string {
  const varying = new Set(varyingAxes(map));
  return map.axes
    .filter((_, i) => !varying.has(i))
    .map((a) => `${a.label}=${String(a.values[0])}`)
    .join(', ');
}

/** The validated configuration and its value, or why it is not on the grid. */
export function baseLine(map: ClaimMap): string {
  const at = configText(map, map.axes.map((a) => a.base));
  if (map.base === null) return `validated configuration (${at}) is not on the grid`;
  const status = map.base.status === 'passed' ? 'holds' : map.base.status === 'error' ? `not measured (${map.base.reason ?? 'error'})` : map.base.status === 'warning' ? 'within 10%' : 'fails';
  return `at the validated configuration (${at}): ${formatValue(map.base.value, map.unit)}, ${status}`;
}

/** The nearest holding configuration, or that there is none. */
export function nearestLine(map: ClaimMap): string {
  if (map.nearest === null) return 'nearest configuration where it holds: none in the swept grid';
  const steps = map.nearest.steps === 0 ? 'the validated configuration itself' : `${map.nearest.steps} grid step${map.nearest.steps === 1 ? '' : 's'} away`;
  return `nearest configuration where it holds: ${configText(map, map.nearest.coords)} → ${formatValue(map.nearest.value, map.unit)} (${steps})`;
}

/** What was swept, and against what. */
export function scopeLine(map: ClaimMap): string {
  const req = `${map.requirement.op === '>=' ? '≥' : '≤'} ${formatValue(map.requirement.limit, map.unit)} (seed: "${map.requirement.cell}", phase ${map.phase})`;
  const what = map.unit === 'x' ? `traditional ÷ agent-native ${map.metric}` : map.metric;
  const fixed = fixedText(map);
  return `${map.scenario}: ${what} against ${req}; ${map.cells.length} configurations × seeds ${map.seeds.join(',')}${map.quick ? ' (quick grid)' : ''}${fixed ? `; held at ${fixed}` : ''}`;
}

/** One summary row per map: claim, holds count, validated value, nearest holding configuration. */
export function claimSummaryRows(maps: readonly ClaimMap[]): string[][] {
  const rows = [['claim', 'holds in', 'at validated configuration', 'nearest configuration where it holds']];
  for (const m of maps) {
    rows.push([
      m.id,
      `${m.holds} of ${m.measured}`,
      m.base === null ? 'off grid' : `${formatValue(m.base.value, m.unit)}${m.base.status === 'passed' ? ' ✓' : ''}`,
      m.nearest === null ? 'none in the grid' : `${configText(m, m.nearest.coords)} → ${formatValue(m.nearest.value, m.unit)}`,
    ]);
  }
  return rows;
}
