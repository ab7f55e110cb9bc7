import { describe, expect, it } from 'vitest';
import type { ExploreCase } from '../../cli/explore/exploreCase.js';
import { longerRun, mutateCase } from '../../cli/explore/mutateCase.js';
import { Rng, type FaultKind } from '../../engine/index.js';
import { materializeFaults } from '../../testing/index.js';

const CASE: ExploreCase = {
  faults: [
    { at: 100, kind: 'pause', targets: [1], rate: 0, cut: 0 },
    { at: 900, kind: 'resume', targets: [1], rate: 0, cut: 0 },
  ],
  size: 3,
  duration: 10_000,
  seed: 7,
};
const NODES = ['n1', 'n2', 'n3'];

describe('longerRun', () => {
  it('should keep every fault at its time in ms (to one step of the longer scale) and leave a longer tail after the last one', () => {
    const longer = longerRun(CASE, 30_000);
    expect(longer).toMatchObject({ size: 3, seed: 7, duration: 30_000 });
    const before = materializeFaults(CASE.faults, NODES, 10_000);
    const after = materializeFaults(longer.faults, NODES, 30_000);
    expect(after.map((f) => f.kind)).toEqual(before.map((f) => f.kind));
    after.forEach((f, i) => expect(Math.abs(f.at - before[i]!.at)).toBeLessThanOrEqual(30));
  });

  it('should leave a case alone when it has no duration or already runs that long', () => {
    expect(longerRun({ ...CASE, duration: null }, 30_000)).toEqual({ ...CASE, duration: null });
    expect(longerRun(CASE, 10_000)).toBe(CASE);
  });
});

describe('mutateCase', () => {
  it('should add cuts of one to three targets, so a cut can isolate a group, and other faults on one node', () => {
    const added = (kinds: readonly FaultKind[]) =>
      new Set(Array.from({ length: 200 }, (_, i) => mutateCase({ ...CASE, faults: [] }, new Rng(i), { kinds, maxFaults: 8 }).faults).flat().map((f) => f.targets.length));
    expect(added(['partition'])).toEqual(new Set([1, 2, 3]));
    expect(added(['crash'])).toEqual(new Set([1]));
  });
});
