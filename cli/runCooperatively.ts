/**
 * Runs a started scenario in slices, yielding to the event loop every few milliseconds of wall
 * time, so a signal (SIGTERM from a scheduler, SIGHUP) is handled promptly — its handler removes
 * the temporary files and exits — even during one long run. The slices run exactly the events
 * one `sim.run` would, in the same order: the trace and the result are unchanged.
 */
import type { RunResult, StartedScenario } from '../scenarios/index.js';
import { interruptible } from './io/index.js';

/** Events per slice: small enough to check the clock often, large enough to cost nothing. */
const SLICE_EVENTS = 4096;
/** Wall time between two turns of the event loop. */
const YIELD_EVERY_MS = 25;

/** Runs `started` to its end, yielding between slices; returns its result. */
export async function runCooperatively(started: StartedScenario): Promise<RunResult> {
  const options = started.until === undefined ? {} : { until: started.until };
  let last = performance.now();
  while (!interruptible(() => started.sim.runSome(options, SLICE_EVENTS))) {
    const now = performance.now();
    if (now - last >= YIELD_EVERY_MS) {
      // A macrotask (not a microtask): libuv reads pending signals in its poll phase.
      await new Promise((resolve) => setTimeout(resolve, 0));
      last = performance.now();
    }
  }
  return interruptible(() => started.finish());
}
