import { filter } from 'rxjs';
import { describe, expect, it } from 'vitest';
import { createSimulation, gossipNodeMachine, type GossipMode } from '../../../index.js';

function broadcast(mode: GossipMode, n: number, fanout: number, seed = 1, untilMs = 2000) {
  const sim = createSimulation({ seed, network: { latency: 'exp:5' } });
  const members = Array.from({ length: n }, (_, i) => `m${i}`);
  members.forEach((id, index) => sim.spawn(gossipNodeMachine, { id, input: (env) => ({ env, members, index, mode, fanout, roundMs: 100 }) }));
  const deliveries = new Map<string, number>();
  let sends = 0;
  sim.signals$.pipe(filter((s) => s.kind === 'send' || (s.kind === 'signal' && s.type === 'bc.deliver'))).subscribe((s) => {
    if (s.kind === 'send') sends++;
    else deliveries.set(s.src, (deliveries.get(s.src) ?? 0) + 1);
  });
  const start = { type: 'bc.start', id: 0 };
  sim.kernel.schedule(10, () => sim.inject('m3', start));
  sim.run({ until: untilMs });
  return { deliveries, sends };
}

describe('gossipNodeMachine', () => {
  it('should reach every member exactly once over a tree with members - 1 messages', () => {
    const { deliveries, sends } = broadcast('tree', 100, 3);
    expect(deliveries.size).toBe(100);
    expect([...deliveries.values()].every((k) => k === 1)).toBe(true);
    expect(sends).toBe(99);
  });

  it('should reach every member with push-pull, each at most once', () => {
    const { deliveries } = broadcast('push-pull', 200, 1);
    expect(deliveries.size).toBe(200);
    expect(Math.max(...deliveries.values())).toBe(1);
  });

  it('should cover the epidemic final size s = 1 - exp(-f·s) with push gossip', () => {
    // f = 2: s ≈ 0.7968. 10 runs x 1,000 members; per-run sd ≈ 0.02, mean's ≈ 0.006.
    const n = 1000;
    let reached = 0;
    for (let seed = 1; seed <= 10; seed++) {
      const r = broadcast('push', n, 2, seed);
      // runs that die out immediately (the origin's two pushes both fail to spread) are rare
      reached += r.deliveries.size;
    }
    let s = 0.5;
    for (let i = 0; i < 100; i++) s = 1 - Math.exp(-2 * s);
    expect(reached / (10 * n)).toBeGreaterThan(s - 0.04);
    expect(reached / (10 * n)).toBeLessThan(s + 0.03);
  });
});
