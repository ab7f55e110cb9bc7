/**
 * Failure-detector invariants (Chandra & Toueg): completeness — every crashed process is
 * eventually declared dead; accuracy — no live process is declared dead.
 */
import type { InvariantResult } from '../defineScenario.js';
import type { FaultTracker } from '../FaultTracker.js';
import { invariantResult } from './Violations.js';

/**
 * `fd.completeness`: every node that crashed by `deadlineMs` (late enough crashes cannot be
 * detected before the run ends) and stayed down was declared dead.
 */
export function fdCompleteness(faults: FaultTracker, deadlineMs: number): InvariantResult {
  const missed = faults.undetectedBefore(deadlineMs);
  return invariantResult('fd.completeness', missed.length, missed.length ? `${missed[0]} crashed and was never declared dead` : undefined);
}

/**
 * `fd.accuracy`: no live node was declared dead. Not promised (applicable false) under message
 * loss or gray faults (pause, partition, skew), which make live nodes look dead.
 */
export function fdAccuracy(falsePositives: number, example: string | undefined, options: { lossy: boolean; faults: FaultTracker }): InvariantResult {
  return invariantResult('fd.accuracy', falsePositives, example, !options.lossy && !options.faults.hasGrayFaults);
}
