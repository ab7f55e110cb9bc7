import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectSeries, createMonitor, renderHtmlReport } from '../../analysis/index.js';
import { failureDetection, runScenario } from '../../scenarios/index.js';

const CHROMIUM = '/usr/bin/chromium';

// Opens the HTML report in headless Chromium (Debian's `chromium` package); skipped when absent.
describe.skipIf(!existsSync(CHROMIUM))('renderHtmlReport in a browser', () => {
  it('should render with no console errors and every chart present', async () => {
    const { chromium } = await import('playwright-core');
    const observe = [collectSeries(), createMonitor({ intervalMs: 2000 })];
    const results = [10, 20].map((nodes) => runScenario(failureDetection, { nodes, duration_ms: 20000, crash: 3 }, 1, { observe }));
    const path = join(mkdtempSync(join(tmpdir(), 'agentsim-html-')), 'report.html');
    writeFileSync(path, await renderHtmlReport({ results }));
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    try {
      const page = await browser.newPage();
      const errors: string[] = [];
      const requests: string[] = [];
      page.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
      page.on('pageerror', (e) => void errors.push(e.message));
      page.on('request', (r) => void (r.url().startsWith('file:') || requests.push(r.url())));
      await page.goto(`file://${path}`);
      expect(errors).toEqual([]);
      expect(requests).toEqual([]);
      const charts = await page.$$eval('figure.chart', (figs) => figs.map((f) => ({ id: f.id, svg: f.querySelector('svg')?.getBoundingClientRect().width ?? 0, marks: f.querySelectorAll('svg path, svg line, svg rect').length })));
      expect(charts.map((c) => c.id)).toEqual(['latency-cdf', 'metric-vs-scale', 'detection-histogram', 'convergence', 'fault-timeline']);
      for (const c of charts) {
        expect(c.svg, c.id).toBeGreaterThan(100);
        expect(c.marks, c.id).toBeGreaterThan(3);
      }
      // Legend labels are whole (vega cuts a label past its labelLimit with "…") and inside their chart.
      const legends = await page.$$eval('figure.chart', (figs) =>
        figs.map((f) => {
          const svg = f.querySelector('svg')!.getBoundingClientRect();
          const labels = [...f.querySelectorAll('.role-legend-label text, .role-legend-title text')];
          return { id: f.id, texts: labels.map((t) => t.textContent ?? ''), outside: labels.filter((t) => t.getBoundingClientRect().right > svg.right + 1).length };
        }),
      );
      for (const l of legends) {
        expect(l.texts.filter((t) => t.endsWith('…')), l.id).toEqual([]);
        expect(l.outside, l.id).toBe(0);
      }
      expect(legends.find((l) => l.id === 'latency-cdf')!.texts).toContain('detection_ms (failure-detection #1)');
      // The timeline labels each fault with its kind and targets, has a legend by kind, and a hover title per mark.
      const timeline = legends.find((l) => l.id === 'fault-timeline')!;
      expect(timeline.texts).toEqual(expect.arrayContaining(['kind', 'crash']));
      const marks = await page.$$eval('#fault-timeline svg path[aria-roledescription="point"]', (ps) => ps.map((p) => p.querySelector('title')?.textContent ?? ''));
      expect(marks.length).toBeGreaterThan(0);
      for (const title of marks) expect(title).toMatch(/kind: crash; targets: agent-\d+/);
      const labels = await page.$$eval('#fault-timeline .role-mark text', (ts) => ts.map((t) => t.textContent));
      expect(labels.some((t) => /^crash agent-\d+$/.test(t ?? ''))).toBe(true);
      await page.screenshot({ path: path.replace(/\.html$/, '.png'), fullPage: true });
    } finally {
      await browser.close();
    }
  });
});
