/**
 * One seed's value of a target row: the metric's statistic; for an improvement row traditional ÷
 * agent-native; for a row relative to a reference configuration, this run ÷ the reference run.
 */
import type { RunResult } from '../../scenarios/index.js';
import type { TargetMeasure } from '../targets/TargetRow.js';
import { metricValue } from './metricValue.js';

/**
 * The row's value from the agent-native run and, for a row with `versus`, the traditional run:
 * undefined when a run does not report the metric, null when it had no samples (or the
 * agent-native value is 0, so no ratio exists). `reference` is the run of `measure.relativeTo`.
 */
export function rowValue(
  measure: TargetMeasure,
  native: Pick<RunResult, 'metrics'>,
  versus?: Pick<RunResult, 'metrics'>,
  reference?: Pick<RunResult, 'metrics'>,
): number | null | undefined {
  const mine = metricValue(native, measure.metric, measure.stat);
  if (mine !== undefined && reference !== undefined) {
    const base = metricValue(reference, measure.metric, measure.stat);
    return mine === null || base == null || base === 0 ? null : mine / base;
  }
  if (mine === undefined || measure.versus === undefined) return mine;
  if (versus === undefined) return null;
  const theirs = metricValue(versus, measure.metric, measure.stat);
  if (theirs === undefined) return undefined;
  return mine === null || theirs === null || mine === 0 ? null : theirs / mine;
}
