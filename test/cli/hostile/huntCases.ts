/**
 * The fresh hunt (issue 11, "done when"): hostile inputs written after the first two tables,
 * none of them repeating a case there, over every command and every class. The whole list and
 * each case's verdict before the fixes is in freshHunt.md; cases marked "fixed" there failed the
 * contract and are regressions now. Cases that need a real process (signals, FIFOs, process
 * substitution, concurrent writers, /proc and /sys) are in spawned.test.ts or only in the list.
 */
import { result, resultWith, sweepDir, trace, traceLines, traceWithLine } from './fixtures.js';
import { folder, hardLinkTo, symlinkTo, type HostileCase } from './HostileCase.js';

const FD = ['failure-detection', '--set', 'nodes=3', '--set', 'crash=1', '--set', 'duration_ms=2000', '--quiet'];
const LB = ['load-balancing', '--set', 'nodes=2', '--set', 'requests=20', '--set', 'crash=0', '--set', 'drain_ms=100', '--quiet'];
const SW = ['sweep', 'failure-detection', '--set', 'nodes=3', '--set', 'crash=1', '--set', 'duration_ms=2000', '--workers', '0', '--quiet'];
const REC = ['recommend', 'failure-detection', '--set', 'nodes=3', '--set', 'crash=1', '--set', 'duration_ms=2000'];
const VAL = ['validate', '--quick', '--only', 'clustering.failure-detection'];
const run = (...args: string[]): string[] => ['run', ...FD, ...args];
const plan = (faults: unknown[]): Record<string, string> => ({ 'f.json': JSON.stringify(faults) });
const deepArray = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
const deepObject = `${'{"a":'.repeat(50_000)}1${'}'.repeat(50_000)}`;
const long = (n: number, c = 'x'): string => c.repeat(n);
const headerWith = (from: string, to: string): string => traceWithLine(0, traceLines[0]!.replace(from, to));

