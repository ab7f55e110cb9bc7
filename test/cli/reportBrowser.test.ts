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
      await page.screenshot({ path: path.replace(/\.html$/, '.png'), fullPage: true });
    } finally {
      await browser.close();
    }
  });
});
