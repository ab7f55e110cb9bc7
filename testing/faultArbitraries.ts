/**
 * fast-check arbitraries for fault plans. Faults are first drawn in an abstract form — time as a
 * fraction of a horizon, targets as indices into a node list — and then materialised, so the same
 * draws fit any node list and horizon (explore shrinks the number of agents and the end time
 * underneath a plan) and shrink toward fewer faults, earlier times and fewer targets.
 */
import fc from 'fast-check';
import type { Fault, FaultKind } from '../engine/index.js';

/** Every fault kind. */
export const FAULT_KINDS: readonly FaultKind[] = ['crash', 'restart', 'pause', 'resume', 'partition', 'heal', 'loss', 'skew'];

/** A fault before it is fitted to nodes and a horizon. */
export interface AbstractFault {
  /** Time in thousandths of the horizon. */
  readonly at: number;
  readonly kind: FaultKind;
  /** Indices into the node list (taken modulo its length). */
  readonly targets: readonly number[];
  /** Loss rate in percent, or skew rate in tenths. */
  readonly rate: number;
  /** Partition cut id (1 or 2); 0 heals every cut. */
  readonly cut: number;
}

/** Options of {@link abstractFaultsArbitrary}. */
export interface AbstractFaultsOptions {
  /** Kinds to draw (default: all). */
  readonly kinds?: readonly FaultKind[];
  /** Most faults in a plan (default 5). */
  readonly maxFaults?: number;
  /** Most targets of one fault (default 3). */
  readonly maxTargets?: number;
}

/** Abstract fault plans (see {@link materializeFaults}). */
export function abstractFaultsArbitrary(options: AbstractFaultsOptions = {}): fc.Arbitrary<AbstractFault[]> {
  const kinds = options.kinds ?? FAULT_KINDS;
  if (kinds.length === 0) return fc.constant([]);
  const fault = fc.record({
    at: fc.integer({ min: 0, max: 1000 }),
    kind: fc.constantFrom(...kinds),
    targets: fc.array(fc.nat({ max: 1_000_000 }), { minLength: 1, maxLength: options.maxTargets ?? 3 }),
    rate: fc.integer({ min: 0, max: 50 }),
    cut: fc.integer({ min: 0, max: 2 }),
  });
  return fc.array(fault, { maxLength: options.maxFaults ?? 5 });
}

/**
 * Fits abstract faults to `nodes` and a horizon: a valid fault plan (`parseFaultPlan` accepts
 * it), ordered by time. An empty node list gives an empty plan.
 */
export function materializeFaults(faults: readonly AbstractFault[], nodes: readonly string[], horizonMs: number): Fault[] {
  if (nodes.length === 0) return [];
  const plan = faults.map((f): Fault => {
    const at = Math.round((f.at / 1000) * horizonMs);
    const targets = [...new Set(f.targets.map((i) => nodes[i % nodes.length]!))];
    switch (f.kind) {
      case 'crash':
      case 'restart':
      case 'pause':
      case 'resume':
        return { at, kind: f.kind, targets };
      case 'partition':
        return { at, kind: 'partition', id: `p${Math.max(1, f.cut)}`, targets };
      case 'heal':
        return f.cut === 0 ? { at, kind: 'heal' } : { at, kind: 'heal', id: `p${f.cut}` };
      case 'loss':
        return { at, kind: 'loss', rate: f.rate / 100, targets };
      case 'skew':
        return { at, kind: 'skew', rate: 0.5 + (f.rate % 26) / 10, targets };
    }
  });
  const ordered = plan.map((fault, i) => ({ fault, i })).sort((a, b) => a.fault.at - b.fault.at || a.i - b.i).map((x) => x.fault);
  // A plan may not reuse the id of a cut still in force: re-cutting under the same id is a heal
  // of that cut followed by the new one (what the network did with a reused id anyway). A heal
  // of a cut not in force did nothing and is not a valid plan: it is left out.
  const active = new Set<string>();
  return ordered.flatMap((fault): Fault[] => {
    if (fault.kind === 'heal') {
      if (fault.id === undefined) active.clear();
      else if (!active.delete(fault.id)) return [];
      return [fault];
    }
    if (fault.kind !== 'partition' || fault.id === undefined) return [fault];
    if (!active.has(fault.id)) {
      active.add(fault.id);
      return [fault];
    }
    return [{ at: fault.at, kind: 'heal', id: fault.id }, fault];
  });
}

/** Options of {@link faultPlanArbitrary}. */
export interface FaultPlanOptions extends AbstractFaultsOptions {
  /** Node ids faults may target. */
  readonly nodes: readonly string[];
  /** Faults happen in [0, untilMs]. */
  readonly untilMs: number;
}

/**
 * Fault plans over `nodes` within `[0, untilMs]`: crash, restart, pause, resume, partition, heal,
 * loss and skew (or the `kinds` given), at most `maxFaults`, shrinking toward fewer and earlier.
 */
export function faultPlanArbitrary(options: FaultPlanOptions): fc.Arbitrary<Fault[]> {
  return abstractFaultsArbitrary(options).map((faults) => materializeFaults(faults, options.nodes, options.untilMs));
}

/** Run seeds: non-negative 31-bit integers, shrinking toward 0. */
export function seedArbitrary(): fc.Arbitrary<number> {
  return fc.nat({ max: 0x7fffffff });
}
