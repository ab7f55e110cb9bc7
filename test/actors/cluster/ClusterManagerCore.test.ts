import { describe, expect, it } from 'vitest';
import { CLUSTER_MANAGER_COVERAGE, ClusterManagerCore, directoryOwner, Rng, type ClusterManagerEvent, type CoveragePoints } from '../../../index.js';

function cluster(nodes: number, agents: number, extra: { capacity?: number; spillAt?: number; points?: CoveragePoints } = {}) {
  const managers = Array.from({ length: nodes }, (_, i) => `n${i}.mgr`);
  const cores = new Map(
    managers.map((id, index) => [
      id,
      new ClusterManagerCore(
        { id, index, managers, agents: Array.from({ length: agents }, (_, j) => `n${index}.a${j}`), spillAt: extra.spillAt ?? 2, capacity: extra.capacity ?? 10, timeoutMs: 500, holdMs: 1000 },
        new Rng(1, id),
        extra.points,
      ),
    ]),
  );
  const toAgents: { to: string; event: unknown }[] = [];
  const signals: { name: string; data: unknown }[] = [];
  const pump = (now = 0): void => {
    for (let moved = true; moved; ) {
      moved = false;
      for (const core of cores.values()) {
        for (const m of core.outbox.splice(0)) {
          moved = true;
          const target = cores.get(m.to);
          if (target) target.handle(m.event as ClusterManagerEvent, now);
          else toAgents.push(m);
        }
        signals.push(...core.signals.splice(0));
      }
    }
  };
  return { managers, cores, pump, toAgents, signals, core: (id: string) => cores.get(id)! };
}

describe('ClusterManagerCore', () => {
  it('should spread directory ownership over the managers', () => {
    const owners = new Map<number, number>();
    for (let i = 0; i < 5000; i++) owners.set(directoryOwner(`n${i % 50}.a${i}`, 10), (owners.get(directoryOwner(`n${i % 50}.a${i}`, 10)) ?? 0) + 1);
    expect(owners.size).toBe(10);
    for (const c of owners.values()) expect(c).toBeGreaterThan(350);
  });

  it('should answer a cross-node lookup from the owner with the agent\'s node', () => {
    const c = cluster(5, 20);
    for (const core of c.cores.values()) core.register();
    c.pump();
    c.core('n0.mgr').handle({ type: 'd.lookup', from: 'n0.a1', key: 'n3.a7' }, 0);
    c.pump();
    expect(c.toAgents).toEqual([{ to: 'n0.a1', event: { type: 'd.found', key: 'n3.a7', node: 3 } }]);
  });

  it('should balance to the least-loaded local agent and spill over once when all are busy', () => {
    const c = cluster(3, 2, { spillAt: 1 });
    const m = c.core('n1.mgr');
    m.handle({ type: 'lb.request', hops: 0, id: 1 }, 0);
    m.handle({ type: 'lb.request', hops: 0, id: 2 }, 0);
    m.handle({ type: 'lb.request', hops: 0, id: 3 }, 0);
    c.pump();
    const jobs = c.toAgents.map((x) => x.to);
    expect(jobs.slice(0, 2).sort()).toEqual(['n1.a0', 'n1.a1']);
    expect(jobs[2]).toMatch(/^n[02]\.a/);
    m.handle({ type: 'lb.done', agent: 'n1.a0', id: 1 }, 5);
    expect(m.signals).toEqual([{ name: 'lb.completed', data: { agent: 'n1.a0', id: 1 } }]);
  });

  it('should allocate with two-phase reservation, and release everything when one node refuses', () => {
    const c = cluster(4, 1, { capacity: 3 });
    c.core('n0.mgr').handle({ type: 'ra.request', id: 1, spread: 3, units: 6 }, 0);
    c.pump();
    expect(c.signals).toContainEqual({ name: 'ra.allocated', data: { id: 1 } });
    const free = (): number[] => c.managers.slice(1).map((id) => c.core(id).free);
    expect(free()).toEqual([1, 1, 1]);
    c.core('n0.mgr').handle({ type: 'ra.request', id: 2, spread: 3, units: 6 }, 10);
    c.pump(10);
    expect(c.signals).toContainEqual({ name: 'ra.failed', data: { id: 2 } });
    expect(free()).toEqual([1, 1, 1]);
    for (const core of c.cores.values()) core.sweep(2000);
    expect(free()).toEqual([3, 3, 3]);
  });

  it('should hit only declared coverage points, and enter full when a reservation takes the last unit', () => {
    const hits: string[] = [];
    const points: CoveragePoints = { enabled: true, hit: (from, to, cause) => void hits.push(`${from}|${to}|${cause}`) };
    const c = cluster(4, 1, { capacity: 2, points });
    c.core('n0.mgr').register();
    c.pump();
    c.core('n0.mgr').handle({ type: 'd.lookup', from: 'n0.a0', key: 'n3.a0' }, 0);
    c.core('n0.mgr').handle({ type: 'ra.request', id: 1, spread: 3, units: 6 }, 0);
    c.pump();
    for (const core of c.cores.values()) core.sweep(5000);
    const declared = new Set(CLUSTER_MANAGER_COVERAGE.transitions.map((t) => t.join('|')));
    expect(hits.filter((h) => !declared.has(h))).toEqual([]);
    expect(hits).toContain('available|full|ra-reserve-granted');
    expect(hits).toContain('full|available|sweep-expired');
  });
});
