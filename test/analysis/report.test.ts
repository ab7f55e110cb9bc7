import { describe, expect, it } from 'vitest';
import { collectSeries, compareResults, createMonitor, renderHtmlReport, renderSummaryMarkdown, chartSpecs } from '../../analysis/index.js';
import { failureDetection, runScenario } from '../../scenarios/index.js';
import { fakeResult } from './fakeResult.js';

const observe = [collectSeries(), createMonitor({ intervalMs: 2000 })];
const results = [10, 20].flatMap((nodes) => [1, 2].map((seed) => runScenario(failureDetection, { nodes, duration_ms: 20000, crash: 3 }, seed, { observe })));

describe('chartSpecs', () => {
  it('should build the five charts from results with series, monitor and faults', () => {
    expect(chartSpecs(results).map((c) => c.id)).toEqual(['latency-cdf', 'metric-vs-scale', 'detection-histogram', 'convergence', 'fault-timeline']);
  });

  it('should fall back to summary quantiles for the CDF and skip charts without data', () => {
    expect(chartSpecs([fakeResult(1, 10)]).map((c) => c.id)).toEqual(['latency-cdf']);
  });
});

describe('renderHtmlReport', () => {
  it('should embed one SVG per chart, no scripts, and render identically twice', async () => {
    const html = await renderHtmlReport({ results });
    expect(html.match(/<svg/g)).toHaveLength(5);
    expect(html).not.toMatch(/<script/);
    expect(html).not.toMatch(/https?:\/\/(?!www\.w3\.org)/);
    expect(await renderHtmlReport({ results })).toBe(html);
  });
});

describe('renderSummaryMarkdown', () => {
  it('should summarise results across seeds and the regression check', () => {
    const md = renderSummaryMarkdown({ results, comparison: compareResults([fakeResult(1, 100)], [fakeResult(1, 150)]) });
    expect(md).toMatch(/^## agentsim performance summary/);
    expect(md).toMatch(/### Regression check: 2 critical/);
    expect(md).toMatch(/\| critical \| fake \| latency_ms.mean \| 100 → 150 \| \+50%/);
    expect(md).toMatch(/failure-detection \(2 runs; nodes=10/);
    expect(md.length).toBeLessThan(65536);
  });
});
