import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli as cli } from './captureIo.js';
import { parseFaultPlan } from '../../engine/index.js';

const root = mkdtempSync(join(tmpdir(), 'agentsim-explore-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));


/** Splits the printed replay command into argv (it quotes nothing in these cases). */
function replayArgs(stdout: string): string[] {
  const line = stdout.split('\n').find((l) => l.trim().startsWith('agentsim run '))!;
  return line.trim().split(/\s+/).slice(1);
}

describe('exploreCommand', () => {
  it('should find no violation in the correct failure detector, with the guided search unless told --random', async () => {
    const guided = await cli(['explore', 'failure-detection', '--runs', '25', '--out', join(root, 'none')]);
    expect(guided.stdout).toMatch(/no invariant violation in 25 runs of failure-detection \(explore seed 42, guided\)/);
    expect(guided.code).toBe(0);
    const random = await cli(['explore', 'failure-detection', '--runs', '25', '--random', '--out', join(root, 'none')]);
    expect(random.stdout).toMatch(/no invariant violation in 25 runs of failure-detection \(explore seed 42, random\)/);
    expect(random.code).toBe(0);
  });

  it('should find, shrink and replay detector-never-suspects', async () => {
    const out = join(root, 'fd');
    const { code, stdout } = await cli(['explore', 'failure-detection', '--runs', '50', '--bug', 'detector-never-suspects', '--out', out]);
    expect(code).toBe(1);
    expect(stdout).toMatch(/VIOLATED fd\.completeness/);
    const plan = parseFaultPlan(JSON.parse(readFileSync(join(out, 'plan.json'), 'utf8')));
    // Minimal: one crash, of the only agent, in the shortest run.
    expect(plan).toHaveLength(1);
    expect(plan[0]).toMatchObject({ kind: 'crash', targets: ['agent-1'] });
    const counterexample = JSON.parse(readFileSync(join(out, 'counterexample.json'), 'utf8'));
    expect(counterexample.params).toMatchObject({ nodes: '1', duration_ms: '5000' });
    const args = replayArgs(stdout);
    expect(args).toContain('--bug');
    const replay = await cli(args);
    expect(replay.code).toBe(1);
    expect(replay.stderr).toMatch(/invariant violated: fd\.completeness/);
  });

  it('should reject an unknown invariant, bug or run count, or both searches at once, with exit 2', async () => {
    expect((await cli(['explore', 'failure-detection', '--runs', '5', '--invariant', 'nope'])).stderr).toMatch(/--invariant nope: failure-detection has no such invariant \(known: fd\.completeness, fd\.accuracy, sim\.no-delivery-to-crashed\)/);
    expect((await cli(['explore', 'failure-detection', '--runs', '5', '--bug', 'nope'])).code).toBe(2);
    expect((await cli(['explore', 'failure-detection', '--runs', '0'])).code).toBe(2);
    const both = await cli(['explore', 'failure-detection', '--runs', '5', '--guided', '--random']);
    expect(both.code).toBe(2);
    expect(both.stderr).toMatch(/^agentsim: --guided and --random: choose one search\n$/);
  });

  it('should be reproducible: the same explore seed finds the same counterexample', async () => {
    const a = await cli(['explore', 'failure-detection', '--runs', '30', '--seed', '7', '--bug', 'detector-never-suspects', '--out', join(root, 'r1')]);
    const b = await cli(['explore', 'failure-detection', '--runs', '30', '--seed', '7', '--bug', 'detector-never-suspects', '--out', join(root, 'r1')]);
    expect(a.stdout).toBe(b.stdout);
  });
});
