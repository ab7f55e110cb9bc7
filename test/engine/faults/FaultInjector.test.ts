import { describe, expect, it } from 'vitest';
import { setup } from 'xstate';
import { createSimulation, UsageError, type Signal } from '../../../engine/index.js';

const idle = setup({}).createMachine({ id: 'idle' });

describe('FaultInjector', () => {
  it('should record every fault before it takes effect, in time then plan order', () => {
    const sim = createSimulation({ seed: 1 });
    const faults: Signal[] = [];
    sim.signals$.subscribe((s) => s.kind === 'fault' && faults.push(s));
    sim.spawn(idle, { id: 'a' });
    sim.spawn(idle, { id: 'b' });
    sim.faults.plan([
      { at: 20, kind: 'restart', targets: ['a'] },
      { at: 10, kind: 'crash', targets: ['a', 'b'] },
      { at: 20, kind: 'partition', groups: [['a'], ['b']], id: 'cut' },
    ]);
    sim.run({ until: 15 });
    expect(sim.isUp('a')).toBe(false);
    sim.run({ until: 30 });
    expect(faults.map((s) => [s.time, s.type, s.src, s.dst])).toEqual([
      [10, 'crash', 'env', 'a,b'],
      [20, 'restart', 'env', 'a'],
      [20, 'partition', 'env', 'a,b'],
    ]);
    expect(sim.isUp('a')).toBe(true);
    expect(sim.isUp('b')).toBe(false);
    expect(sim.network.canReach('a', 'b')).toBe(false);
    expect(sim.faults.applied.map((f) => f.kind)).toEqual(['crash', 'restart', 'partition']);
  });

  it('should chain faults at several times with the builder', () => {
    const sim = createSimulation({ seed: 1 });
    sim.spawn(idle, { id: 'a' });
    sim.faults.at(5).crash('a').at(9).restart('a').loss(0.5).heal();
    sim.run({ until: 10 });
    expect(sim.faults.applied.map((f) => [f.at, f.kind])).toEqual([
      [5, 'crash'],
      [9, 'restart'],
      [9, 'loss'],
      [9, 'heal'],
    ]);
    expect(sim.isUp('a')).toBe(true);
  });

  it('should reject a plan that names an unknown node', () => {
    const sim = createSimulation({ seed: 1 });
    sim.spawn(idle, { id: 'a' });
    expect(() => sim.faults.plan([{ at: 1, kind: 'crash', targets: ['zz'] }], 'plan.json')).toThrow(UsageError);
    expect(() => sim.faults.plan([{ at: 1, kind: 'partition', groups: [['a'], ['zz']] }])).toThrow('faults[0].targets: unknown node "zz"');
  });

  it('should reject a fault scheduled in the past', () => {
    const sim = createSimulation({ seed: 1 });
    sim.run({ until: 100 });
    expect(() => sim.faults.at(50).crash('a')).toThrow(RangeError);
  });
});
