/**
 * Raw samples for charts, collected from `signals$` while a run goes: every `metric.<name>`
 * sample with its virtual time, and every other signal whose payload is a number (or has a
 * numeric `value`) — convergence curves, gauges. Capped per series by deterministic stride
 * decimation (when a series reaches 2·cap points, every other point is dropped and the stride
 * doubles), so a million-sample run still yields an evenly spread, reproducible subset. The
 * number of series is capped too (`maxSeries` per kind); samples of further names are counted in
 * `droppedSeries`, not kept.
 */
import { filter } from 'rxjs';
import type { Simulation } from '../../engine/index.js';
import type { RunResultExtras } from '../../scenarios/index.js';

/** One series: times (virtual ms) and values, `total` counting the points before decimation. */
export interface Series {
  readonly t: number[];
  readonly v: number[];
  total: number;
  stride: number;
}

/** What {@link collectSeries} adds to a result as `series`. */
export interface RunSeries {
  readonly cap: number;
  /** Distribution metric samples by metric name. */
  readonly metrics: Record<string, Series>;
  /** Other numeric signals by signal name. */
  readonly signals: Record<string, Series>;
  /** Present when names past `maxSeries` were seen: how many samples were not kept. */
  readonly droppedSeries?: number;
}

/** Options of {@link collectSeries}. */
export interface SeriesOptions {
  /** Points kept per series (default 2000). */
  cap?: number;
  /** Series kept per kind, metrics and signals (default 500). */
  maxSeries?: number;
}

/** An observer for `runScenario(..., { observe: [collectSeries()] })`. */
export function collectSeries(options: SeriesOptions = {}): (sim: Simulation) => () => RunResultExtras {
  const cap = options.cap ?? 2000;
  const maxSeries = options.maxSeries ?? 500;
  return (sim) => {
    let dropped = 0;
    const metrics = new Map<string, Series>();
    const signals = new Map<string, Series>();
    const sub = sim.signalsOf('signal').pipe(filter((s) => s.kind === 'signal')).subscribe((s) => {
      const value = numeric(s.payload);
      if (value === undefined) return;
      const isMetric = s.type.startsWith('metric.');
      const map = isMetric ? metrics : signals;
      const name = isMetric ? s.type.slice(7) : s.type;
      if (map.size >= maxSeries && !map.has(name)) dropped++;
      else push(map, name, s.time, value, cap);
    });
    return () => {
      sub.unsubscribe();
      const series: RunSeries = { cap, metrics: Object.fromEntries(metrics), signals: Object.fromEntries(signals), ...(dropped > 0 ? { droppedSeries: dropped } : {}) };
      return { series };
    };
  };
}

function numeric(payload: unknown): number | undefined {
  if (typeof payload === 'number' && Number.isFinite(payload)) return payload;
  if (typeof payload === 'object' && payload !== null && 'value' in payload) {
    const v = (payload as { value: unknown }).value;
    if (typeof v === 'number' && Number.isFinite(v)) return v;
  }
  return undefined;
}

function push(map: Map<string, Series>, name: string, t: number, v: number, cap: number): void {
  let s = map.get(name);
  if (s === undefined) map.set(name, (s = { t: [], v: [], total: 0, stride: 1 }));
  if (s.total++ % s.stride !== 0) return;
  s.t.push(t);
  s.v.push(v);
  if (s.t.length >= 2 * cap) {
    s.t.splice(0, s.t.length, ...s.t.filter((_, i) => i % 2 === 0));
    s.v.splice(0, s.v.length, ...s.v.filter((_, i) => i % 2 === 0));
    s.stride *= 2;
  }
}
