/**
 * The report's charts as Vega-Lite specs, built from results: latency CDFs, a metric against
 * scale, detection-time histograms, convergence (value over virtual time) curves and a timeline
 * of faults and alerts. Each builder returns null when the results hold nothing to draw.
 */
import type { TopLevelSpec } from 'vega-lite';
import type { RunResult } from '../../scenarios/index.js';
import type { MonitorReport } from '../monitor/createMonitor.js';
import type { RunSeries } from '../monitor/collectSeries.js';
import { meanInterval } from '../stats/meanInterval.js';

/** A titled chart. */
export interface Chart {
  readonly id: string;
  readonly title: string;
  readonly spec: TopLevelSpec;
}

const WIDTH = 560;
const HEIGHT = 240;
const SCALE_PARAMS = ['agents', 'nodes', 'variables', 'participants', 'members'];
/** Legends below the plot, labels never cut: a series name is the only thing telling lines apart. */
const LEGEND = { orient: 'bottom', columns: 2, labelLimit: 0, titleLimit: 0, symbolLimit: 0 } as const;

const label = (r: RunResult): string => `${r.scenario} #${r.seed}`;
const seriesOf = (r: RunResult): RunSeries | undefined => r.series as RunSeries | undefined;
const monitorOf = (r: RunResult): MonitorReport | undefined => r.monitor as MonitorReport | undefined;

/** Every chart the results support. */
export function chartSpecs(results: readonly RunResult[]): Chart[] {
  return [latencyCdf(results), metricVsScale(results), detectionHistogram(results), convergence(results), faultTimeline(results)].filter((c): c is Chart => c !== null);
}

/** Empirical CDFs of the `ms` distributions: from raw samples when collected, else from the summary quantiles. */
export function latencyCdf(results: readonly RunResult[]): Chart | null {
  const rows: { series: string; ms: number; p: number }[] = [];
  for (const r of results.slice(0, 6)) {
    for (const [name, m] of Object.entries(r.metrics)) {
      if ('value' in m || m.unit !== 'ms' || m.count === 0) continue;
      const series = `${name} (${label(r)})`;
      const raw = seriesOf(r)?.metrics[name]?.v;
      if (raw && raw.length > 1) {
        const sorted = [...raw].sort((a, b) => a - b);
        const step = Math.max(1, Math.floor(sorted.length / 400));
        for (let i = 0; i < sorted.length; i += step) rows.push({ series, ms: sorted[i]!, p: (i + 1) / sorted.length });
        rows.push({ series, ms: sorted[sorted.length - 1]!, p: 1 });
      } else {
        for (const [q, v] of [[0, m.min], [0.5, m.p50], [0.9, m.p90], [0.99, m.p99], [1, m.max]] as const) if (v !== null) rows.push({ series, ms: v, p: q });
      }
    }
  }
  if (rows.length === 0) return null;
  return {
    id: 'latency-cdf',
    title: 'Latency distributions (CDF)',
    spec: {
      $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
      width: WIDTH,
      height: HEIGHT,
      data: { values: rows },
      mark: { type: 'line', interpolate: 'step-after' },
      encoding: {
        x: { field: 'ms', type: 'quantitative', title: 'virtual ms' },
        y: { field: 'p', type: 'quantitative', title: 'fraction ≤ x', scale: { domain: [0, 1] } },
        color: { field: 'series', type: 'nominal', title: null, legend: LEGEND },
      },
    },
  };
}

/** Mean of each `ms` distribution against the parameter that varies across runs of one scenario. */
export function metricVsScale(results: readonly RunResult[]): Chart | null {
  const points = new Map<string, { metric: string; scale: number; values: number[] }>();
  let axis = '';
  for (const scenario of new Set(results.map((r) => r.scenario))) {
    const runs = results.filter((r) => r.scenario === scenario);
    const param = SCALE_PARAMS.find((p) => new Set(runs.map((r) => r.params[p])).size > 1);
    if (param === undefined) continue;
    axis ||= param;
    for (const r of runs) {
      for (const [name, m] of Object.entries(r.metrics)) {
        if ('value' in m || m.mean === null) continue;
        const key = `${scenario}: ${name}\u0000${String(r.params[param])}`;
        const point = points.get(key) ?? { metric: `${scenario}: ${name}`, scale: Number(r.params[param]), values: [] };
        point.values.push(m.mean);
        points.set(key, point);
      }
    }
  }
  // The interval is computed here (Student t), not by vega's bootstrap, so the SVG is reproducible.
  const rows = [...points.values()].map((p) => {
    const ci = meanInterval(p.values)!;
    return { metric: p.metric, scale: p.scale, mean: ci.mean, low: ci.low, high: ci.high };
  });
  if (rows.length === 0) return null;
  return {
    id: 'metric-vs-scale',
    title: `Metrics against scale (${axis}; mean across seeds with 95% CI)`,
    spec: {
      $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
      width: WIDTH,
      height: HEIGHT,
      data: { values: rows },
      encoding: { x: { field: 'scale', type: 'quantitative', title: axis, scale: { type: 'log' } }, color: { field: 'metric', type: 'nominal', title: null, legend: LEGEND } },
      layer: [
        { mark: { type: 'area', opacity: 0.25 }, encoding: { y: { field: 'low', type: 'quantitative', title: 'mean' }, y2: { field: 'high' } } },
        { mark: { type: 'line', point: true }, encoding: { y: { field: 'mean', type: 'quantitative' } } },
      ],
    },
  };
}

