/**
 * The pre-pass that fits a guided counterexample to fast-check's shrinker, which accepts no case
 * with more faults than it draws: faults are removed one at a time, latest first, keeping each
 * removal after which the case still fails, until at most `max` remain (or none can go).
 */
import type { ExploreCase } from './exploreCase.js';

/** `c` with faults removed while it still `fails`, down to `max`; `removed` counts removals. */
export function cutFaults(c: ExploreCase, fails: (c: ExploreCase) => boolean, max: number): { c: ExploreCase; removed: number } {
  let cur = c;
  let removed = 0;
  const order = c.faults.map((f, i) => ({ f, i })).sort((a, b) => b.f.at - a.f.at || b.i - a.i).map((x) => x.f);
  for (const f of order) {
    if (cur.faults.length <= max) break;
    const trial = { ...cur, faults: cur.faults.filter((g) => g !== f) };
    if (fails(trial)) {
      cur = trial;
      removed++;
    }
  }
  return { c: cur, removed };
}
