/**
 * Hostile inputs on the meaning of values (issue 11, classes 1, 2, 3, 9, 10, 11): distributions
 * whose samples overflow, values that would make a run never finish, names that are not
 * parameters, comparisons with nothing to compare, resumes over run files that do not match,
 * and fault plans that used to give false invariant verdicts.
 */
import type { HostileCase } from './HostileCase.js';

/** A small, fast failure-detection run. */
const FD = ['failure-detection', '--set', 'nodes=3', '--set', 'duration_ms=2000', '--set', 'crash=0'];
/** A small, fast load-balancing run. */
const LB = ['load-balancing', '--set', 'nodes=2', '--set', 'requests=200', '--set', 'crash=0', '--set', 'drain_ms=100'];

const json = (value: unknown): string => JSON.stringify(value);

/** A minimal results file: one result per seed with the given metrics. */
function results(scenario: string, seeds: readonly number[], metrics: (seed: number) => Record<string, unknown>, params: Record<string, unknown> = { nodes: 3 }): string {
  return json(seeds.map((seed) => ({ schema: 'agentsim.result/1', agentsim: '0.1.0', scenario, seed, params, virtualTimeMs: 1000, events: 1, traceHash: `h${seed}`, metrics: metrics(seed), invariants: [], faults: [] })));
}
const latency = (mean: number) => ({ unit: 'ms', count: 10, mean, std: 1, min: mean, p50: mean, p90: mean, p99: mean, max: mean });
const empty = { unit: 'ms', count: 0, mean: null, std: null, min: null, p50: null, p90: null, p99: null, max: null };
const ratio = (value: number) => ({ unit: 'ratio', value });
const SEEDS = [1, 2, 3, 4, 5];

/** Twelve history files alternating between two scenarios: six runs each. */
const mixedHistory = Object.fromEntries(
  Array.from({ length: 12 }, (_, k) => [`hist/run-${String(k).padStart(3, '0')}.json`, results(k % 2 ? 'a' : 'b', [1], () => ({ latency_ms: latency(100 + 5 * k) }))]),
);

const SWEEP_ARGS = json({ schema: 'agentsim.sweep-args/1', agentsim: '0.1.0', scenario: 'failure-detection', seeds: [1, 2], grid: [['nodes', ['3']], ['duration_ms', ['2000']], ['crash', ['0']]], bugs: [], shard: null });
const SWEEP = ['sweep', 'failure-detection', '--seeds', '1..2', '--set', 'nodes=3', '--set', 'duration_ms=2000', '--set', 'crash=0', '--workers', '0', '--quiet', '--out', '{dir}/sw'];

const plan = (faults: unknown[]): string => json(faults);

