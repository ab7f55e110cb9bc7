/**
 * Names, kinds and units of a scenario's metrics and invariants, learnt by running the small
 * variants of scenarioPages.ts and matched against metricMeanings.ts. Throws (a UsageError naming
 * the file to edit) when a measured metric has no meaning or a meaning matches no measured metric.
 */
import { UsageError } from '../../engine/index.js';
import { runScenario, type AnyScenario, type ProcessProbe } from '../../scenarios/index.js';
import type { MetricMeanings } from './metricMeanings.js';
import type { MetricVariant } from './scenarioPages.js';

/** One row of a metric table. */
export interface MetricRow {
  /** The metric name, or its `<placeholder>` template. */
  readonly name: string;
  readonly kinds: readonly string[];
  readonly units: readonly string[];
  /** Labels of the variants that reported it (all of them: reported always). */
  readonly variants: readonly string[];
  readonly meaning: string;
}

/** What the runs showed of a scenario. */
export interface MeasuredScenario {
  readonly variants: readonly string[];
  readonly metrics: readonly MetricRow[];
  readonly invariants: readonly { readonly name: string; readonly variants: readonly string[] }[];
}

/**
 * A probe that reads nothing: `resource-efficiency` reports its `process_*` metrics only when a
 * probe is present, and the docs need their names and units, never their values.
 */
const namesOnlyProbe: ProcessProbe = { gcAvailable: true, heapUsed: () => 0, cpuMs: () => 0 };

/** Runs every variant (seed 1) and joins the metrics seen with their meanings. */
export function measureMetrics(scenario: AnyScenario, variants: readonly MetricVariant[], meanings: MetricMeanings | undefined): MeasuredScenario {
  const where = `cli/docs/metricMeanings.ts (scenario ${scenario.name})`;
  if (meanings === undefined) throw new UsageError(`no metric meanings for scenario "${scenario.name}": add them to ${where}`);
  const templateOf = expandTemplates(meanings);
  const rows = new Map<string, { kinds: Set<string>; units: Set<string>; variants: Set<string> }>();
  const invariants = new Map<string, Set<string>>();
  for (const variant of variants) {
    const result = runScenario(scenario, variant.params, 1, { probe: namesOnlyProbe });
    for (const [name, metric] of Object.entries(result.metrics)) {
      const key = templateOf.get(name);
      if (key === undefined) throw new UsageError(`metric "${name}" of ${scenario.name} has no meaning: add it to ${where}`);
      let row = rows.get(key);
      if (row === undefined) rows.set(key, (row = { kinds: new Set(), units: new Set(), variants: new Set() }));
      row.kinds.add('value' in metric ? 'scalar' : 'distribution');
      row.units.add(metric.unit);
      row.variants.add(variant.label);
    }
    for (const inv of result.invariants) {
      let seen = invariants.get(inv.name);
      if (seen === undefined) invariants.set(inv.name, (seen = new Set()));
      seen.add(variant.label);
    }
  }
  for (const key of Object.keys(meanings.metrics)) {
    if (!rows.has(key)) throw new UsageError(`metric "${key}" of ${scenario.name} was not reported by any docs variant: remove it from ${where} or add a variant to cli/docs/scenarioPages.ts`);
  }
  return {
    variants: variants.map((v) => v.label),
    metrics: [...rows].map(([name, r]) => ({ name, kinds: [...r.kinds], units: [...r.units], variants: [...r.variants], meaning: meanings.metrics[name]! })),
    invariants: [...invariants].map(([name, v]) => ({ name, variants: [...v] })),
  };
}

/** Concrete metric name → the key of its meaning (itself, or the template it instantiates). */
function expandTemplates(meanings: MetricMeanings): Map<string, string> {
  const out = new Map<string, string>();
  for (const key of Object.keys(meanings.metrics)) {
    let names = [key];
    for (const [placeholder, values] of Object.entries(meanings.placeholders ?? {})) {
      names = names.flatMap((n) => (n.includes(`<${placeholder}>`) ? values.map((v) => n.replace(`<${placeholder}>`, v)) : [n]));
    }
    for (const name of names) out.set(name, key);
  }
  return out;
}
