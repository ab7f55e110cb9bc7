/**
 * Failure-detector invariants (Chandra & Toueg): completeness — every crashed process is
 * eventually declared dead; accuracy — no live process is declared dead.
 */
import type { InvariantResult } from '../defineScenario.js';
import type { Crash, FaultTracker } from '../FaultTracker.js';
import { invariantResult } from './Violations.js';

/**
 * `fd.completeness`: every crash that stayed down for the detection bound `boundMs` — until its
 * restart, or until the run's end `endMs` — was declared dead while it was down. A crash too
 * close to the end, or restarted sooner, promises nothing; and a node that crashed, restarted
 * and crashed again is judged crash by crash, not by whether it is down at the end. Where the
 * detectors are the members themselves (SWIM), `observable` leaves out a crash that no other
 * member could watch (a lone member, or all others crashed or paused meanwhile).
 */
export function fdCompleteness(faults: FaultTracker, boundMs: number, endMs: number, observable?: (crash: Crash) => boolean): InvariantResult {
  const missed = faults.undetectedCrashes(boundMs, endMs, observable);
  const first = missed[0];
  return invariantResult(
    'fd.completeness',
    missed.length,
    first === undefined ? undefined : `${first.node} crashed at t=${first.at} and stayed down ${first.restartedAt === undefined ? 'to the end' : `until t=${first.restartedAt}`} without being declared dead`,
  );
}

/**
 * `fd.accuracy`: no live node was declared dead. Not promised (applicable false) under message
 * loss or gray faults (pause, partition, skew), which make live nodes look dead.
 */
export function fdAccuracy(falsePositives: number, example: string | undefined, options: { lossy: boolean; faults: FaultTracker }): InvariantResult {
  return invariantResult('fd.accuracy', falsePositives, example, !options.lossy && !options.faults.hasGrayFaults);
}