/** Histogram of detection / suspicion times from raw samples. */
export function detectionHistogram(results: readonly RunResult[]): Chart | null {
  const rows: { metric: string; ms: number }[] = [];
  for (const r of results) {
    for (const [name, s] of Object.entries(seriesOf(r)?.metrics ?? {})) {
      if (/detection|suspicion/.test(name)) for (const v of s.v) rows.push({ metric: name, ms: v });
    }
  }
  if (rows.length === 0) return null;
  return {
    id: 'detection-histogram',
    title: 'Detection times',
    spec: {
      $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
      width: WIDTH,
      height: HEIGHT,
      data: { values: rows },
      mark: { type: 'bar', opacity: 0.7 },
      encoding: {
        x: { field: 'ms', type: 'quantitative', bin: { maxbins: 40 }, title: 'virtual ms' },
        y: { aggregate: 'count', type: 'quantitative', title: 'detections' },
        color: { field: 'metric', type: 'nominal', title: null, legend: LEGEND },
      },
    },
  };
}

/** Values over virtual time: numeric signals (e.g. an objective), else metric samples, plus the monitor's in-flight gauge. */
export function convergence(results: readonly RunResult[]): Chart | null {
  const rows: { series: string; t: number; v: number }[] = [];
  for (const r of results.slice(0, 6)) {
    const series = seriesOf(r);
    const named = Object.entries(series?.signals ?? {});
    const chosen = named.length > 0 ? named : Object.entries(series?.metrics ?? {}).slice(0, 3);
    for (const [name, s] of chosen.slice(0, 4)) s.t.forEach((t, i) => rows.push({ series: `${name} (${label(r)})`, t, v: s.v[i]! }));
    for (const sample of monitorOf(r)?.samples ?? []) rows.push({ series: `in flight, mean (${label(r)})`, t: sample.t, v: sample.inFlight.mean });
  }
  if (rows.length === 0) return null;
  return {
    id: 'convergence',
    title: 'Convergence and gauges over virtual time',
    spec: {
      $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
      width: WIDTH,
      height: HEIGHT,
      data: { values: rows },
      mark: { type: 'line', point: rows.length < 200 },
      encoding: {
        x: { field: 't', type: 'quantitative', title: 'virtual ms' },
        y: { field: 'v', type: 'quantitative', title: 'value' },
        color: { field: 'series', type: 'nominal', title: null, legend: LEGEND },
      },
    },
  };
}

/** Faults (and monitor alerts) on a virtual-time axis, each mark labelled with its kind and targets (tooltip, text and a legend by kind). */
export function faultTimeline(results: readonly RunResult[]): Chart | null {
  const rows: { run: string; t: number; kind: string; targets: string; label: string }[] = [];
  for (const r of results.slice(0, 10)) {
    for (const f of r.faults) {
      const targets = 'targets' in f && f.targets ? f.targets : [];
      const shown = targets.length > 3 ? `${targets.slice(0, 3).join(', ')} +${targets.length - 3}` : targets.join(', ');
      rows.push({ run: label(r), t: f.at, kind: f.kind, targets: targets.join(', '), label: `${f.kind} ${shown}`.trim() });
    }
    for (const a of monitorOf(r)?.alerts ?? []) rows.push({ run: label(r), t: a.t, kind: `alert ${a.state}`, targets: a.rule, label: `alert ${a.state}: ${a.rule}` });
  }
  if (rows.length === 0) return null;
  const runs = new Set(rows.map((r) => r.run)).size;
  const tooltip = [
    { field: 'kind', title: 'kind' },
    { field: 'targets', title: 'targets' },
    { field: 't', title: 'virtual ms' },
    { field: 'run', title: 'run' },
  ];
  const encoding = {
    x: { field: 't', type: 'quantitative', title: 'virtual ms' },
    y: { field: 'run', type: 'nominal', title: null, axis: { labelLimit: 0 } },
  } as const;
  return {
    id: 'fault-timeline',
    title: 'Faults and alerts (kind and targets)',
    spec: {
      $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
      width: WIDTH,
      height: Math.max(80, 60 * runs),
      data: { values: rows },
      layer: [
        {
          mark: { type: 'point', filled: true, size: 90 },
          encoding: {
            ...encoding,
            color: { field: 'kind', type: 'nominal', title: 'kind', legend: LEGEND },
            shape: { field: 'kind', type: 'nominal', title: 'kind', legend: LEGEND },
            tooltip,
          },
        },
        // Labels only while they stay legible; the tooltip and legend carry them beyond that.
        ...(rows.length <= 40 ? [{ mark: { type: 'text' as const, align: 'left' as const, angle: 330, dx: 6, dy: -6, fontSize: 9 }, encoding: { ...encoding, text: { field: 'label' }, tooltip } }] : []),
      ],
    },
  };
}
