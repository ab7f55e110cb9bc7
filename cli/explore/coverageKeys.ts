/**
 * The coverage points one run reached, as strings, for `explore --guided`'s "did this case add
 * anything?": every transition taken (with its hit count in a coarse bucket, as AFL does for
 * edges, for protocol cores' points only: a machine's counts mostly measure run length) and every
 * (fault kind, machine state) pair.
 */
import type { CoverageReport } from '../../engine/index.js';

/** Coverage points of a run. */
export function coverageKeys(report: CoverageReport): string[] {
  const keys: string[] = [];
  for (const m of report.machines) {
    for (const t of m.transitions) {
      if (t.count === 0) continue;
      keys.push(`${m.name}|${t.key}`);
      if (m.kind === 'core') keys.push(`${m.name}|${t.key}|${bucket(t.count)}`);
    }
  }
  for (const k of Object.keys(report.faultStates)) keys.push(`fault|${k}`);
  return keys;
}

/** Transitions (not buckets, not fault pairs) among `keys`: the figure progress reports. */
export function isTransitionKey(key: string): boolean {
  return !key.startsWith('fault|') && key.split('|').length === 2;
}

function bucket(count: number): string {
  return count === 1 ? '1' : count <= 3 ? '2-3' : count <= 15 ? '4-15' : '16+';
}
