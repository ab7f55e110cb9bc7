/**
 * Which way is better for a metric, from its name and unit. Rules, first match wins:
 * 1. an explicit entry in {@link DIRECTION_OVERRIDES};
 * 2. names that speak of failure (`false_`, `error`, `fail`, `stale`, `drop`, `lost`, `spread`,
 *    `downtime`, `leak`, `growth`) → lower is better;
 * 3. `_ratio`, `_rps`, `_rate` of success-like things (`success`, `participation`, `throughput`,
 *    `accuracy`, `objective`) → higher is better; other `_ratio` / `_rps` → higher is better;
 * 4. time, size and cost units (`_ms`, `_us`, `_bytes`, `_rounds`, `_count`, `iterations`,
 *    `messages`, `_per_`) → lower is better;
 * 5. anything else → neutral (changes are reported as info, never as regressions).
 */

/** Better when lower, higher, or neither. */
export type Direction = 'lower' | 'higher' | 'neutral';

/** Metrics whose direction the rules would get wrong (inputs echoed back, sizes of answers). */
export const DIRECTION_OVERRIDES: Readonly<Record<string, Direction>> = {
  crashes_count: 'neutral',
  results_count: 'neutral',
  nodes_count: 'neutral',
  agents_count: 'neutral',
  requests_count: 'neutral',
  final_objective: 'higher',
  checks_count: 'neutral',
  anomalies_count: 'neutral',
  coordination_success_ratio: 'higher',
  // Quotients recorded with the unit `ratio` (see report/metricDisplay.ts), not success-like fractions.
  messages_per_probe: 'lower',
  adaptation_magnitude_ratio: 'neutral',
};

/** The direction of metric `name` (with optional unit). */
export function metricDirection(name: string, unit?: string): Direction {
  const base = name.replace(/\.(mean|p50|p90|p99|min|max|value|count|std)$/, '');
  const override = DIRECTION_OVERRIDES[base];
  if (override) return override;
  if (/(^|_)(false|error|errors|fail|failed|failures|stale|drop|drops|dropped|lost|loss|spread|downtime|leak|growth)(_|$)/.test(base)) return 'lower';
  if (/(success|participation|throughput|accuracy|objective|hit|efficiency)/.test(base)) return 'higher';
  if (/_(ratio|rps)$/.test(base) || unit === 'ratio' || unit === 'rps') return 'higher';
  if (/(_ms|_us|_bytes|_rounds|_count|iterations|messages|_per_)/.test(base)) return 'lower';
  if (unit && ['ms', 'us', 'bytes', 'rounds', 'count', 'iterations'].includes(unit)) return 'lower';
  return 'neutral';
}
