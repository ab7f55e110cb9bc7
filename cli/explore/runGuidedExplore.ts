/**
 * `explore`'s default search (`--guided`): the AFL loop on statecharts. A corpus holds the cases
 * that reached a new coverage point (a transition never taken before, a new hit-count bucket of a
 * core's transition, or a new (fault kind, machine state) pair); each run mutates one corpus entry
 * (see mutateCase) and keeps the child when it adds coverage. Parents are chosen by rarity, as
 * AFLFast's power schedules do: of a few entries drawn, the one holding the point fewest runs have
 * reached (and, on a tie, picked least often), so the search spends its runs next to the frontier
 * rather than on the states every run visits. Half the mutations are time-directed (see
 * directedFault): a fault right after a moment of the parent's run — when an actor first (2nd, 4th,
 * 16th time) took a point, half the time a point drawn by rarity (1 / runs that reached it) — on
 * that actor's node. Mutated cases carry up to 8 faults; a found one is cut down to fast-check's 5
 * (cutFaults) before fast-check shrinks it. A case with faults that reached a new transition is
 * next run once more with the longest duration and its faults at the same times (AFL's
 * deterministic stage, one step): invariants judged a grace period after the last fault — a
 * refuted suspicion, a healed replica — need that quiet tail. The first time a run reaches an
 * observer's point (an invariant's near miss, see `Simulation.observedPoints`), two directed
 * children per fault kind follow at its moment: the step from a near miss to the violation is
 * usually one fault right after it. Fault kinds whose new faults led to new coverage are drawn more
 * often. Seeded (the explore seed drives every choice) and so reproducible; the first cases, and a
 * share of the later ones, are fast-check's own draws (in the random search's order), and a
 * violation is shrunk by fast-check exactly as in the random search.
 */
import fc from 'fast-check';
import { Rng, type CoverageMoment, type CoverageReport, type FaultKind, type Simulation } from '../../engine/index.js';
import type { AnyScenario, ExploreHints } from '../../scenarios/index.js';
import { coverageKeys, isTransitionKey } from './coverageKeys.js';
import { directedFault, type RunFrame } from './directedFault.js';
import { exploreCaseArbitrary, faultKinds, type ExploreCase } from './exploreCase.js';
import { longerRun, mutateCase, pickWeighted, type MutationSpace } from './mutateCase.js';
import type { ExploreContext, ExploreOptions, ExploreOutcome } from './runExplore.js';

/** Cases drawn at random before mutating starts. */
const INITIAL_DRAWS = 8;
/**
 * Most faults a mutated case carries: above fast-check's bound (5), so a sequence that needs all
 * five has room for a stray one; a found case is cut down to fast-check's bound before it shrinks.
 */
const MAX_FAULTS = 8;
/** Share of mutations that place a fault right after a moment of the parent's run. */
const DIRECTED_SHARE = 0.5;
/** Share of later runs that take fast-check's next fresh draw instead of a mutation. */
const FRESH_SHARE = 0.3;
/** Corpus entries drawn per parent choice (the rarest wins). */
const TOURNAMENT = 3;
/** Directed children, per fault kind, queued at an observer's point the first time a run reaches it. */
const NEAR_MISS_STAGE = 2;

interface Entry {
  readonly c: ExploreCase;
  readonly keys: readonly string[];
  readonly moments: readonly CoverageMoment[];
  readonly frame: RunFrame;
  picks: number;
}

