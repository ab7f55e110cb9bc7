/**
 * The hostile-input table (issue 11): every case runs in-process in a fresh folder and must keep
 * the CLI contract — its exit code; on exit 2 exactly one short stderr line matching the case and
 * no stack trace; no file left behind that was not there (outputs only on success); no input
 * changed.
 */
import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { huntCases } from './huntCases.js';
import { ioCases } from './ioCases.js';
import { semanticCases } from './semanticCases.js';
import { runCase, setUpCase, snapshot } from './setUpCase.js';

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('main (hostile inputs)', () => {
  it('should have a table of at least 110 input/output cases with unique names', () => {
    expect(ioCases.length).toBeGreaterThanOrEqual(110);
    const names = [...ioCases, ...semanticCases, ...huntCases].map((c) => c.name);
    expect(new Set(names).size).toBe(names.length);
    expect(huntCases.length).toBeGreaterThanOrEqual(100);
  });

  for (const c of [...ioCases, ...semanticCases, ...huntCases]) {
    it(`should keep the contract: ${c.name}`, async () => {
      const dir = setUpCase(c);
      dirs.push(dir);
      const before = snapshot(dir);
      const { code, stderr } = await runCase(c, dir);
      expect(stderr).not.toMatch(/\n\s+at /);
      expect(stderr).not.toMatch(/internal error/);
      expect({ code, stderr }).toMatchObject({ code: c.exit });
      if (c.exit === 2) {
        const lines = stderr.split('\n').filter((l) => l !== '');
        expect(lines).toHaveLength(1);
        expect(lines[0]!.length).toBeLessThanOrEqual(220);
        expect(lines[0]).toMatch(/^agentsim: /);
        if (c.stderr) expect(lines[0]).toMatch(c.stderr);
      }
      const after = snapshot(dir);
      for (const [path, hash] of before) if (!(c.exit === 0 && c.rewrites?.test(path))) expect({ path, hash: after.get(path) }).toEqual({ path, hash });
      const added = [...after.keys()].filter((p) => !before.has(p));
      if (c.exit === 2) expect(added).toEqual([]);
      expect(added.filter((p) => p.includes('.tmp-'))).toEqual([]);
    });
  }
});
