import { filter } from 'rxjs';
import { describe, expect, it } from 'vitest';
import {
  accrualMonitorMachine,
  healthCheckerMachine,
  healthEndpointMachine,
  HealthView,
  heartbeatAgentMachine,
  SwimRoster,
  swimMemberMachine,
  type SwimConfig,
} from '../../../actors/index.js';
import { createSimulation, type Signal } from '../../../engine/index.js';

function verdicts(sim: ReturnType<typeof createSimulation>): Signal[] {
  const out: Signal[] = [];
  sim.signals$.pipe(filter((s) => s.kind === 'signal' && ['declared_dead', 'declared_alive', 'suspected'].includes(s.type))).subscribe((s) => out.push(s));
  return out;
}

describe('accrualMonitorMachine', () => {
  it('should declare a silent member dead at the phi crossing and alive again when it beats', () => {
    const sim = createSimulation({ seed: 1, network: { latency: 'const:5' } });
    const seen = verdicts(sim);
    const params = { threshold: 8, maxSamples: 1000, heartbeatMs: 1000, minStdMs: 100, acceptablePauseMs: 0 };
    sim.spawn(accrualMonitorMachine, { id: 'monitor', input: (env) => ({ env, members: ['a', 'b'], model: 'normal' as const, params, checkMs: 10 }) });
    for (const id of ['a', 'b']) sim.spawn(heartbeatAgentMachine, { id, input: { monitor: 'monitor', heartbeatMs: 1000, phaseMs: 0 } });
    sim.faults.at(10_500).crash('a').at(20_000).restart('a');
    sim.run({ until: 25_000 });
    // Last beat from a at 10 000 (+5 ms latency); crossing 1000 + 5.22 · 100 ms later, on a 10 ms tick.
    const dead = seen.find((s) => s.type === 'declared_dead')!;
    expect((dead.payload as { node: string }).node).toBe('a');
    expect(dead.time).toBeGreaterThanOrEqual(10_005 + 1500);
    expect(dead.time).toBeLessThan(10_005 + 1550);
    expect(seen.filter((s) => s.type === 'declared_alive').map((s) => (s.payload as { node: string }).node)).toEqual(['a']);
  });
});

describe('healthCheckerMachine', () => {
  it('should declare a node dead after the threshold of failed rounds, suspecting it at the first', () => {
    const sim = createSimulation({ seed: 1, network: { latency: 'const:5' } });
    const seen = verdicts(sim);
    for (const id of ['a', 'b']) sim.spawn(healthEndpointMachine, { id });
    sim.spawn(healthCheckerMachine, { id: 'monitor', input: (env) => ({ env, members: ['a', 'b'], checkMs: 1000, timeoutMs: 200, unhealthyThreshold: 2 }) });
    sim.faults.at(2500).crash('b').at(9000).restart('b');
    sim.run({ until: 12_000 });
    expect(seen.map((s) => [s.time, s.type])).toEqual([
      [3200, 'suspected'],
      [4200, 'declared_dead'],
      [9010, 'declared_alive'],
    ]);
  });
});

describe('swimMemberMachine', () => {
  const config: SwimConfig = {
    probeIntervalMs: 1000,
    probeTimeoutMs: 500,
    indirectChecks: 2,
    suspicion: true,
    suspicionMult: 4,
    suspicionMaxMult: 6,
    retransmitMult: 4,
    maxPiggyback: 8,
    target: 'round-robin',
  };

  it('should get a crashed member declared dead by every live member, and no live one', () => {
    const ids = Array.from({ length: 8 }, (_, i) => `m${i}`);
    const roster = new SwimRoster(ids);
    const sim = createSimulation({ seed: 3 });
    const seen = verdicts(sim);
    for (const id of ids) sim.spawn(swimMemberMachine, { id, input: (env) => ({ env, roster, config, phaseMs: env.rng.uniform(0, 1000) }) });
    sim.faults.at(5000).crash('m3');
    sim.run({ until: 60_000 });
    const dead = seen.filter((s) => s.type === 'declared_dead');
    expect(new Set(dead.map((s) => (s.payload as { node: string }).node))).toEqual(new Set(['m3']));
    expect(new Set(dead.map((s) => s.src))).toEqual(new Set(ids.filter((m) => m !== 'm3')));
    expect(seen.some((s) => s.type === 'suspected')).toBe(true);
  });

  it('should let a paused member refute its suspicion so it is never declared dead', () => {
    // 20 members: each update is piggybacked 4 · ceil(log10 21) = 8 times (with 8 members only
    // 4, and without memberlist's push-pull sync a member can miss the refutation).
    const ids = Array.from({ length: 20 }, (_, i) => `m${i}`);
    const roster = new SwimRoster(ids);
    const sim = createSimulation({ seed: 4 });
    const seen = verdicts(sim);
    const refuted: Signal[] = [];
    sim.signals$.pipe(filter((s) => s.kind === 'signal' && s.type === 'refuted')).subscribe((s) => refuted.push(s));
    for (const id of ids) sim.spawn(swimMemberMachine, { id, input: (env) => ({ env, roster, config, phaseMs: env.rng.uniform(0, 1000) }) });
    // Paused for 3 s: long enough to be suspected, shorter than the 4 s minimum suspicion timeout.
    sim.faults.at(5000).pause('m2').at(8000).resume('m2');
    sim.run({ until: 40_000 });
    expect(seen.some((s) => s.type === 'suspected' && (s.payload as { node: string }).node === 'm2')).toBe(true);
    expect(seen.some((s) => s.type === 'declared_dead')).toBe(false);
    expect(refuted.map((s) => s.src)).toContain('m2');
  });
});

describe('HealthView', () => {
  it('should follow one observer\'s declared_dead / declared_alive signals', () => {
    const sim = createSimulation({ seed: 1, network: { latency: 'const:5' } });
    const view = new HealthView(sim, 'monitor');
    for (const id of ['a', 'b']) sim.spawn(healthEndpointMachine, { id });
    sim.spawn(healthCheckerMachine, { id: 'monitor', input: (env) => ({ env, members: ['a', 'b'], checkMs: 1000, timeoutMs: 200, unhealthyThreshold: 1 }) });
    sim.faults.at(2500).crash('b').at(6000).restart('b');
    sim.run({ until: 4000 });
    expect(view.isAlive('a')).toBe(true);
    expect(view.isAlive('b')).toBe(false);
    expect([...view.deadNodes]).toEqual(['b']);
    sim.run({ until: 8000 });
    expect(view.isAlive('b')).toBe(true);
  });
});
