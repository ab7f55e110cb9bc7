import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli as cli } from './captureIo.js';

const root = mkdtempSync(join(tmpdir(), 'agentsim-sweep-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const FLAKY = 'test/cli/fixtures/flakyScenario.mjs';
/** A small failure-detection grid: 2 points x 5 seeds. */
const FD = ['failure-detection', '--seeds', '1..5', '--set', 'nodes=4,8', '--set', 'duration_ms=6000', '--set', 'crash=1'];


const dir = (name: string): string => join(root, name);
const runFiles = (d: string): string[] => readdirSync(join(d, 'runs')).sort();
const summaryText = (d: string): string => readFileSync(join(d, 'summary.json'), 'utf8');

describe('sweepCommand', () => {
  it('should run every (grid point, seed) once, write one file each, and summarise with confidence intervals', async () => {
    const out = dir('full');
    const { code, stdout } = await cli(['sweep', ...FD, '--workers', '0', '--out', out]);
    expect(code).toBe(0);
    expect(runFiles(out)).toEqual(['p0-s1.json', 'p0-s2.json', 'p0-s3.json', 'p0-s4.json', 'p0-s5.json', 'p1-s1.json', 'p1-s2.json', 'p1-s3.json', 'p1-s4.json', 'p1-s5.json'].sort());
    const summary = JSON.parse(summaryText(out));
    expect(summary.schema).toBe('agentsim.sweep/1');
    expect(summary.runs.map((r: { seed: number; params: { nodes: number } }) => `${r.params.nodes}/${r.seed}`)).toEqual(['4/1', '4/2', '4/3', '4/4', '4/5', '8/1', '8/2', '8/3', '8/4', '8/5']);
    expect(summary.points.map((p: { params: unknown }) => p.params)).toEqual([{ nodes: '4', duration_ms: '6000', crash: '1' }, { nodes: '8', duration_ms: '6000', crash: '1' }]);
    const messages = summary.points[1].metrics.messages_count.value;
    expect(messages.n).toBe(5);
    expect(messages.low).toBeLessThanOrEqual(messages.mean);
    expect(messages.high).toBeGreaterThanOrEqual(messages.mean);
    expect(summaryText(out)).not.toMatch(/wallMs/);
    expect(JSON.parse(readFileSync(join(out, 'runs', 'p0-s1.json'), 'utf8')).wallMs).toBeTypeOf('number');
    expect(stdout).toMatch(/point 1: nodes=8/);
  });

  it('should resume after a kill and end with exactly one result per (grid point, seed)', async () => {
    const reference = summaryText(dir('full'));
    const out = dir('resumed');
    await cli(['sweep', ...FD, '--workers', '0', '--out', out]);
    // Simulate a kill: some results never written, a temporary file left half-written.
    for (const name of ['p0-s2.json', 'p1-s4.json', 'p1-s5.json']) rmSync(join(out, 'runs', name));
    writeFileSync(join(out, 'runs', 'p0-s2.json.tmp-123-abc'), '{"trunc');
    rmSync(join(out, 'summary.json'));
    const { code, stderr } = await cli(['sweep', ...FD, '--workers', '0', '--out', out]);
    expect(code).toBe(0);
    expect(stderr).toMatch(/10 runs, 7 already done \(resuming\)/);
    expect(runFiles(out)).toEqual(runFiles(dir('full')));
    expect(summaryText(out)).toBe(reference);
  });

  it('should run again, saying so, a run file whose scenario, params, seed or agentsim version does not match its replicate', async () => {
    const out = dir('tampered');
    await cli(['sweep', ...FD, '--workers', '0', '--out', out, '--quiet']);
    const edit = (name: string, change: (r: Record<string, unknown>) => void): void => {
      const file = join(out, 'runs', name);
      const r = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
      change(r);
      writeFileSync(file, JSON.stringify(r));
    };
    edit('p0-s1.json', (r) => void (r['agentsim'] = '0.0.1'));
    edit('p0-s2.json', (r) => void ((r['params'] as Record<string, unknown>)['nodes'] = 8));
    edit('p1-s3.json', (r) => void (r['scenario'] = 'health-monitoring'));
    edit('p1-s4.json', (r) => void (r['seed'] = 5));
    edit('p1-s5.json', (r) => void ((r['metrics'] as Record<string, unknown>)['detection_ms'] = { unit: 'ms', value: -1 }));
    rmSync(join(out, 'summary.json'));
    const { code, stderr } = await cli(['sweep', ...FD, '--workers', '0', '--out', out, '--quiet']);
    expect(code).toBe(0);
    expect(stderr).toMatch(/p0-s1\.json does not match its replicate \(agentsim 0\.0\.1, expected /);
    expect(stderr).toMatch(/p0-s2\.json does not match its replicate \(params /);
    expect(stderr).toMatch(/p1-s3\.json does not match its replicate \(scenario "health-monitoring", expected "failure-detection"\)/);
    expect(stderr).toMatch(/p1-s4\.json does not match its replicate \(seed 5, expected 4\)/);
    expect(stderr).toMatch(/10 runs, 6 already done \(resuming\)/);
    // The metrics of a run file are not something a resume can check (it would have to re-run
    // it); every input that defines the run is.
    const reference = JSON.parse(summaryText(dir('full'))) as { points: unknown[] };
    const resumed = JSON.parse(summaryText(out)) as { points: unknown[] };
    expect(resumed.points[0]).toEqual(reference.points[0]);
  });

  it('should refuse to resume a directory holding a different sweep', async () => {
    const { code, stderr } = await cli(['sweep', 'failure-detection', '--seeds', '1..6', '--set', 'nodes=4,8', '--set', 'duration_ms=6000', '--set', 'crash=1', '--workers', '0', '--out', dir('full')]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/holds a different sweep \(seeds: /);
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });

  it('should give a merged set of shards a summary byte-identical to the single sweep', async () => {
    const shards = ['1/3', '2/3', '3/3'].map((s, i) => ({ s, out: dir(`shard${i + 1}`) }));
    for (const { s, out } of shards) expect((await cli(['sweep', ...FD, '--workers', '0', '--shard', s, '--out', out, '--quiet'])).code).toBe(0);
    expect(shards.map(({ out }) => runFiles(out).length)).toEqual([4, 3, 3]);
    const merged = join(root, 'merged.json');
    const { code } = await cli(['merge', ...shards.map((x) => x.out), '--out', merged, '--quiet']);
    expect(code).toBe(0);
    expect(readFileSync(merged, 'utf8')).toBe(summaryText(dir('full')));
  });

  it('should report missing shards from merge with exit 1', async () => {
    const { code, stderr } = await cli(['merge', dir('shard1'), '--out', join(root, 'partial.json'), '--quiet']);
    expect(code).toBe(1);
    expect(stderr).toMatch(/6 of 10 replicates have no result/);
  });

  it('should report a replicate that throws, keep the others, and exit 1', async () => {
    const out = dir('flaky');
    const { code, stderr } = await cli(['sweep', FLAKY, '--seeds', '1..6', '--set', 'fail_seed=4', '--workers', '0', '--out', out, '--quiet']);
    expect(code).toBe(1);
    expect(stderr).toMatch(/replicate 3 \(point 0, seed 4\) failed: flaky: seed 4 fails on purpose/);
    expect(runFiles(out)).toEqual(['p0-s1.json', 'p0-s2.json', 'p0-s3.json', 'p0-s5.json', 'p0-s6.json']);
    expect(JSON.parse(summaryText(out)).missing).toEqual([{ point: 0, seed: 4 }]);
  });

  it('should reject bad arguments with one line and exit 2, leaving nothing behind', async () => {
    const cases: [string[], RegExp][] = [
      [['--seeds', '5..1'], /--seeds 5\.\.1: "5\.\.1" — a range A\.\.B needs A <= B/],
      [['--seeds', '1..3', '--shard', '4/3'], /--shard 4\/3: expected K\/N/],
      [['--seeds', '1..3', '--set', 'nodes=10,0'], /nodes: "0" — must be an integer in \[1, 100000\]/],
      [['--seeds', '1..3', '--workers', 'many'], /--workers many/],
      [['--seeds', '1..3', '--bug', 'nope'], /--bug nope: failure-detection has no such variant/],
    ];
    for (const [args, message] of cases) {
      const out = dir('bad');
      const { code, stderr } = await cli(['sweep', 'failure-detection', ...args, '--out', out]);
      expect(code, args.join(' ')).toBe(2);
      expect(stderr).toMatch(message);
      expect(existsSync(out)).toBe(false);
    }
  });
});
