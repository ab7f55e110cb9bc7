/**
 * Builds the failure detector under study for `failure-detection` and `health-monitoring`:
 * which actors to spawn for each `detector`, and how long a crash may take to be declared by a
 * timely detector (used to place crashes and to judge completeness).
 */
import {
  accrualMonitorMachine,
  akkaPhi,
  healthCheckerMachine,
  healthEndpointMachine,
  healthMonitorMachine,
  heartbeatAgentMachine,
  pushPullScaleMs,
  suspicionTimeoutMs,
  SwimRoster,
  swimMemberMachine,
} from '../../actors/index.js';
import type { Simulation } from '../../engine/index.js';

/** The detectors agentsim implements. */
export const DETECTORS = ['timeout', 'phi', 'phi-exp', 'swim', 'central'] as const;
/** One of {@link DETECTORS}. */
export type DetectorKind = (typeof DETECTORS)[number];

/** Everything any detector needs; each uses its own fields. */
export interface DetectorSettings {
  detector: DetectorKind;
  heartbeatMs: number;
  timeoutMs: number;
  checkMs: number;
  phiThreshold: number;
  maxSamples: number;
  minStdMs: number;
  acceptablePauseMs: number;
  probeIntervalMs: number;
  probeTimeoutMs: number;
  indirectChecks: number;
  suspicion: boolean;
  suspicionMult: number;
  suspicionMaxMult: number;
  target: 'random' | 'round-robin';
  /** SWIM push/pull interval (0: off). */
  pushPullMs: number;
  phase: 'aligned' | 'random';
  unhealthyThreshold: number;
  neverSuspects: boolean;
  /** Test-only bug `swim-refutation-lost` (SWIM only). */
  deadIsFinal?: boolean;
}

/** Id of the central monitor (timeout, phi, phi-exp, central). */
export const MONITOR = 'monitor';

/** Most membership updates piggybacked on one SWIM message (memberlist fills a UDP packet). */
const MAX_PIGGYBACK = 8;
/** memberlist's RetransmitMult (LAN). */
const RETRANSMIT_MULT = 4;

/**
 * Spawns the detector watching `agents` (each on its own node).
 * @returns the ids of the actors that publish health verdicts (`declared_dead` …)
 */
export function spawnDetector(sim: Simulation, agents: readonly string[], s: DetectorSettings): string[] {
  switch (s.detector) {
    case 'timeout':
    case 'phi':
    case 'phi-exp': {
      if (s.detector === 'timeout') {
        sim.spawn(healthMonitorMachine, {
          id: MONITOR,
          input: (env) => ({ env, members: agents, timeoutMs: s.timeoutMs, checkMs: s.checkMs, neverSuspects: s.neverSuspects }),
        });
      } else {
        const params = { threshold: s.phiThreshold, maxSamples: s.maxSamples, heartbeatMs: s.heartbeatMs, minStdMs: s.minStdMs, acceptablePauseMs: s.acceptablePauseMs };
        const model: 'normal' | 'exponential' = s.detector === 'phi' ? 'normal' : 'exponential';
        sim.spawn(accrualMonitorMachine, {
          id: MONITOR,
          input: (env) => ({ env, members: agents, model, params, checkMs: s.checkMs, neverSuspects: s.neverSuspects }),
        });
      }
      for (const id of agents) {
        sim.spawn(heartbeatAgentMachine, {
          id,
          input: (env) => ({ monitor: MONITOR, heartbeatMs: s.heartbeatMs, phaseMs: env.rng.uniform(0, s.heartbeatMs) }),
        });
      }
      return [MONITOR];
    }
    case 'central':
      // Endpoints first: the checker's first round goes out at once.
      for (const id of agents) sim.spawn(healthEndpointMachine, { id });
      sim.spawn(healthCheckerMachine, {
        id: MONITOR,
        input: (env) => ({ env, members: agents, checkMs: s.checkMs, timeoutMs: s.probeTimeoutMs, unhealthyThreshold: s.unhealthyThreshold, neverSuspects: s.neverSuspects }),
      });
      return [MONITOR];
    case 'swim': {
      const roster = new SwimRoster(agents);
      const config = {
        probeIntervalMs: s.probeIntervalMs,
        probeTimeoutMs: s.probeTimeoutMs,
        indirectChecks: s.indirectChecks,
        suspicion: s.suspicion,
        suspicionMult: s.suspicionMult,
        suspicionMaxMult: s.suspicionMaxMult,
        retransmitMult: RETRANSMIT_MULT,
        maxPiggyback: MAX_PIGGYBACK,
        target: s.target,
        pushPullMs: s.pushPullMs,
        neverSuspects: s.neverSuspects,
        ...(s.deadIsFinal ? { deadIsFinal: true } : {}),
      };
      for (const id of agents) {
        sim.spawn(swimMemberMachine, {
          id,
          input: (env) => ({ env, roster, config, phaseMs: s.phase === 'aligned' ? 0 : env.rng.uniform(0, s.probeIntervalMs) }),
        });
      }
      return [...agents];
    }
  }
}

/** The standardised deviation y at which Akka's phi reaches `threshold` (bisection). */
export function phiCrossingY(threshold: number): number {
  let lo = -10;
  let hi = 100;
  for (let i = 0; i < 100; i++) {
    const mid = (lo + hi) / 2;
    if (akkaPhi(mid, 0, 1) < threshold) lo = mid;
    else hi = mid;
  }
  return hi;
}

/**
 * How long after a crash a timely detector declares it, at most (for SWIM: except with
 * probability < e^-20 per crash): crashes are placed so that this fits before the end, and
 * completeness is judged on crashes at least this long before the end.
 */
export function detectionBoundMs(s: DetectorSettings, nodes: number): number {
  switch (s.detector) {
    case 'timeout':
      return s.timeoutMs + s.heartbeatMs + s.checkMs;
    case 'phi':
      // Heuristic: the window's mean stays near the interval and its std below max(minStd, h/4).
      return 2.25 * s.heartbeatMs + s.acceptablePauseMs + phiCrossingY(s.phiThreshold) * Math.max(s.minStdMs, s.heartbeatMs / 4) + s.checkMs;
    case 'phi-exp':
      // Every interval in the window is <= 2h (Cassandra ignores longer ones), so mean <= 2h.
      return s.phiThreshold * Math.log(10) * 2 * s.heartbeatMs + s.checkMs;
    case 'central':
      return (s.unhealthyThreshold + 1) * s.checkMs + s.probeTimeoutMs;
    case 'swim': {
      const suspicionMax = s.suspicion ? s.suspicionMaxMult * suspicionTimeoutMs(s.suspicionMult, nodes, s.probeIntervalMs) : 0;
      return 22 * s.probeIntervalMs + suspicionMax;
    }
  }
}

/**
 * How long after the last fault on two SWIM members they agree on whether each is alive: the
 * detection bound plus, with push/pull, four passes of a member's push/pull walk — two to hear of
 * a wrongful death (a pass straddling a reshuffle may take up to two), two more to carry the
 * refutation back (n intervals per pass leave an interval of slack for latency and the first
 * exchange's stagger). Without push/pull, dissemination alone promises no bound; the detection
 * bound is then where a verdict is reported as not promised.
 */
export function swimAgreementBoundMs(s: DetectorSettings, nodes: number): number {
  return detectionBoundMs(s, nodes) + (s.pushPullMs > 0 ? 4 * nodes * pushPullScaleMs(s.pushPullMs, nodes) : 0);
}
