/**
 * A monitor that watches a run from outside: it subscribes to `signals$`, and every
 * `intervalMs` of virtual time (a kernel callback, so it reads only and records nothing) takes a
 * sample — event counts by kind, the time-weighted mean and peak of messages in flight, and per
 * metric the count, mean, min and max of its samples in the interval — then evaluates the alert
 * rules. Alerts are edge-triggered: `raised` when a rule starts firing, `resolved` when it stops.
 *
 * What a run accumulates is bounded: the interval is in [{@link MIN_MONITOR_INTERVAL_MS},
 * {@link MAX_MONITOR_INTERVAL_MS}]; past `maxSamples` kept samples every other one is dropped and
 * the stride doubles (rules are still evaluated at every tick); past `maxAlerts` alert
 * transitions further ones are counted, not kept.
 */
import { UsageError, type Simulation } from '../../engine/index.js';
import type { RunResultExtras } from '../../scenarios/index.js';
import { timeWeightedAverage, type GaugePoint } from '../stats/timeWeightedAverage.js';
import { EVENT_KINDS, ruleFires, type AlertRule, type Severity } from './alertRule.js';

/** One sample: the interval (from, t], counts by event kind, in-flight gauge, metric windows. */
export interface MonitorSample {
  readonly t: number;
  readonly from: number;
  readonly kinds: Record<string, number>;
  readonly inFlight: { readonly mean: number; readonly max: number };
  readonly metrics: Record<string, { count: number; mean: number; min: number; max: number }>;
}

/** An alert transition. */
export interface Alert {
  readonly t: number;
  readonly rule: string;
  readonly severity: Severity;
  readonly state: 'raised' | 'resolved';
  readonly value: number;
}

/** What the monitor adds to a result as `monitor`. */
export interface MonitorReport {
  readonly intervalMs: number;
  readonly samples: MonitorSample[];
  readonly alerts: Alert[];
  /** Present when samples were decimated: every `sampleStride`-th tick was kept. */
  readonly sampleStride?: number;
  /** Present when alert transitions past `maxAlerts` were dropped: how many. */
  readonly droppedAlerts?: number;
}

/** The smallest sampling interval, in virtual ms. */
export const MIN_MONITOR_INTERVAL_MS = 1;
/** The largest sampling interval, in virtual ms (one virtual day, the longest scenario duration). */
export const MAX_MONITOR_INTERVAL_MS = 86_400_000;

/** Options of {@link createMonitor}. */
export interface MonitorOptions {
  /** Sampling interval in virtual ms (default 1000), in [1, 86 400 000]. */
  intervalMs?: number;
  rules?: readonly AlertRule[];
  /** Samples kept before decimation halves them (default 5000; at most 2× this are held). */
  maxSamples?: number;
  /** Alert transitions kept (default 10 000). */
  maxAlerts?: number;
}

/**
 * Checks a monitor interval. @throws UsageError naming `name`, the value and the range
 */
export function checkMonitorInterval(intervalMs: number, name = 'monitor.intervalMs'): number {
  if (!(intervalMs >= MIN_MONITOR_INTERVAL_MS && intervalMs <= MAX_MONITOR_INTERVAL_MS)) {
    throw new UsageError(`${name} ${intervalMs}: expected an interval in virtual ms in [${MIN_MONITOR_INTERVAL_MS}, ${MAX_MONITOR_INTERVAL_MS}]`);
  }
  return intervalMs;
}

