import { filter } from 'rxjs';
import { describe, expect, it } from 'vitest';
import { boundedVariableMachine, clusterWorkerMachine, createRaftDisk, createSimulation, parseDistribution, raftClientMachine, raftNodeMachine, variableClientMachine, type RaftDisk } from '../../../index.js';

describe('raftNodeMachine / raftClientMachine', () => {
  it('should elect one leader, re-elect after its crash, and commit client commands', () => {
    const sim = createSimulation({ seed: 4, network: { latency: 'exp:5' } });
    const members = ['r1', 'r2', 'r3', 'r4', 'r5'];
    const disks = new Map<string, RaftDisk>(members.map((m) => [m, createRaftDisk()]));
    const config = { members, electionTimeout: parseDistribution('uniform:150:300'), heartbeatMs: 50 };
    for (const id of members) sim.spawn(raftNodeMachine, { id, input: (env) => ({ env, config, disk: disks.get(id)! }) });
    sim.spawn(raftClientMachine, { id: 'client', input: (env) => ({ env, participants: members }) });
    const leaders: { id: string; term: number; t: number }[] = [];
    sim.signals$.pipe(filter((s) => s.kind === 'signal' && s.type === 'raft.leader')).subscribe((s) => leaders.push({ id: s.src, term: (s.payload as { term: number }).term, t: s.time }));
    sim.run({ until: 1000 });
    expect(leaders).toHaveLength(1);
    const first = leaders[0]!;
    expect(first.t).toBeGreaterThanOrEqual(150);
    const submit = { type: 'raft.submit', cmd: 'a' };
    sim.inject('client', submit);
    sim.run({ until: 1500 });
    sim.faults.apply({ at: 1500, kind: 'crash', targets: [first.id] });
    sim.run({ until: 3000 });
    expect(leaders).toHaveLength(2);
    expect(leaders[1]!.term).toBeGreaterThan(first.term);
    // The command survives the crash: every live participant's log holds it.
    for (const id of members.filter((m) => m !== first.id)) expect(disks.get(id)!.log.map((e) => e.cmd)).toContain('a');
    // The machine's state follows the protocol role.
    expect(sim.actor(leaders[1]!.id)!.getSnapshot().value).toBe('leader');
  });
});

describe('clusterWorkerMachine', () => {
  it('should serve jobs one at a time in arrival order and report each to its manager', () => {
    const sim = createSimulation({ seed: 1, network: { latency: 'const:1' } });
    sim.spawn(clusterWorkerMachine, { id: 'w', input: (env) => ({ env, manager: 'mgr', service: parseDistribution('const:10') }) });
    const done: { t: number; id: number }[] = [];
    sim.signals$.pipe(filter((s) => s.kind === 'send' && s.type === 'lb.done')).subscribe((s) => done.push({ t: s.time, id: (s.payload as { id: number }).id }));
    for (const id of [1, 2, 3]) {
      const job = { type: 'lb.job', id, mgr: 'mgr' };
      sim.inject('w', job);
    }
    sim.run({ until: 100 });
    expect(done).toEqual([
      { t: 10, id: 1 },
      { t: 20, id: 2 },
      { t: 30, id: 3 },
    ]);
  });
});

describe('boundedVariableMachine / variableClientMachine', () => {
  it('should clamp set values to the bounds and answer gets with the value', () => {
    const sim = createSimulation({ seed: 1, network: { latency: 'const:1' } });
    sim.spawn(boundedVariableMachine, { id: 'v', input: { value: 0.5, min: 0, max: 1 } });
    sim.spawn(variableClientMachine, { id: 'a' });
    const values: number[] = [];
    sim.signals$.pipe(filter((s) => s.kind === 'send' && s.type === 'var.value')).subscribe((s) => values.push((s.payload as { value: number }).value));
    const uses = [{ type: 'var.use', variable: 'v' }, { type: 'var.use', variable: 'v', value: 7 }, { type: 'var.use', variable: 'v', value: -2 }];
    uses.forEach((u, i) => sim.kernel.schedule(10 * i, () => sim.inject('a', u)));
    sim.run({ until: 100 });
    expect(values).toEqual([0.5, 1, 0]);
  });
});
