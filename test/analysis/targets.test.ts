import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { allTargets, evaluateTarget, overallStatus, parseRange, PHASES, type TargetRow } from '../../analysis/index.js';

const seedPath = new URL('../../../shared/seed/performance-benchmarks-framework.md', import.meta.url).pathname;

/** The seed's target tables: every table row whose first cell is bold (only target tables have them). */
function seedRows(text: string): { label: string; cells: string[] }[] {
  return text
    .split('\n')
    .filter((line) => line.startsWith('| **'))
    .map((line) => {
      const cells = line.split('|').slice(1, -1).map((c) => c.trim().replace(/\*\*/g, ''));
      return { label: cells[0]!, cells: cells.slice(1) };
    });
}

describe('allTargets', () => {
  it.skipIf(!existsSync(seedPath))('should transcribe every row of every target table of the seed, cell for cell', () => {
    const rows = seedRows(readFileSync(seedPath, 'utf8'));
    expect(rows.length).toBe(28);
    for (const { label, cells } of rows) {
      if (label.endsWith('Scale')) {
        const [count, time, success, efficiency] = cells;
        const mine = allTargets.filter((t) => t.operation.startsWith(`${label} (${count} agents)`));
        expect(mine.map((t) => t.cells.baseline)).toEqual([time, success, efficiency]);
        continue;
      }
      const row = allTargets.find((t) => t.operation === label);
      expect(row, label).toBeDefined();
      if (cells.length === 4) expect([row!.cells.baseline, row!.cells[1], row!.cells[2], row!.cells[3]]).toEqual(cells);
      else {
        // Traditional | agent-native (or cognitive) | improvement
        expect(row!.cells.baseline).toBe(cells[0]);
        expect(row!.cells[1]).toBe(cells[1]);
        const improvement = allTargets.find((t) => t.operation === `${label} — improvement`);
        if (improvement) expect(improvement.cells[1]).toBe(cells[2]);
        else expect(['N/A', 'Automatic']).toContain(cells[2]);
      }
    }
  });

  it('should give every row unique ids, parseable cells and a measurement or a reason', () => {
    expect(new Set(allTargets.map((t) => t.id)).size).toBe(allTargets.length);
    for (const t of allTargets) {
      for (const phase of PHASES) if (t.cells[phase] !== undefined) expect(() => parseRange(t.cells[phase]!)).not.toThrow();
      expect('unmeasured' in t.measure || t.measure.metric.length > 0).toBe(true);
    }
  });
});

describe('parseRange', () => {
  it('should read the seed cells in base units', () => {
    expect(parseRange('5-10ms')).toEqual({ min: 5, max: 10 });
    expect(parseRange('500ms-1s')).toEqual({ min: 500, max: 1000 });
    expect(parseRange('100μs-2ms')).toEqual({ min: 0.1, max: 2 });
    expect(parseRange('30s-2min')).toEqual({ min: 30000, max: 120000 });
    expect(parseRange('<1ms')).toEqual({ max: 1 });
    expect(parseRange('>99%')).toEqual({ min: 0.99 });
    expect(parseRange('1.5-4MB')).toEqual({ min: 1.5e6, max: 4e6 });
    expect(parseRange('<500KB/hour')).toEqual({ max: 5e5 });
    expect(parseRange('3-5x faster')).toEqual({ min: 3, max: 5 });
    expect(parseRange('20-80 iterations')).toEqual({ min: 20, max: 80 });
    expect(parseRange('N/A (static)')).toBeNull();
  });
});

const row = (over: Partial<TargetRow> = {}): TargetRow => ({
  id: 'x',
  table: 'clustering',
  operation: 'X',
  cells: { 1: '10-20ms', 3: 'N/A' },
  unit: 'ms',
  better: 'lower',
  critical: false,
  measure: { scenario: 's', params: {}, metric: 'm_ms', stat: 'mean' },
  ...over,
});

describe('evaluateTarget', () => {
  it('should pass at or under the far end, warn within 10% over it, fail beyond', () => {
    expect(evaluateTarget(row(), '1', [5, 7]).status).toBe('passed');
    expect(evaluateTarget(row(), '1', [20]).status).toBe('passed');
    expect(evaluateTarget(row(), '1', [21.9]).status).toBe('warning');
    expect(evaluateTarget(row(), '1', [22.1]).status).toBe('failed');
    expect(evaluateTarget(row(), '1', [null, null])).toMatchObject({ status: 'failed', reason: 'no samples' });
    expect(evaluateTarget(row(), '3', [1]).status).toBe('skipped');
    expect(evaluateTarget(row(), '2', [1]).status).toBe('skipped');
  });

  it('should measure the warning band of a success rate on its headroom', () => {
    const r = row({ cells: { 1: '>99%' }, unit: 'fraction', better: 'higher' });
    expect(evaluateTarget(r, '1', [0.995]).status).toBe('passed');
    expect(evaluateTarget(r, '1', [0.9895]).status).toBe('warning');
    expect(evaluateTarget(r, '1', [0.985]).status).toBe('failed');
  });
});

describe('overallStatus', () => {
  const failed = { status: 'failed', value: 1, interval: null, requirement: { op: '<=', limit: 0, warnLimit: 0 } } as const;
  const warning = { ...failed, status: 'warning' } as const;
  const passed = { ...failed, status: 'passed' } as const;
  it('should fail on any critical failure, warn past 5 warnings, else pass', () => {
    expect(overallStatus([{ row: row({ critical: true }), outcome: failed }, { row: row(), outcome: passed }]).status).toBe('failed');
    const five = Array.from({ length: 5 }, () => ({ row: row(), outcome: warning }));
    expect(overallStatus(five).status).toBe('passed');
    expect(overallStatus([...five, { row: row(), outcome: failed }])).toMatchObject({ status: 'warning', warnings: 6 });
  });
});
