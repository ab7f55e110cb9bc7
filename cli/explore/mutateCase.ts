/**
 * The mutations of `explore --guided`, on abstract cases (so a mutated case fits any size and
 * horizon, like fast-check's draws): add, remove, move, retarget or re-kind one fault; change the
 * seed; grow or shrink the size. One to three are stacked per child (AFL's havoc stage).
 */
import type { FaultKind, Rng } from '../../engine/index.js';
import type { AbstractFault } from '../../testing/index.js';
import type { ExploreCase } from './exploreCase.js';

/** What mutations may produce. */
export interface MutationSpace {
  /** Fault kinds the scenario's hints allow (none: faults are never added). */
  readonly kinds: readonly FaultKind[];
  /** Inclusive size range, when the size varies. */
  readonly size?: { readonly min: number; readonly max: number };
  /** Most faults in a case. */
  readonly maxFaults: number;
}

/** A random abstract fault. */
export function randomFault(rng: Rng, kinds: readonly FaultKind[]): AbstractFault {
  return { at: rng.int(1001), kind: rng.pick(kinds), targets: [rng.int(1_000_000)], rate: rng.int(51), cut: rng.int(3) };
}

/** A child of `parent`: one to three stacked mutations. */
export function mutateCase(parent: ExploreCase, rng: Rng, space: MutationSpace): ExploreCase {
  let c = parent;
  const count = 1 + rng.int(3);
  for (let i = 0; i < count; i++) c = mutateOnce(c, rng, space);
  return c;
}

function mutateOnce(c: ExploreCase, rng: Rng, space: MutationSpace): ExploreCase {
  const faults = [...c.faults];
  const canFault = space.kinds.length > 0;
  const ops: (() => ExploreCase)[] = [() => ({ ...c, seed: rng.int(0x7fffffff) })];
  if (c.size !== null && space.size) {
    ops.push(() => ({ ...c, size: Math.max(space.size!.min, Math.min(space.size!.max, c.size! + (rng.chance(0.5) ? 1 : -1))) }));
  }
  if (canFault && faults.length < space.maxFaults) {
    const add = (): ExploreCase => {
      faults.splice(rng.int(faults.length + 1), 0, randomFault(rng, space.kinds));
      return { ...c, faults };
    };
    ops.push(add, add);
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
      () => set({ ...f, targets: [rng.int(1_000_000)] }),
      () => set({ ...f, kind: rng.pick(space.kinds), cut: rng.int(3), rate: rng.int(51) }),
    );
  }
  return rng.pick(ops)();
}
