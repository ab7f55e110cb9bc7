/**
 * The time-directed mutation of `explore --guided`: a fault placed just after a moment of the
 * parent's own run (a coverage point one actor reached, see CoverageCollector `moments`), on that
 * actor's node. Protocol bugs hide in narrow windows that open at such moments — a leader that
 * has just appended a client's entry and not yet replicated it, a node that has just won an
 * election — which uniform fault times hit once in hundreds of tries. The child keeps the parent's
 * seed, size and duration, so its run is the parent's up to the new fault.
 */
import type { CoverageMoment, FaultKind, Rng } from '../../engine/index.js';
import type { AbstractFault } from '../../testing/index.js';
import type { ExploreCase } from './exploreCase.js';
import { pickKind, type MutationSpace } from './mutateCase.js';

/** Where the parent's run happened: the nodes targets index into and the horizon times scale to. */
export interface RunFrame {
  readonly nodes: readonly string[];
  readonly horizonMs: number;
}

/** Kinds that undo an earlier fault, and what they undo. */
const UNDOES: Partial<Record<FaultKind, FaultKind>> = { restart: 'crash', resume: 'pause' };

/** `parent` with one fault added just after `moment` (replacing a random one when full). */
export function directedFault(parent: ExploreCase, moment: CoverageMoment, frame: RunFrame, rng: Rng, space: MutationSpace): ExploreCase {
  if (space.kinds.length === 0 || frame.nodes.length === 0 || frame.horizonMs <= 0) return parent;
  // Abstract time of the first step after the moment, plus a delay skewed toward short ones.
  const after = Math.floor((moment.at * 1000) / frame.horizonMs) + 1;
  const at = Math.min(1000, after + rng.int(1 + rng.int(24)));
  const kind = pickKind(rng, space);
  const own = frame.nodes.indexOf(moment.node);
  let target = own >= 0 ? own : rng.int(frame.nodes.length);
  let cut = 1 + rng.int(2);
  const cuts = parent.faults.filter((f) => f.kind === 'partition' && f.at <= at);
  const undone = UNDOES[kind];
  if (undone !== undefined) {
    // Restart (resume) a node the plan has down at that time: the undo of a live node does nothing.
    const down = downAt(parent.faults, undone, kind, at, frame.nodes.length);
    if (down.length > 0) target = rng.pick(down);
  } else if (kind === 'heal') {
    cut = cuts.length > 0 ? Math.max(1, rng.pick(cuts).cut) : 0;
  } else if (kind === 'partition' && rng.chance(0.75) && cuts.length > 0) {
    // Move the latest cut rather than add a second one (two cuts in force isolate more than either).
    cut = Math.max(1, cuts.reduce((latest, f) => (f.at > latest.at ? f : latest)).cut);
  }
  // A cut isolates its targets from the rest: the node itself, or — half the time — every other
  // node the faults target, so it keeps the world outside them (a leader left with the clients).
  const targets = kind === 'partition' && frame.nodes.length > 1 && rng.chance(0.5) ? frame.nodes.map((_, i) => i).filter((i) => i !== target) : [target];
  const fault: AbstractFault = { at, kind, targets, rate: rng.int(51), cut };
  const faults = [...parent.faults];
  if (faults.length >= space.maxFaults) faults.splice(rng.int(faults.length), 1);
  faults.push(fault);
  return { ...parent, faults };
}

/** Node indices a `fault` kind has taken down, and no `undo` brought back, by time `at`. */
function downAt(faults: readonly AbstractFault[], fault: FaultKind, undo: FaultKind, at: number, nodes: number): number[] {
  const down = new Set<number>();
  const ordered = faults.filter((f) => f.at <= at && (f.kind === fault || f.kind === undo)).sort((a, b) => a.at - b.at);
  for (const f of ordered) {
    for (const t of f.targets) {
      if (f.kind === fault) down.add(t % nodes);
      else down.delete(t % nodes);
    }
  }
  return [...down];
}
