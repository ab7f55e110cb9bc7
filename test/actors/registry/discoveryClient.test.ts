import { filter } from 'rxjs';
import { describe, expect, it } from 'vitest';
import { discoveryClientMachine, registryMachine, type DiscoveryQuery } from '../../../actors/index.js';
import { createSimulation, parseDistribution } from '../../../engine/index.js';

describe('discoveryClientMachine', () => {
  it('should run its queries one after another, a think time apart, and report each round trip', () => {
    const sim = createSimulation({ seed: 1, network: { latency: 'const:2' } });
    sim.spawn(registryMachine, { id: 'registry', input: (env) => ({ env, processing: parseDistribution('const:1'), perItemMs: 0, peers: [], gossipMs: 10 }) });
    const queries: DiscoveryQuery[] = [{ type: 'all' }, { type: 'health', health: 'healthy' }];
    sim.spawn(discoveryClientMachine, {
      id: 'client',
      input: (env) => ({ env, registry: 'registry', queries, thinkTime: parseDistribution('const:5') }),
    });
    const seen: { time: number; ms: number; type: string }[] = [];
    sim.signals$.pipe(filter((s) => s.kind === 'signal' && s.type === 'discovered')).subscribe((s) => {
      const { ms, type } = s.payload as { ms: number; type: string };
      seen.push({ time: s.time, ms, type });
    });
    sim.inject('client', { type: 'start' });
    sim.run();
    expect(seen).toEqual([
      { time: 5, ms: 5, type: 'all' },
      { time: 15, ms: 5, type: 'health' },
    ]);
    expect(sim.actor('client')?.getSnapshot().status).toBe('done');
  });
});
