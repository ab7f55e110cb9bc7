/**
 * The mutations of `explore --guided`, on abstract cases (so a mutated case fits any size and
 * horizon, like fast-check's draws): add a fault (anywhere, or after the parent's last one, which
 * extends a sequence that reached something new), remove, move, retarget or re-kind one fault;
 * add the undo of one of its faults later (restart a crashed node, resume a paused one, heal a
 * cut); splice the early faults of one corpus entry with the late faults of another; change the seed;
 * grow or shrink the size. One to three are stacked per child (AFL's havoc stage).
 */
import type { FaultKind, Rng } from '../../engine/index.js';
import type { AbstractFault } from '../../testing/index.js';
import type { ExploreCase } from './exploreCase.js';

/** The kind that undoes each kind of fault. */
const UNDO: Partial<Record<FaultKind, FaultKind>> = { crash: 'restart', pause: 'resume', partition: 'heal' };

/** What mutations may produce. */
export interface MutationSpace {
  /** Fault kinds the scenario's hints allow (none: faults are never added). */
  readonly kinds: readonly FaultKind[];
  /** Inclusive size range, when the size varies. */
  readonly size?: { readonly min: number; readonly max: number };
  /** Most faults in a case. */
  readonly maxFaults: number;
  /**
   * Weight of each kind when one is drawn (default equal): the guided loop raises the kinds whose
   * faults led to new coverage.
   */
  readonly kindWeight?: (kind: FaultKind) => number;
}

/** A random abstract fault, no earlier than `from` (in the abstract 0..1000 time scale). */
export function randomFault(rng: Rng, space: Pick<MutationSpace, 'kinds' | 'kindWeight'>, from = 0): AbstractFault {
  const kind = pickKind(rng, space);
  return { at: from + rng.int(1001 - from), kind, targets: randomTargets(rng, kind), rate: rng.int(51), cut: rng.int(3) };
}

/** Target indices: one node, or for a cut one to three (as fast-check draws them), so it may isolate a group. */
function randomTargets(rng: Rng, kind: FaultKind): number[] {
  return Array.from({ length: kind === 'partition' ? 1 + rng.int(3) : 1 }, () => rng.int(1_000_000));
}

/** A kind of `space`, by its weights. */
export function pickKind(rng: Rng, space: Pick<MutationSpace, 'kinds' | 'kindWeight'>): FaultKind {
  const weight = space.kindWeight;
  return weight === undefined ? rng.pick(space.kinds) : pickWeighted(rng, space.kinds, space.kinds.map((k) => weight(k)));
}

/** One of `items`, each drawn with probability proportional to its weight. */
export function pickWeighted<T>(rng: Rng, items: readonly T[], weights: readonly number[]): T {
  let x = rng.next() * weights.reduce((a, b) => a + b, 0);
  for (let i = 0; i < weights.length; i++) if ((x -= weights[i]!) < 0) return items[i]!;
  return items[items.length - 1]!;
}

/** `c` run until `duration`, each fault at its time in ms as before (to one step of the longer scale). */
export function longerRun(c: ExploreCase, duration: number): ExploreCase {
  const d = c.duration;
  if (d === null || duration <= d) return c;
  return { ...c, duration, faults: c.faults.map((f) => ({ ...f, at: Math.round((f.at * d) / duration) })) };
}

/** A child of `parent`: one to three stacked mutations; `other` is a second corpus entry to splice with. */
export function mutateCase(parent: ExploreCase, rng: Rng, space: MutationSpace, other?: ExploreCase): ExploreCase {
  let c = parent;
  const count = 1 + rng.int(3);
  for (let i = 0; i < count; i++) c = mutateOnce(c, rng, space, other);
  return c;
}

function mutateOnce(c: ExploreCase, rng: Rng, space: MutationSpace, other: ExploreCase | undefined): ExploreCase {
  const faults = [...c.faults];
  const canFault = space.kinds.length > 0;
  const ops: (() => ExploreCase)[] = [() => ({ ...c, seed: rng.int(0x7fffffff) })];
  if (c.size !== null && space.size) {
    ops.push(() => ({ ...c, size: Math.max(space.size!.min, Math.min(space.size!.max, c.size! + (rng.chance(0.5) ? 1 : -1))) }));
  }
  if (canFault && faults.length < space.maxFaults) {
    ops.push(() => {
      faults.splice(rng.int(faults.length + 1), 0, randomFault(rng, space));
      return { ...c, faults };
    });
    // Append after the last fault: keeps what the parent reached and tries one more step.
    const append = (): ExploreCase => {
      const last = faults.reduce((m, f) => Math.max(m, f.at), 0);
      faults.push(randomFault(rng, space, last));
      return { ...c, faults };
    };
    ops.push(append, append);
  }
  if (other !== undefined && other.faults.length > 0 && faults.length > 0) {
    ops.push(() => {
      const cut = rng.int(1001);
      const spliced = [...faults.filter((f) => f.at < cut), ...other.faults.filter((f) => f.at >= cut)].slice(0, space.maxFaults);
      return { ...c, faults: spliced };
    });
  }
  const undoable = faults.filter((f) => UNDO[f.kind] !== undefined && space.kinds.includes(UNDO[f.kind]!));
  if (undoable.length > 0 && faults.length < space.maxFaults) {
    // Undo a fault later (restart the crashed node, heal the cut): a sequence, not two draws.
    ops.push(() => {
      const f = rng.pick(undoable);
      faults.push({ ...f, at: Math.min(1000, f.at + 1 + rng.int(Math.max(1, 1000 - f.at))), kind: UNDO[f.kind]! });
      return { ...c, faults };
    });
  }
  if (faults.length > 0) {
    const i = rng.int(faults.length);
    const f = faults[i]!;
    const set = (g: AbstractFault): ExploreCase => {
      faults[i] = g;
      return { ...c, faults };
    };
    ops.push(
      () => (faults.splice(i, 1), { ...c, faults }),
      () => set({ ...f, at: rng.chance(0.5) ? rng.int(1001) : Math.max(0, Math.min(1000, f.at + rng.int(201) - 100)) }),
      () => set({ ...f, targets: randomTargets(rng, f.kind) }),
      () => set({ ...f, kind: pickKind(rng, space), cut: rng.int(3), rate: rng.int(51) }),
    );
  }
  return rng.pick(ops)();
}
