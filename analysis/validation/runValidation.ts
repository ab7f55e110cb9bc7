/**
 * The validation pipeline (seed "Automated Performance Testing Pipeline"): run the scenario
 * behind every target row on several seeds, evaluate each row for the phase, and give the
 * overall status by the seed's rule. Rows whose scenario is not registered, whose metric the
 * scenario does not report, or whose parameters it does not accept are `skipped` with the reason,
 * so validation works while scenarios are still being added.
 */
import { AgentsimError } from '../../engine/index.js';
import type { AnyScenario, RunOptions, RunResult } from '../../scenarios/index.js';
import { recommend, type Recommendation } from '../recommend/recommend.js';
import { VALIDATION_PARAMS, type Phase, type TargetRow } from '../targets/TargetRow.js';
import { evaluateTarget, overallStatus, type TargetOutcome } from './evaluateTarget.js';
import { rowValue } from './rowValue.js';
import { RunCache } from './RunCache.js';

/** Options of {@link runValidation}. */
export interface ValidationOptions {
  readonly rows: readonly TargetRow[];
  readonly scenarios: ReadonlyMap<string, AnyScenario>;
  readonly phase: Phase;
  readonly quick: boolean;
  readonly seeds: readonly number[];
  /** Compute recommendations for failed and warning rows (default true). */
  readonly recommend?: boolean;
  readonly onRun?: (scenario: string, params: Record<string, unknown>, seed: number) => void;
  /** Options for every run, e.g. the CLI's process probe for the resource-efficiency rows. */
  readonly runOptions?: RunOptions;
}

/** One evaluated row. */
export interface ValidatedRow {
  readonly row: TargetRow;
  readonly outcome: TargetOutcome;
  /** Parameters the row ran with (quick overrides applied). */
  readonly params?: Record<string, unknown>;
  readonly values?: readonly (number | null)[];
  readonly recommendation?: Recommendation;
}

/** The whole validation. */
export interface ValidationReport {
  readonly schema: 'agentsim.validation/1';
  readonly phase: Phase;
  readonly quick: boolean;
  readonly seeds: readonly number[];
  readonly status: 'passed' | 'warning' | 'failed';
  readonly criticalFailures: number;
  readonly warnings: number;
  readonly passed: number;
  readonly skipped: number;
  readonly rows: readonly ValidatedRow[];
}

/** Runs the validation; returns the report and every run's result (for `compare`). */
export function runValidation(options: ValidationOptions): { report: ValidationReport; results: RunResult[] } {
  const cache = new RunCache(options.onRun, options.runOptions);
  const rows: ValidatedRow[] = options.rows.map((row) => validateRow(row, options, cache));
  const overall = overallStatus(rows);
  const report: ValidationReport = { schema: 'agentsim.validation/1', phase: options.phase, quick: options.quick, seeds: options.seeds, ...overall, rows };
  return { report, results: cache.results() };
}

function validateRow(row: TargetRow, options: ValidationOptions, cache: RunCache): ValidatedRow {
  const skipped = (reason: string): ValidatedRow => ({ row, outcome: { status: 'skipped', reason } });
  if (row.cells[options.phase] === undefined) return skipped(`no target for phase ${options.phase}`);
  if ('unmeasured' in row.measure) return skipped(`not measurable: ${row.measure.unmeasured}`);
  const measure = row.measure;
  const scenario = options.scenarios.get(measure.scenario);
  if (scenario === undefined) return skipped(`scenario not available (${measure.scenario})`);
  const params: Record<string, unknown> = { ...VALIDATION_PARAMS, ...measure.params, ...(options.quick ? measure.quick : {}) };
  const versus = measure.versus === undefined ? undefined : { ...params, ...measure.versus };
  const relative = measure.relativeTo === undefined ? undefined : { ...params, ...measure.relativeTo.params, ...(options.quick ? measure.relativeTo.quick : {}) };
  const values: (number | null)[] = [];
  try {
    for (const seed of options.seeds) {
      const reference = relative === undefined ? undefined : cache.run(scenario, relative, seed);
      const value = rowValue(measure, cache.run(scenario, params, seed), versus === undefined ? undefined : cache.run(scenario, versus, seed), reference);
      if (value === undefined) return skipped(`metric not reported (${measure.scenario} has no ${measure.metric})`);
      values.push(value);
    }
  } catch (err) {
    if (err instanceof AgentsimError) return skipped(`parameters not accepted: ${err.message}`);
    throw err;
  }
  const outcome = evaluateTarget(row, options.phase, values);
  if (outcome.status === 'skipped') return { row, outcome };
  const base: ValidatedRow = { row, outcome, params, values };
  if ((outcome.status === 'failed' || outcome.status === 'warning') && options.recommend !== false && versus === undefined && relative === undefined) {
    const recommendation = recommend({
      scenario,
      params,
      metric: measure.metric,
      stat: measure.stat,
      better: row.better,
      seeds: options.seeds.slice(0, options.quick ? 1 : 2),
      run: (s, p, seed) => cache.run(s, p, seed),
    });
    return { ...base, recommendation };
  }
  return base;
}
