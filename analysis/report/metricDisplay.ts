/**
 * How each metric is shown, declared once. Scenarios give a metric a unit when they record it;
 * `ratio` there covers two different things — a fraction of 1 (a success rate, shown as a
 * percentage) and a quotient that may exceed 1 (messages per probe, one strategy's speed over
 * another's). Every report formats a metric through {@link metricDisplay}, so a quotient such as
 * `messages_per_probe` = 2.054 shows as `2.054`, never as `205.4%`.
 *
 * A `ratio` metric not declared here is shown as a plain number: a fraction shown plainly is
 * still right, a quotient shown as a percentage is wrong. Declare new `_ratio` metrics below (a
 * test scans the scenarios for undeclared ones).
 */

/** The ways a value is shown. */
export type Display = 'fraction' | 'ratio' | 'x' | 'count' | 'ms' | 'bytes';

/** `ratio`-unit metrics that are fractions of 1 (shown as percentages). */
const FRACTIONS: readonly RegExp[] = [
  /(^|_)success_ratio$/,
  /^(converged|discovered|participation|aggregated|utilisation|topology_accuracy|detection_accuracy)_ratio$/,
  /converged_ratio$/,
  /^utilisation_spread$/,
  /^false_positive_rate$/,
  /^cpu_.*_ratio$/,
  /_utilisation_ratio$/,
  /_efficiency_ratio$/,
];

/** `ratio`-unit metrics that are quotients, not fractions. */
const QUOTIENTS: readonly [RegExp, Display][] = [
  [/^messages_per_probe$/, 'ratio'],
  [/^adaptation_magnitude_ratio$/, 'ratio'],
  [/^(speed|quality|iterations)_vs_.+_ratio$/, 'x'],
];

/** Whether a `ratio`-unit metric has a declared display. */
export function isDeclaredRatio(name: string): boolean {
  return FRACTIONS.some((r) => r.test(name)) || QUOTIENTS.some(([r]) => r.test(name));
}

/** How metric `name` recorded with `unit` is shown: its declared display, else its unit. */
export function metricDisplay(name: string, unit: string): string {
  if (unit !== 'ratio') return unit;
  if (FRACTIONS.some((r) => r.test(name))) return 'fraction';
  return QUOTIENTS.find(([r]) => r.test(name))?.[1] ?? 'ratio';
}
