/**
 * `explore --guided`: the AFL loop on statecharts. A corpus holds the cases that reached a new
 * coverage point (a transition never taken before, a new hit-count bucket of one, or a new
 * (fault kind, machine state) pair); each run mutates one corpus entry (see mutateCase) and keeps
 * the child when it adds coverage. Seeded (the explore seed drives every choice) and so
 * reproducible; the first cases, and a share of the later ones, are fast-check's own draws (in
 * the random search's order), and a violation is shrunk by
 * fast-check exactly as in the random search.
 */
import fc from 'fast-check';
import { coverageObserver, resultCoverage } from '../../analysis/index.js';
import { Rng } from '../../engine/index.js';
import type { AnyScenario, ExploreHints } from '../../scenarios/index.js';
import { coverageKeys, isTransitionKey } from './coverageKeys.js';
import { exploreCaseArbitrary, faultKinds, type ExploreCase } from './exploreCase.js';
import { mutateCase, type MutationSpace } from './mutateCase.js';
import type { ExploreContext, ExploreOptions, ExploreOutcome } from './runExplore.js';

/** Cases drawn at random before mutating starts. */
const INITIAL_DRAWS = 8;
/** Most faults a mutated case carries: fast-check's own bound, so it can shrink a mutated case. */
const MAX_FAULTS = 5;
/** Share of later runs that take fast-check's next fresh draw instead of a mutation (AFL's havoc splice). */
const FRESH_SHARE = 0.3;

/** A corpus entry to mutate: half the time one of the newest few (the frontier), else any. */
function pickParent(corpus: readonly ExploreCase[], rng: Rng): ExploreCase {
  const recent = Math.min(corpus.length, 4);
  return rng.chance(0.5) ? corpus[corpus.length - 1 - rng.int(recent)]! : rng.pick(corpus);
}

/** The guided search (called by runExplore with `guided`). */
export function runGuidedExplore(scenario: AnyScenario, options: ExploreOptions, context: ExploreContext): ExploreOutcome {
  const hints = (scenario.explore ?? {}) as ExploreHints<Record<string, unknown>>;
  const space: MutationSpace = {
    kinds: hints.targets ? faultKinds(scenario, options.sets) : [],
    ...(hints.size && options.sets[hints.size.param] === undefined ? { size: { min: hints.size.min, max: hints.size.max } } : {}),
    maxFaults: MAX_FAULTS,
  };
  const rng = new Rng(options.seed).fork('explore-guided');
  // fast-check's draws, in the order the random search would try them.
  const draws = fc.sample(exploreCaseArbitrary(scenario, options.sets), { seed: options.seed, numRuns: options.runs });
  let drawn = 0;
  const corpus: ExploreCase[] = [];
  const seen = new Set<string>();
  let transitions = 0;
  const every = Math.max(1, Math.floor(options.runs / 20));
  for (let runs = 1; runs <= options.runs; runs++) {
    const fresh = runs <= INITIAL_DRAWS || corpus.length === 0 || rng.chance(FRESH_SHARE);
    const c = fresh ? draws[drawn++]! : mutateCase(pickParent(corpus, rng), rng, space);
    const cc = context.concrete(c);
    if (cc !== undefined) {
      const result = context.run(cc, [coverageObserver()]);
      if (context.violated(result).length > 0) {
        options.progress?.(`guided: violation at run ${runs}, corpus ${corpus.length}, coverage ${seen.size} points (${transitions} transitions); shrinking\n`);
        return context.found(c, runs);
      }
      let added = false;
      for (const key of coverageKeys(resultCoverage(result)!)) {
        if (seen.has(key)) continue;
        seen.add(key);
        added = true;
        if (isTransitionKey(key)) transitions++;
      }
      if (added) corpus.push(c);
    }
    if (runs % every === 0) options.progress?.(`guided: ${runs}/${options.runs} runs, corpus ${corpus.length}, coverage ${seen.size} points (${transitions} transitions)\n`);
  }
  return { found: false, runs: options.runs, coverage: { points: seen.size, transitions } };
}
