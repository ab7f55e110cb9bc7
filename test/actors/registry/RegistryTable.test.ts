import { describe, expect, it } from 'vitest';
import { RegistryTable, type AgentProfile, type RegistryEntry } from '../../../actors/index.js';

const profile = (id: string, over: Partial<AgentProfile> = {}): AgentProfile => ({
  id,
  site: 'node-0',
  capabilities: ['inference'],
  memory: 0.5,
  cpu: 0.5,
  health: 'healthy',
  region: 'us_east',
  ...over,
});
const entry = (id: string, p: AgentProfile | null, time: number, origin = 'r0', seq = 0): RegistryEntry => ({ id, profile: p, version: { time, origin, seq } });

describe('RegistryTable', () => {
  it('should answer capability, region, health, resource and composite queries from its indexes', () => {
    const t = new RegistryTable();
    t.apply(entry('a', profile('a', { capabilities: ['inference', 'training'], memory: 0.9 }), 1));
    t.apply(entry('b', profile('b', { capabilities: ['training'], region: 'eu_west', memory: 0.2 }), 1));
    t.apply(entry('c', profile('c', { health: 'degraded', memory: 0.75, cpu: 0.1 }), 1));
    expect(t.query({ type: 'capability', capabilities: ['training'] }).sort()).toEqual(['a', 'b']);
    expect(t.query({ type: 'region', region: 'eu_west' })).toEqual(['b']);
    expect(t.query({ type: 'health', health: 'healthy' }).sort()).toEqual(['a', 'b']);
    expect(t.query({ type: 'resource', minMemory: 0.7, minCpu: 0.3 })).toEqual(['a']);
    expect(t.query({ type: 'composite', capabilities: ['inference'], health: 'healthy', minMemory: 0.7 })).toEqual(['a']);
    expect(t.query({ type: 'capability', capabilities: ['unknown'] })).toEqual([]);
    expect(t.query({ type: 'all' })).toHaveLength(3);
  });

  it('should keep the newest write whatever order writes arrive in, and drop removed agents from every index', () => {
    const t = new RegistryTable();
    expect(t.apply(entry('a', null, 5, 'r1'))).toBe(true);
    expect(t.apply(entry('a', profile('a'), 3, 'r0'))).toBe(false);
    expect(t.size).toBe(0);
    expect(t.apply(entry('a', profile('a', { region: 'ap_south' }), 6, 'r0'))).toBe(true);
    expect(t.query({ type: 'region', region: 'ap_south' })).toEqual(['a']);
    t.apply(entry('a', null, 7, 'r0', 1));
    expect(t.query({ type: 'region', region: 'ap_south' })).toEqual([]);
    expect(t.query({ type: 'capability', capabilities: ['inference'] })).toEqual([]);
  });

  it('should answer a repeated query from its memo until a write changes the table, each time in a new array', () => {
    const t = new RegistryTable();
    t.apply(entry('a', profile('a'), 1));
    const first = t.query({ type: 'health', health: 'healthy' });
    first.push('mutated by a caller');
    expect(t.query({ type: 'health', health: 'healthy' })).toEqual(['a']);
    expect(t.query({ type: 'resource', minMemory: 0.4 })).toEqual(['a']);
    expect(t.query({ type: 'resource', minMemory: Infinity })).toEqual([]);
    t.apply(entry('b', profile('b'), 2));
    expect(t.query({ type: 'health', health: 'healthy' })).toEqual(['a', 'b']);
    t.apply(entry('a', profile('a', { health: 'degraded' }), 3));
    expect(t.query({ type: 'health', health: 'healthy' })).toEqual(['b']);
    expect(t.apply(entry('a', profile('a'), 2))).toBe(false);
    expect(t.query({ type: 'health', health: 'degraded' })).toEqual(['a']);
  });
});
