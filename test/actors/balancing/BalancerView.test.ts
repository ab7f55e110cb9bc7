import { describe, expect, it } from 'vitest';
import { BalancerView, Rng, type BalancerStrategy } from '../../../index.js';

const servers = ['s1', 's2', 's3', 's4'];
const view = (strategy: BalancerStrategy, extra: Partial<ConstructorParameters<typeof BalancerView>[1]> = {}) =>
  new BalancerView(servers, { strategy, choices: 2, decayMs: 1000, estimate: 'outstanding', ...extra }, new Rng(1), 0);

describe('BalancerView', () => {
  it('should cycle round-robin over the servers believed alive', () => {
    const v = view('round-robin');
    v.setAlive('s2', false);
    const picks = Array.from({ length: 6 }, () => v.route(0));
    expect(new Set(picks)).toEqual(new Set(['s1', 's3', 's4']));
    expect(picks.slice(0, 3)).toEqual(picks.slice(3));
  });

  it('should send least-connections to the least outstanding server and break ties at random', () => {
    const v = view('least-connections');
    const first = Array.from({ length: 4 }, () => v.route(0));
    expect(new Set(first).size).toBe(4);
    v.answered('s3', 0, 0, 1);
    expect(v.route(1)).toBe('s3');
    const ties = new Set(Array.from({ length: 200 }, (_, i) => new BalancerView(servers, { strategy: 'least-connections', choices: 2, decayMs: 1, estimate: 'outstanding' }, new Rng(i), 0).route(0)));
    expect(ties.size).toBe(4);
  });

  it('should let p2c pick the less loaded of two distinct random servers, so the most loaded never wins', () => {
    const v = view('p2c');
    // Give s1 three outstanding requests while the others are believed dead, then revive them.
    for (const s of ['s2', 's3', 's4']) v.setAlive(s, false);
    for (let i = 0; i < 3; i++) expect(v.route(0)).toBe('s1');
    for (const s of ['s2', 's3', 's4']) v.setAlive(s, true);
    expect(v.outstandingAt('s1')).toBe(3);
    const counts = new Map<string, number>();
    for (let i = 0; i < 300; i++) {
      const s = v.route(0)!;
      counts.set(s, (counts.get(s) ?? 0) + 1);
      v.answered(s, 0, 0, 0);
    }
    expect(counts.get('s1')).toBeUndefined();
    expect(counts.size).toBe(3);
  });

  it('should compare reported load plus its own dispatches since the report in a local view', () => {
    const v = view('least-connections', { estimate: 'reported' });
    v.loadReport('s1', 5);
    v.loadReport('s2', 5);
    v.loadReport('s3', 0);
    v.loadReport('s4', 5);
    expect(v.route(0)).toBe('s3');
    expect(v.estimateOf(2)).toBe(1);
  });

  it('should route nowhere when all are declared dead, unless the ignore-health bug is on', () => {
    const v = view('random');
    for (const s of servers) v.setAlive(s, false);
    expect(v.route(0)).toBeUndefined();
    const buggy = view('random', { ignoreHealth: true });
    for (const s of servers) buggy.setAlive(s, false);
    expect(servers).toContain(buggy.route(0));
    expect(v.setAlive('s1', true)).toBe(true);
    expect(v.setAlive('s1', true)).toBe(false);
    expect(v.route(0)).toBe('s1');
  });
});
