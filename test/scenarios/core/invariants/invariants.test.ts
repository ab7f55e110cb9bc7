import { setup } from 'xstate';
import { describe, expect, it } from 'vitest';
import { createSimulation, netSend, publish, type AgentsimEmitted } from '../../../../engine/index.js';
import { FaultTracker } from '../../../../scenarios/core/FaultTracker.js';
import {
  agreement,
  committedAgreement,
  electionSafety,
  fdAccuracy,
  fdCompleteness,
  membershipAgreement,
  variableAgreementAfterCommit,
  Violations,
  watchNeverRoutesToDead,
  watchNoDeliveryToCrashed,
} from '../../../../scenarios/core/invariants/index.js';

const sink = setup({ types: { emitted: {} as AgentsimEmitted } }).createMachine({ on: { '*': { actions: publish('got') } } });

describe('watchNoDeliveryToCrashed', () => {
  it('should hold on the engine: messages to a crashed node are dropped, not delivered', () => {
    const sim = createSimulation({ seed: 1, network: { latency: 'const:5' } });
    sim.spawn(sink, { id: 'b', node: 'nb' });
    const watch = watchNoDeliveryToCrashed(sim);
    for (let t = 0; t < 100; t += 10) sim.kernel.scheduleAt(t, () => sim.send('env', 'b', { type: 'ping' }));
    sim.faults.at(30).crash('nb').at(60).restart('nb');
    sim.run({ until: 200 });
    expect(watch.result()).toEqual({ name: 'sim.no-delivery-to-crashed', holds: true, violations: 0 });
  });

  it('should flag a delivery to an actor whose node is down', () => {
    const sim = createSimulation({ seed: 1 });
    sim.spawn(sink, { id: 'b', node: 'nb' });
    const watch = watchNoDeliveryToCrashed(sim);
    sim.faults.at(10).crash('nb');
    // A broken transport that records a delivery without asking the host.
    sim.kernel.scheduleAt(20, () => sim.record('deliver', 'a', 'b', 'ping'));
    sim.run({ until: 30 });
    expect(watch.result()).toMatchObject({ holds: false, violations: 1, example: 'ping from a delivered to b at t=20 while its node nb was down' });
  });
});

describe('watchNeverRoutesToDead', () => {
  it('should flag requests a balancer sends to a backend it declared dead, until declared alive', () => {
    const balancer = setup({ types: { emitted: {} as AgentsimEmitted, events: {} as { type: 'go' | 'dead' | 'alive' } } }).createMachine({
      on: {
        go: { actions: netSend('s1', { type: 'request' }) },
        dead: { actions: publish('lb.declared_dead', { node: 's1' }) },
        alive: { actions: publish('lb.declared_alive', { node: 's1' }) },
      },
    });
    const sim = createSimulation({ seed: 1 });
    sim.spawn(sink, { id: 's1' });
    sim.spawn(balancer, { id: 'lb' });
    const watch = watchNeverRoutesToDead(sim, { balancers: ['lb'] });
    const script: [number, 'go' | 'dead' | 'alive'][] = [[1, 'go'], [2, 'dead'], [3, 'go'], [4, 'go'], [5, 'alive'], [6, 'go']];
    for (const [t, type] of script) sim.kernel.scheduleAt(t, () => sim.inject('lb', { type }));
    sim.run({ until: 10 });
    expect(watch.result()).toMatchObject({ name: 'lb.never-routes-to-dead', holds: false, violations: 2, example: 'lb routed request to s1 at t=3 after declaring it dead' });
  });
});

