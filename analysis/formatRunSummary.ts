/** The readable summary `agentsim run` prints. */
import type { RunResult } from '../scenarios/index.js';
import { textTable } from './formatTable.js';
import { invariantLines, metricRows } from './metricRows.js';

/**
 * Formats a run's result for a terminal. `params` is what to show of the parameters (default: all
 * of them; the CLI passes the trace header's, which leaves out quiet ones at their defaults).
 */
export function formatRunSummary(result: RunResult, params: Readonly<Record<string, unknown>> = result.params): string {
  const shown = Object.entries(params)
    .map(([k, v]) => `${k}=${String(v)}`)
    .join(' ');
  const wall = result.wallMs === undefined ? '' : `, ${(result.wallMs / 1000).toFixed(2)} s wall`;
  const lines = [
    `${result.scenario} — seed ${result.seed}, ${result.virtualTimeMs} ms virtual, ${result.events} events${wall}`,
    `params: ${shown}`,
    `faults: ${result.faults.length} injected`,
    `traceHash: ${result.traceHash}`,
    '',
    textTable(metricRows(result.metrics)),
  ];
  if (result.invariants.length > 0) lines.push('', ...invariantLines(result.invariants));
  return `${lines.join('\n')}\n`;
}
