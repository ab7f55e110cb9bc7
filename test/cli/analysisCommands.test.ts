import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../cli/main.js';
import { fakeResult } from '../analysis/fakeResult.js';
import { captureIo } from './captureIo.js';

const dir = mkdtempSync(join(tmpdir(), 'agentsim-analysis-'));
const file = (name: string) => join(dir, name);
const fd = ['--set', 'nodes=10', '--set', 'duration_ms=15000', '--set', 'crash=2'];

describe('agentsim validate', () => {
  it('should validate a row, write JSON, Markdown, HTML and results, and skip rows without a scenario', async () => {
    const io = captureIo();
    const code = await main(['validate', '--quick', '--seeds', '1..2', '--only', 'clustering.failure-detection', '--no-recommend', '--no-claims', '--json', file('v.json'), '--md', file('v.md'), '--html', file('v.html'), '--results', file('r.json')], io);
    const report = JSON.parse(readFileSync(file('v.json'), 'utf8'));
    expect(report.schema).toBe('agentsim.validation/1');
    expect(report.rows[0].outcome.status).toBe('passed');
    expect(code).toBe(report.status === 'failed' ? 1 : 0);
    expect(io.out).toMatch(/validation \(phase 3, quick\): PASSED/);
    expect(readFileSync(file('v.md'), 'utf8')).toMatch(/Failure Detection/);
    expect(readFileSync(file('v.html'), 'utf8')).toMatch(/<svg/);
    expect(JSON.parse(readFileSync(file('r.json'), 'utf8')).length).toBeGreaterThanOrEqual(2);
  });

  it('should skip only the cells the seed marks N/A, with the reason', async () => {
    const io = captureIo();
    const code = await main(['validate', '--phase', 'baseline', '--quick', '--seeds', '1', '--only', 'variables.update-cluster'], io);
    expect(code).toBe(0);
    expect(io.out).toMatch(/skipped\s+variables.update-cluster.*no target for phase baseline/);
  });

  it('should reject a bad phase with one line, exit 2', async () => {
    const io = captureIo();
    expect(await main(['validate', '--phase', '4'], io)).toBe(2);
    expect(io.err).toBe('agentsim: --phase 4: expected one of baseline, 1, 2, 3\n');
  });
});

describe('agentsim compare', () => {
  it('should exit 1 on a synthetic critical regression and 0 on identical inputs', async () => {
    writeFileSync(file('base.json'), JSON.stringify([1, 2, 3, 4, 5].map((s) => fakeResult(s, 100 + s))));
    writeFileSync(file('slow.json'), JSON.stringify([1, 2, 3, 4, 5].map((s) => fakeResult(s, 150 + s))));
    const io = captureIo();
    expect(await main(['compare', file('base.json'), file('slow.json'), '--md', file('cmp.md'), '--json', file('cmp.json')], io)).toBe(1);
    expect(io.out).toMatch(/critical\s+fake\s+latency_ms.mean/);
    expect(readFileSync(file('cmp.md'), 'utf8')).toMatch(/Regression check: 2 critical/);
    expect(await main(['compare', file('base.json'), file('base.json')], captureIo())).toBe(0);
  });

  it('should detect a trend over a history directory of 10+ files', async () => {
    const hist = join(dir, 'history');
    for (let k = 0; k < 12; k++) {
      const f = join(hist, `run-${String(k).padStart(3, '0')}.json`);
      await import('node:fs').then((fs) => fs.mkdirSync(hist, { recursive: true }));
      writeFileSync(f, JSON.stringify([1, 2].map((s) => fakeResult(s, 100 + 5 * k + s))));
    }
    const io = captureIo();
    expect(await main(['compare', '--history', hist], io)).toBe(0);
    expect(io.out).toMatch(/warning\s+fake\s+latency_ms.mean\s+increasing \(worse\)/);
  });

  it('should exit 2 when baseline and current have nothing in common, rather than pass', async () => {
    writeFileSync(file('other.json'), JSON.stringify([1, 2].map((s) => fakeResult(s, 100, 0.99, 'other'))));
    const io = captureIo();
    expect(await main(['compare', file('base.json'), file('other.json')], io)).toBe(2);
    expect(io.err).toMatch(/^agentsim: compare: .* have no scenario and parameter set in common \(baseline: fake .*; current: other .*\)\n$/);
  });

  it('should count a sweep directory once, not its run files and its summary both', async () => {
    const sweep = join(dir, 'sweep-dir');
    const args = ['sweep', 'failure-detection', '--seeds', '1..4', '--set', 'nodes=5', '--set', 'duration_ms=6000', '--workers', '0', '--quiet'];
    expect(await main([...args, '--out', sweep], captureIo())).toBe(0);
    const io = captureIo();
    expect(await main(['compare', sweep, sweep, '--all', '--json', file('self.json')], io)).toBe(0);
    const cmp = JSON.parse(readFileSync(file('self.json'), 'utf8')) as { metrics: { baseline: number[] }[] };
    expect(cmp.metrics.length).toBeGreaterThan(0);
    for (const m of cmp.metrics) expect(m.baseline.length).toBeLessThanOrEqual(4);
  });

  it('should fail a current run whose detector never detected, as a critical regression', async () => {
    writeFileSync(file('never.json'), JSON.stringify([1, 2, 3, 4, 5].map((s) => ({ ...fakeResult(s, 100 + s), metrics: { ...fakeResult(s, 1).metrics, latency_ms: { unit: 'ms', count: 0, mean: null, std: null, min: null, p50: null, p90: null, p99: null, max: null } } }))));
    const io = captureIo();
    expect(await main(['compare', file('base.json'), file('never.json')], io)).toBe(1);
    expect(io.out).toMatch(/critical\s+fake\s+latency_ms.mean\s+\S+\s+—/);
  });

  it('should judge each scenario of a mixed history on its own, and refuse when none has 10 runs', async () => {
    const hist = join(dir, 'mixed-history');
    await import('node:fs').then((fs) => fs.mkdirSync(hist, { recursive: true }));
    for (let k = 0; k < 12; k++) writeFileSync(join(hist, `run-${String(k).padStart(3, '0')}.json`), JSON.stringify([fakeResult(1, 100 + 5 * k, 0.99, k % 2 ? 'a' : 'b')]));
    let io = captureIo();
    expect(await main(['compare', '--history', hist], io)).toBe(2);
    expect(io.err).toMatch(/^agentsim: --history .*: trend detection needs at least 10 runs of one scenario and parameter set; found b: 6, a: 6\n$/);
    for (let k = 12; k < 24; k++) writeFileSync(join(hist, `run-${String(k).padStart(3, '0')}.json`), JSON.stringify([fakeResult(1, 100 + 5 * k, 0.99, 'a')]));
    io = captureIo();
    expect(await main(['compare', '--history', hist], io)).toBe(0);
    expect(io.err).toMatch(/compare --history: b appears in only 6 runs \(trends need 10\); not judged/);
    expect(io.out).toMatch(/warning\s+a\s+latency_ms.mean\s+increasing \(worse\)/);
  });

  it('should give one-line usage errors', async () => {
    let io = captureIo();
    expect(await main(['compare', file('base.json')], io)).toBe(2);
    expect(io.err).toBe('agentsim: compare: give both BASELINE and CURRENT\n');
    io = captureIo();
    expect(await main(['compare', file('nope.json'), file('base.json')], io)).toBe(2);
    expect(io.err).toMatch(/^agentsim: baseline .*nope.json: no such file or directory\n$/);
    writeFileSync(file('empty.json'), '[]');
    io = captureIo();
    expect(await main(['compare', file('empty.json'), file('base.json')], io)).toBe(2);
    expect(io.err).toMatch(/no agentsim.result\/1 results found/);
  });
});

