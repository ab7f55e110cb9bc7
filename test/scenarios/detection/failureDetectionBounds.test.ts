import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../../engine/index.js';
import { failureDetection, getScenario, runScenario, type DistributionMetric, type RunResult, type ScalarMetric } from '../../../scenarios/index.js';

/**
 * Detection bounds of the timeout detector with no loss. An agent crashing at c last sent a
 * heartbeat at s, with c - heartbeat <= s <= c (or never, and then c < its phase < heartbeat); it
 * arrives at s + L. The monitor sweeps every check_ms and declares at the first sweep D with
 * D - (s + L) >= timeout, so timeout - heartbeat <= D - c < timeout + check_ms + L.
 */
function expectTimelyDetection(result: RunResult, p: { heartbeat_ms: number; timeout_ms: number; check_ms: number; crash: number }, maxLatency: number): void {
  const detection = result.metrics['detection_ms'] as DistributionMetric;
  expect(detection.count).toBe(p.crash);
  if (p.crash > 0) {
    expect(detection.min!).toBeGreaterThanOrEqual(p.timeout_ms - p.heartbeat_ms);
    expect(detection.max!).toBeLessThanOrEqual(p.timeout_ms + p.check_ms + maxLatency);
  }
  expect((result.metrics['false_positives'] as ScalarMetric).value).toBe(0);
  expect((result.metrics['crashes_count'] as ScalarMetric).value).toBe(p.crash);
  const invariant = (name: string) => result.invariants.find((i) => i.name === name);
  expect(invariant('fd.completeness')).toMatchObject({ holds: true, violations: 0 });
  expect(invariant('fd.accuracy')).toMatchObject({ holds: true, violations: 0, applicable: true });
  for (const i of result.invariants) expect(i, i.name).toMatchObject({ holds: true, violations: 0 });
}

describe('failureDetection', () => {
  it('should be registered as failure-detection', () => {
    expect(getScenario('failure-detection')).toBe(failureDetection);
    expect(() => getScenario('nope')).toThrow(UsageError);
    expect(() => getScenario('nope')).toThrow(/unknown scenario "nope" \(known: .*failure-detection/);
  });

  it('should detect every crash within its bounds with the default network', () => {
    const result = runScenario(failureDetection, { nodes: 50, crash: 10, duration_ms: 30_000 }, 42);
    expect(result.params).toMatchObject({ nodes: 50, crash: 10, heartbeat_ms: 1000, timeout_ms: 3000, check_ms: 100, latency: 'exp:5', loss: 0 });
    // exp:5 latency: 200 ms is 40 means, exceeded with probability e^-40 per message.
    expectTimelyDetection(result, { heartbeat_ms: 1000, timeout_ms: 3000, check_ms: 100, crash: 10 }, 200);
    expect(result.faults).toHaveLength(10);
    expect(result.faults.every((f) => f.kind === 'crash')).toBe(true);
  });

  it('should publish one detection_ms sample per crashed agent in the trace', () => {
    const lines: string[] = [];
    const result = runScenario(failureDetection, { nodes: 5, crash: 5, duration_ms: 20_000, latency: 'const:2' }, 7, {
      sink: (chunk) => lines.push(...chunk.split('\n').filter((l) => l !== '')),
    });
    const samples = lines
      .slice(1)
      .map((line) => JSON.parse(line) as { kind?: string; type?: string; payload?: number })
      .filter((e) => e.kind === 'signal' && e.type === 'metric.detection_ms')
      .map((e) => e.payload!);
    expect(samples).toHaveLength(5);
    expect((result.metrics['detection_ms'] as DistributionMetric).count).toBe(5);
    expect((result.metrics['detection_ms'] as DistributionMetric).max).toBe(Math.max(...samples));
  });

  test.prop(
    [
      fc
        .record({
          nodes: fc.integer({ min: 1, max: 20 }),
          heartbeat_ms: fc.integer({ min: 200, max: 1000 }),
          check_ms: fc.integer({ min: 1, max: 300 }),
          maxLatency: fc.integer({ min: 0, max: 50 }),
          timeoutExtra: fc.integer({ min: 1, max: 2000 }),
          crashFraction: fc.double({ min: 0, max: 1, noNaN: true }),
          seed: fc.integer(),
        })
        .map(({ nodes, heartbeat_ms, check_ms, maxLatency, timeoutExtra, crashFraction, seed }) => {
          // timeout > heartbeat + max latency: a live agent's heartbeats are never that far apart.
          const timeout_ms = heartbeat_ms + maxLatency + timeoutExtra;
          // Long enough that the latest seeded crash is declared before the end.
          const duration_ms = Math.ceil((2 * (timeout_ms + heartbeat_ms + check_ms) + maxLatency) / 0.9) + 1;
          return { nodes, heartbeat_ms, check_ms, timeout_ms, duration_ms, maxLatency, crash: Math.floor(crashFraction * nodes), seed };
        }),
    ],
    { numRuns: 15 },
  )('should keep detection_ms within [timeout - heartbeat, timeout + check + latency] with no loss', ({ maxLatency, seed, ...params }) => {
    const result = runScenario(failureDetection, { ...params, latency: `uniform:0:${maxLatency}` }, seed);
    expectTimelyDetection(result, params, maxLatency);
  });

  it('should reject more crashes than nodes with a UsageError', () => {
    expect(() => runScenario(failureDetection, { nodes: 3, crash: 4 }, 1)).toThrow(UsageError);
    expect(() => runScenario(failureDetection, { nodes: 3, crash: 4 }, 1)).toThrow('failure-detection: crash: 4 — must be <= nodes (3)');
  });

  it('should report false positives under heavy loss, with accuracy marked not applicable', () => {
    const result = runScenario(failureDetection, { nodes: 20, crash: 0, duration_ms: 20_000, loss: 0.6 }, 3);
    const fp = (result.metrics['false_positives'] as ScalarMetric).value;
    expect(fp).toBeGreaterThan(0);
    const accuracy = result.invariants.find((i) => i.name === 'fd.accuracy')!;
    expect(accuracy).toMatchObject({ holds: false, violations: fp, applicable: false });
    expect(accuracy.example).toMatch(/^agent-\d+ declared dead .*at t=\d+/);
  });
});
