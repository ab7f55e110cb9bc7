/**
 * `failure-detection`: N agents heartbeat to one monitor that declares an agent dead after
 * `timeout_ms` of silence. `crash` agents are crashed at seeded random times; the run measures
 * how long each crash takes to be declared (`detection_ms`) and whether live agents were
 * wrongly declared (`false_positives`). Everything is measured from the simulated protocol.
 */
import { filter } from 'rxjs';
import { healthMonitorMachine, heartbeatAgentMachine } from '../actors/index.js';
import { UsageError } from '../engine/index.js';
import { defineScenario } from './defineScenario.js';
import { FaultTracker } from './FaultTracker.js';
import { dist, int, num } from './params.js';

const MONITOR = 'monitor';

/** The `failure-detection` scenario. */
export const failureDetection = defineScenario({
  name: 'failure-detection',
  summary: 'heartbeat agents and a timeout health monitor; crashes at seeded times; detection latency and false positives',
  params: {
    nodes: int(100, 1, 100_000, 'number of agents, each on its own node'),
    heartbeat_ms: int(1000, 1, 3_600_000, 'interval between an agent\'s heartbeats'),
    timeout_ms: int(3000, 1, 3_600_000, 'silence after which the monitor declares an agent dead'),
    check_ms: int(100, 1, 3_600_000, 'interval of the monitor\'s sweep for expired agents'),
    crash: int(5, 0, 100_000, 'number of agents crashed at seeded random times'),
    duration_ms: int(60_000, 1, 86_400_000, 'virtual time to simulate'),
    latency: dist('exp:5', 'network latency between nodes'),
    loss: num(0, 0, 1, 'probability that a message is lost'),
  },
  validate(p) {
    if (p.crash > p.nodes) throw new UsageError(`failure-detection: crash: ${p.crash} — must be <= nodes (${p.nodes})`);
  },
  network: (p) => ({ latency: p.latency, loss: p.loss }),
  build({ sim, params: p, metrics }) {
    const agents = Array.from({ length: p.nodes }, (_, i) => `agent-${i + 1}`);
    sim.spawn(healthMonitorMachine, {
      id: MONITOR,
      input: (env) => ({ env, members: agents, timeoutMs: p.timeout_ms, checkMs: p.check_ms }),
    });
    for (const id of agents) {
      sim.spawn(heartbeatAgentMachine, {
        id,
        input: (env) => ({ monitor: MONITOR, heartbeatMs: p.heartbeat_ms, phaseMs: env.rng.uniform(0, p.heartbeat_ms) }),
      });
    }
    // Crash times leave room for a timely detector to declare every crash before the end.
    const rng = sim.rng.fork('crashes');
    const latest = Math.max(0.1 * p.duration_ms, p.duration_ms - 2 * (p.timeout_ms + p.heartbeat_ms + p.check_ms));
    for (const id of rng.shuffle(agents).slice(0, p.crash)) {
      sim.faults.at(Math.round(rng.uniform(0.1 * p.duration_ms, latest))).crash(id);
    }

    const faults = new FaultTracker(sim);
    metrics.declare('detection_ms');
    let falsePositives = 0;
    let firstFalsePositive: string | undefined;
    let sends = 0;
    sim.signals$.pipe(filter((s) => s.kind === 'send' || (s.kind === 'signal' && s.src === MONITOR))).subscribe((s) => {
      if (s.kind === 'send') {
        sends++;
        return;
      }
      if (s.type !== 'declared_dead') return;
      const node = (s.payload as { node: string }).node;
      const crashedAt = faults.crashedAt(node);
      if (crashedAt !== undefined) {
        if (faults.markDetected(node)) metrics.sample('detection_ms', s.time - crashedAt);
      } else {
        falsePositives++;
        firstFalsePositive ??= `${node} declared dead at t=${s.time} while up`;
      }
    });

    return {
      durationMs: p.duration_ms,
      finish() {
        metrics.set('false_positives', falsePositives);
        metrics.set('crashes_count', faults.crashCount);
        metrics.set('messages_count', sends);
      },
      invariants() {
        const deadline = p.duration_ms - (p.timeout_ms + p.heartbeat_ms + p.check_ms);
        const missed = faults.undetectedBefore(deadline);
        return [
          {
            name: 'fd.completeness',
            holds: missed.length === 0,
            violations: missed.length,
            ...(missed.length ? { example: `${missed[0]} crashed and was never declared dead` } : {}),
          },
          {
            name: 'fd.accuracy',
            holds: falsePositives === 0,
            violations: falsePositives,
            applicable: p.loss === 0 && !faults.hasGrayFaults,
            ...(firstFalsePositive ? { example: firstFalsePositive } : {}),
          },
        ];
      },
    };
  },
});
