/**
 * The failure detector behind the `load-balancing` scenario's health view: a detector actor
 * `monitor` on its own node watching one small actor per server (a heartbeat agent, or a health
 * endpoint for the central checker) that lives on the server's node, so crashing the node
 * silences it. Returns the member id → server id map the scenario uses to translate verdicts.
 */
import { accrualMonitorMachine, healthCheckerMachine, healthEndpointMachine, healthMonitorMachine, heartbeatAgentMachine } from '../../actors/index.js';
import type { Simulation } from '../../engine/index.js';

/** Detectors a balancer's health view can follow. */
export const LB_DETECTORS = ['timeout', 'phi', 'phi-exp', 'central'] as const;
/** A detector choice. */
export type LbDetector = (typeof LB_DETECTORS)[number];

/** Timings of the detector. */
export interface LbDetectorOptions {
  detector: LbDetector;
  heartbeatMs: number;
  timeoutMs: number;
  checkMs: number;
}

/** Spawns `monitor` and the per-server members; returns member id → server id. */
export function spawnLbDetector(sim: Simulation, monitor: string, servers: readonly string[], o: LbDetectorOptions): Map<string, string> {
  const central = o.detector === 'central';
  const members = new Map(servers.map((s, i) => [`${central ? 'hc' : 'hb'}-${i + 1}`, s] as const));
  const ids = [...members.keys()];
  for (const [id, server] of members) {
    if (central) sim.spawn(healthEndpointMachine, { id, node: server });
    else sim.spawn(heartbeatAgentMachine, { id, node: server, input: (env) => ({ monitor, heartbeatMs: o.heartbeatMs, phaseMs: env.rng.uniform(0, o.heartbeatMs) }) });
  }
  switch (o.detector) {
    case 'timeout':
      sim.spawn(healthMonitorMachine, { id: monitor, input: (env) => ({ env, members: ids, timeoutMs: o.timeoutMs, checkMs: o.checkMs }) });
      break;
    case 'phi':
    case 'phi-exp':
      // Akka's defaults (threshold 8, min std 100 ms for a 1 s heartbeat), scaled to heartbeat_ms.
      sim.spawn(accrualMonitorMachine, {
        id: monitor,
        input: (env) => ({
          env,
          members: ids,
          model: o.detector === 'phi' ? ('normal' as const) : ('exponential' as const),
          params: { threshold: 8, maxSamples: 1000, heartbeatMs: o.heartbeatMs, minStdMs: o.heartbeatMs / 10, acceptablePauseMs: 0 },
          checkMs: o.checkMs,
        }),
      });
      break;
    case 'central':
      sim.spawn(healthCheckerMachine, {
        id: monitor,
        input: (env) => ({
          env,
          members: ids,
          checkMs: o.heartbeatMs,
          timeoutMs: o.heartbeatMs,
          unhealthyThreshold: Math.max(1, Math.ceil(o.timeoutMs / o.heartbeatMs)),
        }),
      });
      break;
  }
  return members;
}
