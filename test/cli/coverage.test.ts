import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli as cli } from './captureIo.js';

const root = mkdtempSync(join(tmpdir(), 'agentsim-coverage-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const RAFT = ['--set', 'agents=20', '--set', 'participants=3', '--set', 'duration_ms=2000', '--set', 'proposals=10'];

describe('coverageCommand', () => {
  it('should report Raft roles and transitions per machine, never-taken ones by path, and write JSON, Markdown and HTML', async () => {
    const json = join(root, 'c.json');
    const html = join(root, 'c.html');
    const md = join(root, 'c.md');
    const { code, stdout } = await cli(['coverage', 'large-scale-coordination', '--seeds', '1..2', ...RAFT, '--json', json, '--md', md, '--html', html]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/raft-node \(machine, 3 actors\): states 3\/3, transitions \d+\/13/);
    expect(stdout).toMatch(/raft \(core, 3 actors\): states 3\/3, transitions \d+\/\d+/);
    // The tracker's near misses, as an observer's points: in these two runs no leader strands entries.
    expect(stdout).toMatch(/raft-ledger \(observer\): states 1\/1, transitions 0\/2/);
    expect(stdout).toMatch(/raft-ledger: ledger --leader-past-stranded--> ledger never taken/);
    // No partition in the defaults: a leader never meets a higher term.
    expect(stdout).toMatch(/raft: leader --higher-term--> follower never taken/);
    const report = JSON.parse(readFileSync(json, 'utf8'));
    expect(report.schema).toBe('agentsim.coverage/1');
    expect(report.runs).toBe(2);
    const core = report.machines.find((m: { name: string }) => m.name === 'raft');
    expect(core.states.find((s: { name: string }) => s.name === 'leader').count).toBeGreaterThan(0);
    expect(readFileSync(html, 'utf8')).toMatch(/<tr class="untaken"><td>leader<\/td><td>higher-term<\/td><td>follower<\/td>/);
    expect(readFileSync(md, 'utf8')).toMatch(/## raft-node/);
    expect(readFileSync(md, 'utf8')).toMatch(/\| raft-ledger \| observer \|/);
    expect(readFileSync(html, 'utf8')).toMatch(/raft-ledger <small>observer: states 1\/1/);
  });

  it('should add the same coverage to run --json without changing the trace hash', async () => {
    const a = join(root, 'a.json');
    const b = join(root, 'b.json');
    expect((await cli(['run', 'large-scale-coordination', ...RAFT, '--quiet', '--json', a])).code).toBe(0);
    expect((await cli(['run', 'large-scale-coordination', ...RAFT, '--quiet', '--coverage', '--json', b])).code).toBe(0);
    const plain = JSON.parse(readFileSync(a, 'utf8'));
    const covered = JSON.parse(readFileSync(b, 'utf8'));
    expect(covered.traceHash).toBe(plain.traceHash);
    expect(plain.coverage).toBeUndefined();
    expect(covered.coverage.machines.map((m: { name: string }) => m.name)).toEqual(expect.arrayContaining(['raft-node', 'raft']));
  });

  it('should reject bad seeds with exit 2', async () => {
    const { code, stderr } = await cli(['coverage', 'failure-detection', '--seeds', '5..1']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/--seeds 5\.\.1/);
  });
});
