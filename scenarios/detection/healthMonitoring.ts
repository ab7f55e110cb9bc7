/**
 * `health-monitoring`: the seed's health-monitoring benchmark as a simulation. `nodes` nodes are
 * watched at one check interval `check_ms` by a detector — by default the traditional central
 * poller — while crashes and pauses (gray failures) are injected at seeded times. Reports the
 * checks performed, the time-averaged accuracy of the detector's health view against the truth,
 * and how many of the injected anomalies it caught. The seed's four configurations are presets.
 *
 * Every detector runs at the same check rate: central polls every `check_ms` (timeout
 * `timeout_ms`); heartbeat detectors beat every `check_ms` (timeout: declared after 3 intervals;
 * phi: acceptable pause 3 intervals, min std interval/10; both evaluated every interval/10);
 * SWIM's protocol period is `check_ms` (probe timeout interval/2, memberlist's other defaults).
 */
import { UsageError } from '../../engine/index.js';
import { defineScenario } from '../core/defineScenario.js';
import { CheckLatencyTracker } from './CheckLatencyTracker.js';
import { DetectionTracker } from './DetectionTracker.js';
import { DETECTORS, detectionBoundMs, spawnDetector, type DetectorSettings } from './detectorWorld.js';
import { dist, int, num, oneOf } from '../core/params.js';

const PRESETS = ['basic', 'comprehensive', 'predictive', 'large-scale', 'custom'] as const;

/** The `health-monitoring` scenario. */
export const healthMonitoring = defineScenario({
  name: 'health-monitoring',
  summary: 'health checks of N nodes at one interval by a detector (central poller by default); crashes and pauses; checks, accuracy, anomalies detected',
  params: {
    preset: oneOf(PRESETS, 'custom', 'the seed\'s configurations: basic (10 nodes, 30 s), comprehensive (25, 10 s), predictive (50, 5 s), large-scale (100, 15 s)'),
    nodes: int(10, 2, 100_000, 'number of monitored nodes'),
    check_ms: int(30_000, 10, 3_600_000, 'check interval: poll (central), heartbeat (timeout, phi, phi-exp) or protocol period (swim)'),
    detector: oneOf(DETECTORS, 'central', 'failure detector: central (poller) | timeout | phi | phi-exp | swim'),
    timeout_ms: int(5000, 1, 3_600_000, 'central: a health check\'s response timeout'),
    unhealthy_threshold: int(1, 1, 1000, 'central: consecutive failed checks before a node is declared dead'),
    phi_threshold: num(8, 0.01, 1000, 'phi, phi-exp: threshold'),
    crash: int(2, 0, 100_000, 'nodes crashed at seeded random times (they stay down)'),
    pause: int(2, 0, 100_000, 'gray failures: nodes paused at seeded random times'),
    pause_ms: int(60_000, 1, 86_400_000, 'how long each pause lasts'),
    duration_ms: int(900_000, 1, 86_400_000, 'virtual time to simulate'),
    latency: dist('exp:5', 'network latency between nodes'),
    loss: num(0, 0, 1, 'probability that a message is lost'),
  },
  presets: {
    basic: { nodes: 10, check_ms: 30_000 },
    comprehensive: { nodes: 25, check_ms: 10_000 },
    predictive: { nodes: 50, check_ms: 5_000 },
    'large-scale': { nodes: 100, check_ms: 15_000 },
  },
  bugs: ['detector-never-suspects'],
  validate(p) {
    if (p.crash + p.pause > p.nodes - 1) throw new UsageError(`health-monitoring: crash + pause: ${p.crash + p.pause} — must be <= nodes - 1 (${p.nodes - 1})`);
    if (p.detector === 'swim' && p.check_ms < 2) throw new UsageError(`health-monitoring: check_ms: ${p.check_ms} — swim needs >= 2`);
  },
  network: (p) => ({ latency: p.latency, loss: p.loss }),
  build({ sim, params: p, metrics, bugs }) {
    const agents = Array.from({ length: p.nodes }, (_, i) => `node-${i + 1}`);
    const h = p.check_ms;
    const settings: DetectorSettings = {
      detector: p.detector,
      heartbeatMs: h,
      timeoutMs: 3 * h,
      checkMs: p.detector === 'central' ? h : Math.max(1, Math.round(h / 10)),
      phiThreshold: p.phi_threshold,
      maxSamples: 1000,
      minStdMs: h / 10,
      acceptablePauseMs: 3 * h,
      probeIntervalMs: h,
      probeTimeoutMs: p.detector === 'central' ? p.timeout_ms : Math.max(1, Math.floor(h / 2)),
      indirectChecks: 3,
      suspicion: true,
      suspicionMult: 4,
      suspicionMaxMult: 6,
      target: 'round-robin',
      pushPullMs: 0,
      phase: 'random',
      unhealthyThreshold: p.unhealthy_threshold,
      neverSuspects: bugs.has('detector-never-suspects'),
    };
    const observers = spawnDetector(sim, agents, settings);
    // SWIM has no central view: follow the first member's, which no scenario fault touches.
    const viewObserver = p.detector === 'swim' ? agents[0]! : observers[0]!;
    const bound = detectionBoundMs(settings, p.nodes);
    const rng = sim.rng.fork('anomalies');
    const earliest = 0.1 * p.duration_ms;
    const latest = Math.max(earliest, p.duration_ms - 2 * bound);
    const victims = rng.shuffle(agents.slice(1));
    for (const id of victims.slice(0, p.crash)) sim.faults.at(Math.round(rng.uniform(earliest, latest))).crash(id);
    for (const id of victims.slice(p.crash, p.crash + p.pause)) {
      const at = Math.round(rng.uniform(earliest, Math.max(earliest, p.duration_ms - p.pause_ms)));
      sim.faults.at(at).pause(id).at(at + p.pause_ms).resume(id);
    }
    const tracker = new DetectionTracker(sim, metrics, { detector: p.detector, observers, agents, viewObserver });
    const checks = new CheckLatencyTracker(sim, p.detector);
    return {
      durationMs: p.duration_ms,
      finish: () => {
        tracker.record(p.duration_ms, true);
        checks.record(metrics);
      },
      invariants: () => tracker.invariants(bound, p.duration_ms, p.loss > 0),
    };
  },
});