describe('agentsim run --html, report, replay --export, recommend', () => {
  it('should write an HTML report from run, and a report from results files', async () => {
    expect(await main(['run', 'failure-detection', ...fd, '--quiet', '--html', file('run.html'), '--json', file('run.json'), '--trace', file('t.jsonl'), '--monitor', '1000'], captureIo())).toBe(0);
    expect(readFileSync(file('run.html'), 'utf8').match(/<figure class="chart"/g)!.length).toBeGreaterThanOrEqual(3);
    const result = JSON.parse(readFileSync(file('run.json'), 'utf8'));
    expect(result.monitor.samples).toHaveLength(15);
    const io = captureIo();
    expect(await main(['report', file('run.json'), file('base.json')], io)).toBe(0);
    expect(io.out).toMatch(/failure-detection \(1 run;/);
    expect(await main(['report', file('run.json'), '--html', file('rep.html'), '--md', file('performance_summary.md')], captureIo())).toBe(0);
    expect(existsSync(file('rep.html'))).toBe(true);
  });

  it('should export the trace to trace-event JSON with matched flows', async () => {
    expect(await main(['replay', file('t.jsonl'), '--export', file('perfetto.json')], captureIo())).toBe(0);
    const json = JSON.parse(readFileSync(file('perfetto.json'), 'utf8'));
    const starts = new Set(json.traceEvents.filter((e: { ph: string }) => e.ph === 's').map((e: { id: number }) => e.id));
    const ends = json.traceEvents.filter((e: { ph: string }) => e.ph === 'f');
    expect(ends.length).toBeGreaterThan(0);
    expect(ends.every((e: { id: number }) => starts.has(e.id))).toBe(true);
  });

  it('should judge no effect where the metric has no value (no crash, so nothing is detected)', async () => {
    const io = captureIo();
    expect(await main(['recommend', 'failure-detection', '--metric', 'detection_ms', '--set', 'nodes=10', '--set', 'duration_ms=5000', '--set', 'crash=0', '--seeds', '1'], io)).toBe(0);
    expect(io.out).not.toMatch(/improves|worsens/);
    expect(io.out).toMatch(/timeout_ms\s+3000\s+1500\s+—\s+—\s+—/);
  });

  it('should rank parameters by their measured effect', async () => {
    const io = captureIo();
    expect(await main(['recommend', 'failure-detection', '--metric', 'detection_ms', ...fd, '--seeds', '1'], io)).toBe(0);
    expect(io.out).toMatch(/detection_ms.mean = .* now \(lower is better/);
    expect(io.out).toMatch(/timeout_ms\s+3000\s+1500\s+.*improves/);
  });
});
