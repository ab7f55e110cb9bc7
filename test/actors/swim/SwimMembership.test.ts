import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { SwimBroadcasts, SwimMembership, SwimRoster } from '../../../actors/index.js';
import { Rng } from '../../../engine/index.js';

const ids = Array.from({ length: 10 }, (_, i) => `m${i}`);

describe('SwimMembership', () => {
  it('should probe every other live member exactly once per round-robin pass', () => {
    const view = new SwimMembership(new SwimRoster(ids), 'm0');
    view.set('m3', 'dead', 0);
    const rng = new Rng(1);
    for (let pass = 0; pass < 5; pass++) {
      const seen = Array.from({ length: 8 }, () => view.nextTarget(rng, 'round-robin'));
      expect(new Set(seen).size).toBe(8);
      expect(seen).not.toContain('m0');
      expect(seen).not.toContain('m3');
    }
  });

  it('should pick random targets uniformly among live others', () => {
    const view = new SwimMembership(new SwimRoster(ids), 'm0');
    view.set('m9', 'dead', 2);
    const rng = new Rng(2);
    const counts = new Map<string, number>();
    for (let i = 0; i < 8000; i++) {
      const t = view.nextTarget(rng, 'random')!;
      counts.set(t, (counts.get(t) ?? 0) + 1);
    }
    expect(counts.has('m0') || counts.has('m9')).toBe(false);
    for (const c of counts.values()) expect(Math.abs(c - 1000)).toBeLessThan(150);
    expect(view.liveCount).toBe(9);
  });

  it('should choose only alive helpers other than self and the target', () => {
    const view = new SwimMembership(new SwimRoster(ids), 'm0');
    view.set('m1', 'suspect', 0);
    view.set('m2', 'dead', 0);
    const helpers = view.helpers(new Rng(3), 3, 'm4');
    expect(helpers).toHaveLength(3);
    for (const h of helpers) expect(['m0', 'm1', 'm2', 'm4']).not.toContain(h);
  });

  it('should walk push/pull partners over every other member, dead ones included, on a walk separate from the probes', () => {
    const view = new SwimMembership(new SwimRoster(ids), 'm0');
    view.set('m1', 'suspect', 0);
    view.set('m2', 'dead', 0);
    view.set('m0', 'alive', 3);
    const rng = new Rng(4);
    view.nextTarget(rng, 'round-robin');
    for (let pass = 0; pass < 3; pass++) {
      const seen = Array.from({ length: 9 }, () => view.nextPartner(rng, 'round-robin'));
      expect(new Set(seen)).toEqual(new Set(ids.slice(1)));
    }
    for (let i = 0; i < 50; i++) expect(view.nextPartner(rng, 'random')).not.toBe('m0');
    expect(new Map(view.entries())).toEqual(new Map([['m0', { status: 'alive', incarnation: 3 }], ['m1', { status: 'suspect', incarnation: 0 }], ['m2', { status: 'dead', incarnation: 0 }]]));
  });

  it('should return no target when everyone else is dead', () => {
    const view = new SwimMembership(new SwimRoster(['a', 'b']), 'a');
    view.set('b', 'dead', 0);
    expect(view.nextTarget(new Rng(1), 'round-robin')).toBeUndefined();
    expect(view.nextTarget(new Rng(1), 'random')).toBeUndefined();
    expect(view.nextPartner(new Rng(1), 'round-robin')).toBe('b');
    expect(new SwimMembership(new SwimRoster(['a']), 'a').nextPartner(new Rng(1), 'random')).toBeUndefined();
  });
});

describe('SwimBroadcasts', () => {
  it('should replace updates about the same node and retire them after the limit', () => {
    const b = new SwimBroadcasts();
    b.push({ node: 'x', status: 'suspect', incarnation: 0, from: 'a' });
    b.push({ node: 'x', status: 'dead', incarnation: 0, from: 'a' });
    b.push({ node: 'y', status: 'alive', incarnation: 1, from: 'y' });
    expect(b.size).toBe(2);
    expect(b.take(1, 2)![0]!.status).toBe('dead');
    expect(b.take(1, 2)![0]!.node).toBe('y'); // least transmitted first
    expect(b.take(5, 2)).toHaveLength(2);
    expect(b.take(5, 2)).toBeUndefined();
  });

  it('should take what a stable sort by transmit count would, oldest first among equals', () => {
    // Reference: the queue sorted stably by transmits, first `max` (all, in queue order, when few).
    type Ref = { node: string; transmits: number };
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.record({ push: fc.integer({ min: 0, max: 12 }) }), fc.record({ take: fc.integer({ min: 1, max: 5 }) })), { maxLength: 200 }), (ops) => {
        const b = new SwimBroadcasts(8);
        let ref: Ref[] = [];
        for (const op of ops) {
          if ('push' in op) {
            const node = `n${op.push}`;
            b.push({ node, status: 'alive', incarnation: 0, from: 'a' });
            ref = ref.filter((q) => q.node !== node);
            ref.push({ node, transmits: 0 });
            if (ref.length > 8) {
              let worst = 0;
              for (let k = 1; k < ref.length; k++) if (ref[k]!.transmits > ref[worst]!.transmits) worst = k;
              ref.splice(worst, 1);
            }
          } else {
            const picked = ref.length <= op.take ? ref.slice() : ref.slice().sort((x, y) => x.transmits - y.transmits).slice(0, op.take);
            for (const q of picked) q.transmits++;
            ref = ref.filter((q) => q.transmits < 3);
            expect(b.take(op.take, 3)?.map((u) => u.node)).toEqual(picked.length ? picked.map((q) => q.node) : undefined);
          }
        }
        expect(b.size).toBe(ref.length);
      }),
    );
  });
});