/** An observer for `runScenario(..., { observe: [createMonitor(...)] })`. */
export function createMonitor(options: MonitorOptions = {}): (sim: Simulation) => () => RunResultExtras {
  const intervalMs = checkMonitorInterval(options.intervalMs ?? 1000);
  const rules = options.rules ?? [];
  const maxSamples = options.maxSamples ?? 5000;
  const maxAlerts = options.maxAlerts ?? 10_000;
  return (sim) => {
    let stride = 1;
    let ticks = 0;
    let droppedAlerts = 0;
    const pushAlert = (alert: Alert): void => {
      if (alerts.length < maxAlerts) alerts.push(alert);
      else droppedAlerts++;
    };
    const samples: MonitorSample[] = [];
    const alerts: Alert[] = [];
    const firing = new Set<string>();
    let kinds = new Map<string, number>();
    let windows = new Map<string, { count: number; sum: number; min: number; max: number }>();
    let inFlight = 0;
    let peak = 0;
    let gauge: GaugePoint[] = [];
    let from = sim.now;
    const sub = sim.signals$.subscribe((s) => {
      kinds.set(s.kind, (kinds.get(s.kind) ?? 0) + 1);
      if (s.kind === 'send') inFlight++;
      else if ((s.kind === 'deliver' || s.kind === 'drop') && s.ref !== undefined) inFlight--;
      if (s.kind === 'send' || s.kind === 'deliver' || s.kind === 'drop') {
        peak = Math.max(peak, inFlight);
        gauge.push({ t: s.time, v: inFlight });
      }
      if (s.kind === 'signal' && s.type.startsWith('metric.') && typeof s.payload === 'number') {
        const name = s.type.slice(7);
        const w = windows.get(name) ?? { count: 0, sum: 0, min: Infinity, max: -Infinity };
        w.count++;
        w.sum += s.payload;
        w.min = Math.min(w.min, s.payload);
        w.max = Math.max(w.max, s.payload);
        windows.set(name, w);
      }
    });
    let initial = inFlight;
    const tick = (): void => {
      const t = sim.now;
      const sample: MonitorSample = {
        t,
        from,
        kinds: Object.fromEntries(EVENT_KINDS.map((k) => [k, kinds.get(k) ?? 0])),
        inFlight: { mean: round(timeWeightedAverage(gauge, from, t, initial) ?? inFlight), max: peak },
        metrics: Object.fromEntries(
          [...windows].map(([name, w]) => [name, { count: w.count, mean: round(w.sum / w.count), min: w.min, max: w.max }]),
        ),
      };
      if (ticks++ % stride === 0) samples.push(sample);
      if (samples.length >= 2 * maxSamples) {
        samples.splice(0, samples.length, ...samples.filter((_, i) => i % 2 === 0));
        stride *= 2;
      }
      evaluate(sample);
      kinds = new Map();
      windows = new Map();
      gauge = [];
      initial = inFlight;
      peak = inFlight;
      from = t;
      sim.kernel.schedule(intervalMs, tick);
    };
    const evaluate = (sample: MonitorSample): void => {
      for (const rule of rules) {
        const value = valueOf(rule, sample, intervalMs);
        const fires = value !== undefined && ruleFires(rule, value);
        if (fires && !firing.has(rule.text)) {
          firing.add(rule.text);
          pushAlert({ t: sample.t, rule: rule.text, severity: rule.severity, state: 'raised', value: value! });
        } else if (!fires && firing.has(rule.text)) {
          firing.delete(rule.text);
          pushAlert({ t: sample.t, rule: rule.text, severity: rule.severity, state: 'resolved', value: value ?? 0 });
        }
      }
    };
    sim.kernel.schedule(intervalMs, tick);
    return () => {
      sub.unsubscribe();
      const monitor: MonitorReport = { intervalMs, samples, alerts, ...(stride > 1 ? { sampleStride: stride } : {}), ...(droppedAlerts > 0 ? { droppedAlerts } : {}) };
      return { monitor };
    };
  };
}

/** The value a rule reads from a sample (undefined when the metric had no sample then). */
export function valueOf(rule: AlertRule, sample: MonitorSample, intervalMs: number): number | undefined {
  if (rule.quantity === 'in_flight') return rule.stat === 'max' ? sample.inFlight.max : sample.inFlight.mean;
  const kindCount = sample.kinds[rule.quantity];
  if (kindCount !== undefined) return rule.stat === 'rate' ? (kindCount * 1000) / intervalMs : kindCount;
  const w = sample.metrics[rule.quantity];
  if (w === undefined) return rule.stat === 'count' || rule.stat === 'rate' ? 0 : undefined;
  switch (rule.stat) {
    case 'count':
      return w.count;
    case 'rate':
      return (w.count * 1000) / intervalMs;
    default:
      return w[rule.stat];
  }
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
