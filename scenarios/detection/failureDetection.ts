/**
 * `failure-detection`: N agents watched by a failure detector — a fixed heartbeat timeout (the
 * default), Akka's phi accrual, Cassandra's exponential phi, SWIM, or a central poller. `crash`
 * agents are crashed at seeded random times; the run measures how long each crash takes to be
 * declared (`detection_ms`), to be first suspected (`suspicion_ms`), and how often live agents
 * were wrongly declared (`false_positives`). Everything is measured from the simulated protocol.
 */
import { UsageError } from '../../engine/index.js';
import { defineScenario } from '../core/defineScenario.js';
import { CheckLatencyTracker } from './CheckLatencyTracker.js';
import { DetectionTracker } from './DetectionTracker.js';
import { SwimLivenessTracker } from './SwimLivenessTracker.js';
import { detectorParams, detectorSettings } from './detectorParams.js';
import { detectionBoundMs, spawnDetector, swimAgreementBoundMs } from './detectorWorld.js';
import { dist, int, num } from '../core/params.js';

/** The `failure-detection` scenario. */
export const failureDetection = defineScenario({
  name: 'failure-detection',
  summary: 'agents watched by a failure detector (timeout, phi, phi-exp, swim, central); crashes at seeded times; detection latency and false positives',
  params: {
    nodes: int(100, 1, 100_000, 'number of agents, each on its own node'),
    heartbeat_ms: int(1000, 1, 3_600_000, 'interval between an agent\'s heartbeats'),
    timeout_ms: int(3000, 1, 3_600_000, 'silence after which the monitor declares an agent dead'),
    check_ms: int(100, 1, 3_600_000, 'interval of the monitor\'s sweep for expired agents (phi: evaluation tick; central: poll interval)'),
    crash: int(5, 0, 100_000, 'number of agents crashed at seeded random times'),
    duration_ms: int(60_000, 1, 86_400_000, 'virtual time to simulate'),
    latency: dist('exp:5', 'network latency between nodes'),
    loss: num(0, 0, 1, 'probability that a message is lost'),
    ...detectorParams,
  },
  bugs: ['detector-never-suspects', 'swim-refutation-lost'],
  // explore: crash agents (not the monitor, whose loss voids completeness). Crash-stop only: a
  // restarted agent is silent until its first heartbeat, so a timely detector may rightly
  // declare it dead while it is up — accuracy is not promised across restarts. SWIM members are
  // also paused and resumed: a paused member is wrongly suspected and must refute once resumed,
  // which SWIM promises only with push/pull (swim.no-live-declared-dead is judged only then).
  explore: {
    size: { param: 'nodes', min: 1, max: 12 },
    duration: { param: 'duration_ms', min: 5_000, max: 30_000 },
    params: { crash: 0, push_pull_ms: 100 },
    targets: (p) => Array.from({ length: p.nodes }, (_, i) => `agent-${i + 1}`),
    faults: (p) => (p.detector === 'swim' ? ['crash', 'pause', 'resume'] : ['crash']),
  },
  validate(p) {
    if (p.crash > p.nodes) throw new UsageError(`failure-detection: crash: ${p.crash} — must be <= nodes (${p.nodes})`);
    if (p.detector === 'swim' && p.probe_timeout_ms >= p.probe_interval_ms) {
      throw new UsageError(`failure-detection: probe_timeout_ms: ${p.probe_timeout_ms} — must be < probe_interval_ms (${p.probe_interval_ms}) for swim`);
    }
  },
  network: (p) => ({ latency: p.latency, loss: p.loss }),
  build({ sim, params: p, metrics, bugs }) {
    const agents = Array.from({ length: p.nodes }, (_, i) => `agent-${i + 1}`);
    const settings = {
      ...detectorSettings(p, { heartbeatMs: p.heartbeat_ms, timeoutMs: p.timeout_ms, checkMs: p.check_ms }, bugs.has('detector-never-suspects')),
      deadIsFinal: bugs.has('swim-refutation-lost'),
    };
    const swim = p.detector === 'swim' ? new SwimLivenessTracker(sim, agents) : undefined;
    const observers = spawnDetector(sim, agents, settings);
    const bound = detectionBoundMs(settings, p.nodes);
    // Crash times leave room for a timely detector to declare every crash before the end.
    const rng = sim.rng.fork('crashes');
    const earliest = 0.1 * p.duration_ms;
    const latest = p.duration_ms - 2 * bound > earliest ? p.duration_ms - 2 * bound : p.detector === 'timeout' ? earliest : 0.5 * p.duration_ms;
    for (const id of rng.shuffle(agents).slice(0, p.crash)) {
      sim.faults.at(Math.round(rng.uniform(earliest, latest))).crash(id);
    }
    const tracker = new DetectionTracker(sim, metrics, { detector: p.detector, observers, agents });
    const checks = new CheckLatencyTracker(sim, p.detector);
    return {
      durationMs: p.duration_ms,
      finish: () => {
        tracker.record(p.duration_ms);
        checks.record(metrics);
      },
      invariants: () => [
        ...tracker.invariants(bound, p.duration_ms, p.loss > 0),
        ...(swim ? [swim.invariant(swimAgreementBoundMs(settings, p.nodes), p.loss === 0 && p.suspicion && p.push_pull_ms > 0 && !sim.faults.applied.some((f) => f.kind === 'loss' || f.kind === 'partition'))] : []),
      ],
    };
  },
});
