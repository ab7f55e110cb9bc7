import { describe, expect, it } from 'vitest';
import { allTargets, runValidation, VALIDATION_PARAMS, type TargetRow } from '../../analysis/index.js';
import { defineScenario, int, type AnyScenario } from '../../scenarios/index.js';

/** Reports `work` = size × 10 and whether the resource model was on. */
const toy = defineScenario({
  name: 'toy',
  summary: 'a toy',
  params: { size: int(1, 1, 1000, 'size') },
  build({ params, metrics }) {
    metrics.set('work', params.size * 10);
    metrics.set('model_on', (params as Record<string, unknown>)['resources'] === 'on' ? 1 : 0);
    return { durationMs: 1 };
  },
}) as AnyScenario;

const row = (measure: TargetRow['measure'], unit = 'ratio'): TargetRow => ({ id: 'toy.row', table: 'scalability', operation: 'Toy', cells: { 3: '>80%' }, unit, better: 'higher', critical: false, measure });

describe('runValidation', () => {
  it('should divide a row relative to a reference by the reference run, quick overrides applied', () => {
    const measure = { scenario: 'toy', params: { size: 4 }, quick: { size: 3 }, metric: 'work', stat: 'value' as const, relativeTo: { params: { size: 5 }, quick: { size: 2 } } };
    const run = (quick: boolean) => runValidation({ rows: [row(measure)], scenarios: new Map([['toy', toy]]), phase: '3', quick, seeds: [1], recommend: false }).report.rows[0]!;
    expect(run(false).values).toEqual([0.8]);
    expect(run(false).outcome.status).toBe('passed');
    expect(run(true).values).toEqual([1.5]);
  });

  it('should run every row with the resource model on unless the row says otherwise', () => {
    expect(VALIDATION_PARAMS).toEqual({ resources: 'on' });
    const measured = (params: Record<string, string | number>) =>
      runValidation({ rows: [row({ scenario: 'toy', params, metric: 'model_on', stat: 'value' }, 'count')], scenarios: new Map([['toy', toy]]), phase: '3', quick: false, seeds: [1], recommend: false }).report.rows[0]!.values;
    expect(measured({})).toEqual([1]);
    expect(measured({ resources: 'off' })).toEqual([0]);
  });
});

describe('allTargets', () => {
  it("should measure every row, and never compare the simulator's own heap or CPU with the seed", () => {
    for (const r of allTargets) {
      expect('unmeasured' in r.measure, r.id).toBe(false);
      if (!('unmeasured' in r.measure)) expect(r.measure.metric.startsWith('process_'), r.id).toBe(false);
    }
  });
});
