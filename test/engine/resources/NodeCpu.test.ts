import { describe, expect, it } from 'vitest';
import { NodeCpu, parseDistribution, Rng } from '../../../engine/index.js';

const cpu = (cores: number, cost = 'const:2', roles: Record<string, string> = {}): NodeCpu =>
  new NodeCpu(cores, (role) => parseDistribution(roles[role] ?? cost), new Rng(1));

describe('NodeCpu', () => {
  it('should queue work on a busy single core, first come first served', () => {
    const c = cpu(1);
    expect(c.admit('n1', 'agent', 0)).toBe(2);
    expect(c.admit('n1', 'agent', 0)).toBe(4);
    expect(c.admit('n1', 'agent', 1)).toBe(5);
    // Another node has its own core.
    expect(c.admit('n2', 'agent', 1)).toBe(2);
  });

  it('should run work in parallel on as many cores as the node has', () => {
    const c = cpu(2);
    expect([c.admit('n', 'a', 0), c.admit('n', 'a', 0), c.admit('n', 'a', 0)]).toEqual([2, 2, 4]);
  });

  it('should not queue work that arrives after the core freed', () => {
    const c = cpu(1);
    c.admit('n', 'a', 0);
    expect(c.admit('n', 'a', 10)).toBe(2);
    expect(c.read(20)[0]).toEqual({ node: 'n', busyMs: 4, jobs: 2, waitedMs: 0 });
  });

  it('should count only the busy time up to the reading, not work queued beyond it', () => {
    const c = cpu(1);
    for (let i = 0; i < 5; i++) c.admit('n', 'a', 0);
    expect(c.read(3)[0]!.busyMs).toBe(3);
    expect(c.read(10)[0]!.busyMs).toBe(10);
    expect(c.read(10)[0]!.waitedMs).toBe(0 + 2 + 4 + 6 + 8);
  });

  it('should draw the cost of each role from its own distribution', () => {
    const c = cpu(1, 'const:1', { monitor: 'const:5' });
    expect(c.admit('a', 'agent', 0)).toBe(1);
    expect(c.admit('b', 'monitor', 0)).toBe(5);
  });

  it('should finish zero-cost work at once, even on a busy node', () => {
    const c = new NodeCpu(1, () => parseDistribution('const:0'), new Rng(1));
    expect(c.admit('n', 'a', 0)).toBe(0);
    expect(c.admit('n', 'a', 0)).toBe(0);
  });

  it('should drop the queued work of a crashed node from its busy time', () => {
    const c = cpu(1);
    for (let i = 0; i < 3; i++) c.admit('n', 'a', 0);
    c.reset('n', 1);
    expect(c.read(1)[0]!.busyMs).toBe(1);
    expect(c.admit('n', 'a', 1)).toBe(2);
  });
});
