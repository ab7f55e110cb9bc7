/**
 * Regression detection between two sets of results (one value per seed and side). Per scenario
 * and parameter set, per metric statistic (a distribution's `mean` and `p99`, a scalar's
 * `value`):
 *
 * - change = (median current − median baseline) / |median baseline|, judged by the metric's
 *   direction (see `metricDirection`);
 * - significance: Mann-Whitney U (two-sided, p < alpha) when both sides have ≥ 4 seeds (with 3 or
 *   fewer no rank test can reach p < 0.05); with 2–3 seeds, the 95% Student-t intervals of the
 *   two means do not overlap; with a single run per side, any difference counts (runs are
 *   deterministic, so a difference is a real change of behaviour, but there is no noise estimate);
 * - severity: **critical** — worse, significant, and |change| ≥ critical threshold (default 10%);
 *   **warning** — worse and significant with |change| ≥ warning threshold (default 5%), or worse by
 *   ≥ the critical threshold but not significant; **info** — an improvement, a neutral metric's
 *   change, or a worsening that is not significant, each of ≥ the warning threshold.
 *   Anything smaller is `unchanged` (noise).
 *
 * A statistic the baseline has and the current runs lost — the metric is gone, or a
 * distribution's samples vanished (count 0, as when a detector never detects) — is a
 * **critical** regression (`method: 'vanished'`): a comparison never passes what it could not
 * compare.
 */
import { mean, median } from 'simple-statistics';
import type { RunResult } from '../../scenarios/index.js';
import type { Severity } from '../monitor/alertRule.js';
import { meanInterval, mannWhitney, metricDirection, type Direction } from '../stats/index.js';

/** Thresholds of {@link compareResults}. */
export interface CompareOptions {
  /** Relative change that makes a warning (default 0.05). */
  readonly warning?: number;
  /** Relative change that makes a critical regression (default 0.10). */
  readonly critical?: number;
  /** Significance level (default 0.05). */
  readonly alpha?: number;
}

/** The verdict on one metric statistic. */
export interface MetricComparison {
  readonly group: string;
  readonly metric: string;
  readonly direction: Direction;
  readonly baseline: readonly number[];
  readonly current: readonly number[];
  readonly change: number | null;
  readonly method: 'mann-whitney' | 'ci-overlap' | 'single-run' | 'vanished';
  readonly p: number | null;
  readonly significant: boolean;
  readonly verdict: 'regression' | 'improvement' | 'change' | 'unchanged';
  readonly severity: Severity | null;
}

/** All comparisons, and groups present on one side only. */
export interface Comparison {
  readonly schema: 'agentsim.comparison/1';
  readonly metrics: readonly MetricComparison[];
  readonly onlyInBaseline: readonly string[];
  readonly onlyInCurrent: readonly string[];
  readonly critical: number;
  readonly warning: number;
  readonly info: number;
}

/** Groups results by scenario and parameters (the seed varies within a group). */
export function groupResults(results: readonly RunResult[]): Map<string, RunResult[]> {
  const groups = new Map<string, RunResult[]>();
  for (const r of results) {
    const key = `${r.scenario} ${JSON.stringify(Object.entries(r.params).sort(([a], [b]) => (a < b ? -1 : 1)))}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  return groups;
}

/** Compares `current` against `baseline`. */
export function compareResults(baseline: readonly RunResult[], current: readonly RunResult[], options: CompareOptions = {}): Comparison {
  const warn = options.warning ?? 0.05;
  const crit = options.critical ?? 0.1;
  const alpha = options.alpha ?? 0.05;
  const base = groupResults(baseline);
  const cur = groupResults(current);
  const metrics: MetricComparison[] = [];
  for (const [key, bs] of base) {
    const cs = cur.get(key);
    if (cs === undefined) continue;
    const label = groupLabel(bs[0]!, key, base.size);
    for (const [metric, unit] of statNames(bs)) {
      const b = values(bs, metric);
      const c = values(cs, metric);
      if (b.length === 0) continue;
      const direction = metricDirection(metric, unit);
      if (c.length === 0) {
        metrics.push({ group: label, metric, direction, baseline: b, current: c, change: null, method: 'vanished', p: null, significant: true, verdict: 'regression', severity: 'critical' });
        continue;
      }
      metrics.push(judge(label, metric, direction, b, c, { warn, crit, alpha }));
    }
  }
  const count = (s: Severity): number => metrics.filter((m) => m.severity === s).length;
  return {
    schema: 'agentsim.comparison/1',
    metrics,
    onlyInBaseline: [...base.keys()].filter((k) => !cur.has(k)),
    onlyInCurrent: [...cur.keys()].filter((k) => !base.has(k)),
    critical: count('critical'),
    warning: count('warning'),
    info: count('info'),
  };
}

function groupLabel(r: RunResult, key: string, groups: number): string {
  return groups === 1 ? r.scenario : `${r.scenario} ${key.slice(r.scenario.length + 1, r.scenario.length + 61)}`;
}

/** `[name.stat, unit]` for each compared statistic of the results' metrics (their union, in first-seen order). */
function statNames(rs: readonly RunResult[]): [string, string][] {
  const out = new Map<string, string>();
  for (const r of rs) {
    for (const [name, m] of Object.entries(r.metrics)) {
      if ('value' in m) out.set(name, m.unit);
      else out.set(`${name}.mean`, m.unit).set(`${name}.p99`, m.unit);
    }
  }
  return [...out];
}

function values(rs: readonly RunResult[], stat: string): number[] {
  const [name, key] = stat.includes('.') ? (stat.split('.') as [string, string]) : [stat, 'value'];
  const out: number[] = [];
  for (const r of rs) {
    const m = r.metrics[name];
    if (m === undefined) continue;
    const v = 'value' in m ? m.value : (m as unknown as Record<string, number | null>)[key];
    if (typeof v === 'number' && Number.isFinite(v)) out.push(v);
  }
  return out;
}

function judge(group: string, metric: string, direction: Direction, b: number[], c: number[], t: { warn: number; crit: number; alpha: number }): MetricComparison {
  const mb = median(b);
  const mc = median(c);
  const change = mb === 0 ? (mc === 0 ? 0 : null) : (mc - mb) / Math.abs(mb);
  let method: MetricComparison['method'];
  let p: number | null = null;
  let significant: boolean;
  if (b.length >= 4 && c.length >= 4) {
    method = 'mann-whitney';
    const test = mannWhitney(b, c);
    p = test.ok ? test.p : 1;
    significant = p < t.alpha;
  } else if (b.length >= 2 && c.length >= 2) {
    method = 'ci-overlap';
    const ib = meanInterval(b)!;
    const ic = meanInterval(c)!;
    significant = ic.low > ib.high || ic.high < ib.low;
  } else {
    method = 'single-run';
    significant = mean(b) !== mean(c);
  }
  const size = change === null ? Infinity : Math.abs(change);
  const worse = direction !== 'neutral' && mc !== mb && (direction === 'lower' ? mc > mb : mc < mb);
  let verdict: MetricComparison['verdict'] = 'unchanged';
  let severity: Severity | null = null;
  if (size >= t.warn) {
    if (direction === 'neutral') {
      verdict = 'change';
      severity = 'info';
    } else if (!worse) {
      verdict = 'improvement';
      severity = 'info';
    } else {
      verdict = 'regression';
      severity = significant ? (size >= t.crit ? 'critical' : 'warning') : size >= t.crit ? 'warning' : 'info';
    }
  }
  return { group, metric, direction, baseline: b, current: c, change, method, p, significant, verdict, severity };
}