export const semanticCases: HostileCase[] = [
  // 1. Distributions whose samples overflow are rejected at parse, naming the value and the rule.
  { name: 'lognormal whose mean overflows', args: ['run', ...FD, '--set', 'latency=lognormal:0:1000'], exit: 2, stderr: /latency: "lognormal:0:1000" — mean exp\(mu \+ sigma²\/2\) = Infinity exceeds 1000000000000/ },
  { name: 'lognormal whose mean is finite but astronomically long', args: ['run', ...FD, '--set', 'latency=lognormal:30:0'], exit: 2, stderr: /latency: "lognormal:30:0" — mean .* exceeds 1000000000000 ms/ },
  { name: 'exponential mean near the largest double', args: ['run', ...FD, '--set', 'latency=exp:1e308'], exit: 2, stderr: /latency: "exp:1e308" — 1e\+308 is out of range \(numbers of a distribution must be within ±1000000000000\)/ },
  { name: 'normal with huge mean and std', args: ['run', ...FD, '--set', 'latency=normal:1e308:1e308'], exit: 2, stderr: /latency: "normal:1e308:1e308" — 1e\+308 is out of range/ },
  { name: 'uniform with a huge max', args: ['run', ...FD, '--set', 'latency=uniform:0:1e300'], exit: 2, stderr: /latency: "uniform:0:1e300" — 1e\+300 is out of range/ },
  { name: 'constant beyond the bound', args: ['run', ...FD, '--set', 'latency=const:1e13'], exit: 2, stderr: /latency: "const:1e13" — 10000000000000 is out of range/ },
  { name: 'overflowing distribution in check', args: ['check', ...FD, '--set', 'latency=lognormal:0:1000'], exit: 2, stderr: /latency: "lognormal:0:1000" — mean/ },
  { name: 'overflowing distribution in a sweep axis', args: ['sweep', 'failure-detection', '--seeds', '1', '--set', 'latency=exp:1,lognormal:0:1000', '--workers', '0', '--out', '{dir}/s'], exit: 2, stderr: /latency: "lognormal:0:1000" — mean/ },
  { name: 'overflowing distribution in --config', args: ['run', ...FD, '--config', '{dir}/c.json'], files: { 'c.json': json({ latency: 'lognormal:0:1000' }) }, exit: 2, stderr: /latency: "lognormal:0:1000" — mean/ },
  { name: 'overflowing service time', args: ['run', ...LB, '--set', 'service=exp:1e308'], exit: 2, stderr: /service: "exp:1e308" — 1e\+308 is out of range/ },
  { name: 'overflowing election timeout', args: ['run', 'large-scale-coordination', '--set', 'election_timeout=uniform:0:1e300'], exit: 2, stderr: /election_timeout: "uniform:0:1e300" — 1e\+300 is out of range/ },
  { name: 'negative huge std', args: ['run', ...FD, '--set', 'latency=normal:1:-1e300'], exit: 2, stderr: /latency: "normal:1:-1e300" — -1e\+300 is out of range/ },

  // 2. Values that would make a run never finish are bounded at the boundary.
  { name: 'monitor interval of 1e-300 ms', args: ['run', ...FD, '--monitor', '1e-300'], exit: 2, stderr: /--monitor 1e-300: expected an interval in virtual ms in \[1, 86400000\]/ },
  { name: 'monitor interval of 0.001 ms', args: ['run', ...FD, '--monitor', '0.001'], exit: 2, stderr: /--monitor 0\.001: expected an interval in virtual ms in \[1, 86400000\]/ },
  { name: 'monitor interval of 0', args: ['run', ...FD, '--monitor', '0'], exit: 2, stderr: /--monitor 0: expected an interval/ },
  { name: 'negative monitor interval', args: ['run', ...FD, '--monitor=-5'], exit: 2, stderr: /--monitor -5: expected an interval/ },
  { name: 'monitor interval that is not a number', args: ['run', ...FD, '--monitor', 'often'], exit: 2, stderr: /--monitor NaN: expected an interval/ },
  { name: 'empty monitor interval', args: ['run', ...FD, '--monitor', ''], exit: 2, stderr: /--monitor NaN: expected an interval/ },
  { name: 'monitor interval beyond a virtual day', args: ['run', ...FD, '--monitor', '1e300'], exit: 2, stderr: /--monitor 1e\+300: expected an interval in virtual ms in \[1, 86400000\]/ },
  { name: 'smallest monitor interval is accepted and the samples are capped', args: ['run', ...FD, '--monitor', '1', '--quiet', '--json', '{dir}/r.json'], exit: 0 },
  { name: 'skew rate of 1e-300', args: ['run', ...FD, '--faults', '{dir}/f.json'], files: { 'f.json': plan([{ at: 0, kind: 'skew', rate: 1e-300, targets: ['agent-1'] }]) }, exit: 2, stderr: /faults\[0\]\.rate: .*0\.001/ },
  { name: 'skew rate of 1e308', args: ['run', ...FD, '--faults', '{dir}/f.json'], files: { 'f.json': plan([{ at: 0, kind: 'skew', rate: 1e308, targets: ['agent-1'] }]) }, exit: 2, stderr: /faults\[0\]\.rate: .*1000/ },
  { name: 'skew rate of 0', args: ['run', ...FD, '--faults', '{dir}/f.json'], files: { 'f.json': plan([{ at: 0, kind: 'skew', rate: 0, targets: ['agent-1'] }]) }, exit: 2, stderr: /faults\[0\]\.rate: / },
  { name: 'fault planned eons from now', args: ['run', ...FD, '--faults', '{dir}/f.json'], files: { 'f.json': plan([{ at: 1e300, kind: 'crash', targets: ['agent-1'] }]) }, exit: 2, stderr: /faults\[0\]\.at: .*86400000/ },
  { name: 'arrival rate of 1e-300 rps', args: ['run', ...LB, '--set', 'rps=1e-300'], exit: 2, stderr: /load-balancing: 200 requests at 1e-300 rps span 2e\+305 ms of virtual time \(at most 86400000, one virtual day\)/ },
  { name: 'offered load of 1e-300', args: ['run', ...LB, '--set', 'load=1e-300'], exit: 2, stderr: /load-balancing: 200 requests at .* rps span .* ms of virtual time \(at most 86400000/ },
  { name: 'arrival rate of 1e-300 in a sweep axis', args: ['sweep', ...LB, '--seeds', '1', '--set', 'rps=1e-300', '--workers', '0', '--out', '{dir}/s'], exit: 2, stderr: /span 2e\+305 ms of virtual time/ },
  { name: 'election timeout of zero (elections forever at one instant)', args: ['run', 'distributed-cluster', '--set', 'election_timeout=const:0'], exit: 2, stderr: /distributed-cluster: election_timeout: "const:0" — mean 0 must be >= 1/ },
  { name: 'election timeout of 1e-300 ms', args: ['run', 'large-scale-coordination', '--set', 'election_timeout=exp:1e-300'], exit: 2, stderr: /large-scale-coordination: election_timeout: "exp:1e-300" — mean 1e-300 must be >= 1/ },
  { name: 'arrival trace spanning eons, replayed unscaled', args: ['run', ...LB, '--set', 'load=0', '--set', 'arrival=trace:{dir}/a.csv'], files: { 'a.csv': '0\n1e300\n' }, exit: 2, stderr: /arrivals span .* ms of virtual time \(at most 172800000/ },

  { name: 'sweep grid of a billion runs', args: ['sweep', 'failure-detection', '--seeds', '1..1000', '--set', `nodes=${Array.from({ length: 100 }, (_, i) => i + 1).join(',')}`, '--set', `crash=${Array.from({ length: 100 }, (_, i) => i).join(',')}`, '--set', `heartbeat_ms=${Array.from({ length: 100 }, (_, i) => i + 1).join(',')}`, '--out', '{dir}/s'], exit: 2, stderr: /sweep: 1000000 grid points x 1000 seeds = 1000000000 runs; at most 10,000,000/ },

  // 3. Names that are not parameters, and other inputs that name nothing.
  { name: '--set toString', args: ['run', ...FD, '--set', 'toString=1'], exit: 2, stderr: /failure-detection: unknown parameter "toString" \(known: nodes, / },
  { name: '--set __proto__', args: ['run', ...FD, '--set', '__proto__=1'], exit: 2, stderr: /failure-detection: unknown parameter "__proto__"/ },
  { name: '--set constructor', args: ['run', ...FD, '--set', 'constructor=1'], exit: 2, stderr: /failure-detection: unknown parameter "constructor"/ },
  { name: '--set hasOwnProperty', args: ['run', ...FD, '--set', 'hasOwnProperty=x'], exit: 2, stderr: /unknown parameter "hasOwnProperty"/ },
  { name: '--config with __proto__', args: ['run', ...FD, '--config', '{dir}/c.json'], files: { 'c.json': '{"__proto__": {"nodes": 5}}' }, exit: 2, stderr: /failure-detection: unknown parameter "__proto__"/ },
  { name: '--config with constructor', args: ['run', ...FD, '--config', '{dir}/c.json'], files: { 'c.json': '{"constructor": 1}' }, exit: 2, stderr: /unknown parameter "constructor"/ },
  { name: '--config with valueOf', args: ['check', ...FD, '--config', '{dir}/c.json'], files: { 'c.json': '{"valueOf": "x"}' }, exit: 2, stderr: /unknown parameter "valueOf"/ },
  { name: 'sweep axis named toString', args: ['sweep', 'failure-detection', '--seeds', '1', '--set', 'toString=1,2', '--workers', '0', '--out', '{dir}/s'], exit: 2, stderr: /unknown parameter "toString"/ },
  { name: 'check with __proto__', args: ['check', ...FD, '--set', '__proto__=1'], exit: 2, stderr: /unknown parameter "__proto__"/ },
  { name: 'preset named after an Object method', args: ['run', 'load-balancing', '--set', 'preset=toString'], exit: 2, stderr: /preset: "toString" — must be one of none, low/ },
  { name: 'alert on a metric the scenario does not have', args: ['run', ...FD, '--alert', 'detecton_ms.max>5000', '--json', '{dir}/r.json'], exit: 2, stderr: /--alert detecton_ms\.max>5000: failure-detection has no metric or quantity "detecton_ms" \(known: detection_ms/ },
  { name: 'alert on an unknown quantity', args: ['run', ...FD, '--alert', 'latency.rate>1', '--trace', '{dir}/t.jsonl'], exit: 2, stderr: /has no metric or quantity "latency"/ },
  { name: 'alert on a metric the scenario has', args: ['run', ...FD, '--alert', 'detection_ms.max>1e9', '--quiet'], exit: 0 },
  { name: 'validate --only empty', args: ['validate', '--only', ''], exit: 2, stderr: /--only: empty; give a target id prefix or a table name/ },
  { name: 'validate --only blank', args: ['validate', '--only', '   '], exit: 2, stderr: /--only: empty/ },
  { name: 'replay --from after --to', args: ['replay', '{dir}/t.jsonl', '--from', '10', '--to', '5'], exit: 2, stderr: /--from 10 is after --to 5: the window would be empty/ },
  { name: 'replay --from just after --to', args: ['replay', '{dir}/t.jsonl', '--from', '5', '--to', '4.999'], exit: 2, stderr: /--from 5 is after --to 4\.999/ },
  { name: 'partition putting a node in two groups', args: ['run', ...FD, '--faults', '{dir}/f.json'], files: { 'f.json': plan([{ at: 10, kind: 'partition', groups: [['agent-1', 'agent-2'], ['agent-2', 'agent-3']] }]) }, exit: 2, stderr: /faults\[0\]: node "agent-2" is listed twice in the partition/ },
  { name: 'partition listing a node twice', args: ['run', ...FD, '--faults', '{dir}/f.json'], files: { 'f.json': plan([{ at: 10, kind: 'partition', targets: ['agent-1', 'agent-1'] }]) }, exit: 2, stderr: /node "agent-1" is listed twice/ },
  { name: 'partition reusing an id in force', args: ['run', ...FD, '--faults', '{dir}/f.json'], files: { 'f.json': plan([{ at: 10, kind: 'partition', id: 'cut', targets: ['agent-1'] }, { at: 20, kind: 'partition', id: 'cut', targets: ['agent-2'] }]) }, exit: 2, stderr: /faults\[1\]: partition id "cut" is already in use by .*faults\[0\], not healed by then/ },
  { name: 'two unnamed partitions at the same time', args: ['run', ...FD, '--faults', '{dir}/f.json'], files: { 'f.json': plan([{ at: 10, kind: 'partition', targets: ['agent-1'] }, { at: 10, kind: 'partition', targets: ['agent-2'] }]) }, exit: 2, stderr: /partition id "p10" is already in use/ },
  { name: 'partition id reused after a heal is fine', args: ['run', ...FD, '--quiet', '--faults', '{dir}/f.json'], files: { 'f.json': plan([{ at: 10, kind: 'partition', id: 'cut', targets: ['agent-1'] }, { at: 20, kind: 'heal', id: 'cut' }, { at: 30, kind: 'partition', id: 'cut', targets: ['agent-2'] }, { at: 40, kind: 'heal' }]) }, exit: 0 },
  { name: 'scenario module that does not exist', args: ['run', './missing.js'], exit: 2, stderr: /\.\/missing\.js: no such file \(a scenario module path; built-in scenarios: failure-detection/ },
  { name: 'scenario module path in a missing directory', args: ['run', '{dir}/nowhere/scenario.mjs'], exit: 2, stderr: /nowhere\/scenario\.mjs: no such file/ },
  { name: 'scenario module without a directory', args: ['check', 'missing.mjs'], exit: 2, stderr: /missing\.mjs: no such file/ },
  { name: 'sweep of a missing scenario module', args: ['sweep', './missing.js', '--seeds', '1', '--out', '{dir}/s'], exit: 2, stderr: /\.\/missing\.js: no such file/ },
  { name: 'unknown scenario name is still named as a scenario', args: ['run', 'failure-detektion'], exit: 2, stderr: /unknown scenario "failure-detektion"/ },
  { name: '--set with an empty key', args: ['run', ...FD, '--set', ' =5'], exit: 2, stderr: /--set {2}=5: expected key=value/ },

  // 9. compare must not pass what it did not compare.
  { name: 'compare with nothing in common', args: ['compare', '{dir}/a.json', '{dir}/b.json'], files: { 'a.json': results('a', SEEDS, () => ({ latency_ms: latency(100) })), 'b.json': results('b', SEEDS, () => ({ latency_ms: latency(100) })) }, exit: 2, stderr: /compare: baseline and current have no scenario and parameter set in common \(baseline: a .*; current: b / },
  { name: 'compare with the same scenario but other parameters', args: ['compare', '{dir}/a.json', '{dir}/b.json'], files: { 'a.json': results('a', SEEDS, () => ({ latency_ms: latency(100) })), 'b.json': results('a', SEEDS, () => ({ latency_ms: latency(100) }), { nodes: 4 }) }, exit: 2, stderr: /have no scenario and parameter set in common/ },
  { name: 'compare where the detector never detected (count 0)', args: ['compare', '{dir}/a.json', '{dir}/b.json'], files: { 'a.json': results('a', SEEDS, () => ({ latency_ms: latency(100) })), 'b.json': results('a', SEEDS, () => ({ latency_ms: empty })) }, exit: 1 },
  { name: 'compare where a metric disappeared', args: ['compare', '{dir}/a.json', '{dir}/b.json'], files: { 'a.json': results('a', SEEDS, () => ({ latency_ms: latency(100), success_ratio: ratio(0.99) })), 'b.json': results('a', SEEDS, () => ({ latency_ms: latency(100) })) }, exit: 1 },
  { name: 'compare of identical results passes', args: ['compare', '{dir}/a.json', '{dir}/a.json'], files: { 'a.json': results('a', SEEDS, () => ({ latency_ms: latency(100) })) }, exit: 0 },
  { name: 'compare --history of two scenarios with six runs each', args: ['compare', '--history', '{dir}/hist'], files: mixedHistory, exit: 2, stderr: /--history .*: trend detection needs at least 10 runs of one scenario and parameter set; found b: 6, a: 6/ },

  // 10. Resume trusts nothing it did not check.
  {
    name: 'resume over a run file from another agentsim version',
    rewrites: /^sw\/runs\//,
    args: SWEEP,
    files: { 'sw/sweep.json': SWEEP_ARGS, 'sw/runs/p0-s1.json': results('failure-detection', [1], () => ({}), { nodes: 3, duration_ms: 2000, crash: 0 }).slice(1, -1).replace('"0.1.0"', '"0.0.1"') },
    exit: 0,
    stderr: /sweep: .*p0-s1\.json does not match its replicate \(agentsim 0\.0\.1, expected 0\.1\.0\); running it again/,
  },
  {
    name: 'resume over a run file of another scenario',
    rewrites: /^sw\/runs\//,
    args: SWEEP,
    files: { 'sw/sweep.json': SWEEP_ARGS, 'sw/runs/p0-s2.json': results('health-monitoring', [2], () => ({})).slice(1, -1) },
    exit: 0,
    stderr: /p0-s2\.json does not match its replicate \(scenario "health-monitoring", expected "failure-detection"\); running it again/,
  },
  {
    name: 'resume over a run file of another seed',
    rewrites: /^sw\/runs\//,
    args: SWEEP,
    files: { 'sw/sweep.json': SWEEP_ARGS, 'sw/runs/p0-s2.json': results('failure-detection', [7], () => ({})).slice(1, -1) },
    exit: 0,
    stderr: /p0-s2\.json does not match its replicate \(seed 7, expected 2\)/,
  },
  {
    name: 'resume over a run file with other parameters',
    rewrites: /^sw\/runs\//,
    args: SWEEP,
    files: { 'sw/sweep.json': SWEEP_ARGS, 'sw/runs/p0-s1.json': results('failure-detection', [1], () => ({}), { nodes: 3 }).slice(1, -1) },
    exit: 0,
    stderr: /p0-s1\.json does not match its replicate \(params \{"nodes":3\}, expected /,
  },

  // 11. Fault plans that used to give false invariant verdicts.
  {
    name: 'crash, restart and crash again just before the end is no completeness violation',
    args: ['run', 'failure-detection', '--set', 'nodes=3', '--set', 'crash=0', '--set', 'duration_ms=20000', '--quiet', '--faults', '{dir}/f.json'],
    files: { 'f.json': plan([{ at: 2000, kind: 'crash', targets: ['agent-1'] }, { at: 2500, kind: 'restart', targets: ['agent-1'] }, { at: 19_500, kind: 'crash', targets: ['agent-1'] }]) },
    exit: 0,
  },
  {
    name: 'a restarted balancer is not blamed for its old incarnation\'s verdicts',
    args: ['run', 'load-balancing', '--set', 'topology=local', '--set', 'nodes=3', '--set', 'crash=0', '--set', 'rps=1000', '--set', 'requests=3000', '--set', 'service=exp:1', '--set', 'drain_ms=2000', '--seed', '3', '--quiet', '--faults', '{dir}/f.json'],
    files: { 'f.json': plan([{ at: 100, kind: 'crash', targets: ['server-2'] }, { at: 1500, kind: 'crash', targets: ['server-1'] }, { at: 1600, kind: 'restart', targets: ['server-1'] }]) },
    exit: 0,
  },
  { name: 'a negative per-role memory with the resource model off', args: ['run', 'failure-detection', '--set', 'memory_roles=var=-5', '--quiet'], exit: 2, stderr: /memory_roles: "var=-5" — bytes must be a number >= 0/ },
  { name: 'a per-role CPU cost that overflows, with the resource model off', args: ['run', 'failure-detection', '--set', 'cpu_roles=monitor=exp:1e308', '--quiet'], exit: 2, stderr: /cpu_roles/ },
];
