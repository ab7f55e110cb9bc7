import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { coverageObserver, resultCoverage } from '../../../analysis/index.js';
import { lwwOutcome, REGISTRY_COVERAGE } from '../../../actors/registry/registryCoverage.js';
import { parseFaultPlan, type CoverageReport } from '../../../engine/index.js';
import { runScenario, scenarios } from '../../../scenarios/index.js';

const scenario = scenarios.get('agent-registration')!;
const PARAMS = { op: 'concurrent', registry: 'replicated', nodes: 3, gossip_ms: 2, agents: 3, iterations: 2 };
// registry-0 crashes at 5 ms and restarts at 6 ms, between a registration and a deregistration round.
const faults = parseFaultPlan(JSON.parse(readFileSync(join(import.meta.dirname, '../../scenarios/fixtures/registry-lww-arrival-order.plan.json'), 'utf8')));

const taken = (report: CoverageReport): Record<string, number> =>
  Object.fromEntries(report.machines.find((m) => m.name === 'registry-replica')!.transitions.filter((t) => t.count > 0).map((t) => [t.key, t.count]));

describe('REGISTRY_COVERAGE', () => {
  it('should follow a restarted replica from its sync request to its last answer, and the writes it serves meanwhile', () => {
    const r = runScenario(scenario, PARAMS, 3, { faults, observe: [coverageObserver()] });
    const points = taken(resultCoverage(r)!);
    expect(points).toMatchObject({
      'serving --restart-sync-requested--> syncing': 1,
      'syncing --sync-answer--> syncing': 1,
      'syncing --sync-complete--> serving': 1,
      // The restarted replica deregisters an agent it has not heard of yet; the answers then bring
      // back that agent's older registration, which loses.
      'syncing --deregister-unknown--> syncing': 1,
      'syncing --sync-vs-write-older--> syncing': 2,
    });
    expect(resultCoverage(r)!.faultStates).toMatchObject({ 'crash @ registry-replica:serving': 1 });
    expect(r.traceHash).toBe(runScenario(scenario, PARAMS, 3, { faults }).traceHash);
  });

  it('should declare every point the replicas hit', () => {
    const reports = [1, 2, 3].map((seed) => resultCoverage(runScenario(scenario, { ...PARAMS, agents: 6 }, seed, { faults, observe: [coverageObserver()] }))!);
    const declared = new Set(REGISTRY_COVERAGE.transitions.map(([from, to, cause]) => `${from} --${cause}--> ${to}`));
    for (const report of reports) expect(Object.keys(taken(report)).filter((k) => !declared.has(k))).toEqual([]);
  });
});

describe('lwwOutcome', () => {
  const entry = (time: number, origin: string, seq: number) => ({ id: 'agent-1', profile: null, version: { time, origin, seq } });

  it('should compare an incoming entry with the held one, last-writer-wins', () => {
    expect(lwwOutcome(entry(5, 'r0', 1), undefined)).toBe('unknown');
    expect(lwwOutcome(entry(5, 'r0', 1), entry(4, 'r1', 9))).toBe('newer');
    expect(lwwOutcome(entry(5, 'r0', 1), entry(5, 'r1', 0))).toBe('older');
    expect(lwwOutcome(entry(5, 'r0', 1), entry(5, 'r0', 1))).toBe('same');
  });
});
