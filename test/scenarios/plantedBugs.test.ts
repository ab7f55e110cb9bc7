/**
 * The harder planted bugs of issue 13, each replayed from the counterexample `explore --guided`
 * found (fault plans in fixtures/): with the bug the invariant is violated, without it it holds.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFaultPlan, type Fault } from '../../engine/index.js';
import { coverageObserver, resultCoverage } from '../../analysis/index.js';
import { runExplore } from '../../cli/explore/runExplore.js';
import { runScenario, scenarios } from '../../scenarios/index.js';

const plan = (name: string) => parseFaultPlan(JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures', `${name}.plan.json`), 'utf8')));
const SAFETY = ['raft.committed-agree', 'raft.log-matching', 'raft.election-safety', 'raft.leader-completeness'];
const verdict = (r: ReturnType<typeof runScenario>, name: string) => r.invariants.find((i) => i.name === name);

describe('planted bugs', () => {
  it('should catch swim-refutation-lost with swim.no-live-declared-dead: a resumed member stays dead', () => {
    const scenario = scenarios.get('failure-detection')!;
    const params = { crash: 0, nodes: 5, duration_ms: 28407, detector: 'swim', probe_interval_ms: 100, probe_timeout_ms: 50, push_pull_ms: 200 };
    const faults = plan('swim-refutation-lost');
    const bad = verdict(runScenario(scenario, params, 0, { faults, bugs: ['swim-refutation-lost'] }), 'swim.no-live-declared-dead')!;
    expect(bad).toMatchObject({ holds: false, applicable: true });
    expect(bad.example).toMatch(/agent-1 is up but agent-\d still holds it dead/);
    expect(verdict(runScenario(scenario, params, 0, { faults }), 'swim.no-live-declared-dead')).toMatchObject({ holds: true, applicable: true });
  });

  it('should not promise swim.no-live-declared-dead without push/pull, where a member paused through its own death never hears of it', () => {
    const scenario = scenarios.get('failure-detection')!;
    // Found by the guided search with no bug on: agent-2 resumes 33 ms before agent-4's suspicion of it expires.
    const params = { crash: 0, nodes: 4, duration_ms: 27917, detector: 'swim', probe_interval_ms: 100, probe_timeout_ms: 50 };
    const faults = plan('swim-paused-through-death');
    const gossipOnly = verdict(runScenario(scenario, params, 540205342, { faults }), 'swim.no-live-declared-dead')!;
    expect(gossipOnly).toMatchObject({ holds: false, applicable: false });
    expect(gossipOnly.example).toMatch(/agent-2 is up but agent-4 still holds it dead/);
    expect(verdict(runScenario(scenario, { ...params, push_pull_ms: 200 }, 540205342, { faults }), 'swim.no-live-declared-dead')).toMatchObject({ holds: true, applicable: true });
  });

  it('should catch raft-no-step-down with raft.committed-agree', () => {
    const scenario = scenarios.get('large-scale-coordination')!;
    const params = { protocol: 'consensus', agents: 10, proposals: 20, participants: 5, duration_ms: 5988 };
    const faults = plan('raft-no-step-down');
    expect(verdict(runScenario(scenario, params, 468624758, { faults, bugs: ['raft-no-step-down'] }), 'raft.committed-agree')).toMatchObject({ holds: false });
    const fixed = runScenario(scenario, params, 468624758, { faults });
    for (const name of SAFETY) expect(verdict(fixed, name)).toMatchObject({ holds: true });
  });

  it('should catch registry-lww-arrival-order with registry.replicas-converge after a crash and restart', () => {
    const scenario = scenarios.get('agent-registration')!;
    const params = { op: 'concurrent', registry: 'replicated', nodes: 3, gossip_ms: 2, agents: 3, iterations: 2 };
    const faults = plan('registry-lww-arrival-order');
    const bad = verdict(runScenario(scenario, params, 3, { faults, bugs: ['registry-lww-arrival-order'] }), 'registry.replicas-converge')!;
    expect(bad).toMatchObject({ holds: false, applicable: true });
    expect(bad.example).toMatch(/registry-\d holds agent-\d (registered|removed) but registry-\d holds it/);
    expect(verdict(runScenario(scenario, params, 3, { faults }), 'registry.replicas-converge')).toMatchObject({ holds: true, applicable: true });
    // Without the restart the same run converges: one agent's writes never tie.
    expect(verdict(runScenario(scenario, params, 3, { faults: faults.filter((f) => f.kind !== 'restart'), bugs: ['registry-lww-arrival-order'] }), 'registry.replicas-converge')).toMatchObject({ holds: true });
  });

  it('should find registry-lww-arrival-order with explore and shrink it to a crash and a restart', () => {
    const o = runExplore(scenarios.get('agent-registration')!, { runs: 450, seed: 6, sets: {}, bugs: ['registry-lww-arrival-order'], invariant: 'registry.replicas-converge' });
    expect(o.found).toBe(true);
    if (!o.found) return;
    expect(o.counterexample.faults.map((f) => f.kind)).toEqual(['crash', 'restart']);
  });

  // Figure 8 of the Raft paper, by hand with explore's fault vocabulary (five crash/restart faults,
  // three participants): agent-3 leads term 1 and crashes holding c1 alone; agent-1 leads term 2 and
  // crashes holding c4 alone; agent-3 restarts, wins term 4 with agent-2's vote, replicates c1 to it
  // and commits it (an entry of term 1) by count; it crashes and agent-1 restarts, wins with
  // agent-2's vote (its last term, 2, is newer) and overwrites index 2 with c4.
  it('should catch raft-commit-old-term (Figure 8) with raft.committed-agree from a five-fault plan', () => {
    const scenario = scenarios.get('large-scale-coordination')!;
    const params = { protocol: 'consensus', agents: 10, proposals: 20, participants: 3, duration_ms: 6000, leader_crashes: 0 };
    const faults = plan('raft-commit-old-term');
    expect(faults.map((f) => f.kind)).toEqual(['crash', 'crash', 'restart', 'crash', 'restart']);
    const buggy = runScenario(scenario, params, 1, { faults, bugs: ['raft-commit-old-term'] });
    const bad = verdict(buggy, 'raft.committed-agree')!;
    expect(bad).toMatchObject({ holds: false });
    expect(bad.example).toMatch(/committed \{term 2, cmd "c4"\} at index 2, already committed as \{term 1, cmd "c1"\}/);
    // Leader Completeness sees it one step earlier: at the election of the leader that lacks c1.
    expect(verdict(buggy, 'raft.leader-completeness')!.example).toMatch(/agent-1 won term \d+ holding \{term 2, cmd "c4"\} at index 2, committed as \{term 1, cmd "c1"\} \(t=1824/);
    const fixed = runScenario(scenario, params, 1, { faults });
    for (const name of SAFETY) expect(verdict(fixed, name)).toMatchObject({ holds: true });
  });

  it('should catch raft-commit-old-term from three moves of one cut, a second or more apart', () => {
    const scenario = scenarios.get('large-scale-coordination')!;
    const params = { protocol: 'consensus', agents: 10, proposals: 20, participants: 3, duration_ms: 6000, leader_crashes: 0 };
    // agent-3 leads term 1. Its followers are cut off (it keeps the clients); then agent-2, leader of
    // the other side, is left alone with the clients; then agent-3, back in charge of agent-1, is cut off.
    const faults: Fault[] = [
      { at: 1000, kind: 'partition', id: 'p1', targets: ['agent-1', 'agent-2'] },
      { at: 2500, kind: 'heal', id: 'p1' },
      { at: 2500, kind: 'partition', id: 'p1', targets: ['agent-3', 'agent-1'] },
      { at: 3700, kind: 'heal', id: 'p1' },
      { at: 3700, kind: 'partition', id: 'p1', targets: ['agent-3'] },
    ];
    const buggy = runScenario(scenario, params, 5, { faults, bugs: ['raft-commit-old-term'], observe: [coverageObserver()] });
    const bad = verdict(buggy, 'raft.committed-agree')!;
    expect(bad).toMatchObject({ holds: false });
    expect(bad.example).toMatch(/agent-2 committed \{term 3, cmd "c12"\} at index 4, already committed as \{term 1, cmd "c6"\}/);
    expect(verdict(buggy, 'raft.leader-completeness')).toMatchObject({ holds: false });
    // The near-misses on the way: agent-2 leads while agent-3 holds stranded entries (Figure 8's (b)),
    // and before the third move agent-3 has committed c6 while agent-2 holds a later entry there.
    const ledger = resultCoverage(buggy)!.machines.find((m) => m.name === 'raft-ledger')!;
    for (const point of ['leader-past-stranded', 'commit-shadowed']) expect(ledger.transitions.find((t) => t.event === point)!.count).toBeGreaterThan(0);
    const fixed = runScenario(scenario, params, 5, { faults, observe: [coverageObserver()] });
    for (const name of SAFETY) expect(verdict(fixed, name)).toMatchObject({ holds: true });
    // Correct Raft strands entries the same way, but the new leader's no-op keeps the stranded one from winning again.
    const fixedLedger = resultCoverage(fixed)!.machines.find((m) => m.name === 'raft-ledger')!;
    expect(fixedLedger.transitions.map((t) => t.count > 0)).toEqual([true, false]);
  });
});
