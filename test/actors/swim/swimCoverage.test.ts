import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MEMBERLIST_LAN, SWIM_VIEW_COVERAGE, SwimMembership, SwimProtocol, SwimRoster, type SwimConfig } from '../../../actors/index.js';
import { coverageObserver, resultCoverage } from '../../../analysis/index.js';
import { NO_COVERAGE_POINTS, parseFaultPlan, Rng, type CoveragePoints } from '../../../engine/index.js';
import { runScenario, scenarios } from '../../../scenarios/index.js';

const roster = new SwimRoster(['m0', 'm1', 'm2', 'm3']);
const { suspicionMaxTimeoutMult, ...lan } = MEMBERLIST_LAN;
const config: SwimConfig = { ...lan, suspicionMaxMult: suspicionMaxTimeoutMult, indirectChecks: 1, suspicion: true, maxPiggyback: 8, target: 'round-robin' };

/** A member whose `swim-view` hits are recorded as `from --cause--> to`. */
function member(self: string, cfg: Partial<SwimConfig> = {}) {
  const hits: string[] = [];
  const view: CoveragePoints = { enabled: true, hit: (from, to, cause) => void hits.push(`${from} --${cause}--> ${to}`) };
  const p = new SwimProtocol(self, new SwimMembership(roster, self), { ...config, ...cfg }, new Rng(1, self), () => 0, { probe: NO_COVERAGE_POINTS, view });
  return { p, hits };
}

const declared = new Set(SWIM_VIEW_COVERAGE.transitions.map(([from, to, cause]) => `${from} --${cause}--> ${to}`));

describe('SWIM_VIEW_COVERAGE', () => {
  it('should tell a refuted suspicion from a refuted death', () => {
    const a = member('m1');
    a.p.apply({ node: 'm1', status: 'suspect', incarnation: 0, from: 'm0' });
    a.p.apply({ node: 'm1', status: 'dead', incarnation: 0, from: 'm0' }); // older than the refutation
    a.p.apply({ node: 'm1', status: 'dead', incarnation: 1, from: 'm2' });
    expect(a.hits).toEqual(['alive --refute-suspect--> alive', 'alive --dead-stale--> alive', 'alive --refute-dead--> alive']);
  });

  it('should name every update applied without a change, by the status it meets', () => {
    const { p, hits } = member('m0');
    p.apply({ node: 'm2', status: 'alive', incarnation: 0, from: 'm2' });
    p.apply({ node: 'm2', status: 'suspect', incarnation: 0, from: 'm1' });
    p.apply({ node: 'm2', status: 'suspect', incarnation: 0, from: 'm1' }); // the same accuser again
    p.apply({ node: 'm2', status: 'alive', incarnation: 0, from: 'm2' });
    p.apply({ node: 'm2', status: 'dead', incarnation: 0, from: 'm3' });
    p.apply({ node: 'm2', status: 'dead', incarnation: 0, from: 'm1' });
    p.apply({ node: 'm2', status: 'suspect', incarnation: 0, from: 'm3' });
    p.apply({ node: 'm2', status: 'alive', incarnation: 2, from: 'm2' });
    p.apply({ node: 'm2', status: 'alive', incarnation: 1, from: 'm2' });
    p.apply({ node: 'm2', status: 'suspect', incarnation: 1, from: 'm1' });
    p.apply({ node: 'm2', status: 'dead', incarnation: 1, from: 'm1' });
    expect(hits).toEqual([
      'alive --alive-same-incarnation--> alive',
      'alive --suspect-gossip--> suspect',
      'suspect --confirmation-ignored--> suspect',
      'suspect --alive-same-incarnation--> suspect',
      'suspect --dead-gossip--> dead',
      'dead --dead-repeated--> dead',
      'dead --suspect-ignored--> dead',
      'dead --refutation--> alive',
      'alive --alive-stale--> alive',
      'alive --suspect-stale--> alive',
      'alive --dead-stale--> alive',
    ]);
  });

  it('should declare every point the protocol hits', () => {
    const { p, hits } = member('m0');
    for (const status of ['alive', 'suspect', 'dead', 'suspect', 'alive'] as const) {
      for (let inc = 0; inc < 3; inc++) for (const from of ['m1', 'm2', 'm3']) p.apply({ node: 'm2', status, incarnation: inc, from });
    }
    p.apply({ node: 'm0', status: 'dead', incarnation: 0, from: 'm1' });
    expect(hits.length).toBeGreaterThan(10);
    expect(hits.filter((h) => !declared.has(h))).toEqual([]);
  });
});

describe('SwimProtocol coverage in a run', () => {
  it('should reach a refuted suspicion when a paused member resumes, without changing the trace hash', () => {
    const scenario = scenarios.get('failure-detection')!;
    const params = { crash: 0, nodes: 3, duration_ms: 29853, detector: 'swim', probe_interval_ms: 100, probe_timeout_ms: 50 };
    const faults = parseFaultPlan(JSON.parse(readFileSync(join(import.meta.dirname, '../../scenarios/fixtures/swim-refutation-lost.plan.json'), 'utf8')));
    const covered = runScenario(scenario, params, 0, { faults, observe: [coverageObserver()] });
    const view = resultCoverage(covered)!.machines.find((m) => m.name === 'swim-view')!;
    const count = (key: string) => view.transitions.find((t) => t.key === key)!.count;
    expect(count('alive --refute-suspect--> alive')).toBeGreaterThan(0);
    expect(count('suspect --refutation--> alive') + count('suspect --refutation-confirmed--> alive') + count('dead --refutation--> alive')).toBeGreaterThan(0);
    expect(covered.traceHash).toBe(runScenario(scenario, params, 0, { faults }).traceHash);
  });
});
