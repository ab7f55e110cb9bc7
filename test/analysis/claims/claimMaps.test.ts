import { describe, expect, it } from 'vitest';
import {
  allTargets,
  claimBoundary,
  claimHeatmap,
  evaluateClaim,
  findClaimRule,
  nearestHolding,
  planClaim,
  renderClaimsMarkdown,
  renderSvg,
  type ClaimCell,
  type ClaimRunOutcome,
  type TargetRow,
} from '../../../analysis/index.js';
import { failureDetection, nodeDiscovery, scenarios } from '../../../scenarios/index.js';

// A synthetic improvement row on node-discovery: gossip (push) against a polled registry.
const row: TargetRow = {
  id: 'test.discovery.improvement',
  table: 'clustering',
  operation: 'Discovery — improvement',
  cells: { 3: '3-5x faster' },
  unit: 'x',
  better: 'higher',
  critical: false,
  measure: { scenario: 'node-discovery', params: { nodes: 10 }, metric: 'time_to_full_ms', stat: 'mean', versus: { mode: 'central' } },
  claim: {
    axes: [
      { param: 'round_ms', side: 'native', values: [25, 50, 100, 200] },
      { param: 'round_ms', side: 'versus', values: [200, 1000, 5000] },
      { param: 'fanout', side: 'native', values: [1, 2], quick: [1] },
    ],
  },
};

// A model of the runs: gossip needs 5 rounds at fanout 1 and 3 at fanout 2; the registry one poll.
function model(params: Readonly<Record<string, unknown>>): ClaimRunOutcome {
  const round = Number(params['round_ms']);
  const ms = params['mode'] === 'central' ? round : round * (Number(params['fanout'] ?? 1) === 1 ? 5 : 3);
  return { metrics: { time_to_full_ms: { unit: 'ms', count: 1, mean: ms, std: 0, min: ms, p50: ms, p90: ms, p99: ms, max: ms } } };
}

function mapOf(quick: boolean) {
  const plan = planClaim(row, { quick, seeds: [1, 2], scenario: nodeDiscovery });
  return { plan, map: evaluateClaim(plan, '3', new Map(plan.runs.map((r) => [r.key, model(r.params)])))! };
}

describe('planClaim', () => {
  it('should set each axis on its side only and share runs that points have in common', () => {
    const { plan } = mapOf(false);
    expect(plan.axes.map((a) => a.id)).toEqual(['round_ms@native', 'round_ms@versus', 'fanout']);
    expect(plan.axes.map((a) => a.base)).toEqual([200, 200, 1]);
    expect(plan.points).toHaveLength(4 * 3 * 2);
    // 8 gossip configurations and 3 registry ones, on 2 seeds each.
    expect(plan.runs).toHaveLength((8 + 3) * 2);
    const versus = plan.runs.filter((r) => r.params['mode'] === 'central');
    expect(versus.map((r) => r.params['round_ms'])).toEqual([200, 200, 1000, 1000, 5000, 5000]);
    expect(versus.every((r) => r.params['fanout'] === undefined)).toBe(true);
  });

  it('should take the quick values, or the first and last, with --quick', () => {
    expect(mapOf(true).plan.axes.map((a) => a.values)).toEqual([[25, 200], [200, 5000], [1]]);
  });

  it('should reject a grid point the scenario does not accept', () => {
    const bad: TargetRow = { ...row, claim: { axes: [{ param: 'fanout', values: [1, 10] }] } };
    expect(() => planClaim(bad, { quick: false, seeds: [1], scenario: nodeDiscovery })).toThrow(/fanout: 10 — must be < nodes/);
  });

  it('should scale linked parameters with an axis', () => {
    const fd = allTargets.find((r) => r.id === 'clustering.failure-detection.improvement')!;
    const plan = planClaim(fd, { quick: true, seeds: [1], scenario: failureDetection });
    const swim = plan.runs.filter((r) => r.params['detector'] === 'swim');
    expect(swim.map((r) => [r.params['probe_interval_ms'], r.params['probe_timeout_ms']])).toEqual([
      [250, 125],
      [1000, 500],
    ]);
  });
});

describe('evaluateClaim', () => {
  it('should judge every point by the row requirement and find where the claim holds', () => {
    const { map } = mapOf(false);
    // improvement = versus / (k · native) with k = 5 (fanout 1) or 3 (fanout 2); holds when >= 3.
    const expected = map.cells.map((c) => Number(c.coords[1]) / ((c.coords[2] === 1 ? 5 : 3) * Number(c.coords[0])) >= 3);
    expect(map.cells.map((c) => c.status === 'passed')).toEqual(expected);
    expect(map.holds).toBe(expected.filter(Boolean).length);
    expect(map.base).toMatchObject({ coords: [200, 200, 1], status: 'failed', value: 0.2 });
    expect(map.requirement).toEqual({ op: '>=', limit: 3, cell: '3-5x faster' });
  });

  it('should name the nearest holding configuration in grid steps', () => {
    const { map } = mapOf(false);
    // From (200, 200, 1): (200, 5000, 1) is 2 steps and gives 5x; (25, 1000, 1) is 4.
    expect(map.nearest).toEqual({ coords: [200, 5000, 1], value: 5, steps: 2 });
  });

  it('should generate the sentence from the measured cells', () => {
    expect(mapOf(true).map.sentence).toBe('Discovery — improvement (≥ 3x) holds only when round_ms (traditional) is at least 5000 (it fails at 200 and below): 2 of 4 configurations hold (measured 0.200x–40x).');
    // Without the fanout axis the claim holds exactly when native ÷ versus <= 1/15: a ratio rule.
    const ratioRow: TargetRow = { ...row, claim: { axes: row.claim!.axes.slice(0, 2) } };
    const plan = planClaim(ratioRow, { quick: false, seeds: [1], scenario: nodeDiscovery });
    const map = evaluateClaim(plan, '3', new Map(plan.runs.map((r) => [r.key, model(r.params)])))!;
    expect(map.rule).toMatchObject({ agree: 12, of: 12, conditions: [{ kind: 'ratio-le', axis: 0, over: 1, value: 1 / 20, next: 1 / 10 }] });
    expect(map.sentence).toBe(
      'Discovery — improvement (≥ 3x) holds only when round_ms (agent-native) is at most 1/20 of round_ms (traditional) (it fails from 1/10): 6 of 12 configurations hold (measured 0.200x–40x).',
    );
  });

  it('should mark the cells of failed runs and say when nothing could be measured', () => {
    const plan = planClaim(row, { quick: true, seeds: [1], scenario: nodeDiscovery });
    const map = evaluateClaim(plan, '3', new Map(plan.runs.map((r) => [r.key, { error: 'boom' }])))!;
    expect(map.cells.every((c) => c.status === 'error' && c.reason === 'boom')).toBe(true);
    expect(map.sentence).toBe('Discovery — improvement (≥ 3x) could not be measured on the grid (boom).');
    expect(evaluateClaim(plan, '1', new Map())).toBeNull();
  });
});

