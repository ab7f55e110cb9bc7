/**
 * Trend detection over a history of runs (oldest first, each a set of results across seeds):
 * per metric statistic, the per-run mean across seeds forms a series tested with Mann-Kendall
 * (≥ 10 runs). The drift is Sen's slope × (runs − 1) relative to the series' median.
 * Severity: **warning** — a significant worsening trend drifting by ≥ the critical threshold
 * (default 10%); **info** — any other significant trend with drift ≥ the warning threshold
 * (default 5%). A trend is never critical: it calls for a look, it does not gate a merge.
 */
import { median } from 'simple-statistics';
import type { RunResult } from '../../scenarios/index.js';
import type { Severity } from '../monitor/alertRule.js';
import { mannKendall, metricDirection, type Direction } from '../stats/index.js';
import { groupResults } from './compareResults.js';

/** One detected (or absent) trend. */
export interface TrendFinding {
  readonly group: string;
  readonly metric: string;
  readonly direction: Direction;
  readonly series: readonly number[];
  readonly p: number;
  readonly slope: number;
  readonly drift: number | null;
  readonly trend: 'increasing' | 'decreasing' | 'none';
  readonly worsening: boolean;
  readonly severity: Severity | null;
}

/** Detects trends in `history` (oldest run set first). */
export function detectTrends(history: readonly (readonly RunResult[])[], options: { warning?: number; critical?: number; alpha?: number; minRuns?: number } = {}): TrendFinding[] {
  const warn = options.warning ?? 0.05;
  const crit = options.critical ?? 0.1;
  const series = new Map<string, { group: string; metric: string; unit: string; values: number[] }>();
  const labels = groupLabels(history);
  for (const runs of history) {
    for (const [group, rs] of groupResults(runs)) {
      const first = rs[0]!;
      for (const [name, m] of Object.entries(first.metrics)) {
        const stat = 'value' in m ? name : `${name}.mean`;
        const vals = rs.map((r) => r.metrics[name]).map((x) => (x === undefined ? null : 'value' in x ? x.value : x.mean)).filter((v): v is number => typeof v === 'number');
        if (vals.length === 0) continue;
        const key = `${group}\u0000${stat}`;
        const s = series.get(key) ?? { group: labels.get(group) ?? first.scenario, metric: stat, unit: m.unit, values: [] };
        s.values.push(vals.reduce((a, b) => a + b, 0) / vals.length);
        series.set(key, s);
      }
    }
  }
  const out: TrendFinding[] = [];
  for (const s of series.values()) {
    const mk = mannKendall(s.values, options.alpha ?? 0.05, options.minRuns ?? 10);
    if (!mk.ok) continue;
    const direction = metricDirection(s.metric, s.unit);
    const mid = median(s.values);
    const drift = mid === 0 ? null : (mk.slope * (s.values.length - 1)) / Math.abs(mid);
    const worsening = mk.direction !== 'none' && direction !== 'neutral' && (direction === 'lower' ? mk.direction === 'increasing' : mk.direction === 'decreasing');
    const size = drift === null ? Infinity : Math.abs(drift);
    const severity: Severity | null = mk.direction === 'none' ? null : worsening && size >= crit ? 'warning' : size >= warn ? 'info' : null;
    out.push({ group: s.group, metric: s.metric, direction, series: s.values, p: mk.p, slope: mk.slope, drift, trend: mk.direction, worsening, severity });
  }
  return out;
}

/**
 * How many runs (history entries) each scenario and parameter set appears in, by its label: a
 * group with fewer than the minimum gets no trend verdict, so the caller should say so.
 */
export function historyRuns(history: readonly (readonly RunResult[])[]): Map<string, number> {
  const labels = groupLabels(history);
  const out = new Map<string, number>();
  for (const runs of history) for (const group of groupResults(runs).keys()) out.set(labels.get(group)!, (out.get(labels.get(group)!) ?? 0) + 1);
  return out;
}

/** A label per group: the scenario name, with its parameters when the scenario has several sets. */
function groupLabels(history: readonly (readonly RunResult[])[]): Map<string, string> {
  const scenarioOf = new Map<string, string>();
  for (const runs of history) for (const [group, rs] of groupResults(runs)) scenarioOf.set(group, rs[0]!.scenario);
  const perScenario = new Map<string, number>();
  for (const scenario of scenarioOf.values()) perScenario.set(scenario, (perScenario.get(scenario) ?? 0) + 1);
  const out = new Map<string, string>();
  for (const [group, scenario] of scenarioOf) out.set(group, perScenario.get(scenario)! > 1 ? `${scenario} ${group.slice(scenario.length + 1, scenario.length + 61)}` : scenario);
  return out;
}
