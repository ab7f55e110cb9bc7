import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { CognitiveAgentTeam, CognitiveChoice, CognitiveFloat, withinBounds, type VariableSpec } from '../../../actors/index.js';
import { Rng } from '../../../engine/index.js';

const floatSpec = { kind: 'float', min: 0, max: 10, learningRate: 0.1, momentum: 0.5, initial: 5 } as const;

describe('CognitiveFloat', () => {
  it('should step by learning rate × gradient × range, with momentum', () => {
    const f = new CognitiveFloat(floatSpec);
    const p1 = f.propose({ gradient: 1 });
    expect(p1.value).toBeCloseTo(6);
    expect(p1.magnitude).toBeCloseTo(0.1);
    f.set(p1.value);
    expect(f.propose({ gradient: 1 }).value).toBeCloseTo(6 + 0.5 * 1 + 1);
  });

  it('should clamp set values into bounds unless told not to', () => {
    const f = new CognitiveFloat(floatSpec);
    expect(f.set(42)).toBe(10);
    expect(f.set(-3)).toBe(0);
    expect(f.set(42, false)).toBe(42);
  });

  test.prop([fc.array(fc.oneof(fc.double({ min: -1e3, max: 1e3, noNaN: true }).map((g) => ({ g })), fc.double({ min: -50, max: 50, noNaN: true }).map((v) => ({ v }))), { maxLength: 50 })])(
    'should never leave its bounds through proposals and sets',
    (steps) => {
      const f = new CognitiveFloat(floatSpec);
      for (const s of steps) {
        const v = 'g' in s ? f.set(f.propose({ gradient: s.g }).value) : f.set(s.v);
        expect(withinBounds(floatSpec, v)).toBe(true);
      }
    },
  );
});

describe('CognitiveChoice', () => {
  const pullMany = (policy: 'ucb1' | 'epsilon-greedy', pulls: number) => {
    const spec = { kind: 'choice', options: ['a', 'b', 'c'], policy, epsilon: 0.1, initial: 'a' } as const;
    const c = new CognitiveChoice(spec);
    const rng = new Rng(7);
    const p = { a: 0.2, b: 0.8, c: 0.5 } as Record<string, number>;
    let best = 0;
    for (let i = 0; i < pulls; i++) {
      const next = c.propose({ reward: rng.next() < p[c.value]! ? 1 : 0 }, rng);
      c.set(next.value);
      if (i >= pulls / 2 && c.value === 'b') best++;
    }
    return { c, bestShare: best / (pulls / 2) };
  };

  it('should try every option under UCB1 and then mostly play the best one', () => {
    const { c, bestShare } = pullMany('ucb1', 2000);
    expect(c.counts.every((n) => n > 0)).toBe(true);
    expect(bestShare).toBeGreaterThan(0.85);
  });

  it('should explore about epsilon of the time under epsilon-greedy and otherwise exploit', () => {
    const { bestShare } = pullMany('epsilon-greedy', 4000);
    // Exploit (0.9) plus a third of explorations (0.1/3) land on the best option.
    expect(bestShare).toBeGreaterThan(0.88);
    expect(bestShare).toBeLessThan(0.97);
  });

  it('should refuse an unknown option', () => {
    const c = new CognitiveChoice({ kind: 'choice', options: ['x', 'y'], policy: 'ucb1', epsilon: 0, initial: 'y' });
    expect(c.set('z')).toBe('y');
  });
});

describe('CognitiveAgentTeam', () => {
  const spec: VariableSpec = { kind: 'team', pool: ['a1', 'a2', 'a3', 'a4', 'a5'], minSize: 2, maxSize: 4, initial: ['a1', 'a2'] };

  it('should grow under high load, shrink under low load, and replace failed members', () => {
    const t = new CognitiveAgentTeam(spec as Extract<VariableSpec, { kind: 'team' }>);
    const rng = new Rng(1);
    const grown = t.set(t.propose({ load: 0.95 }, rng).value);
    expect(grown).toHaveLength(3);
    const replaced = t.set(t.propose({ load: 0.5, failed: ['a1'] }, rng).value);
    expect(replaced).toHaveLength(3);
    expect(replaced).not.toContain('a1');
    expect(t.set(t.propose({ load: 0.1 }, rng).value)).toHaveLength(2);
    expect(t.set(t.propose({ load: 0.1 }, rng).value)).toHaveLength(2);
  });

  test.prop([fc.array(fc.record({ load: fc.double({ min: 0, max: 3, noNaN: true }), failed: fc.subarray(['a1', 'a2', 'a3', 'a4', 'a5']) }), { maxLength: 30 }), fc.integer()])(
    'should keep its size within bounds and its members in the pool',
    (feedback, seed) => {
      const t = new CognitiveAgentTeam(spec as Extract<VariableSpec, { kind: 'team' }>);
      const rng = new Rng(seed);
      for (const f of feedback) expect(withinBounds(spec, t.set(t.propose(f, rng).value))).toBe(true);
    },
  );
});
