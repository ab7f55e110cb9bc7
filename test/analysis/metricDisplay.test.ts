import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allTargets, formatMetric, formatValue, isDeclaredRatio, metricDisplay, metricRows, renderHtmlReport } from '../../analysis/index.js';
import { fakeResult } from './fakeResult.js';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
  });
}

describe('metricDisplay', () => {
  it('should show quotients plainly and fractions as percentages', () => {
    expect(formatMetric('messages_per_probe', 'ratio', 2.054)).toBe('2.054');
    expect(formatMetric('success_ratio', 'ratio', 0.992)).toBe('99.20%');
    expect(formatMetric('speed_vs_grid_ratio', 'ratio', 1.5)).toBe('1.500x');
    expect(formatMetric('detection_ms', 'ms', 12.5)).toBe('12.50 ms');
    // Undeclared: a plain number, never a percentage.
    expect(metricDisplay('new_thing_ratio', 'ratio')).toBe('ratio');
    expect(formatValue(2.054, 'ratio')).toBe('2.054');
  });

  it('should have a declared display for every ratio metric a scenario records', () => {
    // metrics.set / metrics.sample('name' or `tem${plate}`, value, 'ratio'): templates are tried with a sample word.
    const call = /metrics\.(?:set|sample)\(\s*(['`])([^'`]+)\1[^;]*?'ratio'\)/g;
    const names = new Set<string>();
    for (const file of sources('scenarios')) {
      for (const m of readFileSync(file, 'utf8').matchAll(call)) names.add(m[2]!.replace(/\$\{[^}]*\}/g, 'grid'));
    }
    expect(names.size).toBeGreaterThan(10);
    expect([...names].filter((n) => !isDeclaredRatio(n))).toEqual([]);
  });
});

describe('metricRows', () => {
  it('should name the display, not the ambiguous unit', () => {
    const rows = metricRows({ messages_per_probe: { unit: 'ratio', value: 2.054 }, success_ratio: { unit: 'ratio', value: 1 } });
    expect(rows.slice(1).map((r) => r.slice(0, 3))).toEqual([
      ['messages_per_probe', 'ratio', '2.054'],
      ['success_ratio', 'fraction', '1'],
    ]);
  });
});

describe('renderHtmlReport', () => {
  it('should not show a quotient as a percentage', async () => {
    const r = fakeResult(1, 10);
    const html = await renderHtmlReport({ results: [{ ...r, metrics: { ...r.metrics, messages_per_probe: { unit: 'ratio', value: 2.054 } } }] });
    expect(html).toContain('<td>2.054</td>');
    expect(html).not.toContain('205.4%');
    expect(html).toContain('<td>99%</td>');
  });
});

describe('allTargets', () => {
  it('should declare every percentage row a fraction', () => {
    const percent = allTargets.filter((r) => Object.values(r.cells).some((c) => /%/.test(c)));
    expect(percent.length).toBeGreaterThan(0);
    expect(percent.filter((r) => r.unit !== 'fraction').map((r) => r.id)).toEqual([]);
  });
});

describe('metricDirection', () => {
  it('should count more messages per probe as worse, though its unit is ratio', async () => {
    const { metricDirection } = await import('../../analysis/index.js');
    expect(metricDirection('messages_per_probe', 'ratio')).toBe('lower');
    expect(metricDirection('success_ratio', 'ratio')).toBe('higher');
  });
});
