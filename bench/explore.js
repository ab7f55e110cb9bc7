/**
 * Random vs coverage-guided `explore`, outside vitest (`npm run build` first):
 *
 *   node bench/explore.js find <random|guided> [--seeds N] [--from S] [--budget R] [--only VARIANT]
 *   node bench/explore.js coverage <random|guided> [--runs R] [--only SCENARIO]
 *   node bench/explore.js table FILE...          (summarise the JSON lines the above print)
 *
 * `find`: for every planted bug variant, the runs explore needs to find it (no shrinking), for
 * explore seeds S..S+N-1 (default 1..N), within a budget. `coverage`: the coverage points (transitions, hit-count
 * buckets, fault-state pairs) reached after R runs of each scenario, no bug switched on. One JSON
 * line per measurement on stdout; run the two modes as two processes to use two cores.
 */
import fc from 'fast-check';
import { coverageObserver, resultCoverage } from '../dist/analysis/index.js';
import { coverageKeys, isTransitionKey } from '../dist/cli/explore/coverageKeys.js';
import { concretize, exploreCaseArbitrary } from '../dist/cli/explore/exploreCase.js';
import { runExplore } from '../dist/cli/explore/runExplore.js';
import { runScenario, scenarios } from '../dist/scenarios/index.js';
import { readFileSync } from 'node:fs';

const SWIM = { detector: 'swim', probe_interval_ms: '100', probe_timeout_ms: '50' };
/** Variant → invariant that catches it, fixed parameters, seeds to try (default all). */
export const VARIANTS = {
  'failure-detection/detector-never-suspects': { invariant: 'fd.completeness' },
  'health-monitoring/detector-never-suspects': { invariant: 'fd.completeness' },
  'load-balancing/balancer-ignores-health': { invariant: 'lb.never-routes-to-dead', sets: { requests: '1000' } },
  'large-scale-coordination/raft-double-vote': { invariant: 'raft.election-safety' },
  'cognitive-variables/commit-without-quorum': { invariant: 'variables.agreement-after-commit' },
  'cognitive-variables/skip-bounds-check': { invariant: 'variables.within-bounds' },
  'cognitive-variables/apply-on-propose': { invariant: 'variables.abort-keeps-old' },
  'large-scale-coordination/raft-no-step-down': { invariant: 'raft.committed-agree', fresh: true },
  'failure-detection/swim-refutation-lost': { invariant: 'swim.no-live-declared-dead', sets: SWIM, fresh: true },
  // The scenario's own leader crashes off: Figure 8 needs the search to place every crash itself.
  'large-scale-coordination/raft-commit-old-term': { invariant: 'raft.committed-agree', sets: { leader_crashes: '0' }, fresh: true },
  // The same bug, caught one step earlier: when the leader that lacks the committed entry is elected.
  'large-scale-coordination/raft-commit-old-term (leader-completeness)': { invariant: 'raft.leader-completeness', sets: { leader_crashes: '0' }, fresh: true },
  'agent-registration/registry-lww-arrival-order': { invariant: 'registry.replicas-converge', fresh: true },
};
const COVERAGE = {
  'failure-detection': {},
  'failure-detection (swim)': { scenario: 'failure-detection', sets: SWIM },
  'health-monitoring': {},
  'load-balancing': { sets: { requests: '1000' } },
  'large-scale-coordination': {},
  'cognitive-variables': {},
  'agent-registration': {},
};

const [part, mode, ...rest] = process.argv.slice(2);
const flag = (name, fallback) => {
  const i = rest.indexOf(name);
  return i < 0 ? fallback : rest[i + 1];
};

