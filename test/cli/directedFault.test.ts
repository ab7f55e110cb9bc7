import { describe, expect, it } from 'vitest';
import { directedFault } from '../../cli/explore/directedFault.js';
import type { ExploreCase } from '../../cli/explore/exploreCase.js';
import { Rng } from '../../engine/index.js';

const FRAME = { nodes: ['n1', 'n2', 'n3'], horizonMs: 2000 };
const PARENT: ExploreCase = { faults: [{ at: 100, kind: 'crash', targets: [5], rate: 0, cut: 0 }], size: 3, duration: 2000, seed: 7 };

describe('directedFault', () => {
  it('should add a fault just after the moment, on the node that reached it, keeping the seed and size', () => {
    for (let i = 0; i < 50; i++) {
      const child = directedFault(PARENT, { at: 700, node: 'n2', key: 'k' }, FRAME, new Rng(i), { kinds: ['crash', 'pause'], maxFaults: 8 });
      expect(child).toMatchObject({ seed: 7, size: 3, duration: 2000 });
      expect(child.faults).toHaveLength(2);
      const f = child.faults[1]!;
      // 700 ms of 2000 is 350 thousandths: the fault comes after it, within 25 steps.
      expect(f.at).toBeGreaterThan(350);
      expect(f.at).toBeLessThanOrEqual(375);
      expect(f.targets).toEqual([1]);
    }
  });

  it('should restart a node the plan crashed rather than the live one that reached the moment', () => {
    const child = directedFault(PARENT, { at: 700, node: 'n1', key: 'k' }, FRAME, new Rng(1), { kinds: ['restart'], maxFaults: 8 });
    expect(child.faults[1]).toMatchObject({ kind: 'restart', targets: [5 % 3] });
  });

  it('should replace a fault when the case is full, and leave the case alone when no fault kind is allowed', () => {
    const full = directedFault(PARENT, { at: 700, node: 'n1', key: 'k' }, FRAME, new Rng(1), { kinds: ['crash'], maxFaults: 1 });
    expect(full.faults).toHaveLength(1);
    expect(full.faults[0]!.at).toBeGreaterThan(350);
    expect(directedFault(PARENT, { at: 700, node: 'n1', key: 'k' }, FRAME, new Rng(1), { kinds: [], maxFaults: 8 })).toBe(PARENT);
  });

  it('should cut off either the node that reached the moment or every other node, moving the cut in force', () => {
    const cut: ExploreCase = { ...PARENT, faults: [{ at: 100, kind: 'partition', targets: [0], rate: 0, cut: 2 }] };
    const children = Array.from({ length: 100 }, (_, i) => directedFault(cut, { at: 700, node: 'n2', key: 'k' }, FRAME, new Rng(i), { kinds: ['partition'], maxFaults: 8 }).faults[1]!);
    const shapes = new Set(children.map((f) => JSON.stringify(f.targets)));
    expect(shapes).toEqual(new Set(['[1]', '[0,2]']));
    const moved = children.filter((f) => f.cut === 2).length;
    expect(moved).toBeGreaterThan(70);
    expect(moved).toBeLessThan(100);
  });
});
