import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

// The built executable, as `npx agentsim` runs it (npm install builds dist/ through `prepare`).
const bin = new URL('../../dist/cli/index.js', import.meta.url).pathname;
const agentsim = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' });

describe('agentsim executable', () => {
  it('should run the main job and exit 0', () => {
    const { status, stdout } = agentsim('run', 'failure-detection', '--seed', '42', '--set', 'nodes=10', '--set', 'duration_ms=10000');
    expect(status).toBe(0);
    expect(stdout).toMatch(/^failure-detection — seed 42/);
  });

  it('should print one line and no stack trace on bad input, exiting 2', () => {
    const { status, stderr, stdout } = agentsim('run', 'failure-detection', '--set', 'nodes=-5');
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe('agentsim: failure-detection: nodes: "-5" — must be an integer in [1, 100000]\n');
  });

  it('should exit 2 on an unknown command', () => {
    expect(agentsim('frobnicate').status).toBe(2);
  });
});
