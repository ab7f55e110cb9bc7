/**
 * The worker-thread pool runs compiled JS (dist/cli/sweepWorker.js; Node 20 ignores loaders in
 * workers); vitest's global setup (test/buildDist.ts) builds dist/ before any test file runs, so
 * this file exercises current code without racing another file that runs dist/.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firstCause } from '../../cli/sweep/createExecutor.js';
import { runCli as cli } from './captureIo.js';

const root = mkdtempSync(join(tmpdir(), 'agentsim-pool-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

beforeAll(() => {
  expect(existsSync('dist/cli/sweepWorker.js')).toBe(true);
});

describe('agentsim/testing package export', () => {
  it('should resolve to the built arbitraries through package.json exports', async () => {
    const testing = (await import('agentsim/testing')) as Record<string, unknown>;
    expect(typeof testing['faultPlanArbitrary']).toBe('function');
    expect(typeof testing['watchNoDeliveryToCrashed']).toBe('function');
  });
});

describe('claimsCommand on worker threads', () => {
  it('should draw the same maps with 2 workers as in the main thread', async () => {
    const args = ['claims', '--quick', '--only', 'clustering.node-discovery', '--seeds', '1..2'];
    expect((await cli([...args, '--workers', '2', '--json', join(root, 'claims-pool.json')])).code).toBe(0);
    expect((await cli([...args, '--workers', '0', '--json', join(root, 'claims-inline.json')])).code).toBe(0);
    expect(readFileSync(join(root, 'claims-pool.json'), 'utf8')).toBe(readFileSync(join(root, 'claims-inline.json'), 'utf8'));
  });
});

describe('sweepCommand on worker threads', () => {
  it('should give the same summary with 2 workers as in the main thread', async () => {
    const args = ['sweep', 'failure-detection', '--seeds', '1..6', '--set', 'nodes=5,10', '--set', 'duration_ms=8000', '--quiet'];
    expect((await cli([...args, '--workers', '2', '--out', join(root, 'pool')])).code).toBe(0);
    expect((await cli([...args, '--workers', '0', '--out', join(root, 'inline')])).code).toBe(0);
    expect(readFileSync(join(root, 'pool', 'summary.json'), 'utf8')).toBe(readFileSync(join(root, 'inline', 'summary.json'), 'utf8'));
  });

  it('should report a replicate whose worker dies or throws, keep the others and exit 1', async () => {
    const out = join(root, 'dying');
    const { code, stderr } = await cli(['sweep', 'test/cli/fixtures/flakyScenario.mjs', '--seeds', '1..8', '--set', 'die_seed=3', '--set', 'fail_seed=6', '--set', 'exit_seed=8', '--workers', '2', '--out', out, '--quiet']);
    expect(code).toBe(1);
    expect(stderr).toMatch(/replicate 2 \(point 0, seed 3\) failed: worker died: worker crash/);
    expect(stderr).toMatch(/replicate 5 \(point 0, seed 6\) failed: flaky: seed 6 fails on purpose/);
    expect(stderr).toMatch(/replicate 7 \(point 0, seed 8\) failed: process.exit\(7\) called in a sweep worker/);
    expect(readdirSync(join(out, 'runs')).sort()).toEqual(['p0-s1.json', 'p0-s2.json', 'p0-s4.json', 'p0-s5.json', 'p0-s7.json']);
  });
});

describe('firstCause', () => {
  it('should report the first cause of a dying worker whatever order the teardown errors arrive in', () => {
    expect(firstCause(['worker crash', 'Terminating worker thread', 'worker crash'])).toBe('worker crash');
    expect(firstCause(['Terminating worker thread', 'worker crash', 'worker crash'])).toBe('worker crash');
    expect(firstCause(['worker crash', 'out of memory'])).toBe('worker crash');
    expect(firstCause(['Terminating worker thread'])).toBe('Terminating worker thread');
  });
});