if (part === 'find') {
  const seeds = Number(flag('--seeds', '20'));
  const from = Number(flag('--from', '1'));
  const budget = Number(flag('--budget', '2000'));
  const only = flag('--only', undefined);
  for (const [variant, v] of Object.entries(VARIANTS)) {
    if (only !== undefined && variant !== only) continue;
    const [name, bug] = variant.replace(/ \(.*\)$/, '').split('/');
    const runs = [];
    const started = Date.now();
    for (let seed = from; seed < from + seeds; seed++) {
      const o = runExplore(scenarios.get(name), { runs: budget, seed, invariant: v.invariant, sets: v.sets ?? {}, bugs: [bug], guided: mode === 'guided', shrink: false });
      runs.push(o.found ? o.runs : null);
      // One line per seed too, so an interrupted measurement still counts the seeds it finished.
      console.log(JSON.stringify({ part: 'seed', mode, variant, budget, seed, runs: o.found ? o.runs : null }));
    }
    console.log(JSON.stringify({ part, mode, variant, budget, runs, wallS: Math.round((Date.now() - started) / 1000) }));
  }
} else if (part === 'coverage') {
  const runs = Number(flag('--runs', '500'));
  const only = flag('--only', undefined);
  for (const [label, c] of Object.entries(COVERAGE)) {
    if (only !== undefined && label !== only) continue;
    const scenario = scenarios.get(c.scenario ?? label);
    const sets = c.sets ?? {};
    const started = Date.now();
    let points;
    let transitions;
    let violation;
    if (mode === 'guided') {
      const o = runExplore(scenario, { runs, seed: 1, sets, bugs: [], guided: true, shrink: false, ...(c.invariant ? { invariant: c.invariant } : {}) });
      // The search stops at a violation (with no bug on: the invariant's own false alarm, or a real find).
      if (o.found) violation = { run: o.runs, invariants: o.violated.map((v) => v.name) };
      ({ points, transitions } = o.coverage ?? { points: NaN, transitions: NaN });
    } else {
      const seen = new Set();
      for (const draw of fc.sample(exploreCaseArbitrary(scenario, sets), { seed: 1, numRuns: runs })) {
        let cc;
        try {
          cc = concretize(scenario, sets, draw);
        } catch {
          continue;
        }
        const r = runScenario(scenario, cc.params, cc.seed, { faults: cc.faults, observe: [coverageObserver()] });
        for (const k of coverageKeys(resultCoverage(r))) seen.add(k);
      }
      points = seen.size;
      transitions = [...seen].filter(isTransitionKey).length;
    }
    console.log(JSON.stringify({ part, mode, scenario: label, runs, points, transitions, ...(violation ? { violation } : {}), wallS: Math.round((Date.now() - started) / 1000) }));
  }
} else if (part === 'table') {
  const rows = [mode, ...rest].flatMap((f) => readFileSync(f, 'utf8').trim().split('\n').filter(Boolean).map((l) => JSON.parse(l)));
  const median = (xs) => {
    const s = [...xs].sort((a, b) => a - b);
    return s.length === 0 ? null : s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  };
  const find = rows.filter((r) => r.part === 'find');
  // Variants whose measurement was cut short: gather their per-seed lines.
  for (const r of rows.filter((x) => x.part === 'seed')) {
    if (find.some((x) => x.variant === r.variant && x.mode === r.mode && !x.partial)) continue;
    let agg = find.find((x) => x.variant === r.variant && x.mode === r.mode);
    if (!agg) find.push((agg = { part: 'find', mode: r.mode, variant: r.variant, budget: r.budget, runs: [], partial: true }));
    agg.runs.push(r.runs);
  }
  console.log('| variant | new | random: found / seeds | random median runs | guided: found / seeds | guided median runs |');
  console.log('|---|---|---:|---:|---:|---:|');
  for (const variant of Object.keys(VARIANTS)) {
    const cell = (m) => {
      const r = find.find((x) => x.variant === variant && x.mode === m);
      if (!r) return ['—', '—'];
      const hits = r.runs.filter((x) => x !== null);
      // Median over all seeds, a miss counting as > budget.
      const all = r.runs.map((x) => (x === null ? Infinity : x));
      const med = median(all);
      return [`${hits.length} / ${r.runs.length}`, med === Infinity ? `> ${r.budget}` : String(med)];
    };
    console.log(`| ${variant} | ${VARIANTS[variant].fresh ? 'yes' : ''} | ${cell('random').join(' | ')} | ${cell('guided').join(' | ')} |`);
  }
  const cov = rows.filter((r) => r.part === 'coverage');
  if (cov.length) {
    console.log('\n| scenario | runs | random: points (transitions) | guided: points (transitions) |');
    console.log('|---|---:|---:|---:|');
    for (const label of Object.keys(COVERAGE)) {
      const c = (m) => cov.find((x) => x.scenario === label && x.mode === m);
      const f = (r) => (!r ? '—' : r.violation ? `stopped at run ${r.violation.run}: ${r.violation.invariants.join(', ')} violated` : `${r.points} (${r.transitions})`);
      console.log(`| ${label} | ${(c('random') ?? c('guided'))?.runs ?? '—'} | ${f(c('random'))} | ${f(c('guided'))} |`);
    }
  }
} else {
  console.error('usage: node bench/explore.js find|coverage random|guided [--seeds N] [--budget R] [--only VARIANT] | table FILE...');
  process.exit(2);
}
