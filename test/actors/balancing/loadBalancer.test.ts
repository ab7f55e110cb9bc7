import { filter } from 'rxjs';
import { describe, expect, it } from 'vitest';
import { createSimulation, loadBalancerMachine, type BalancerRequestEvent, type HealthEvent, type LoadBalancerInput } from '../../../index.js';

const spawnLb = (extra: Partial<LoadBalancerInput> = {}) => {
  const sim = createSimulation({ seed: 3, network: { latency: 'const:1' } });
  sim.spawn(loadBalancerMachine, {
    id: 'lb',
    input: (env): LoadBalancerInput => ({ env, servers: ['a', 'b'], strategy: 'round-robin', choices: 2, decayMs: 100, estimate: 'outstanding', refreshMs: 0, ...extra }),
  });
  const sends: { to: string; type: string }[] = [];
  const signals: string[] = [];
  sim.signals$.pipe(filter((s) => s.src === 'lb')).subscribe((s) => {
    if (s.kind === 'send') sends.push({ to: s.dst, type: s.type });
    if (s.kind === 'signal') signals.push(`${s.type}:${JSON.stringify(s.payload)}`);
  });
  const inject = (e: BalancerRequestEvent | HealthEvent) => sim.inject('lb', e);
  return { sim, sends, signals, inject };
};

describe('loadBalancerMachine', () => {
  it('should route requests to backends it believes alive and announce changes of its health view', () => {
    const { sim, sends, signals, inject } = spawnLb();
    inject({ type: 'node_down', server: 'a' });
    inject({ type: 'node_down', server: 'a' });
    for (let id = 0; id < 3; id++) inject({ type: 'request', id, t0: 0 });
    inject({ type: 'node_down', server: 'b' });
    inject({ type: 'request', id: 3, t0: 0 });
    inject({ type: 'node_up', server: 'a' });
    inject({ type: 'request', id: 4, t0: 0 });
    expect(sends.map((s) => s.to)).toEqual(['b', 'b', 'b', 'a']);
    expect(signals).toEqual(['lb.declared_dead:{"node":"a"}', 'lb.declared_dead:{"node":"b"}', 'lb.rejected:{"id":3}', 'lb.declared_alive:{"node":"a"}']);
    expect(sim.actor('lb')!.getSnapshot().value).toBe('balancing');
  });

  it('should poll every backend for its load every refreshMs when it keeps a local view', () => {
    const { sim, sends } = spawnLb({ estimate: 'reported', refreshMs: 100 });
    sim.run({ until: 250 });
    expect(sends).toEqual([
      { to: 'a', type: 'load_query' },
      { to: 'b', type: 'load_query' },
      { to: 'a', type: 'load_query' },
      { to: 'b', type: 'load_query' },
    ]);
    expect(sim.actor('lb')!.getSnapshot().value).toBe('polling');
  });
});
