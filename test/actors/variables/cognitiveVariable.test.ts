import { filter } from 'rxjs';
import { describe, expect, it } from 'vitest';
import { cognitiveVariableMachine, variableAgentMachine, type HeldValue, type VariableRequest } from '../../../actors/index.js';
import { createSimulation, parseDistribution } from '../../../engine/index.js';

/** One float variable on node v affecting three agents; latency 1 each way, service 0.5. */
function world(opts: { reject?: number; crash?: string } = {}) {
  const sim = createSimulation({ seed: 3, network: { latency: 'const:1' } });
  const agents = ['a1', 'a2', 'a3'];
  for (const id of agents) sim.spawn(variableAgentMachine, { id, input: (env) => ({ env, rejectProbability: opts.reject ?? 0 }) });
  sim.spawn(cognitiveVariableMachine, {
    id: 'v',
    input: (env) => ({
      env,
      spec: { kind: 'float' as const, min: 0, max: 1, learningRate: 0.5, momentum: 0, initial: 0.5 },
      affected: agents,
      processing: parseDistribution('const:0.5'),
      ackTimeoutMs: 20,
      voteTimeoutMs: 30,
      retries: 1,
      coordinationThreshold: 0.05,
    }),
  });
  const signals: { type: string; time: number; data: Record<string, unknown> }[] = [];
  sim.signals$.pipe(filter((s) => s.kind === 'signal')).subscribe((s) => signals.push({ type: s.type, time: s.time, data: s.payload as Record<string, unknown> }));
  sim.run({ until: 10 });
  if (opts.crash) sim.faults.at(10).crash(opts.crash);
  sim.run({ until: 11 });
  const request = (r: VariableRequest) => {
    sim.inject('v', r);
    sim.run();
  };
  const held = (a: string) => (sim.actor(a)?.getSnapshot().context as { values: Map<string, HeldValue> }).values.get('v');
  const last = (type: string) => signals.filter((s) => s.type === type).at(-1)!;
  return { sim, signals, request, held, last, agents };
}

describe('cognitiveVariableMachine', () => {
  it('should create itself by sending its initial value to every affected agent', () => {
    const w = world();
    // service 0.5, then init and ack: 2 ms of round trip.
    expect(w.last('variable_created').data).toMatchObject({ ms: 2.5, acked: 3 });
    for (const a of w.agents) expect(w.held(a)).toMatchObject({ value: 0.5, version: 1 });
  });

  it('should apply a local update after its service time, without telling the agents', () => {
    const w = world();
    w.request({ type: 'change_value', req: 1, at: w.sim.now, scope: 'local', value: 0.7 });
    expect(w.last('variable_updated').data).toMatchObject({ scope: 'local', value: 0.7, ms: 0.5 });
    expect(w.held('a1')?.value).toBe(0.5);
  });

  it('should confirm a cluster update once every agent acked it, clamped into bounds', () => {
    const w = world();
    w.request({ type: 'change_value', req: 1, at: w.sim.now, scope: 'cluster', value: 3 });
    expect(w.last('variable_updated').data).toMatchObject({ scope: 'cluster', value: 1, version: 2, ms: 2.5, acked: 3 });
    for (const a of w.agents) expect(w.held(a)).toMatchObject({ value: 1, version: 2 });
  });

  it('should commit a coordinated change after every yes vote, reporting consensus and notification times', () => {
    const w = world();
    w.request({ type: 'coordinate_change', req: 1, at: w.sim.now, value: 0.2 });
    expect(w.last('coordination_completed').data).toMatchObject({ success: true, ms: 4.5, consensusMs: 2, notificationMs: 2 });
    for (const a of w.agents) expect(w.held(a)).toMatchObject({ value: 0.2, version: 2 });
  });

  it('should abort on a no vote and leave every agent on the old value', () => {
    const w = world({ reject: 1 });
    w.request({ type: 'coordinate_change', req: 1, at: w.sim.now, value: 0.2 });
    expect(w.last('coordination_completed').data).toMatchObject({ success: false, ms: 2.5 });
    for (const a of w.agents) expect(w.held(a)).toMatchObject({ value: 0.5, version: 1 });
  });

  it('should abort when a crashed agent never votes, after the vote timeout', () => {
    const w = world({ crash: 'a3' });
    w.request({ type: 'coordinate_change', req: 1, at: w.sim.now, value: 0.2 });
    expect(w.last('coordination_completed').data).toMatchObject({ success: false, ms: 30.5 });
    expect(w.held('a1')).toMatchObject({ value: 0.5, version: 1 });
  });

  it('should adapt from feedback, coordinating a large change and applying a small one locally', () => {
    const w = world();
    w.request({ type: 'performance_feedback', req: 1, at: w.sim.now, feedback: { gradient: 0.4 } });
    expect(w.last('adaptation_completed').data).toMatchObject({ valueChanged: true, coordinationTriggered: true, success: true, value: 0.7 });
    expect(w.held('a2')?.value).toBeCloseTo(0.7);
    w.request({ type: 'performance_feedback', req: 2, at: w.sim.now, feedback: { gradient: 0.02 } });
    expect(w.last('adaptation_completed').data).toMatchObject({ valueChanged: true, coordinationTriggered: false });
    expect(w.last('adaptation_completed').data['magnitude']).toBeCloseTo(0.01);
    w.request({ type: 'performance_feedback', req: 3, at: w.sim.now, feedback: { gradient: 0 } });
    expect(w.last('adaptation_completed').data).toMatchObject({ valueChanged: false, coordinationTriggered: false });
  });

  it('should serve requests one at a time in arrival order', () => {
    const w = world();
    const at = w.sim.now;
    const first: VariableRequest = { type: 'change_value', req: 1, at, scope: 'local', value: 0.1 };
    const second: VariableRequest = { type: 'change_value', req: 2, at, scope: 'local', value: 0.2 };
    w.sim.inject('v', first);
    w.sim.inject('v', second);
    w.sim.run();
    const updates = w.signals.filter((s) => s.type === 'variable_updated').map((s) => s.data);
    expect(updates.map((u) => [u['value'], u['ms']])).toEqual([
      [0.1, 0.5],
      [0.2, 1],
    ]);
  });
});
