/**
 * vitest global setup: builds dist/ once, before any test file runs, when a source is newer than
 * the last build. Tests that run compiled code (the executable, the sweep worker, the package's
 * exports) then never race a build another test file started — tsc rewrites dist/ in place, and
 * a process started meanwhile could load a half-written module.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const SOURCES = ['index.ts', 'engine', 'actors', 'scenarios', 'analysis', 'cli', 'testing', 'tsconfig.json', 'tsconfig.base.json', 'package.json'];
const STAMP = join('dist', '.build-stamp');

function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((max, name) => Math.max(max, newest(join(path, name))), stat.mtimeMs);
}

/** Builds dist/ unless it is newer than every source. */
export default function buildDist(): void {
  if (existsSync(STAMP) && statSync(STAMP).mtimeMs > Math.max(...SOURCES.map(newest))) return;
  // Type errors elsewhere do not stop tsc from emitting; the tests check what they need.
  spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.json'], { stdio: 'ignore' });
  if (existsSync(join('dist', 'cli', 'index.js'))) writeFileSync(STAMP, '');
}
