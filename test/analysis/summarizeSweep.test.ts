import { describe, expect, it } from 'vitest';
import { summarizeSweep } from '../../analysis/index.js';
import type { RunResult } from '../../scenarios/index.js';

const result = (seed: number, value: number, latency: number, holds = true): RunResult => ({
  schema: 'agentsim.result/1',
  agentsim: '0.1.0',
  scenario: 's',
  seed,
  params: {},
  virtualTimeMs: 1,
  events: 1,
  wallMs: 123 + seed,
  traceHash: `h${seed}`,
  metrics: { x_count: { unit: 'count', value }, y_ms: { unit: 'ms', count: 1, mean: latency, std: 0, min: latency, p50: latency, p90: latency, p99: latency, max: latency } },
  invariants: [{ name: 'inv', holds, violations: holds ? 0 : 1 }],
  faults: [],
});

describe('summarizeSweep', () => {
  it('should give per-point means with Student-t 95% intervals, in replicate order, without wall time', () => {
    const expected = [0, 1, 2, 3, 4].map((i) => ({ index: i, point: 0, seed: i + 1 }));
    const results = new Map([4, 2, 0, 1, 3].map((i) => [i, result(i + 1, i + 1, 10 * (i + 1), i !== 2)] as const));
    const summary = summarizeSweep({ agentsim: '0.1.0', scenario: 's', seeds: [1, 2, 3, 4, 5], grid: [] }, [{}], expected, results);
    expect(summary.runs.map((r) => r.seed)).toEqual([1, 2, 3, 4, 5]);
    expect(JSON.stringify(summary)).not.toMatch(/wallMs/);
    const x = summary.points[0]!.metrics['x_count']!['value']!;
    // mean 3, s = 1.5811, t(0.975, 4) = 2.7764 → ±1.9632
    expect(x).toMatchObject({ n: 5, mean: 3 });
    expect(x.low).toBeCloseTo(1.0368, 3);
    expect(x.high).toBeCloseTo(4.9632, 3);
    expect(summary.points[0]!.metrics['y_ms']!['p99']!.mean).toBe(30);
    expect(summary.points[0]!.invariants['inv']).toEqual({ runs: 5, violated: 1, violatedNotApplicable: 0 });
  });

  it('should list expected replicates without a result as missing', () => {
    const summary = summarizeSweep({ agentsim: '0.1.0', scenario: 's', seeds: [7], grid: [['k', ['a', 'b']]] }, [{ k: 'a' }, { k: 'b' }], [{ index: 0, point: 0, seed: 7 }, { index: 1, point: 1, seed: 7 }], new Map([[1, result(7, 1, 1)]]));
    expect(summary.missing).toEqual([{ point: 0, seed: 7 }]);
    expect(summary.points.map((p) => p.runs)).toEqual([0, 1]);
    expect(summary.points[1]!.metrics['x_count']!['value']).toEqual({ n: 1, mean: 1, std: 0, low: null, high: null });
  });
});
