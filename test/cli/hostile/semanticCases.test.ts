/**
 * Runs the semantic hostile cases in-process (a stand-in until the shared hostile runner folds
 * them in): exit code, one stderr line without a stack for exit 2, nothing left behind by a
 * rejected command, and every input file unchanged.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../captureIo.js';
import { semanticCases } from './semanticCases.js';

const root = mkdtempSync(join(tmpdir(), 'agentsim-semantic-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Every file under `dir`, relative, with its sha256. */
function snapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string): void => {
    for (const name of readdirSync(d)) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else out.set(relative(dir, full), createHash('sha256').update(readFileSync(full)).digest('hex'));
    }
  };
  walk(dir);
  return out;
}

describe('semanticCases', () => {
  it('should hold at least 50 cases with distinct names', () => {
    expect(semanticCases.length).toBeGreaterThanOrEqual(50);
    expect(new Set(semanticCases.map((c) => c.name)).size).toBe(semanticCases.length);
  });

  it.each(semanticCases.map((c, i) => [c.name, i] as const))('should answer %s with its contract', async (_name, i) => {
    const c = semanticCases[i]!;
    const dir = mkdtempSync(join(root, 'case-'));
    for (const [path, text] of Object.entries(c.files ?? {})) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    const before = snapshot(dir);
    const { code, stderr } = await runCli(c.args.map((a) => a.replaceAll('{dir}', dir)));
    expect(code, stderr).toBe(c.exit);
    expect(stderr).not.toMatch(/\n\s+at /);
    if (c.stderr) expect(stderr).toMatch(c.stderr);
    const after = snapshot(dir);
    for (const [path, sum] of before) if (!path.startsWith('sw/runs/')) expect(after.get(path), `${path} changed`).toBe(sum);
    if (c.exit === 2) {
      expect(stderr.trim().split('\n'), stderr).toHaveLength(1);
      expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    }
  });
});
