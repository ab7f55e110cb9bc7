/**
 * Alert rules of the monitor: `QUANTITY[.STAT] OP THRESHOLD[:SEVERITY]`, e.g.
 * `detection_ms.max>5000:critical`, `drop.rate>50`, `in_flight.mean>=200:warning`.
 * QUANTITY is a metric name (its samples in the interval), an event kind (`send`, `deliver`,
 * `drop`, `fault`, `state`, `timer`, `signal`) or `in_flight` (messages sent and not yet
 * delivered or dropped, a gauge). STAT: `count`, `rate` (per virtual second), `mean`, `max`,
 * `min`; default `mean` for metrics and `in_flight`, `count` for event kinds.
 */
import { UsageError } from '../../engine/index.js';

/** Severity of an alert or regression. */
export type Severity = 'critical' | 'warning' | 'info';

/** One parsed rule. */
export interface AlertRule {
  readonly text: string;
  readonly quantity: string;
  readonly stat: 'count' | 'rate' | 'mean' | 'max' | 'min';
  readonly op: '>' | '>=' | '<' | '<=';
  readonly threshold: number;
  readonly severity: Severity;
}

/** The event kinds a rule may name. */
export const EVENT_KINDS = ['send', 'deliver', 'drop', 'fault', 'state', 'timer', 'signal'] as const;

const RULE = /^([a-z][a-z0-9_]*)(?:\.(count|rate|mean|max|min))?\s*(>=|<=|>|<)\s*(-?[0-9.]+(?:e-?[0-9]+)?)(?::(critical|warning|info))?$/i;

/** Parses one rule. @throws UsageError naming the rule and the grammar */
export function parseAlertRule(text: string): AlertRule {
  const m = RULE.exec(text.trim());
  const threshold = Number(m?.[4]);
  if (!m || !Number.isFinite(threshold)) {
    throw new UsageError(`--alert ${text}: expected QUANTITY[.count|.rate|.mean|.max|.min] (>|>=|<|<=) NUMBER[:critical|warning|info]`);
  }
  const quantity = m[1]!;
  const isKind = (EVENT_KINDS as readonly string[]).includes(quantity);
  const stat = (m[2]?.toLowerCase() ?? (isKind ? 'count' : 'mean')) as AlertRule['stat'];
  return { text: text.trim(), quantity, stat, op: m[3] as AlertRule['op'], threshold, severity: (m[5]?.toLowerCase() ?? 'warning') as Severity };
}

/** Whether `value` crosses the rule's threshold. */
export function ruleFires(rule: AlertRule, value: number): boolean {
  switch (rule.op) {
    case '>':
      return value > rule.threshold;
    case '>=':
      return value >= rule.threshold;
    case '<':
      return value < rule.threshold;
    case '<=':
      return value <= rule.threshold;
  }
}

/**
 * Checks that every rule names something the run has: an event kind, `in_flight`, or one of
 * `metrics` (the run's metric names). Called after the run and before anything is written.
 * @throws UsageError naming the rule and what the scenario does have
 */
export function checkAlertQuantities(rules: readonly AlertRule[], scenario: string, metrics: readonly string[]): void {
  for (const rule of rules) {
    if (rule.quantity === 'in_flight' || (EVENT_KINDS as readonly string[]).includes(rule.quantity) || metrics.includes(rule.quantity)) continue;
    const known = [...metrics, 'in_flight', ...EVENT_KINDS].join(', ');
    throw new UsageError(`--alert ${rule.text}: ${scenario} has no metric or quantity "${rule.quantity}" (known: ${known.length > 200 ? `${known.slice(0, 197)}...` : known})`);
  }
}