describe('fdCompleteness', () => {
  it('should name a crash never declared dead that stayed down for the bound, and not count crashes too close to the end', () => {
    const sim = createSimulation({ seed: 1 });
    sim.spawn(sink, { id: 'a' });
    sim.spawn(sink, { id: 'b' });
    const faults = new FaultTracker(sim);
    sim.faults.at(10).crash('a').at(90).crash('b');
    sim.run({ until: 100 });
    expect(fdCompleteness(faults, 50, 100)).toEqual({ name: 'fd.completeness', holds: false, violations: 1, example: 'a crashed at t=10 and stayed down to the end without being declared dead' });
    faults.markDetected('a');
    expect(fdCompleteness(faults, 50, 100).holds).toBe(true);
    expect(fdAccuracy(2, 'b declared dead', { lossy: true, faults })).toMatchObject({ holds: false, applicable: false, violations: 2 });
  });

  it('should judge a node that crashed, restarted and crashed again just before the end crash by crash', () => {
    const sim = createSimulation({ seed: 1 });
    sim.spawn(sink, { id: 'a' });
    const faults = new FaultTracker(sim);
    sim.faults.at(10).crash('a').at(20).restart('a').at(95).crash('a');
    sim.run({ until: 100 });
    expect(fdCompleteness(faults, 50, 100)).toEqual({ name: 'fd.completeness', holds: true, violations: 0 });
  });

  it('should count a crash that stayed down past the bound undetected even though the node restarted later', () => {
    const sim = createSimulation({ seed: 1 });
    sim.spawn(sink, { id: 'a' });
    const faults = new FaultTracker(sim);
    sim.faults.at(10).crash('a').at(70).restart('a');
    sim.run({ until: 100 });
    expect(fdCompleteness(faults, 50, 100)).toMatchObject({ holds: false, violations: 1, example: 'a crashed at t=10 and stayed down until t=70 without being declared dead' });
    expect(faults.undetectedBefore(100)).toEqual([]);
  });
});

describe('watchNeverRoutesToDead across restarts', () => {
  it('should not blame a restarted balancer for what its crashed incarnation declared dead', () => {
    const balancer = setup({ types: { emitted: {} as AgentsimEmitted, events: {} as { type: 'go' | 'dead' } } }).createMachine({
      on: { go: { actions: netSend('s1', { type: 'request' }) }, dead: { actions: publish('lb.declared_dead', { node: 's1' }) } },
    });
    const sim = createSimulation({ seed: 1 });
    sim.spawn(sink, { id: 's1' });
    sim.spawn(balancer, { id: 'lb', node: 'n-lb' });
    const watch = watchNeverRoutesToDead(sim, { balancers: ['lb'] });
    sim.kernel.scheduleAt(1, () => sim.inject('lb', { type: 'dead' }));
    sim.faults.at(2).crash('n-lb').at(3).restart('n-lb');
    sim.kernel.scheduleAt(4, () => sim.inject('lb', { type: 'go' }));
    sim.run({ until: 10 });
    expect(watch.result()).toEqual({ name: 'lb.never-routes-to-dead', holds: true, violations: 0 });
  });
});

describe('agreement', () => {
  it('should count observers differing from the majority', () => {
    expect(agreement('x', new Map([['a', 1], ['b', 1], ['c', 2]]))).toEqual({ name: 'x', holds: false, violations: 1, example: 'c holds 2 while a (and 1 more) hold 1' });
    expect(membershipAgreement(new Map<string, Iterable<string>>([['a', ['n2', 'n1']], ['b', new Set(['n1', 'n2'])]])).holds).toBe(true);
    expect(variableAgreementAfterCommit('temperature', new Map([['r1', 0.7], ['r2', 0.5]])).example).toMatch(/^temperature: /);
  });
});

describe('electionSafety', () => {
  it('should flag a term with two leaders', () => {
    expect(electionSafety([{ term: 1, leader: 'a' }, { term: 2, leader: 'b' }, { term: 2, leader: 'b' }]).holds).toBe(true);
    expect(electionSafety([{ term: 3, leader: 'a' }, { term: 3, leader: 'c' }])).toMatchObject({ holds: false, example: 'term 3 has two leaders: a and c' });
  });
});

describe('committedAgreement', () => {
  it('should flag an index committed with two values', () => {
    const r = committedAgreement([{ node: 'a', index: 1, value: 'x' }, { node: 'b', index: 1, value: 'y' }, { node: 'b', index: 2, value: 'z' }]);
    expect(r).toMatchObject({ holds: false, violations: 1, example: 'index 1 committed as "x" on a and as "y" on b' });
  });
});

describe('Violations', () => {
  it('should keep the first example only and build it lazily', () => {
    const v = new Violations();
    v.add('first');
    v.add(() => {
      throw new Error('not called');
    });
    expect(v.result('n', true)).toEqual({ name: 'n', holds: false, violations: 2, applicable: true, example: 'first' });
  });
});
