/**
 * Valid inputs for the hostile cases, made once by running a tiny scenario in-process: a trace,
 * a result, a sweep directory (arguments, one run file, summary), a comparison and a validation
 * report. Cases corrupt copies of these.
 */
import { compareResults, summarizeSweep } from '../../../analysis/index.js';
import { runScenario, getScenario } from '../../../scenarios/index.js';
import { sweepArgs } from '../../../cli/sweep/SweepDir.js';

const chunks: string[] = [];
const run = runScenario(getScenario('failure-detection'), { nodes: 3, crash: 1, duration_ms: 2000 }, 1, { sink: (c) => chunks.push(c) });

/** A complete, valid trace (header, events, footer). */
export const trace = chunks.join('');
/** Its lines, without the final empty one. */
export const traceLines = trace.split('\n').slice(0, -1);
/** The trace with line `i` (0 = header) replaced. */
export const traceWithLine = (i: number, line: string): string => traceLines.map((l, k) => (k === i ? line : l)).join('\n') + '\n';
/** The trace with lines `from..` removed. */
export const traceCut = (keep: number): string => traceLines.slice(0, keep).join('\n') + '\n';

/** One valid result, as JSON text. */
export const result = JSON.stringify(run, null, 2);
/** The result with `edit` applied to a copy of it. */
export const resultWith = (edit: (r: Record<string, unknown>) => void): string => {
  const copy = JSON.parse(result) as Record<string, unknown>;
  edit(copy);
  return JSON.stringify(copy);
};

const spec = { scenario: 'failure-detection', seeds: [1], grid: [['nodes', ['3']], ['crash', ['1']], ['duration_ms', ['2000']]] as [string, string[]][], bugs: [] };
/** A one-replicate sweep directory's `sweep.json`. */
export const sweepJson = JSON.stringify(sweepArgs(spec), null, 2);
/** Its summary. */
export const summaryJson = JSON.stringify(summarizeSweep({ ...spec, agentsim: run.agentsim }, [{ nodes: '3', crash: '1', duration_ms: '2000' }], [{ index: 0, point: 0, seed: 1 }], new Map([[0, run]])), null, 2);
/** The files of a complete one-replicate sweep in folder `at`. */
export const sweepDir = (at: string): Record<string, string> => ({ [`${at}/sweep.json`]: sweepJson, [`${at}/runs/p0-s1.json`]: result, [`${at}/summary.json`]: summaryJson });

/** A comparison of the result with itself. */
export const comparison = JSON.stringify(compareResults([run], [run]), null, 2);
/** A minimal validation report. */
export const validation = JSON.stringify({ schema: 'agentsim.validation/1', phase: '3', quick: true, seeds: [1], status: 'passed', criticalFailures: 0, warnings: 0, passed: 0, skipped: 0, rows: [] });
