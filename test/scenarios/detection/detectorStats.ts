/**
 * Analytic checks of the failure detectors, shared by the quick tests (test/scenarios) and the
 * long verifications (test/verify): each runs the real scenario and returns the simulated
 * statistic beside the analytic value it must match.
 */
import type { FaultPlan, Signal, Simulation } from '../../../engine/index.js';
import { failureDetection, runScenario, type RunResult } from '../../../scenarios/index.js';

/** Runs failure-detection and keeps every signal/deliver event (for per-crash analysis). */
export function runDetection(params: Record<string, unknown>, seed: number, faults?: FaultPlan): { result: RunResult; events: Signal[] } {
  const events: Signal[] = [];
  const observe = (sim: Simulation) => {
    sim.signals$.subscribe((s) => {
      if (s.kind === 'signal' || s.kind === 'deliver' || s.kind === 'fault') events.push(s);
    });
    return () => ({});
  };
  const result = runScenario(failureDetection, params, seed, { faults, observe: [observe] });
  return { result, events };
}

/** Raw samples of metric `name` published during a run. */
export function samplesOf(events: readonly Signal[], name: string): number[] {
  return events.filter((s) => s.kind === 'signal' && s.type === `metric.${name}`).map((s) => s.payload as number);
}

/** Akka's phi for a standardised deviation y (the logistic approximation, written out again). */
function akkaPhiOfY(y: number): number {
  const e = Math.exp(-y * (1.5976 + 0.070566 * y * y));
  return y > 0 ? -Math.log10(e / (1 + e)) : -Math.log10(1 - 1 / (1 + e));
}

/** Inverts {@link akkaPhiOfY} by bisection. */
export function yAtPhi(threshold: number): number {
  let lo = -10;
  let hi = 50;
  for (let i = 0; i < 200; i++) {
    const mid = (lo + hi) / 2;
    if (akkaPhiOfY(mid) < threshold) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/**
 * SWIM, paper setting (aligned periods, uniform random target, no suspicion): crashes one member
 * every `spacing` periods, half a period after a period start. Each detection takes K whole
 * periods after the next period start, K geometric with p = 1 − (1 − 1/(M−1))^(M−1) for M live
 * members (Das, Gupta, Motivala 2002: p → 1 − 1/e, E[K] → e/(e−1) ≈ 1.58).
 */
export function swimFirstDetection(seeds: readonly number[], nodes = 30, crashes = 24, spacing = 10) {
  const T = 1000;
  const ks: number[] = [];
  let expected = 0;
  let variance = 0;
  let pOne = 0;
  for (const seed of seeds) {
    const plan: FaultPlan = Array.from({ length: crashes }, (_, i) => ({ at: (i + 1) * spacing * T + T / 2, kind: 'crash' as const, targets: [`agent-${i + 2}`] }));
    const params = { nodes, detector: 'swim', suspicion: false, phase: 'aligned', target: 'random', latency: 'const:5', probe_interval_ms: T, probe_timeout_ms: 500, crash: 0, duration_ms: (crashes + 1) * spacing * T + 30 * T };
    const { events } = runDetection(params, seed, plan);
    ks.push(...samplesOf(events, 'detection_ms').map((d) => (d - T / 2) / T));
    for (let i = 0; i < crashes; i++) {
      const m = nodes - i; // live members just before crash i, the crashing one included
      const p = 1 - Math.pow(1 - 1 / (m - 1), m - 1);
      expected += 1 / p;
      variance += (1 - p) / (p * p);
      pOne += p;
    }
  }
  const n = ks.length;
  return {
    n,
    ks,
    meanK: ks.reduce((a, b) => a + b, 0) / n,
    expectedK: expected / (seeds.length * crashes),
    seK: Math.sqrt(variance) / (seeds.length * crashes),
    fracOne: ks.filter((k) => Math.abs(k - 1) < 1e-9).length / n,
    expectedOne: pOne / (seeds.length * crashes),
    crashes: seeds.length * crashes,
  };
}

/**
 * Phi (Akka) and phi-exp (Cassandra) with regular heartbeats then silence: for each crash, the
 * time from the last heartbeat delivered to the declaration, beside the crossing time the
 * formula gives for the window the monitor held (constant latency, so intervals are exact).
 */
export function phiCrossings(detector: 'phi' | 'phi-exp', seed: number, nodes = 50, crash = 40) {
  const h = 1000;
  const check = 1;
  const threshold = 8;
  const params = { nodes, crash, detector, latency: 'const:5', heartbeat_ms: h, check_ms: check, phi_threshold: threshold, min_std_ms: 100, acceptable_pause_ms: 3000, duration_ms: 70_000 };
  const { events } = runDetection(params, seed);
  const arrivals = new Map<string, number[]>();
  const rows: { silence: number; expected: number }[] = [];
  for (const s of events) {
    if (s.kind === 'deliver' && s.dst === 'monitor') {
      const list = arrivals.get(s.src) ?? [];
      list.push(s.time);
      arrivals.set(s.src, list);
    } else if (s.kind === 'signal' && s.src === 'monitor' && s.type === 'declared_dead') {
      const node = (s.payload as { node: string }).node;
      const list = arrivals.get(node)!;
      const last = list[list.length - 1]!;
      const k = list.length - 1; // intervals observed
      let expected: number;
      if (detector === 'phi') {
        // Window: bootstrap h ± h/4 plus k intervals of exactly h; mean h, std below min_std.
        const std = Math.sqrt((2 * (h / 4) ** 2) / (k + 2));
        expected = h + 3000 + yAtPhi(threshold) * Math.max(std, 100);
      } else {
        const mean = (2 * h + k * h) / (k + 1);
        expected = threshold * Math.log(10) * mean;
      }
      rows.push({ silence: s.time - last, expected });
    }
  }
  return { rows, check };
}

/** Kolmogorov–Smirnov distance between samples and the uniform distribution on [a, b]. */
export function ksUniform(samples: readonly number[], a: number, b: number): number {
  const x = [...samples].sort((p, q) => p - q);
  let d = 0;
  x.forEach((v, i) => {
    const f = Math.min(1, Math.max(0, (v - a) / (b - a)));
    d = Math.max(d, Math.abs((i + 1) / x.length - f), Math.abs(f - i / x.length));
  });
  return d;
}

/**
 * Timeout detector: a crash falls uniformly within a heartbeat cycle, so with constant latency L
 * and a 1 ms sweep, detection_ms is uniform on [timeout + L − h, timeout + L] (+ < 1 ms).
 */
export function timeoutDetection(seeds: readonly number[], nodes = 1000, crash = 200) {
  const h = 1000;
  const timeout = 3000;
  const samples: number[] = [];
  for (const seed of seeds) {
    const { events } = runDetection({ nodes, crash, detector: 'timeout', latency: 'const:5', heartbeat_ms: h, timeout_ms: timeout, check_ms: 1, duration_ms: 30_000 }, seed);
    samples.push(...samplesOf(events, 'detection_ms'));
  }
  return { samples, a: timeout + 5 - h, b: timeout + 5 + 1 };
}

/** Central poller (threshold 1): detection is uniform on [timeout, timeout + interval]. */
export function centralDetection(seeds: readonly number[], nodes = 200, crash = 150) {
  const check = 1000;
  const timeout = 200;
  const samples: number[] = [];
  for (const seed of seeds) {
    const { events } = runDetection({ nodes, crash, detector: 'central', latency: 'const:5', check_ms: check, probe_timeout_ms: timeout, duration_ms: 60_000 }, seed);
    samples.push(...samplesOf(events, 'detection_ms'));
  }
  return { samples, a: timeout, b: timeout + check };
}
