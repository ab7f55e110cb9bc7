import { test as fcTest, fc } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { largeScaleCoordination, runScenario, type RunResult } from '../../../scenarios/index.js';

const small = { agents: 200, duration_ms: 3000 };
const metric = (r: RunResult, name: string): number => (r.metrics[name] as { value: number }).value;
const inv = (r: RunResult, name: string) => r.invariants.find((i) => i.name === name)!;

describe('largeScaleCoordination', () => {
  for (const protocol of ['consensus', 'broadcast', 'hierarchical'] as const) {
    it(`should be deterministic with protocol=${protocol} (same seed, same hash; other seed, other hash)`, () => {
      const a = runScenario(largeScaleCoordination, { ...small, protocol }, 5);
      const b = runScenario(largeScaleCoordination, { ...small, protocol }, 5);
      const c = runScenario(largeScaleCoordination, { ...small, protocol }, 6);
      expect(a.traceHash).toBe(b.traceHash);
      expect(c.traceHash).not.toBe(a.traceHash);
    });

    it(`should report the common metrics with protocol=${protocol}`, () => {
      const r = runScenario(largeScaleCoordination, { ...small, protocol }, 1);
      for (const m of ['coordination_ms', 'success_ratio', 'participation_ratio', 'messages_count', 'messages_per_agent']) expect(r.metrics[m]).toBeDefined();
      expect(metric(r, 'messages_per_agent')).toBeCloseTo(metric(r, 'messages_count') / 200, 9);
      expect((r.metrics['coordination_ms'] as { count: number }).count).toBeGreaterThan(0);
      expect(r.invariants.every((i) => i.holds)).toBe(true);
    });
  }

  it('should use agents/10 Raft participants, re-elect after every leader crash and commit most commands', () => {
    const r = runScenario(largeScaleCoordination, { ...small, protocol: 'consensus', leader_crashes: 2, proposals: 100 }, 3);
    expect(metric(r, 'participants_count')).toBe(20);
    expect(r.metrics['election_downtime_ms']).toMatchObject({ count: 2 });
    const downtime = r.metrics['election_downtime_ms'] as { min: number; max: number };
    // At least the minimum election timeout passes before anyone stands; far less than a second.
    expect(downtime.min).toBeGreaterThanOrEqual(150 - 50);
    expect(downtime.max).toBeLessThan(1000);
    // Commands sent while no leader is known are lost (clients do not retry).
    expect(metric(r, 'success_ratio')).toBeGreaterThan(0.6);
    expect(metric(r, 'success_ratio')).toBeLessThan(1);
    expect(metric(runScenario(largeScaleCoordination, { ...small, protocol: 'consensus', leader_crashes: 0, proposals: 100 }, 3), 'success_ratio')).toBe(1);
    expect(r.faults.filter((f) => f.kind === 'crash')).toHaveLength(2);
    // Commit latency: between one round trip and one heartbeat interval plus a few latencies.
    const commit = r.metrics['commit_ms'] as { p50: number };
    expect(commit.p50).toBeGreaterThan(5);
    expect(commit.p50).toBeLessThan(50 + 40);
  });

  it('should catch the raft-double-vote bug with election safety', () => {
    const params = { agents: 100, participants: 9, election_timeout: 'uniform:150:160', leader_crashes: 4, duration_ms: 4000, proposals: 20 };
    const caught = [1, 2, 3].filter((seed) => !inv(runScenario(largeScaleCoordination, params, seed, { bugs: ['raft-double-vote'] }), 'raft.election-safety').holds);
    expect(caught.length).toBeGreaterThanOrEqual(2);
  });

  fcTest.prop([fc.integer({ min: 1, max: 1_000_000 }), fc.constantFrom(0, 0.05), fc.integer({ min: 0, max: 2 })], { numRuns: 6 })(
    'should keep Raft safety under loss, partitions and leader crashes',
    (seed, loss, partitions) => {
      const r = runScenario(largeScaleCoordination, { agents: 100, participants: 7, duration_ms: 3000, loss, partitions, partition_ms: 500, leader_crashes: 2, proposals: 40 }, seed);
      for (const name of ['raft.election-safety', 'raft.log-matching', 'raft.committed-agree']) expect(inv(r, name).holds).toBe(true);
    },
  );

  it('should deliver every broadcast to every target exactly once with push-pull and tree', () => {
    for (const gossip of ['push-pull', 'tree'] as const) {
      const r = runScenario(largeScaleCoordination, { ...small, protocol: 'broadcast', gossip }, 2);
      expect(metric(r, 'targets_count')).toBe(40);
      expect(metric(r, 'success_ratio')).toBe(1);
      expect(inv(r, 'bc.complete')).toMatchObject({ holds: true, applicable: true });
      expect(inv(r, 'bc.at-most-once').holds).toBe(true);
      expect(metric(r, 'participation_ratio')).toBeCloseTo(0.2, 9);
    }
    // A tree sends exactly targets - 1 messages per broadcast.
    const tree = runScenario(largeScaleCoordination, { ...small, protocol: 'broadcast', gossip: 'tree' }, 2);
    expect(metric(tree, 'messages_count')).toBe(10 * 39);
  });

  it('should lose deliveries to a partition and mark completeness not applicable', () => {
    const r = runScenario(largeScaleCoordination, { ...small, protocol: 'broadcast', gossip: 'tree', partitions: 3, partition_ms: 1500, broadcasts: 20 }, 4);
    expect(metric(r, 'success_ratio')).toBeLessThan(1);
    expect(inv(r, 'bc.complete').applicable).toBe(false);
  });

  it('should aggregate every agent and reach every agent with the hierarchical protocol', () => {
    const r = runScenario(largeScaleCoordination, { ...small, protocol: 'hierarchical' }, 2);
    expect(metric(r, 'groups_count')).toBe(15);
    expect(metric(r, 'aggregated_ratio')).toBe(1);
    expect(metric(r, 'success_ratio')).toBe(1);
    expect(metric(r, 'participation_ratio')).toBe(1);
    // Per round: collect + query + report + aggregate + decide (leaders) + decide (members).
    const leaders = 15;
    const members = 200 - 1 - leaders;
    expect(metric(r, 'messages_count')).toBe(10 * (3 * leaders + 3 * members));
  });

  it('should resolve every preset by name and reject out-of-range overrides', () => {
    for (const [preset, agents] of [['small', 100], ['medium', 1000], ['large', 5000], ['enterprise', 10_000]] as const) {
      const r = runScenario(largeScaleCoordination, { preset, protocol: 'hierarchical', duration_ms: 100, rounds: 1 }, 1);
      expect(r.params['agents']).toBe(agents);
    }
    expect(() => runScenario(largeScaleCoordination, { agents: 50, participants: 60 }, 1)).toThrow(/participants: 60/);
  });
});
