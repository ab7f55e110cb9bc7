/** Reading one statistic of one metric out of a result. */
import type { RunResult } from '../../scenarios/index.js';

/** The statistics a metric can be read by. */
export type MetricStat = 'mean' | 'p50' | 'p90' | 'p99' | 'max' | 'min' | 'std' | 'count' | 'value';

/**
 * `stat` of metric `name` in `result`: undefined when the metric is absent, null when it has no
 * samples. `value` of a distribution reads its mean; any stat of a scalar reads its value.
 */
export function metricValue(result: Pick<RunResult, 'metrics'>, name: string, stat: MetricStat): number | null | undefined {
  const m = result.metrics[name];
  if (m === undefined) return undefined;
  if ('value' in m) return m.value;
  const key = stat === 'value' ? 'mean' : stat;
  return m[key] ?? null;
}
