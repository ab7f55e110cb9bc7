/** Human-readable values with units for reports, by display (see `metricDisplay`). */
import { formatNumber } from '../formatTable.js';
import { metricDisplay } from './metricDisplay.js';

/**
 * `12.3 ms`, `4.1 KB`, `99.2%` (a `fraction`), `2.054` (a `ratio`: a quotient, never a
 * percentage), `3.4x` (an improvement factor), `20 iterations`.
 */
export function formatValue(v: number | null | undefined, display: string): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return '—';
  switch (display) {
    case 'ms':
      return Math.abs(v) >= 10_000 ? `${formatNumber(v / 1000)} s` : `${formatNumber(v)} ms`;
    case 'bytes':
      return Math.abs(v) >= 1e6 ? `${formatNumber(v / 1e6)} MB` : Math.abs(v) >= 1e3 ? `${formatNumber(v / 1e3)} KB` : `${formatNumber(v)} B`;
    case 'fraction':
      return `${formatNumber(v * 100)}%`;
    case 'ratio':
    case 'count':
      return formatNumber(v);
    case 'x':
      return `${formatNumber(v)}x`;
    default:
      return `${formatNumber(v)} ${display}`.trim();
  }
}

/** A metric's value, formatted by the metric's declared display. */
export function formatMetric(name: string, unit: string, v: number | null | undefined): string {
  return formatValue(v, metricDisplay(name, unit));
}
