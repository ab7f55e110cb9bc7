/** A results file's metrics and invariants as table rows, shared by the text and Markdown views. */
import type { Metric } from '../scenarios/index.js';
import type { InvariantResult } from '../scenarios/index.js';
import { formatNumber } from './formatTable.js';
import { metricDisplay } from './report/metricDisplay.js';

/** Header plus one row per metric: name, unit, count, mean, p50, p90, p99, max (or value). */
export function metricRows(metrics: Record<string, Metric>): string[][] {
  const rows = [['metric', 'unit', 'count/value', 'mean', 'p50', 'p90', 'p99', 'max']];
  for (const [name, m] of Object.entries(metrics)) {
    if ('value' in m) rows.push([name, metricDisplay(name, m.unit), formatNumber(m.value), '', '', '', '', '']);
    else rows.push([name, metricDisplay(name, m.unit), String(m.count), ...[m.mean, m.p50, m.p90, m.p99, m.max].map(formatNumber)]);
  }
  return rows;
}

/** One line per invariant: `✓ name` or `✗ name (N violations: example)`. */
export function invariantLines(invariants: readonly InvariantResult[]): string[] {
  return invariants.map((inv) => {
    const mark = inv.holds ? 'holds' : inv.applicable === false ? 'violated (not promised under these faults)' : 'VIOLATED';
    const detail = inv.holds ? '' : ` — ${inv.violations} violation${inv.violations === 1 ? '' : 's'}${inv.example ? `, e.g. ${inv.example}` : ''}`;
    return `${inv.name}: ${mark}${detail}`;
  });
}

/** The applicable invariants that failed. */
export function failedInvariants(invariants: readonly InvariantResult[]): InvariantResult[] {
  return invariants.filter((inv) => !inv.holds && inv.applicable !== false);
}
