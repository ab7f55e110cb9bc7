/**
 * Schemas of the JSON files agentsim reads back (zod): results, sweep arguments, sweep summaries,
 * validation reports, comparisons, and `--config` parameter objects. They check what the readers
 * rely on and let other fields through; {@link checkJson} turns the first issue into a UsageError
 * naming the file and the field.
 */
import { z } from 'zod';
import { UsageError } from '../../engine/index.js';
import { brief } from './brief.js';

const count = z.number().int().nonnegative();
const stat = z.number().nullable();

const metricSchema = z.union([
  z.looseObject({ unit: z.string(), value: z.number() }),
  z.looseObject({ unit: z.string(), count, mean: stat, std: stat, min: stat, p50: stat, p90: stat, p99: stat, max: stat }),
]);

const invariantSchema = z.looseObject({ name: z.string(), holds: z.boolean(), violations: count, applicable: z.boolean().optional(), example: z.string().optional() });

/** One run's results (`agentsim.result/1`). */
export const resultSchema = z.looseObject({
  schema: z.literal('agentsim.result/1'),
  agentsim: z.string(),
  scenario: z.string().min(1),
  seed: count,
  params: z.record(z.string(), z.unknown()),
  virtualTimeMs: z.number().nonnegative(),
  events: count,
  traceHash: z.string(),
  metrics: z.record(z.string(), metricSchema),
  invariants: z.array(invariantSchema),
  faults: z.array(z.unknown()).optional(),
  bugs: z.array(z.string()).optional(),
});

const gridSchema = z.array(z.tuple([z.string().min(1), z.array(z.string())]));

/** A sweep directory's `sweep.json`. */
export const sweepArgsSchema = z.looseObject({
  schema: z.literal('agentsim.sweep-args/1'),
  agentsim: z.string(),
  scenario: z.string().min(1),
  seeds: z.array(count).min(1),
  grid: gridSchema,
  bugs: z.array(z.string()).optional(),
  shard: z.string().nullable().optional(),
});

const interval = z.looseObject({ n: count, mean: stat, std: stat, low: stat, high: stat });

/** A sweep's or merge's `summary.json` (`agentsim.sweep/1`); its runs are checked as results. */
export const sweepSummarySchema = z.looseObject({
  schema: z.literal('agentsim.sweep/1'),
  agentsim: z.string(),
  scenario: z.string(),
  seeds: z.array(count),
  grid: gridSchema,
  points: z.array(
    z.looseObject({
      point: count,
      params: z.record(z.string(), z.string()),
      runs: count,
      metrics: z.record(z.string(), z.record(z.string(), interval)),
      invariants: z.record(z.string(), z.looseObject({ runs: count, violated: count, violatedNotApplicable: count })),
    }),
  ),
  missing: z.array(z.looseObject({ point: count, seed: count })),
  runs: z.array(z.unknown()),
});

const severity = z.enum(['info', 'warning', 'critical']).nullable();

/** A comparison (`compare --json`, `agentsim.comparison/1`). */
export const comparisonSchema = z.looseObject({
  schema: z.literal('agentsim.comparison/1'),
  metrics: z.array(
    z.looseObject({
      group: z.string(),
      metric: z.string(),
      direction: z.string(),
      baseline: z.array(z.number()),
      current: z.array(z.number()),
      change: z.number().nullable(),
      method: z.string(),
      p: z.number().nullable(),
      significant: z.boolean(),
      verdict: z.string(),
      severity,
    }),
  ),
  onlyInBaseline: z.array(z.string()),
  onlyInCurrent: z.array(z.string()),
  critical: count,
  warning: count,
  info: count,
});

/** A validation report (`validate --json`, `agentsim.validation/1`). */
export const validationSchema = z.looseObject({
  schema: z.literal('agentsim.validation/1'),
  phase: z.string(),
  quick: z.boolean(),
  seeds: z.array(count),
  status: z.enum(['passed', 'warning', 'failed']),
  criticalFailures: count,
  warnings: count,
  passed: count,
  skipped: count,
  rows: z.array(
    z.looseObject({
      row: z.looseObject({ id: z.string(), table: z.string(), critical: z.boolean().optional() }),
      outcome: z.looseObject({ status: z.enum(['passed', 'warning', 'failed', 'skipped']) }),
      values: z.array(z.number().nullable()).optional(),
    }),
  ),
});

/** `--config params.json`: an object of parameter values (strings, numbers or booleans). */
export const configSchema = z.record(z.string(), z.union([z.string(), z.number(), z.boolean()]));

/**
 * Checks `value` against `schema`; the first issue becomes a UsageError
 * `WHERE: FIELD: problem`, where FIELD is the JSON path below `at` (e.g. `[3].metrics.x.mean`).
 */
export function checkJson<T>(schema: z.ZodType<T>, value: unknown, where: string, at = ''): T {
  const result = schema.safeParse(value);
  if (result.success) return value as T;
  const issue = result.error.issues[0]!;
  const field = at + issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${brief(String(p), 32)}`)).join('');
  throw new UsageError(`${where}: ${field.replace(/^\./, '') || '(top level)'}: ${describe(issue)}`);
}

function describe(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type') return `expected ${issue.expected}`;
  if (issue.code === 'invalid_union') return 'not a valid value of any accepted shape';
  if (issue.code === 'invalid_value') return `expected ${issue.values.map((v) => JSON.stringify(v)).join(' or ')}`;
  return issue.message;
}