const cell = (coords: (number | string)[], holds: boolean): ClaimCell => ({ coords, status: holds ? 'passed' : 'failed', value: holds ? 4 : 1 });

describe('findClaimRule', () => {
  const axes = [
    { param: 'round_ms', values: [50, 200] },
    { param: 'fanout', values: [1, 3] },
  ];

  it('should prefer one threshold, then a ratio, then two thresholds together or either', () => {
    const single = findClaimRule(axes, [cell([50, 1], true), cell([200, 1], false), cell([50, 3], true), cell([200, 3], false)])!;
    expect(single.conditions).toEqual([{ kind: 'le', axis: 0, value: 50, next: 200 }]);
    const either = findClaimRule(axes, [cell([50, 1], true), cell([200, 1], false), cell([50, 3], true), cell([200, 3], true)])!;
    expect(either).toMatchObject({ join: 'any', agree: 4, of: 4 });
    const both = findClaimRule(axes, [cell([50, 1], false), cell([200, 1], false), cell([50, 3], true), cell([200, 3], false)])!;
    expect(both).toMatchObject({ join: 'all', agree: 4 });
  });

  it('should return null when the claim holds everywhere or nowhere', () => {
    expect(findClaimRule(axes, [cell([50, 1], true), cell([200, 1], true)])).toBeNull();
    expect(findClaimRule(axes, [cell([50, 1], false)])).toBeNull();
  });
});

describe('nearestHolding', () => {
  it('should measure distance from an off-grid base by log-interpolated position', () => {
    const axes = [{ values: [100, 1000, 10000], base: 300 }];
    const near = nearestHolding(axes, [cell([100], true), cell([10000], true)]);
    // log10(300) sits 0.477 of a step above 100: 100 is nearer than 10000.
    expect(near?.coords).toEqual([100]);
    expect(near?.steps).toBeCloseTo(0.477, 3);
  });
});

describe('claimBoundary', () => {
  it('should give, per setting of the other axes, the values along the first and the edge', () => {
    const { map } = mapOf(true);
    expect(claimBoundary(map)).toEqual([
      ['round_ms (traditional)', 'round_ms (agent-native): value per point (✓ holds, ~ within 10%, ✗ fails)', 'holds where'],
      ['200', '25: 1.600x ✗ · 200: 0.200x ✗', 'nowhere'],
      ['5000', '25: 40x ✓ · 200: 5x ✓', 'everywhere'],
    ]);
  });
});

describe('claimHeatmap', () => {
  it('should render to SVG with one cell per point and the validated configuration outlined', async () => {
    const { map } = mapOf(false);
    const chart = claimHeatmap(map);
    expect(chart.id).toBe('claim-test.discovery.improvement');
    const svg = await renderSvg(chart.spec);
    expect(svg.match(/aria-roledescription="rect mark"/g) ?? []).toHaveLength(map.cells.length);
    expect(svg).toContain('stroke="#000"');
    expect(renderClaimsMarkdown([map])).toContain('nearest configuration where it holds: round_ms (agent-native)=200, round_ms (traditional)=5000, fanout (agent-native)=1 → 5x (2 grid steps away)');
  });
});

describe('allTargets claims', () => {
  it('should declare a claim on every improvement row, with at most four varying axes', () => {
    const improvements = allTargets.filter((r) => r.unit === 'x');
    expect(improvements.length).toBeGreaterThanOrEqual(8);
    expect(improvements.filter((r) => r.claim === undefined).map((r) => r.id)).toEqual([]);
    for (const r of allTargets) if (r.claim) expect(r.claim.axes.filter((a) => a.values.length > 1).length, r.id).toBeLessThanOrEqual(4);
  });

  it('should plan every measured claim, full and quick, with parameters its scenario accepts', () => {
    for (const r of allTargets) {
      if (r.claim === undefined || 'unmeasured' in r.measure) continue;
      const scenario = scenarios.get(r.measure.scenario)!;
      for (const quick of [false, true]) {
        const plan = planClaim(r, { quick, seeds: [1], scenario });
        // The validated configuration is a point of the grid.
        expect(plan.points.some((p) => p.coords.every((v, i) => v === plan.axes[i]!.base)), `${r.id} quick=${quick}`).toBe(true);
      }
    }
  });
});
