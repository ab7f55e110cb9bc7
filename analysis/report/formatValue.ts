/** Human-readable values with units for reports. */
import { formatNumber } from '../formatTable.js';

/** `12.3 ms`, `4.1 KB`, `99.2%`, `3.4x`. */
export function formatValue(v: number | null | undefined, unit: string): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return '—';
  switch (unit) {
    case 'ms':
      return Math.abs(v) >= 10_000 ? `${formatNumber(v / 1000)} s` : `${formatNumber(v)} ms`;
    case 'bytes':
      return Math.abs(v) >= 1e6 ? `${formatNumber(v / 1e6)} MB` : Math.abs(v) >= 1e3 ? `${formatNumber(v / 1e3)} KB` : `${formatNumber(v)} B`;
    case 'ratio':
      return `${formatNumber(v * 100)}%`;
    case 'x':
      return `${formatNumber(v)}x`;
    default:
      return `${formatNumber(v)} ${unit}`.trim();
  }
}
