/**
 * A claim map as a Vega-Lite heat map: the first axis across, the second down, a third and
 * fourth as columns and rows of small multiples. Each cell is coloured by how far the measured
 * value is from the requirement (value ÷ requirement, or its inverse for lower-is-better rows:
 * above 1 the claim holds), and labelled with the value (✓ where it holds).
 */
import type { TopLevelSpec } from 'vega-lite';
import { formatValue } from '../report/formatValue.js';
import type { Chart } from '../report/chartSpecs.js';
import type { ClaimMap } from './ClaimMap.js';

const STATUS: Record<string, string> = { passed: 'holds', warning: 'within 10%', failed: 'fails', error: 'not measured' };

/** The heat map of `map`. */
export function claimHeatmap(map: ClaimMap): Chart {
  const [ax, ay, ac, ar] = map.axes;
  const rows = map.cells.map((c) => {
    const margin = c.value === null || c.value <= 0 ? null : map.requirement.op === '>=' ? c.value / map.requirement.limit : map.requirement.limit / c.value;
    const row: Record<string, string | number | null> = {
      x: String(c.coords[0]),
      y: ay ? String(c.coords[1]) : '',
      margin: margin === null ? null : Math.min(100, Math.max(0.01, margin)),
      label: c.status === 'error' ? '!' : `${formatValue(c.value, map.unit)}${c.status === 'passed' ? ' ✓' : ''}`,
      value: formatValue(c.value, map.unit),
      status: STATUS[c.status]!,
    };
    if (ac) row['c'] = String(c.coords[2]);
    if (ar) row['r'] = String(c.coords[3]);
    return row;
  });
  const order = (i: number): string[] => (map.axes[i]?.values ?? []).map(String);
  const tooltip = [
    ...map.axes.map((a, i) => ({ field: ['x', 'y', 'c', 'r'][i]!, title: a.label })),
    { field: 'value', title: map.unit === 'x' ? `${map.metric}: traditional ÷ agent-native` : map.metric },
    { field: 'status', title: `claim (${map.requirement.op === '>=' ? '≥' : '≤'} ${formatValue(map.requirement.limit, map.unit)})` },
  ];
  const layer = {
    width: Math.max(120, 62 * order(0).length),
    height: Math.max(30, 26 * Math.max(1, order(1).length)),
    layer: [
      {
        mark: { type: 'rect', stroke: '#fff' },
        encoding: {
          x: { field: 'x', type: 'ordinal', sort: order(0), title: ax!.label, axis: { labelAngle: 0 } },
          y: { field: 'y', type: 'ordinal', sort: [...order(1)].reverse(), title: ay?.label ?? null },
          color: {
            field: 'margin',
            type: 'quantitative',
            title: map.requirement.op === '>=' ? 'value ÷ requirement' : 'requirement ÷ value',
            scale: { type: 'log', scheme: 'redyellowgreen', domainMid: 1 },
            legend: { labelLimit: 0, titleLimit: 0 },
          },
          tooltip,
        },
      },
      {
        mark: { type: 'text', fontSize: 10 },
        encoding: { x: { field: 'x', type: 'ordinal', sort: order(0) }, y: { field: 'y', type: 'ordinal', sort: [...order(1)].reverse() }, text: { field: 'label' }, tooltip },
      },
    ],
  };
  const facet: Record<string, unknown> = {};
  if (ac) facet['column'] = { field: 'c', type: 'ordinal', sort: order(2), title: ac.label };
  if (ar) facet['row'] = { field: 'r', type: 'ordinal', sort: order(3), title: ar.label };
  const base = { $schema: 'https://vega.github.io/schema/vega-lite/v6.json', data: { values: rows } };
  const spec = (ac ? { ...base, facet, spec: layer } : { ...base, ...layer }) as unknown as TopLevelSpec;
  return { id: `claim-${map.id}`, title: `${map.operation}: where the claim holds (${map.requirement.op === '>=' ? '≥' : '≤'} ${formatValue(map.requirement.limit, map.unit)})`, spec };
}
