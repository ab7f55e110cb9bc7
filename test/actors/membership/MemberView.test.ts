import { describe, expect, it } from 'vitest';
import { MemberView, Rng } from '../../../index.js';

describe('MemberView', () => {
  it('should share a base membership, add what it learns, and keep updates hot for `retransmit` rounds', () => {
    const base = { list: ['a', 'b', 'c'], set: new Set(['a', 'b', 'c']) };
    const v = new MemberView('a', base, 2);
    expect(v.learn('b', 1)).toBe(false);
    expect(v.learn('d', 1)).toBe(true);
    expect(v.size).toBe(4);
    expect(v.hotUpdates(1)).toEqual(['d']);
    expect(v.hotUpdates(2)).toEqual(['d']);
    expect(v.hotUpdates(3)).toEqual([]);
    expect(v.all()).toEqual(['a', 'b', 'c', 'd']);
    const forever = new MemberView('a', base, 0);
    forever.learn('e', 1);
    expect(forever.hotUpdates(1_000_000)).toEqual(['e']);
  });

  it('should choose distinct random targets other than itself, uniformly', () => {
    const base = { list: ['a', 'b', 'c', 'd', 'e'], set: new Set(['a', 'b', 'c', 'd', 'e']) };
    const v = new MemberView('a', base, 0);
    const rng = new Rng(9);
    const counts = new Map<string, number>();
    for (let i = 0; i < 4000; i++) {
      const t = v.targets(2, () => rng.next());
      expect(new Set(t).size).toBe(2);
      expect(t).not.toContain('a');
      for (const m of t) counts.set(m, (counts.get(m) ?? 0) + 1);
    }
    for (const m of ['b', 'c', 'd', 'e']) expect(counts.get(m)! / 8000).toBeCloseTo(0.25, 1);
    expect(v.targets(10, () => rng.next())).toHaveLength(4);
  });
});
