/**
 * Real measurements of the process running a simulation (heap, CPU time) for scenarios that
 * report resource use. Scenarios cannot take them themselves — wall-clock and process state are
 * banned outside `cli/` because they break determinism — so the caller injects a probe
 * (`RunOptions.probe`; `agentsim run` passes one, see cli/processProbe.ts). Whatever a probe
 * returns must only ever reach scalar metrics, never the trace, so the trace hash stays a pure
 * function of (scenario, params, seed).
 */

/** Reads the current process's resource use. */
export interface ProcessProbe {
  /** Heap bytes in use; after a full garbage collection first when `collect` (and GC is available). */
  heapUsed(collect: boolean): number;
  /** CPU time (user + system) used by the process so far, in ms. */
  cpuMs(): number;
  /** Whether `heapUsed(true)` really collects (otherwise heap figures include garbage). */
  readonly gcAvailable: boolean;
}
