import { filter } from 'rxjs';
import { describe, expect, it } from 'vitest';
import { createSimulation, hierarchyLeaderMachine, hierarchyMemberMachine, hierarchyRootMachine } from '../../../index.js';

function world(lossy: string[] = []) {
  const sim = createSimulation({ seed: 3, network: { latency: 'uniform:1:5' } });
  const leaders = ['l0', 'l1', 'l2'];
  const groups = leaders.map((_, g) => Array.from({ length: 4 }, (_, i) => `m${g}.${i}`));
  sim.spawn(hierarchyRootMachine, { id: 'root', input: (env) => ({ env, leaders, timeoutMs: 100 }) });
  leaders.forEach((id, g) => sim.spawn(hierarchyLeaderMachine, { id, input: (env) => ({ env, root: 'root', members: groups[g]!, timeoutMs: 50 }) }));
  for (const m of groups.flat()) sim.spawn(hierarchyMemberMachine, { id: m, input: (env) => ({ env }) });
  for (const m of lossy) sim.faults.at(0).crash(m);
  const decided: { round: number; count: number; total: number; time: number }[] = [];
  const reached = new Set<string>();
  sim.signals$.pipe(filter((s) => (s.kind === 'signal' && s.type === 'h.decided') || (s.kind === 'deliver' && s.type === 'h.decide'))).subscribe((s) => {
    if (s.kind === 'signal') decided.push({ ...(s.payload as { round: number; count: number; total: number }), time: s.time });
    else reached.add(s.dst);
  });
  const start = { type: 'h.start', round: 0 };
  sim.kernel.schedule(10, () => sim.inject('root', start));
  sim.run({ until: 1000 });
  return { decided, reached, groups };
}

describe('hierarchyRootMachine / hierarchyLeaderMachine / hierarchyMemberMachine', () => {
  it('should aggregate every agent upward and distribute the decision to every leader and member', () => {
    const { decided, reached, groups } = world();
    expect(decided).toHaveLength(1);
    expect(decided[0]!.count).toBe(1 + 3 + 12);
    expect(decided[0]!.total).toBeGreaterThan(0);
    // No timeout was needed: the decision came within a few round trips.
    expect(decided[0]!.time).toBeLessThan(10 + 4 * 5 + 1);
    expect(reached.size).toBe(3 + groups.flat().length);
  });

  it('should send a partial aggregate after the leader timeout when a member is down', () => {
    const { decided } = world(['m1.2']);
    expect(decided[0]!.count).toBe(15);
    expect(decided[0]!.time).toBeGreaterThanOrEqual(10 + 50);
  });
});
