import { describe, expect, it } from 'vitest';
import { DETECTORS, failureDetection, healthMonitoring, runScenario } from '../../../scenarios/index.js';

const small = { nodes: 30, crash: 3, duration_ms: 60_000 };
const swimSmall = { suspicion_mult: 2, probe_interval_ms: 500, probe_timeout_ms: 200 };
const paramsOf = (detector: string) => ({ ...small, detector, ...(detector === 'swim' ? swimSmall : {}) });

describe('failureDetection', () => {
  for (const detector of DETECTORS) {
    it(`should be deterministic with detector=${detector} (same seed, same hash; other seed, other hash)`, () => {
      const a = runScenario(failureDetection, paramsOf(detector), 5);
      const b = runScenario(failureDetection, paramsOf(detector), 5);
      const c = runScenario(failureDetection, paramsOf(detector), 6);
      expect(a.traceHash).toBe(b.traceHash);
      expect(c.traceHash).not.toBe(a.traceHash);
    });

    it(`should detect every crash and declare no live node with detector=${detector}`, () => {
      const r = runScenario(failureDetection, paramsOf(detector), 7);
      const inv = Object.fromEntries(r.invariants.map((i) => [i.name, i]));
      expect(inv['fd.completeness']!.holds).toBe(true);
      expect(inv['fd.accuracy']).toMatchObject({ holds: true, applicable: true });
      expect(r.metrics['detection_ms']).toMatchObject({ count: 3 });
      expect(r.metrics['false_positives']).toEqual({ unit: 'count', value: 0 });
      expect((r.metrics['messages_per_probe'] as { value: number }).value).toBeGreaterThanOrEqual(1);
    });

    it(`should violate completeness with the detector-never-suspects bug (detector=${detector})`, () => {
      const r = runScenario(failureDetection, paramsOf(detector), 7, { bugs: ['detector-never-suspects'] });
      const completeness = r.invariants.find((i) => i.name === 'fd.completeness')!;
      expect(completeness.holds).toBe(false);
      expect(completeness.violations).toBeGreaterThan(0);
    });
  }

  it('should keep the timeout detector the default', () => {
    expect(runScenario(failureDetection, { nodes: 5, crash: 1, duration_ms: 20_000 }, 1).params['detector']).toBe('timeout');
  });

  it('should count SWIM false positives under loss and mark accuracy not applicable', () => {
    const r = runScenario(failureDetection, { ...paramsOf('swim'), suspicion: false, loss: 0.3, indirect_checks: 0 }, 3);
    expect((r.metrics['false_positives'] as { value: number }).value).toBeGreaterThan(0);
    expect(r.invariants.find((i) => i.name === 'fd.accuracy')).toMatchObject({ holds: false, applicable: false });
  });

  it('should reject a SWIM probe timeout not shorter than the period', () => {
    expect(() => runScenario(failureDetection, { detector: 'swim', probe_timeout_ms: 1000 }, 1)).toThrow(/probe_timeout_ms/);
  });
});

describe('healthMonitoring', () => {
  it('should fill nodes and interval from a preset, explicit values winning', () => {
    const r = runScenario(healthMonitoring, { preset: 'predictive', duration_ms: 120_000 }, 1);
    expect(r.params).toMatchObject({ nodes: 50, check_ms: 5000 });
    expect(runScenario(healthMonitoring, { preset: 'large-scale', nodes: 20, duration_ms: 60_000 }, 1).params).toMatchObject({ nodes: 20, check_ms: 15_000 });
    for (const m of ['checks_count', 'detection_accuracy_ratio', 'anomalies_count', 'anomalies_detected_count']) expect(r.metrics[m]).toBeDefined();
    expect(r.metrics['anomalies_count']).toEqual({ unit: 'count', value: 4 });
  });

  for (const detector of DETECTORS) {
    it(`should be deterministic and measure accuracy with detector=${detector}`, () => {
      const p = { preset: 'comprehensive', detector, duration_ms: 300_000 };
      const a = runScenario(healthMonitoring, p, 9);
      expect(runScenario(healthMonitoring, p, 9).traceHash).toBe(a.traceHash);
      expect(runScenario(healthMonitoring, p, 10).traceHash).not.toBe(a.traceHash);
      const acc = (a.metrics['detection_accuracy_ratio'] as { value: number }).value;
      expect(acc).toBeGreaterThan(0.5);
      expect(acc).toBeLessThanOrEqual(1);
    });
  }

  it('should catch crashes and long pauses with the central poller, and none with the bug', () => {
    const p = { preset: 'comprehensive', duration_ms: 600_000 };
    expect(runScenario(healthMonitoring, p, 2).metrics['anomalies_detected_count']).toEqual({ unit: 'count', value: 4 });
    expect(runScenario(healthMonitoring, p, 2, { bugs: ['detector-never-suspects'] }).metrics['anomalies_detected_count']).toEqual({ unit: 'count', value: 0 });
  });
});
