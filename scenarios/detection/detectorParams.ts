/**
 * Parameter declarations shared by the detector scenarios, with Akka's and memberlist's
 * defaults, and the conversion to {@link DetectorSettings}.
 */
import { DETECTORS, type DetectorKind, type DetectorSettings } from './detectorWorld.js';
import { bool, int, num, oneOf } from '../core/params.js';

/** Parameters of the phi, SWIM and central detectors (the timeout detector's are per scenario). */
export const detectorParams = {
  detector: oneOf(DETECTORS, 'timeout', 'failure detector: timeout | phi (Akka) | phi-exp (Cassandra) | swim | central (poller)'),
  phi_threshold: num(8, 0.01, 1000, 'phi, phi-exp: suspicion level at which a member is declared dead'),
  max_samples: int(1000, 1, 100_000, 'phi, phi-exp: heartbeat inter-arrival times kept in the window'),
  min_std_ms: num(100, 0.001, 3_600_000, 'phi: lower bound of the inter-arrival standard deviation'),
  acceptable_pause_ms: num(3000, 0, 3_600_000, 'phi: pause added to the mean inter-arrival time before phi rises'),
  probe_interval_ms: int(1000, 1, 3_600_000, 'swim: protocol period (one probe per member per period)'),
  probe_timeout_ms: int(500, 1, 3_600_000, 'swim: wait for a direct ack before indirect probes; central: a check\'s response timeout'),
  indirect_checks: int(3, 0, 100, 'swim: members asked to probe indirectly (k ping-req helpers)'),
  suspicion: bool(true, 'swim: suspect before declaring dead (incarnations, refutation, confirmations)'),
  suspicion_mult: int(4, 1, 100, 'swim: memberlist SuspicionMult (min timeout = mult * max(1, log10 n) * period)'),
  suspicion_max_mult: int(6, 1, 100, 'swim: memberlist SuspicionMaxTimeoutMult (max timeout = this * min)'),
  target: oneOf(['round-robin', 'random'] as const, 'round-robin', 'swim: probe target choice (round-robin over a shuffled list, or uniform)'),
  push_pull_ms: int(0, 0, 3_600_000, 'swim: push/pull anti-entropy interval, a whole-view exchange with one member (memberlist PushPullInterval, 30000 on a LAN; longer past 32 members); 0 turns it off'),
  phase: oneOf(['random', 'aligned'] as const, 'random', 'swim: protocol periods start together (aligned) or each at its own phase'),
  unhealthy_threshold: int(1, 1, 1000, 'central: consecutive failed checks before a node is declared dead'),
};

/** The resolved values of {@link detectorParams}. */
export interface DetectorParamValues {
  detector: DetectorKind;
  phi_threshold: number;
  max_samples: number;
  min_std_ms: number;
  acceptable_pause_ms: number;
  probe_interval_ms: number;
  probe_timeout_ms: number;
  indirect_checks: number;
  suspicion: boolean;
  suspicion_mult: number;
  suspicion_max_mult: number;
  target: 'round-robin' | 'random';
  push_pull_ms: number;
  phase: 'random' | 'aligned';
  unhealthy_threshold: number;
}

/** Detector settings from resolved parameters plus the timing of the heartbeat detectors. */
export function detectorSettings(
  p: DetectorParamValues,
  timing: { heartbeatMs: number; timeoutMs: number; checkMs: number },
  neverSuspects: boolean,
): DetectorSettings {
  return {
    detector: p.detector,
    ...timing,
    phiThreshold: p.phi_threshold,
    maxSamples: p.max_samples,
    minStdMs: p.min_std_ms,
    acceptablePauseMs: p.acceptable_pause_ms,
    probeIntervalMs: p.probe_interval_ms,
    probeTimeoutMs: p.probe_timeout_ms,
    indirectChecks: p.indirect_checks,
    suspicion: p.suspicion,
    suspicionMult: p.suspicion_mult,
    suspicionMaxMult: p.suspicion_max_mult,
    target: p.target,
    pushPullMs: p.push_pull_ms,
    phase: p.phase,
    unhealthyThreshold: p.unhealthy_threshold,
    neverSuspects,
  };
}
