/**
 * A claim map as a Vega-Lite heat map: the first varying axis across, the second down, a third
 * and fourth as columns and rows of small multiples. Each cell is coloured by how far the
 * measured value is from the requirement (value ÷ requirement, or its inverse for lower-is-better
 * rows: above 1 the claim holds), labelled with the value (✓ where it holds); the validated
 * configuration is outlined.
 */
import type { TopLevelSpec } from 'vega-lite';
import { formatValue } from '../report/formatValue.js';
import type { Chart } from '../report/chartSpecs.js';
import type { ClaimMap } from './ClaimMap.js';
import { fixedText, varyingAxes } from './claimSections.js';

const STATUS: Record<string, string> = { passed: 'holds', warning: 'within 10%', failed: 'fails', error: 'not measured' };
const FIELDS = ['x', 'y', 'c', 'r'] as const;

/** The heat map of `map`. */
export function claimHeatmap(map: ClaimMap): Chart {
  const used = varyingAxes(map).slice(0, 4);
  const axis = (k: number) => (used[k] === undefined ? undefined : map.axes[used[k]!]);
  const isBase = (coords: readonly unknown[]): boolean => map.axes.every((a, i) => coords[i] === a.base);
  const rows = map.cells.map((c) => {
    const margin = c.value === null || c.value <= 0 ? null : map.requirement.op === '>=' ? c.value / map.requirement.limit : map.requirement.limit / c.value;
    const row: Record<string, string | number | boolean | null> = {
      y: '',
      margin: margin === null ? null : Math.min(100, Math.max(0.01, margin)),
      label: c.status === 'error' ? '!' : `${formatValue(c.value, map.unit)}${c.status === 'passed' ? ' ✓' : ''}`,
      value: c.status === 'error' ? (c.reason ?? 'error') : formatValue(c.value, map.unit),
      status: STATUS[c.status]!,
      base: isBase(c.coords),
    };
    used.forEach((i, k) => (row[FIELDS[k]!] = String(c.coords[i])));
    return row;
  });
  const order = (k: number): string[] => (axis(k)?.values ?? []).map(String);
  // A fixed span around 1 (at least 1/10 to 10x) so colours mean the same from map to map.
  const margins = rows.map((r) => r['margin']).filter((m): m is number => typeof m === 'number');
  const domain = [Math.min(0.1, ...margins), Math.max(10, ...margins)];
  const tooltip = [
    ...used.map((i, k) => ({ field: FIELDS[k]!, title: map.axes[i]!.label })),
    { field: 'value', title: map.unit === 'x' ? `${map.metric}: traditional ÷ agent-native` : map.metric },
    { field: 'status', title: `claim (${map.requirement.op === '>=' ? '≥' : '≤'} ${formatValue(map.requirement.limit, map.unit)})` },
  ];
  const x = { field: 'x', type: 'ordinal', sort: order(0), title: axis(0)!.label, axis: { labelAngle: 0 } };
  const y = { field: 'y', type: 'ordinal', sort: [...order(1)].reverse(), title: axis(1)?.label ?? null };
  const layer = {
    width: Math.max(140, 78 * order(0).length),
    height: Math.max(36, 32 * Math.max(1, order(1).length)),
    layer: [
      {
        mark: { type: 'rect' },
        encoding: {
          x,
          y,
          color: {
            field: 'margin',
            type: 'quantitative',
            title: map.requirement.op === '>=' ? ['value ÷ requirement', '(> 1: holds)'] : ['requirement ÷ value', '(> 1: holds)'],
            scale: { type: 'log', scheme: 'redyellowgreen', domain, domainMid: 1 },
            legend: { labelLimit: 0, titleLimit: 0 },
          },
          stroke: { condition: { test: 'datum.base', value: '#000' }, value: '#fff' },
          strokeWidth: { condition: { test: 'datum.base', value: 2.5 }, value: 1 },
          tooltip,
        },
      },
      { mark: { type: 'text', fontSize: 11 }, encoding: { x, y, text: { field: 'label' }, tooltip } },
    ],
  };
  const facet: Record<string, unknown> = {};
  if (axis(2)) facet['column'] = { field: 'c', type: 'ordinal', sort: order(2), title: axis(2)!.label };
  if (axis(3)) facet['row'] = { field: 'r', type: 'ordinal', sort: order(3), title: axis(3)!.label };
  const base = { $schema: 'https://vega.github.io/schema/vega-lite/v6.json', data: { values: rows } };
  const spec = (axis(2) ? { ...base, facet, spec: layer } : { ...base, ...layer }) as unknown as TopLevelSpec;
  const fixed = fixedText(map);
  const title = `${map.operation}: where the claim holds (${map.requirement.op === '>=' ? '≥' : '≤'} ${formatValue(map.requirement.limit, map.unit)}; outlined: the validated configuration${fixed ? `; ${fixed}` : ''})`;
  return { id: `claim-${map.id}`, title, spec };
}
