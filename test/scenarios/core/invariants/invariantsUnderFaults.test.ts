/**
 * Every invariant verdict under crash, restart and pause, driven through real scenarios with a
 * fault plan: a verdict must describe the protocol, not an artefact of how the check follows
 * faults (a node down at the end, a forgotten incarnation, a fault the check ignored).
 */
import { describe, expect, it } from 'vitest';
import type { Fault } from '../../../../engine/index.js';
import { agentRegistration, cognitiveVariables, failureDetection, loadBalancing, nodeDiscovery, runScenario } from '../../../../scenarios/index.js';

const verdict = (result: { invariants: { name: string }[] }, name: string) => result.invariants.find((i) => i.name === name);

describe('invariants under crash, restart and pause', () => {
  it('should hold fd.completeness when a node crashed, restarted and crashed again just before the end', () => {
    const faults: Fault[] = [
      { at: 2000, kind: 'crash', targets: ['agent-1'] },
      { at: 2500, kind: 'restart', targets: ['agent-1'] },
      { at: 19_500, kind: 'crash', targets: ['agent-1'] },
    ];
    const result = runScenario(failureDetection, { nodes: 5, crash: 0, duration_ms: 20_000 }, 1, { faults });
    expect(verdict(result, 'fd.completeness')).toEqual({ name: 'fd.completeness', holds: true, violations: 0 });
  });

  it('should not blame SWIM for a crash no other member could watch (a lone member, or the only other one paused)', () => {
    const crashAtStart: Fault[] = [{ at: 0, kind: 'crash', targets: ['agent-1'] }];
    const lone = runScenario(failureDetection, { detector: 'swim', nodes: 1, crash: 0, duration_ms: 5000, probe_interval_ms: 100, probe_timeout_ms: 50 }, 0, { faults: crashAtStart });
    expect(verdict(lone, 'fd.completeness')).toMatchObject({ holds: true, violations: 0 });
    const paused: Fault[] = [
      { at: 1000, kind: 'pause', targets: ['agent-2'] },
      { at: 2000, kind: 'crash', targets: ['agent-1'] },
    ];
    expect(verdict(runScenario(failureDetection, { detector: 'swim', nodes: 2, crash: 0, duration_ms: 20_000 }, 1, { faults: paused }), 'fd.completeness')).toMatchObject({ holds: true });
    // With a watcher up, the same crash is still judged (and detected).
    const watched = runScenario(failureDetection, { detector: 'swim', nodes: 2, crash: 0, duration_ms: 20_000 }, 1, { faults: paused.slice(1) });
    expect(watched.metrics['detection_ms']).toMatchObject({ count: 1 });
  });

  it('should count a crash of a member already declared dead (paused first) as detected, for SWIM and the heartbeat monitor', () => {
    const pausedThenCrashed: Fault[] = [
      { at: 0, kind: 'pause', targets: ['agent-1'] },
      { at: 512, kind: 'crash', targets: ['agent-1'] },
    ];
    const swim = { detector: 'swim', nodes: 3, crash: 0, duration_ms: 20_000, probe_interval_ms: 100, probe_timeout_ms: 50 } as const;
    expect(verdict(runScenario(failureDetection, swim, 2147418102, { faults: pausedThenCrashed }), 'fd.completeness')).toMatchObject({ holds: true });
    const timeout = runScenario(failureDetection, { detector: 'timeout', nodes: 3, crash: 0, duration_ms: 20_000 }, 1, { faults: [{ ...pausedThenCrashed[0]!, at: 0 }, { ...pausedThenCrashed[1]!, at: 5000 }] });
    expect(verdict(timeout, 'fd.completeness')).toMatchObject({ holds: true });
  });

  it('should not promise registry.discovery-exact while the registry was paused', () => {
    const params = { op: 'discovery', agents: 50, queries: 40 };
    expect(verdict(runScenario(agentRegistration, params, 1), 'registry.discovery-exact')).toMatchObject({ applicable: true });
    const paused = runScenario(agentRegistration, params, 1, { faults: [{ at: 1, kind: 'pause', targets: ['registry'] }, { at: 50, kind: 'resume', targets: ['registry'] }] });
    expect(verdict(paused, 'registry.discovery-exact')).toMatchObject({ applicable: false });
  });

  it('should hold registry.replicas-converge when a replica crashed and restarted between rounds, and leave a paused one out', () => {
    const params = { op: 'concurrent', registry: 'replicated', nodes: 3, gossip_ms: 2, agents: 3, iterations: 2 };
    const restarted: Fault[] = [
      { at: 5, kind: 'crash', targets: ['registry-0'] },
      { at: 6, kind: 'restart', targets: ['registry-0'] },
    ];
    // The restarted replica comes back empty and pulls its peers' tables (sync).
    expect(verdict(runScenario(agentRegistration, params, 3, { faults: restarted }), 'registry.replicas-converge')).toMatchObject({ holds: true, applicable: true });
    // Paused to the end, a replica still holds gossip it never sent: it is not compared.
    const paused = runScenario(agentRegistration, params, 3, { faults: [{ at: 3, kind: 'pause', targets: ['registry-1'] }] });
    expect(verdict(paused, 'registry.replicas-converge')).toMatchObject({ holds: true, applicable: true });
  });

  it('should hold lb.never-routes-to-dead for a local balancer whose node crashed and restarted', () => {
    const faults: Fault[] = [
      // lb-1 learns server-2 is dead; then lb-1's own node crashes and restarts, and the fresh
      // lb-1 (which never heard of that verdict) routes to server-2 again.
      { at: 100, kind: 'crash', targets: ['server-2'] },
      { at: 1500, kind: 'crash', targets: ['server-1'] },
      { at: 1600, kind: 'restart', targets: ['server-1'] },
    ];
    const result = runScenario(loadBalancing, { topology: 'local', nodes: 3, crash: 0, rps: 1000, requests: 3000, service: 'exp:1', drain_ms: 2000 }, 3, { faults });
    expect(verdict(result, 'lb.never-routes-to-dead')).toMatchObject({ holds: true, violations: 0 });
  });

  it('should not promise nd.full-membership once a node crashed', () => {
    const result = runScenario(nodeDiscovery, { nodes: 10 }, 1, { faults: [{ at: 0, kind: 'crash', targets: ['node-3'] }] });
    expect(verdict(result, 'nd.full-membership')).toMatchObject({ holds: false, applicable: false });
  });

  it('should count a restarted node as knowing only what its new incarnation learned', () => {
    const faults: Fault[] = [
      { at: 1, kind: 'crash', targets: ['node-3'] },
      { at: 2, kind: 'restart', targets: ['node-3'] },
    ];
    const result = runScenario(nodeDiscovery, { nodes: 10 }, 1, { faults });
    const plain = runScenario(nodeDiscovery, { nodes: 10 }, 1);
    expect(verdict(plain, 'nd.full-membership')).toMatchObject({ holds: true, applicable: true });
    expect(verdict(result, 'nd.full-membership')).toMatchObject({ applicable: false });
  });

  it('should not hold a restarted agent to values its crashed incarnation held (variables.agreement-after-commit)', () => {
    const params = { variables: 3, agents: 6, affected: 5, ops: 40, kind: 'float' };
    const plain = runScenario(cognitiveVariables, params, 1);
    expect(verdict(plain, 'variables.agreement-after-commit')).toMatchObject({ holds: true });
    // Checked against the old rule ("live = up and not down now"), this plan gave one violation.
    const faults: Fault[] = [
      { at: 100, kind: 'crash', targets: ['agent-1', 'agent-2'] },
      { at: 150, kind: 'restart', targets: ['agent-1', 'agent-2'] },
    ];
    expect(verdict(runScenario(cognitiveVariables, params, 1, { faults }), 'variables.agreement-after-commit')).toMatchObject({ holds: true, violations: 0 });
  });
});