/** The guided search (called by runExplore with `guided`). */
export function runGuidedExplore(scenario: AnyScenario, options: ExploreOptions, context: ExploreContext): ExploreOutcome {
  const hints = (scenario.explore ?? {}) as ExploreHints<Record<string, unknown>>;
  const kinds = hints.targets ? faultKinds(scenario, options.sets) : [];
  const credit = new Map<FaultKind, number>(kinds.map((k) => [k, 0]));
  const space: MutationSpace = {
    kinds,
    ...(hints.size && options.sets[hints.size.param] === undefined ? { size: { min: hints.size.min, max: hints.size.max } } : {}),
    maxFaults: MAX_FAULTS,
    kindWeight: (k) => Math.sqrt(1 + credit.get(k)!),
  };
  const longest = hints.duration && options.sets[hints.duration.param] === undefined ? hints.duration.max : undefined;
  const rng = new Rng(options.seed).fork('explore-guided');
  // fast-check's draws, in the order the random search would try them.
  const draws = fc.sample(exploreCaseArbitrary(scenario, options.sets), { seed: options.seed, numRuns: options.runs });
  let drawn = 0;
  const corpus: Entry[] = [];
  // Runs that reached each point: rarity.
  const hits = new Map<string, number>();
  let transitions = 0;
  const rarity = (e: Entry): number => e.keys.reduce((m, k) => Math.min(m, hits.get(k)!), Infinity);
  const pickParent = (): Entry => {
    let best = rng.pick(corpus);
    for (let i = 1; i < TOURNAMENT; i++) {
      const e = rng.pick(corpus);
      const d = rarity(e) - rarity(best);
      if (d < 0 || (d === 0 && e.picks < best.picks)) best = e;
    }
    best.picks++;
    return best;
  };
  // A moment of the parent's run: half the time at a point drawn by rarity (weight 1 / runs that
  // reached it), so a parent's rarest point — the step it got furthest on — gets most of the
  // directed faults; else at any point.
  const pickMoment = (e: Entry): CoverageMoment => {
    const moments = e.moments;
    const keys = [...new Set(moments.map((m) => m.key))];
    const uniform = rng.pick(keys);
    const key = rng.chance(0.5) ? pickWeighted(rng, keys, keys.map((k) => 1 / (hits.get(k) ?? 1))) : uniform;
    return rng.pick(moments.filter((m) => m.key === key));
  };
  const child = (parent: Entry): ExploreCase =>
    parent.moments.length > 0 && rng.chance(DIRECTED_SHARE)
      ? directedFault(parent.c, pickMoment(parent), parent.frame, rng, space)
      : mutateCase(parent.c, rng, space, corpus.length > 1 ? rng.pick(corpus).c : undefined);
  let report: CoverageReport | undefined;
  let moments: readonly CoverageMoment[] = [];
  const observe = (sim: Simulation) => {
    const collector = sim.enableCoverage();
    collector.clock = () => sim.now;
    return () => {
      report = collector.report();
      moments = collector.moments();
      return {};
    };
  };
  const every = Math.max(1, Math.floor(options.runs / 20));
  // Cases to run before any other: the longest run of each faulty case that reached a new transition.
  const queued: { c: ExploreCase; parent: Entry }[] = [];
  for (let runs = 1; runs <= options.runs; runs++) {
    const next = queued.shift();
    const fresh = next === undefined && (runs <= INITIAL_DRAWS || corpus.length === 0 || rng.chance(FRESH_SHARE));
    const parent = next?.parent ?? (fresh ? undefined : pickParent());
    const c = next?.c ?? (parent === undefined ? draws[drawn++]! : child(parent));
    const cc = context.concrete(c);
    if (cc !== undefined) {
      const result = context.run(cc, [observe]);
      if (context.violated(result).length > 0) {
        options.progress?.(`guided: violation at run ${runs}, corpus ${corpus.length}, coverage ${hits.size} points (${transitions} transitions); shrinking\n`);
        return context.found(c, runs);
      }
      const keys = coverageKeys(report!);
      let added = false;
      let newTransition = false;
      for (const key of keys) {
        const n = hits.get(key);
        hits.set(key, (n ?? 0) + 1);
        if (n !== undefined) continue;
        added = true;
        if (isTransitionKey(key)) {
          transitions++;
          newTransition = true;
        }
      }
      if (added) {
        const entry: Entry = { c, keys, moments, frame: cc, picks: 0 };
        corpus.push(entry);
        // An observer's point is an invariant's near miss: try every kind of fault right after it at once.
        const observers = new Set(report!.machines.filter((m) => m.observer).map((m) => m.name));
        for (const key of keys) {
          if (hits.get(key) !== 1 || !isTransitionKey(key) || !observers.has(key.slice(0, key.indexOf('|')))) continue;
          const moment = moments.find((m) => m.key === key)!;
          for (const kind of kinds) for (let i = 0; i < NEAR_MISS_STAGE; i++) queued.push({ c: directedFault(c, moment, cc, rng, { ...space, kinds: [kind] }), parent: entry });
        }
        // AFL's deterministic stage, one step: the same faults with the longest quiet tail after them.
        if (newTransition && longest !== undefined && c.faults.length > 0 && c.duration !== null && c.duration < longest) queued.push({ c: longerRun(c, longest), parent: entry });
        if (parent !== undefined) for (const f of c.faults) if (!parent.c.faults.includes(f)) credit.set(f.kind, credit.get(f.kind)! + 1);
      }
    }
    if (runs % every === 0) options.progress?.(`guided: ${runs}/${options.runs} runs, corpus ${corpus.length}, coverage ${hits.size} points (${transitions} transitions)\n`);
  }
  return { found: false, runs: options.runs, coverage: { points: hits.size, transitions } };
}