/** Numbers typed in every notation `Number()` takes but a user does not mean. */
const numbers: HostileCase[] = [
  { name: 'hunt: --set an integer in hex', args: run('--set', 'nodes=0x3'), exit: 2, stderr: /nodes: "0x3" — must be an integer in \[1, 100000\]/ },
  { name: 'hunt: --set a probability in hex', args: run('--set', 'loss=0x1'), exit: 2, stderr: /loss: "0x1" — must be a number in \[0, 1\]/ },
  { name: 'hunt: --set an integer in binary', args: run('--set', 'heartbeat_ms=0b11'), exit: 2, stderr: /heartbeat_ms: "0b11"/ },
  { name: 'hunt: --set an integer in octal', args: run('--set', 'timeout_ms=0o17'), exit: 2, stderr: /timeout_ms: "0o17"/ },
  { name: 'hunt: --set an integer with underscores', args: run('--set', 'nodes=1_0'), exit: 2, stderr: /nodes: "1_0"/ },
  { name: 'hunt: --set an integer as Infinity', args: run('--set', 'nodes=Infinity'), exit: 2, stderr: /nodes: "Infinity"/ },
  { name: 'hunt: --set a probability just above 1', args: run('--set', 'loss=1.0000000000000002'), exit: 2, stderr: /loss: "1\.0000000000000002"/ },
  { name: 'hunt: --set a probability of minus zero', args: run('--set', 'loss=-0'), exit: 0 },
  { name: 'hunt: --set a number with blanks around it', args: run('--set', 'loss= 0.5 '), exit: 0 },
  { name: 'hunt: --set a number with a leading dot and an exponent', args: run('--set', 'loss=.5e-1'), exit: 0 },
  { name: 'hunt: a distribution argument in hex', args: run('--set', 'latency=exp:0x10'), exit: 2, stderr: /latency: "exp:0x10" — "0x10" is not a number/ },
  { name: 'hunt: a distribution argument NaN', args: run('--set', 'latency=exp:NaN'), exit: 2, stderr: /"NaN" is not a number/ },
  { name: 'hunt: a distribution argument Infinity', args: run('--set', 'latency=exp:Infinity'), exit: 2, stderr: /"Infinity" is not a number/ },
  { name: 'hunt: a distribution with an empty argument', args: run('--set', 'latency=exp:'), exit: 2, stderr: /"exp:" — "" is not a number/ },
  { name: 'hunt: a distribution with one argument too many', args: run('--set', 'latency=exp:1:2'), exit: 2, stderr: /exp takes 1 number/ },
  { name: 'hunt: a distribution name in capitals', args: run('--set', 'latency=EXP:5'), exit: 2, stderr: /unknown distribution "EXP"/ },
  { name: 'hunt: a uniform distribution with min above max', args: run('--set', 'latency=uniform:5:1'), exit: 2, stderr: /max must be >= min/ },
  { name: 'hunt: a normal distribution with a negative std', args: run('--set', 'latency=normal:5:-1'), exit: 2, stderr: /std must be >= 0/ },
  { name: 'hunt: a negative constant latency', args: run('--set', 'latency=const:-5'), exit: 2, stderr: /value must be >= 0/ },
  { name: 'hunt: a lognormal whose mean underflows to zero', args: run('--set', 'latency=lognormal:-1e12:1'), exit: 0 },
  { name: 'hunt: a 10,000-digit distribution argument', args: run('--set', `latency=exp:${long(10_000, '1')}`), exit: 2, stderr: /latency: "exp:1111.*…/ },
  { name: 'hunt: a per-role CPU cost of NaN', args: run('--set', 'cpu_roles=monitor=exp:NaN'), exit: 2, stderr: /cpu_roles: monitor: "exp:NaN"/ },
  { name: 'hunt: a per-role memory in hex', args: run('--set', 'memory_roles=var=0x10'), exit: 2, stderr: /memory_roles: "var=0x10" — bytes must be a number >= 0/ },
  { name: 'hunt: a role given twice', args: run('--set', 'memory_roles=a=1,a=2'), exit: 2, stderr: /memory_roles: role "a" given twice/ },
  { name: 'hunt: --seed in hex', args: run('--seed', '0x10'), exit: 2, stderr: /--seed 0x10: expected a non-negative integer/ },
  { name: 'hunt: --seed with underscores', args: run('--seed', '1_000'), exit: 2, stderr: /--seed 1_000/ },
  { name: 'hunt: --seed empty', args: run('--seed', ''), exit: 2, stderr: /--seed : expected a non-negative integer/ },
  { name: 'hunt: --seed NaN', args: run('--seed', 'NaN'), exit: 2, stderr: /--seed NaN/ },
  { name: 'hunt: --seed negative', args: run('--seed', '-1'), exit: 2, stderr: /--seed -1/ },
  { name: 'hunt: --seed in exponent notation', args: run('--seed', '1e300'), exit: 2, stderr: /--seed 1e300/ },
  { name: 'hunt: --seed beyond 2^53', args: run('--seed', '9007199254740993'), exit: 2, stderr: /--seed 9007199254740993/ },
  { name: 'hunt: --seed fractional', args: run('--seed', '1.5'), exit: 2, stderr: /--seed 1\.5/ },
  { name: 'hunt: --seed beyond 2^32 is a seed of its own', args: run('--seed', '4294967296'), exit: 0 },
  { name: 'hunt: --monitor in hex', args: run('--monitor', '0x10'), exit: 2, stderr: /--monitor .*: expected an interval in virtual ms/ },
  { name: 'hunt: --monitor in exponent notation', args: run('--monitor', '1e3'), exit: 0 },
  { name: 'hunt: replay --from in hex', args: ['replay', '{dir}/t.jsonl', '--from', '0x10'], files: { 't.jsonl': trace }, exit: 2, stderr: /--from 0x10: expected a time in ms >= 0/ },
  { name: 'hunt: replay --from NaN', args: ['replay', '{dir}/t.jsonl', '--from', 'NaN'], files: { 't.jsonl': trace }, exit: 2, stderr: /--from NaN/ },
  { name: 'hunt: replay --to Infinity', args: ['replay', '{dir}/t.jsonl', '--to', 'Infinity'], files: { 't.jsonl': trace }, exit: 2, stderr: /--to Infinity/ },
  { name: 'hunt: replay --from beyond the largest double', args: ['replay', '{dir}/t.jsonl', '--from', '1e400'], files: { 't.jsonl': trace }, exit: 2, stderr: /--from 1e400/ },
  { name: 'hunt: compare --warning in hex', args: ['compare', '{dir}/r.json', '{dir}/r.json', '--warning', '0x10'], files: { 'r.json': result }, exit: 2, stderr: /--warning 0x10: expected a percentage in \[0, 1000\]/ },
  { name: 'hunt: compare --alpha in hex', args: ['compare', '{dir}/r.json', '{dir}/r.json', '--alpha', '0x0.1'], files: { 'r.json': result }, exit: 2, stderr: /--alpha 0x0\.1/ },
  { name: 'hunt: compare --alpha of 0', args: ['compare', '{dir}/r.json', '{dir}/r.json', '--alpha', '0'], files: { 'r.json': result }, exit: 2, stderr: /--alpha 0: expected a number in \(0, 1\)/ },
  { name: 'hunt: compare --warning NaN', args: ['compare', '{dir}/r.json', '{dir}/r.json', '--warning', 'NaN'], files: { 'r.json': result }, exit: 2, stderr: /--warning NaN/ },
  { name: 'hunt: compare --critical below --warning', args: ['compare', '{dir}/r.json', '{dir}/r.json', '--warning', '20', '--critical', '10'], files: { 'r.json': result }, exit: 2, stderr: /--critical 10: must be >= --warning \(20\)/ },
  { name: 'hunt: recommend --factor huge (every variant at a range end)', args: [...REC, '--metric', 'detection_ms', '--factor', '1e308'], exit: 2, stderr: /--factor 1e308: expected a number in \(1, 100\]/ },
  { name: 'hunt: recommend --factor in hex', args: [...REC, '--metric', 'detection_ms', '--factor', '0x2'], exit: 2, stderr: /--factor 0x2/ },
  { name: 'hunt: recommend --factor of 1', args: [...REC, '--metric', 'detection_ms', '--factor', '1'], exit: 2, stderr: /--factor 1:/ },
  { name: 'hunt: explore --runs in hex', args: ['explore', 'failure-detection', '--runs', '0x2', '--out', '{dir}/e'], exit: 2, stderr: /--runs 0x2: expected an integer in \[1, 1000000\]/ },
  { name: 'hunt: explore --seed in hex', args: ['explore', 'failure-detection', '--runs', '1', '--seed', '0x10', '--out', '{dir}/e'], exit: 2, stderr: /--seed 0x10/ },
  { name: 'hunt: an arrival trace in hex', args: ['run', ...LB, '--set', 'arrival=trace:{dir}/a.csv'], files: { 'a.csv': '0\n0x10\n' }, exit: 2, stderr: /arrival trace .*a\.csv: line 2: "0x10" is not an arrival time in ms/ },
  { name: 'hunt: an arrival trace with NaN', args: ['run', ...LB, '--set', 'arrival=trace:{dir}/a.csv'], files: { 'a.csv': '1\nNaN\n' }, exit: 2, stderr: /line 2: "NaN" is not an arrival time/ },
  { name: 'hunt: an arrival trace going back in time', args: ['run', ...LB, '--set', 'arrival=trace:{dir}/a.csv'], files: { 'a.csv': '5\n3\n' }, exit: 2, stderr: /line 2: arrival time 3 is before the previous one/ },
  { name: 'hunt: an arrival trace with text', args: ['run', ...LB, '--set', 'arrival=trace:{dir}/a.csv'], files: { 'a.csv': 'a,b\nx\n' }, exit: 2, stderr: /is not an arrival time in ms/ },
  { name: 'hunt: an empty arrival trace', args: ['run', ...LB, '--set', 'arrival=trace:{dir}/a.csv'], files: { 'a.csv': '' }, exit: 2, stderr: /no arrival times found/ },
  { name: 'hunt: an arrival trace that is a folder', args: ['run', ...LB, '--set', 'arrival=trace:{dir}/d'], files: { d: folder }, exit: 2, stderr: /input file .*d: cannot read \(EISDIR\)/ },
  { name: 'hunt: an arrival trace with no file name', args: ['run', ...LB, '--set', 'arrival=trace:'], exit: 2, stderr: /arrival: "trace:"/ },
];

/** Parameter names, values and sets. */
const names: HostileCase[] = [
  { name: 'hunt: --set a parameter name in another script', args: run('--set', 'nødes=3'), exit: 2, stderr: /unknown parameter "nødes"/ },
  { name: 'hunt: --set a 10,000-character parameter name', args: run('--set', `${long(10_000, 'k')}=3`), exit: 2, stderr: /unknown parameter "kkk.*…/ },
  { name: 'hunt: --set an enum value in capitals', args: run('--set', 'detector=TIMEOUT'), exit: 2, stderr: /detector: "TIMEOUT" — must be one of/ },
  { name: 'hunt: --set a boolean as yes', args: run('--set', 'suspicion=yes'), exit: 2, stderr: /suspicion: "yes" — must be true or false/ },
  { name: 'hunt: --set a boolean as 1', args: run('--set', 'suspicion=1'), exit: 2, stderr: /suspicion: "1"/ },
  { name: 'hunt: --set a parameter of another scenario', args: run('--set', 'arrival=poisson'), exit: 2, stderr: /failure-detection: unknown parameter "arrival"/ },
  { name: 'hunt: --set the same parameter twice (the last wins)', args: run('--set', 'nodes=4'), exit: 0 },
  { name: 'hunt: --seed given twice (the last wins)', args: run('--seed', '1', '--seed', '2'), exit: 0 },
  { name: 'hunt: --config a number given as a string', args: run('--config', '{dir}/c.json'), files: { 'c.json': '{"nodes":"3"}' }, exit: 0 },
  { name: 'hunt: --config with a number that overflows to Infinity', args: run('--config', '{dir}/c.json'), files: { 'c.json': '{"nodes":1e999}' }, exit: 2, stderr: /--config .*c\.json: nodes: / },
  { name: 'hunt: --config with a byte-order mark', args: run('--config', '{dir}/c.json'), files: { 'c.json': '\uFEFF{"nodes":3}' }, exit: 2, stderr: /--config .*c\.json: not valid JSON/ },
  { name: 'hunt: --config empty', args: run('--config', '{dir}/c.json'), files: { 'c.json': '' }, exit: 2, stderr: /--config .*c\.json: not valid JSON/ },
  { name: 'hunt: --config nested 100,000 arrays deep', args: run('--config', '{dir}/c.json'), files: { 'c.json': deepArray }, exit: 2, stderr: /--config .*c\.json: expected a JSON object of parameters/ },
  { name: 'hunt: --config nested 50,000 objects deep', args: run('--config', '{dir}/c.json'), files: { 'c.json': deepObject }, exit: 2, stderr: /--config .*c\.json: a: / },
  { name: 'hunt: --config - is not stdin', args: run('--config', '-'), exit: 2, stderr: /--config -: cannot read/ },
  { name: 'hunt: sweep axis listing a value twice', args: [...SW, '--seeds', '1', '--set', 'heartbeat_ms=500,500', '--out', '{dir}/s'], exit: 2, stderr: /--set heartbeat_ms=500,500: value "500" is listed twice/ },
  { name: 'hunt: sweep axis with a trailing comma', args: [...SW, '--seeds', '1', '--set', 'heartbeat_ms=500,', '--out', '{dir}/s'], exit: 2, stderr: /empty value in the list/ },
  { name: 'hunt: sweep axis of only commas', args: [...SW, '--seeds', '1', '--set', 'heartbeat_ms=,', '--out', '{dir}/s'], exit: 2, stderr: /empty value in the list/ },
  { name: 'hunt: sweep --seeds reversed range', args: [...SW, '--seeds', '5..1', '--out', '{dir}/s'], exit: 2, stderr: /a range A\.\.B needs A <= B/ },
  { name: 'hunt: sweep --seeds in hex', args: [...SW, '--seeds', '0x1', '--out', '{dir}/s'], exit: 2, stderr: /--seeds 0x1/ },
  { name: 'hunt: sweep --seeds with an empty item', args: [...SW, '--seeds', '1,,2', '--out', '{dir}/s'], exit: 2, stderr: /--seeds 1,,2/ },
  { name: 'hunt: sweep --seeds with two ranges in one', args: [...SW, '--seeds', '1..2..3', '--out', '{dir}/s'], exit: 2, stderr: /--seeds 1\.\.2\.\.3/ },
  { name: 'hunt: sweep --seeds listing a seed twice', args: [...SW, '--seeds', '1,1', '--out', '{dir}/s'], exit: 2, stderr: /a seed is listed twice/ },
  { name: 'hunt: sweep --workers negative', args: [...SW, '--seeds', '1', '--workers', '-1', '--out', '{dir}/s'], exit: 2, stderr: /--workers -1: expected an integer in \[0, 1024\]/ },
  { name: 'hunt: sweep --workers a billion', args: [...SW, '--seeds', '1', '--workers', '1e9', '--out', '{dir}/s'], exit: 2, stderr: /--workers 1e9/ },
  { name: 'hunt: sweep --shard 0/2', args: [...SW, '--seeds', '1', '--shard', '0/2', '--out', '{dir}/s'], exit: 2, stderr: /--shard 0\/2: expected K\/N with 1 <= K <= N/ },
  { name: 'hunt: sweep --shard 1/0', args: [...SW, '--seeds', '1', '--shard', '1/0', '--out', '{dir}/s'], exit: 2, stderr: /--shard 1\/0/ },
  { name: 'hunt: sweep --shard 1/2/3', args: [...SW, '--seeds', '1', '--shard', '1/2/3', '--out', '{dir}/s'], exit: 2, stderr: /--shard 1\/2\/3/ },
  { name: 'hunt: sweep --shard in hex', args: [...SW, '--seeds', '1', '--shard', '0x1/2', '--out', '{dir}/s'], exit: 2, stderr: /--shard 0x1\/2/ },
  { name: 'hunt: recommend a metric the scenario does not report', args: [...REC, '--metric', 'nope'], exit: 2, stderr: /--metric nope: failure-detection reports detection_ms/ },
  { name: 'hunt: recommend with parameters that do not fit, in one line', args: ['recommend', 'failure-detection', '--set', 'nodes=3', '--metric', 'detection_ms'], exit: 2, stderr: /crash: 5 — must be <= nodes \(3\)/ },
  { name: 'hunt: recommend --stat unknown', args: [...REC, '--metric', 'detection_ms', '--stat', 'bogus'], exit: 2, stderr: /--stat bogus/ },
  { name: 'hunt: recommend --better sideways', args: [...REC, '--metric', 'detection_ms', '--better', 'sideways'], exit: 2, stderr: /--better sideways: expected lower or higher/ },
  { name: 'hunt: explore --invariant unknown', args: ['explore', 'failure-detection', '--runs', '1', '--invariant', 'nope', '--out', '{dir}/e'], exit: 2, stderr: /--invariant nope: failure-detection has no such invariant/ },
  { name: 'hunt: explore with a parameter out of range', args: ['explore', 'failure-detection', '--runs', '1', '--set', 'nodes=0', '--out', '{dir}/e'], exit: 2, stderr: /nodes: "0"/ },
  { name: 'hunt: validate --phase 4', args: ['validate', '--phase', '4', '--quick'], exit: 2, stderr: /--phase 4: expected one of baseline, 1, 2, 3/ },
  { name: 'hunt: validate --only a row that does not exist', args: ['validate', '--quick', '--only', 'nonexistent'], exit: 2, stderr: /--only nonexistent: matches no target id or table/ },
  { name: 'hunt: validate --seeds in hex', args: [...VAL, '--seeds', '0x1'], exit: 2, stderr: /--seeds 0x1/ },
  { name: 'hunt: claims --only a row without a claim map', args: ['claims', '--quick', '--only', 'nonexistent'], exit: 2, stderr: /--only nonexistent: no target row with a claim map matches/ },
  { name: 'hunt: claims --phase unknown', args: ['claims', '--quick', '--phase', 'x'], exit: 2, stderr: /--phase x/ },
  { name: 'hunt: claims --workers a billion', args: ['claims', '--quick', '--workers', '1e9'], exit: 2, stderr: /--workers 1e9/ },
  { name: 'hunt: coverage with a seed range in exponent notation', args: ['coverage', 'failure-detection', '--seeds', '1..1e7'], exit: 2, stderr: /--seeds 1\.\.1e7/ },
  { name: 'hunt: replay --actor empty', args: ['replay', '{dir}/t.jsonl', '--actor', ''], files: { 't.jsonl': trace }, exit: 2, stderr: /--actor: empty/ },
  { name: 'hunt: replay --actor that is in no event of the trace', args: ['replay', '{dir}/t.jsonl', '--actor', 'monitr'], files: { 't.jsonl': trace }, exit: 2, stderr: /--actor monitr: no event of the trace is from or to it \(actors: .*monitor/ },
  { name: 'hunt: replay --actor idle in a window is no error', args: ['replay', '{dir}/t.jsonl', '--actor', 'nobody', '--to', '5'], files: { 't.jsonl': trace }, exit: 0 },
  { name: 'hunt: help for a command that does not exist', args: ['help', 'nonexistent'], exit: 2, stderr: /^agentsim: help nonexistent: unknown command \(commands: list, run/ },
  { name: 'hunt: an unknown command', args: ['nonexistent'], exit: 2, stderr: /^agentsim: unknown command 'nonexistent'$/ },
  { name: 'hunt: list with an argument', args: ['list', 'extra'], exit: 2, stderr: /^agentsim: too many arguments for 'list'/ },
  { name: 'hunt: check with two scenarios', args: ['check', 'failure-detection', 'extra'], exit: 2, stderr: /^agentsim: too many arguments for 'check'/ },
  { name: 'hunt: an unknown option', args: ['list', '--bogus'], exit: 2, stderr: /^agentsim: unknown option '--bogus'$/ },
  { name: 'hunt: run an empty scenario name', args: ['run', ''], exit: 2, stderr: /unknown scenario ""/ },
  { name: 'hunt: run the scenario "-"', args: ['run', '-'], exit: 2, stderr: /unknown scenario "-"/ },
  { name: 'hunt: run a folder as a scenario module', args: ['run', '{dir}'], exit: 2, stderr: /cannot read scenario module \(EISDIR\)/ },
  { name: 'hunt: run a scenario module that throws on import', args: ['run', '{dir}/m.mjs'], files: { 'm.mjs': 'throw new Error("boom");\n' }, exit: 2, stderr: /m\.mjs: cannot load scenario module \(boom\)/ },
  { name: 'hunt: run a scenario module with a syntax error', args: ['run', '{dir}/m.mjs'], files: { 'm.mjs': 'export const = ;\n' }, exit: 2, stderr: /m\.mjs: cannot load scenario module/ },
  { name: 'hunt: run a scenario module exporting a bogus object', args: ['run', '{dir}/m.mjs'], files: { 'm.mjs': 'export default { name: 1 };\n' }, exit: 2, stderr: /m\.mjs: expected a default \(or "scenario"\) export made with defineScenario/ },
  { name: 'hunt: run a JSON file as a scenario module', args: ['run', '{dir}/r.json'], files: { 'r.json': result }, exit: 2, stderr: /r\.json: (cannot load scenario module|expected a default)/ },
];

/** Fault plans. */
const faults: HostileCase[] = [
  { name: 'hunt: a heal naming a partition that is not in force', args: run('--faults', '{dir}/f.json'), files: plan([{ at: 1, kind: 'heal', id: 'nope' }]), exit: 2, stderr: /faults\[0\]: heal of partition "nope", which is not in force at 1 ms \(in force then: none\)/ },
  { name: 'hunt: a heal with a misspelt partition id', args: run('--faults', '{dir}/f.json'), files: plan([{ at: 1, kind: 'partition', id: 'cut', targets: ['agent-1'] }, { at: 5, kind: 'heal', id: 'cutt' }]), exit: 2, stderr: /faults\[1\]: heal of partition "cutt".* \(in force then: "cut"\)/ },
  { name: 'hunt: a heal before its partition', args: run('--faults', '{dir}/f.json'), files: plan([{ at: 9, kind: 'partition', id: 'cut', targets: ['agent-1'] }, { at: 5, kind: 'heal', id: 'cut' }]), exit: 2, stderr: /faults\[1\]: heal of partition "cut"/ },
  { name: 'hunt: a fault with "target" for "targets"', args: run('--faults', '{dir}/f.json'), files: plan([{ at: 1, kind: 'crash', target: ['agent-1'] }]), exit: 2, stderr: /faults\[0\]\.targets: / },
  { name: 'hunt: a fault with a key it does not take', args: run('--faults', '{dir}/f.json'), files: plan([{ at: 1, kind: 'pause', targets: ['agent-1'], duration: 5 }]), exit: 2, stderr: /faults\[0\]: Unrecognized key: "duration"/ },
  { name: 'hunt: a crash of a node the scenario does not have', args: run('--faults', '{dir}/f.json'), files: plan([{ at: 1, kind: 'crash', targets: ['agent-99'] }]), exit: 2, stderr: /unknown node "agent-99"/ },
  { name: 'hunt: a crash with no targets', args: run('--faults', '{dir}/f.json'), files: plan([{ at: 1, kind: 'crash', targets: [] }]), exit: 2, stderr: /faults\[0\]\.targets: / },
  { name: 'hunt: a fault plan nested 100,000 arrays deep', args: run('--faults', '{dir}/f.json'), files: { 'f.json': deepArray }, exit: 2, stderr: /--faults .*f\.json: faults\[0\]/ },
  { name: 'hunt: a fault plan of 200,000 crashes', args: run('--faults', '{dir}/f.json'), files: plan(Array.from({ length: 200_000 }, (_, i) => ({ at: i % 2000, kind: 'crash', targets: ['agent-1'] }))), exit: 0 },
  { name: 'hunt: a crash at a fractional time', args: run('--faults', '{dir}/f.json'), files: plan([{ at: 1.5, kind: 'crash', targets: ['agent-1'] }]), exit: 0 },
  { name: 'hunt: a restart of a node that is up', args: run('--faults', '{dir}/f.json'), files: plan([{ at: 1, kind: 'restart', targets: ['agent-1'] }]), exit: 0 },
  { name: 'hunt: coverage with a fault plan nested deep', args: ['coverage', 'failure-detection', '--seeds', '1', '--set', 'nodes=3', '--set', 'crash=0', '--set', 'duration_ms=1000', '--faults', '{dir}/f.json'], files: { 'f.json': deepArray }, exit: 2, stderr: /--faults .*f\.json: faults\[0\]/ },
];

/** Output paths, aliasing and the trace reader. */
const paths: HostileCase[] = [
  { name: 'hunt: --json onto the --config file through a hard link', args: run('--config', '{dir}/c.json', '--json', '{dir}/h.json'), files: { 'c.json': '{}', 'h.json': hardLinkTo('c.json') }, exit: 2, stderr: /--json .*h\.json: is also an input \(--config/ },
  { name: 'hunt: --json and --trace hard links of one file', args: run('--json', '{dir}/x.json', '--trace', '{dir}/h.json'), files: { 'x.json': 'keep', 'h.json': hardLinkTo('x.json') }, exit: 2, stderr: /--trace .*h\.json: same file as --json/ },
  { name: 'hunt: replay --export onto the trace through a hard link', args: ['replay', '{dir}/t.jsonl', '--export', '{dir}/h.jsonl'], files: { 't.jsonl': trace, 'h.jsonl': hardLinkTo('t.jsonl') }, exit: 2, stderr: /--export .*h\.jsonl: is also an input \(trace/ },
  { name: 'hunt: replay --export onto the trace through a missing folder and ..', args: ['replay', '{dir}/t.jsonl', '--export', '{dir}/nowhere/../t.jsonl'], files: { 't.jsonl': trace }, exit: 2, stderr: /is also an input \(trace/ },
  { name: 'hunt: compare --json onto the baseline through a hard link', args: ['compare', '{dir}/b.json', '{dir}/c.json', '--json', '{dir}/h.json'], files: { 'b.json': result, 'c.json': result, 'h.json': hardLinkTo('b.json') }, exit: 2, stderr: /--json .*h\.json: is also an input \(baseline/ },
  { name: 'hunt: report --md onto a result through a symlinked folder', args: ['report', '{dir}/r.json', '--md', '{dir}/l/r.json'], files: { 'r.json': result, l: symlinkTo('.') }, exit: 2, stderr: /is also an input \(report/ },
  { name: 'hunt: merge --out onto a run file through a hard link', args: ['merge', '{dir}/s', '--out', '{dir}/h.json'], files: { ...sweepDir('s'), 'h.json': hardLinkTo('s/runs/p0-s1.json') }, exit: 2, stderr: /is also an input \(run file/ },
  { name: 'hunt: --json under a character device', args: run('--json', '/dev/null/x'), exit: 2, stderr: /--json \/dev\/null\/x: \/dev\/null is not a folder/ },
  { name: 'hunt: --json with a newline in the folder name', args: run('--json', '{dir}/a\nb/'), exit: 2, stderr: /--json .*a\\nb\/: ends with "\/"/ },
  { name: 'hunt: --json with a terminal escape in the name', args: run('--json', '{dir}/\u001b[31mred/'), exit: 2, stderr: /--json .*\\x1b\[31mred\/: ends with "\/"/ },
  { name: 'hunt: --json past PATH_MAX in short components', args: run('--json', `{dir}/${'a/'.repeat(2100)}r.json`), exit: 2, stderr: /--json .*…/ },
  { name: 'hunt: --json with a unicode name succeeds', args: run('--json', '{dir}/ünï©ødé.json'), exit: 0 },
  { name: 'hunt: --trace - and --html - both on stdout', args: run('--trace', '-', '--html', '-'), exit: 2, stderr: /same stdout as/ },
  { name: 'hunt: validate --json and --results the same file', args: [...VAL, '--json', '{dir}/v.json', '--results', '{dir}/v.json'], exit: 2, stderr: /--results .*v\.json: same file as --json/ },
  { name: 'hunt: claims --json and --md the same file', args: ['claims', '--quick', '--only', 'x', '--json', '{dir}/c', '--md', '{dir}/c'], exit: 2, stderr: /same file as --json/ },
  { name: 'hunt: coverage --json and --md the same file', args: ['coverage', 'failure-detection', '--seeds', '1', '--json', '{dir}/c', '--md', '{dir}/c'], exit: 2, stderr: /--md .*c: same file as --json/ },
  { name: 'hunt: report --json and --md the same file', args: ['report', '{dir}/r.json', '--json', '{dir}/o', '--md', '{dir}/o'], files: { 'r.json': result }, exit: 2, stderr: /same file as --md/ },
  { name: 'hunt: sweep --out -', args: [...SW, '--seeds', '1', '--out', '-'], exit: 2, stderr: /--out -: a folder cannot be stdout/ },
  { name: 'hunt: explore --out -', args: ['explore', 'failure-detection', '--runs', '1', '--out', '-'], exit: 2, stderr: /--out -: a folder cannot be stdout/ },
  { name: 'hunt: sweep --out onto a sweep of other seeds', args: [...SW, '--seeds', '2', '--out', '{dir}/s'], files: sweepDir('s'), exit: 2, stderr: /--out .*s: holds a different sweep/ },
  { name: 'hunt: merge the same shard twice counts it once', args: ['merge', '{dir}/s', '{dir}/s', '--out', '{dir}/m.json', '--quiet'], files: sweepDir('s'), exit: 0 },
  { name: 'hunt: merge a shard and a symlink to it', args: ['merge', '{dir}/s', '{dir}/l', '--out', '{dir}/m.json', '--quiet'], files: { ...sweepDir('s'), l: symlinkTo('s') }, exit: 0 },
  { name: 'hunt: merge a sweep with a note in runs/', args: ['merge', '{dir}/s', '--out', '{dir}/m.json', '--quiet'], files: { ...sweepDir('s'), 's/runs/notes.txt': 'mine' }, exit: 0 },
  { name: 'hunt: merge --out - writes the summary to stdout', args: ['merge', '{dir}/s', '--out', '-'], files: sweepDir('s'), exit: 0 },
  { name: 'hunt: replay an empty stdin', args: ['replay', '-'], stdin: '', exit: 2, stderr: /stdin: empty trace file/ },
  { name: 'hunt: replay binary garbage on stdin', args: ['replay', '-'], stdin: '\u0000\u0001\u00ff\u00fe garbage', exit: 2, stderr: /stdin: line 1 is not a trace header/ },
  { name: 'hunt: replay --export from stdin', args: ['replay', '-', '--export', '{dir}/o.json'], stdin: trace, exit: 0 },
  { name: 'hunt: replay --verify from stdin', args: ['replay', '-', '--verify'], stdin: trace, exit: 0 },
  { name: 'hunt: replay a trace with a byte-order mark', args: ['replay', '{dir}/t.jsonl'], files: { 't.jsonl': `\uFEFF${trace}` }, exit: 2, stderr: /line 1 is not a trace header/ },
  { name: 'hunt: replay a trace whose header is repeated', args: ['replay', '{dir}/t.jsonl'], files: { 't.jsonl': `${traceLines[0]}\n${trace}` }, exit: 2, stderr: /line 2 is not a trace event/ },
  { name: 'hunt: replay /dev/null', args: ['replay', '/dev/null'], exit: 2, stderr: /\/dev\/null: empty trace file/ },
  { name: 'hunt: replay --verify a header whose seed is huge', args: ['replay', '{dir}/t.jsonl', '--verify'], files: { 't.jsonl': headerWith('"seed":1', '"seed":1e300') }, exit: 2, stderr: /line 1 \(header\): seed: / },
  { name: 'hunt: replay --verify a header with a __proto__ parameter', args: ['replay', '{dir}/t.jsonl', '--verify'], files: { 't.jsonl': headerWith('"params":{', '"params":{"__proto__":1,') }, exit: 2, stderr: /unknown parameter "__proto__"/ },
  { name: 'hunt: replay --verify a header naming an unknown scenario', args: ['replay', '{dir}/t.jsonl', '--verify'], files: { 't.jsonl': headerWith('"scenario":"failure-detection"', '"scenario":"nope"') }, exit: 2, stderr: /unknown scenario "nope"/ },
  { name: 'hunt: replay --verify a header with a parameter out of range', args: ['replay', '{dir}/t.jsonl', '--verify'], files: { 't.jsonl': headerWith('"nodes":3', '"nodes":1000000000') }, exit: 2, stderr: /nodes: 1000000000 — must be an integer in \[1, 100000\]/ },
  { name: 'hunt: compare a baseline with a byte-order mark', args: ['compare', '{dir}/b.json', '{dir}/c.json'], files: { 'b.json': `\uFEFF${result}`, 'c.json': result }, exit: 2, stderr: /baseline .*b\.json: not valid JSON/ },
  { name: 'hunt: compare a baseline nested 100,000 arrays deep', args: ['compare', '{dir}/b.json', '{dir}/c.json'], files: { 'b.json': deepArray, 'c.json': result }, exit: 2, stderr: /no agentsim\.result\/1 results found/ },
  { name: 'hunt: report a file nested 50,000 objects deep', args: ['report', '{dir}/d.json'], files: { 'd.json': deepObject }, exit: 2, stderr: /report: no results, validation or comparison found/ },
  { name: 'hunt: report an empty folder', args: ['report', '{dir}/d'], files: { d: folder }, exit: 2, stderr: /report: no results, validation or comparison found/ },
  { name: 'hunt: report a trace file', args: ['report', '{dir}/t.jsonl'], files: { 't.jsonl': trace }, exit: 2, stderr: /report .*t\.jsonl: not valid JSON/ },
  { name: 'hunt: report a title with a newline and markup', args: ['report', '{dir}/r.json', '--title', 'a\n<script>x</script>', '--md', '{dir}/o.md'], files: { 'r.json': result }, exit: 0 },
  { name: 'hunt: report a result whose metric is a string', args: ['report', '{dir}/r.json'], files: { 'r.json': resultWith((r) => (r['metrics'] = { x: 'fast' })) }, exit: 2, stderr: /metrics\.x: / },
  { name: 'hunt: compare one positional with --history', args: ['compare', '--history', '{dir}/s', '{dir}/r.json'], files: { ...sweepDir('s'), 'r.json': result }, exit: 2, stderr: /give both BASELINE and CURRENT/ },
];

/** The second hunt (freshHunt.md, "Second hunt"): the case that broke, now a regression. */
const second: HostileCase[] = [
  { name: 'hunt 2: help help is the help, not an unknown command', args: ['help', 'help'], exit: 0 },
];

/** Every case of the fresh hunt. */
export const huntCases: HostileCase[] = [...numbers, ...names, ...faults, ...paths, ...second];
