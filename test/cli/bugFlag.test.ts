import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli as cli } from './captureIo.js';

const root = mkdtempSync(join(tmpdir(), 'agentsim-bug-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));


describe('run --bug (test-only)', () => {
  it('should record the active bugs in the results and the trace header so replay --verify reproduces them', async () => {
    const json = join(root, 'r.json');
    const trace = join(root, 't.jsonl');
    const run = await cli(['run', 'failure-detection', '--seed', '3', '--set', 'nodes=5', '--set', 'duration_ms=20000', '--set', 'crash=2', '--bug', 'detector-never-suspects', '--json', json, '--trace', trace, '--quiet']);
    expect(run.code).toBe(1);
    expect(JSON.parse(readFileSync(json, 'utf8')).bugs).toEqual(['detector-never-suspects']);
    expect(JSON.parse(readFileSync(trace, 'utf8').split('\n')[0]!).bugs).toEqual(['detector-never-suspects']);
    const verify = await cli(['replay', trace, '--verify']);
    expect(verify.stdout).toMatch(/^verified/);
    expect(verify.code).toBe(0);
  });

  it('should leave results and the trace header without a bugs field when none is active', async () => {
    const json = join(root, 'ok.json');
    const trace = join(root, 'ok.jsonl');
    expect((await cli(['run', 'failure-detection', '--set', 'nodes=5', '--set', 'duration_ms=20000', '--json', json, '--trace', trace, '--quiet'])).code).toBe(0);
    const result = JSON.parse(readFileSync(json, 'utf8'));
    expect(result.bugs).toBeUndefined();
    expect(JSON.parse(readFileSync(trace, 'utf8').split('\n')[0]!).bugs).toBeUndefined();
    expect(result.invariants.map((i: { name: string }) => i.name)).toContain('sim.no-delivery-to-crashed');
  });
});
