/**
 * Hostile cases of the CLI's input and output handling (issue 11 classes 4, 7 and 8): output
 * paths, outputs that are inputs, the trace reader and every JSON input's schema.
 */
import { comparison, result, resultWith, summaryJson, sweepDir, sweepJson, trace, traceCut, traceLines, traceWithLine, validation } from './fixtures.js';
import { folder, symlinkTo, type HostileCase } from './HostileCase.js';

const small = ['--set', 'nodes=3', '--set', 'crash=1', '--set', 'duration_ms=2000'];
const run = (...args: string[]): string[] => ['run', 'failure-detection', ...small, '--quiet', ...args];
const results = { 'base.json': result, 'cur.json': result };

/** Each way an output path can be wrong, for one option of one command. */
function badOutputPaths(command: string, option: string, args: (path: string) => string[], files: Record<string, string> = {}): HostileCase[] {
  const with_ = (extra: Record<string, string>): Record<string, string> => ({ ...files, ...extra });
  const opt = option.replace(/-/g, '\\-');
  return [
    { name: `${command}: ${option} into an existing folder`, args: args('{dir}/d'), files: with_({ d: folder }), exit: 2, stderr: new RegExp(`${opt} .*d: is a folder`) },
    { name: `${command}: ${option} under a file`, args: args('{dir}/f/out.x'), files: with_({ f: 'plain file' }), exit: 2, stderr: new RegExp(`${opt} .*f/out\\.x: .*f is not a folder`) },
    { name: `${command}: ${option} with an empty name`, args: args(''), files, exit: 2, stderr: new RegExp(`${opt}: empty file name`) },
    { name: `${command}: ${option} with a trailing slash`, args: args('{dir}/new/'), files, exit: 2, stderr: new RegExp(`${opt} .*new/: ends with "/"`) },
  ];
}

const outputPaths: HostileCase[] = [
  ...['--json', '--report', '--html', '--trace'].flatMap((o) => badOutputPaths('run', o, (p) => run(o, p))),
  ...['--json', '--results', '--md', '--html'].flatMap((o) => badOutputPaths('validate', o, (p) => ['validate', '--quick', '--only', 'clustering.failure-detection', o, p])),
  ...['--json', '--md'].flatMap((o) => badOutputPaths('compare', o, (p) => ['compare', '{dir}/base.json', '{dir}/cur.json', o, p], results)),
  ...['--md', '--html', '--json'].flatMap((o) => badOutputPaths('report', o, (p) => ['report', '{dir}/base.json', o, p], results)),
  ...badOutputPaths('replay', '--export', (p) => ['replay', '{dir}/t.jsonl', '--export', p], { 't.jsonl': trace }),
  ...badOutputPaths('merge', '--out', (p) => ['merge', '{dir}/s', '--out', p], sweepDir('s')),
  { name: 'sweep: --out is a file', args: ['sweep', 'failure-detection', '--seeds', '1', ...small, '--workers', '0', '--out', '{dir}/f'], files: { f: 'x' }, exit: 2, stderr: /--out .*f: exists and is not a folder/ },
  { name: 'sweep: --out under a file', args: ['sweep', 'failure-detection', '--seeds', '1', ...small, '--workers', '0', '--out', '{dir}/f/s'], files: { f: 'x' }, exit: 2, stderr: /--out .*f\/s: .*f is not a folder/ },
  { name: 'sweep: --out empty', args: ['sweep', 'failure-detection', '--seeds', '1', ...small, '--workers', '0', '--out', ''], exit: 2, stderr: /--out: empty folder name/ },
  { name: 'sweep: --out a dangling symlink', args: ['sweep', 'failure-detection', '--seeds', '1', ...small, '--workers', '0', '--out', '{dir}/l'], files: { l: symlinkTo('nowhere') }, exit: 2, stderr: /--out .*l: is a dangling symlink/ },
  { name: 'explore: --out is a file', args: ['explore', 'failure-detection', '--runs', '1', '--out', '{dir}/f'], files: { f: 'x' }, exit: 2, stderr: /--out .*f\/plan\.json: .*f is not a folder/ },
  { name: 'explore: --out under a file', args: ['explore', 'failure-detection', '--runs', '1', '--out', '{dir}/f/e'], files: { f: 'x' }, exit: 2, stderr: /--out .*: .*f is not a folder/ },
  { name: 'explore: --out empty', args: ['explore', 'failure-detection', '--runs', '1', '--out', ''], exit: 2, stderr: /--out: empty folder name/ },
  { name: 'run: --json through a symlink loop', args: run('--json', '{dir}/a'), files: { a: symlinkTo('b'), b: symlinkTo('a') }, exit: 2, stderr: /--json .*a: symlink loop/ },
  { name: 'run: --json under a dangling symlinked folder', args: run('--json', '{dir}/l/r.json'), files: { l: symlinkTo('missing') }, exit: 2, stderr: /--json .*l\/r\.json: .*l is a dangling symlink/ },
  { name: 'run: --json into a symlink to a folder', args: run('--json', '{dir}/l'), files: { d: folder, l: symlinkTo('d') }, exit: 2, stderr: /--json .*l: is a folder/ },
  { name: 'run: a good --json and a --report under a file write nothing', args: run('--json', '{dir}/ok.json', '--report', '{dir}/f/r.md'), files: { f: 'x' }, exit: 2, stderr: /--report .*f is not a folder/ },
  { name: 'run: a good --trace in a new folder and a --json into a folder write nothing', args: run('--trace', '{dir}/new/deep/t.jsonl', '--json', '{dir}/d'), files: { d: folder }, exit: 2, stderr: /--json .*d: is a folder/ },
  { name: 'run: two outputs on stdout', args: run('--json', '-', '--report', '-'), exit: 2, stderr: /--report -: same stdout as --json/ },
  { name: 'run: --json - and --report /dev/stdout', args: run('--json', '-', '--report', '/dev/stdout'), exit: 2, stderr: /--report \/dev\/stdout: same stdout as --json/ },
  { name: 'run: --json with a NUL byte', args: run('--json', '{dir}/a\0b'), exit: 2, stderr: /--json .*: file name contains a NUL byte/ },
  { name: 'run: --json with a very long path', args: run('--json', `{dir}/${'x'.repeat(300)}/r.json`), exit: 2, stderr: /--json .*…/ },
  { name: 'run: good outputs in a new folder succeed', args: run('--json', '{dir}/new/deep/r.json', '--trace', '{dir}/new/t.jsonl', '--report', '{dir}/new/r.md'), exit: 0 },
  { name: 'run: --json - writes the results to stdout', args: run('--json', '-'), exit: 0 },
];

const outputIsInput: HostileCase[] = [
  { name: 'run: --json onto the --config file', args: run('--config', '{dir}/c.json', '--json', '{dir}/c.json'), files: { 'c.json': '{}' }, exit: 2, stderr: /--json .*c\.json: is also an input \(--config/ },
  { name: 'run: --report onto the --config file', args: run('--config', '{dir}/c.json', '--report', '{dir}/c.json'), files: { 'c.json': '{}' }, exit: 2, stderr: /--report .*: is also an input \(--config/ },
  { name: 'run: --trace onto the --faults file', args: run('--faults', '{dir}/f.json', '--trace', '{dir}/f.json'), files: { 'f.json': '[]' }, exit: 2, stderr: /--trace .*f\.json: is also an input \(--faults/ },
  { name: 'run: --html onto the --faults file', args: run('--faults', '{dir}/f.json', '--html', '{dir}/f.json'), files: { 'f.json': '[]' }, exit: 2, stderr: /--html .*: is also an input \(--faults/ },
  { name: 'run: --json and --trace the same file', args: run('--json', '{dir}/x', '--trace', '{dir}/x'), exit: 2, stderr: /--trace .*x: same file as --json/ },
  { name: 'run: --json and --report the same existing file', args: run('--json', '{dir}/x', '--report', '{dir}/x'), files: { x: 'keep' }, exit: 2, stderr: /--report .*x: same file as --json/ },
  { name: 'run: --json and --trace the same file through a symlink', args: run('--json', '{dir}/x', '--trace', '{dir}/l'), files: { x: 'keep', l: symlinkTo('x') }, exit: 2, stderr: /--trace .*l: same file as --json/ },
  { name: 'run: --json through a symlink to the --config file', args: run('--config', '{dir}/c.json', '--json', '{dir}/l'), files: { 'c.json': '{}', l: symlinkTo('c.json') }, exit: 2, stderr: /--json .*l: is also an input/ },
  { name: 'run: --json onto the --config file named another way', args: run('--config', '{dir}/c.json', '--json', '{dir}/d/../c.json'), files: { 'c.json': '{}', d: folder }, exit: 2, stderr: /is also an input/ },
  { name: 'run: --json onto the scenario module', args: ['run', '{dir}/m.mjs', '--json', '{dir}/m.mjs'], files: { 'm.mjs': 'export const x = 1;\n' }, exit: 2, stderr: /--json .*m\.mjs: is also an input \(scenario module/ },
  { name: 'run: --json onto an input file a parameter names', args: ['run', 'load-balancing', '--set', 'arrival=trace:{dir}/a.csv', '--set', 'nodes=2', '--set', 'requests=3', '--json', '{dir}/a.csv', '--quiet'], files: { 'a.csv': '0\n10\n20\n' }, exit: 2, stderr: /--json .*a\.csv: is also an input \(input file/ },
  { name: 'replay: --export onto the trace', args: ['replay', '{dir}/t.jsonl', '--export', '{dir}/t.jsonl'], files: { 't.jsonl': trace }, exit: 2, stderr: /--export .*t\.jsonl: is also an input \(trace/ },
  { name: 'replay: --export onto the trace through a symlink', args: ['replay', '{dir}/l.jsonl', '--export', '{dir}/t.jsonl'], files: { 't.jsonl': trace, 'l.jsonl': symlinkTo('t.jsonl') }, exit: 2, stderr: /is also an input \(trace/ },
  { name: 'compare: --json onto the baseline', args: ['compare', '{dir}/base.json', '{dir}/cur.json', '--json', '{dir}/base.json'], files: results, exit: 2, stderr: /--json .*base\.json: is also an input \(baseline/ },
  { name: 'compare: --md onto the current', args: ['compare', '{dir}/base.json', '{dir}/cur.json', '--md', '{dir}/cur.json'], files: results, exit: 2, stderr: /--md .*cur\.json: is also an input \(current/ },
  { name: 'compare: --json onto a file inside the current folder', args: ['compare', '{dir}/base.json', '{dir}/c', '--json', '{dir}/c/r.json'], files: { 'base.json': result, 'c/r.json': result }, exit: 2, stderr: /is also an input \(current/ },
  { name: 'compare: --json onto a --history file', args: ['compare', '--history', '{dir}/h', '--json', '{dir}/h/01.json'], files: Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`h/${String(i).padStart(2, '0')}.json`, result])), exit: 2, stderr: /is also an input \(--history/ },
  { name: 'report: --md onto a results file', args: ['report', '{dir}/base.json', '--md', '{dir}/base.json'], files: results, exit: 2, stderr: /--md .*base\.json: is also an input \(report/ },
  { name: 'report: --json onto a file in an input folder', args: ['report', '{dir}/r', '--json', '{dir}/r/cur.json'], files: { 'r/cur.json': result }, exit: 2, stderr: /is also an input \(report/ },
  { name: 'merge: --out onto a shard\'s own summary.json', args: ['merge', '{dir}/s', '--out', '{dir}/s/summary.json'], files: sweepDir('s'), exit: 2, stderr: /--out .*summary\.json: is also an input \(a shard's summary/ },
  { name: 'merge: --out onto a shard sweep.json', args: ['merge', '{dir}/s', '--out', '{dir}/s/sweep.json'], files: sweepDir('s'), exit: 2, stderr: /--out .*sweep\.json: is also an input \(sweep/ },
  { name: 'merge: --out onto a run file', args: ['merge', '{dir}/s', '--out', '{dir}/s/runs/p0-s1.json'], files: sweepDir('s'), exit: 2, stderr: /is also an input \(run file/ },
];

const replay = (content: string, ...extra: string[]): Pick<HostileCase, 'args' | 'files'> => ({ args: ['replay', '{dir}/t.jsonl', ...extra], files: { 't.jsonl': content } });
const badLines: [string, string, RegExp][] = [
  ['{"foo":1}', 'an object that is not an event', /line 5 is not a trace event: t: expected number/],
  ['null', 'null', /line 5 is not a trace event/],
  ['42', 'a number', /line 5 is not a trace event/],
  ['"text"', 'a string', /line 5 is not a trace event/],
  ['[]', 'an array', /line 5 is not a trace event/],
  ['{"t":1', 'cut JSON', /line 5 is truncated or not JSON/],
  ['\u0001\u0002garbage', 'binary garbage', /line 5 is truncated or not JSON/],
  ['', 'an empty line', /line 5 is truncated or not JSON/],
];
const event4 = JSON.parse(traceLines[4]!) as Record<string, unknown>;
const edited = (patch: Record<string, unknown>): string => JSON.stringify({ ...event4, ...patch });

const traceReader: HostileCase[] = [
  ...badLines.flatMap(([line, what, stderr]) => [
    { name: `replay: a line that is ${what}`, ...replay(traceWithLine(4, line)), exit: 2 as const, stderr },
    { name: `replay --verify: a line that is ${what}`, ...replay(traceWithLine(4, line), '--verify'), exit: 2 as const, stderr },
  ]),
  { name: 'replay --export: a line that is not an event writes no export', ...replay(traceWithLine(4, '{"foo":1}'), '--export', '{dir}/out.json'), exit: 2, stderr: /line 5 is not a trace event/ },
  { name: 'replay --export: a truncated trace writes no export', ...replay(traceCut(10), '--export', '{dir}/out.json'), exit: 2, stderr: /truncated \(no end line after line 10\)/ },
  { name: 'replay: an event with an unknown kind', ...replay(traceWithLine(4, edited({ kind: 'teleport' }))), exit: 2, stderr: /line 5 is not a trace event: kind: expected "send"/ },
  { name: 'replay: an event with a negative time', ...replay(traceWithLine(4, edited({ t: -1 }))), exit: 2, stderr: /line 5 is not a trace event: t:/ },
  { name: 'replay: an event whose seq skips', ...replay(traceWithLine(4, edited({ seq: 99 }))), exit: 2, stderr: /line 5: event seq 99, expected 3/ },
  { name: 'replay: an event going back in time', ...replay(traceWithLine(traceLines.length - 2, JSON.stringify({ ...(JSON.parse(traceLines[traceLines.length - 2]!) as object), t: 0 }))), exit: 2, stderr: /goes back/ },
  { name: 'replay: the footer dropped', ...replay(traceCut(traceLines.length - 1)), exit: 2, stderr: /truncated \(no end line/ },
  { name: 'replay: the footer event count edited', ...replay(traceWithLine(traceLines.length - 1, traceLines.at(-1)!.replace(/"events":\d+/, '"events":1'))), exit: 2, stderr: /the end line says 1 events/ },
  { name: 'replay --verify: the footer event count edited', ...replay(traceWithLine(traceLines.length - 1, traceLines.at(-1)!.replace(/"events":\d+/, '"events":1')), '--verify'), exit: 2, stderr: /the end line says 1 events/ },
  { name: 'replay: a malformed footer', ...replay(traceWithLine(traceLines.length - 1, '{"end":{"events":"many"}}')), exit: 2, stderr: /end line.*events: expected number/ },
  { name: 'replay: content after the footer', ...replay(`${trace}{"t":1}\n`), exit: 2, stderr: /content after the end line/ },
  { name: 'replay: a header that is not JSON', ...replay(traceWithLine(0, '{schema')), exit: 2, stderr: /line 1 is not a trace header \(not JSON\)/ },
  { name: 'replay: a header of another schema', ...replay(traceWithLine(0, '{"schema":"other"}')), exit: 2, stderr: /line 1 is not an agentsim\.trace\/2 header/ },
  { name: 'replay: a header whose seed is a string', ...replay(traceWithLine(0, traceLines[0]!.replace(/"seed":\d+/, '"seed":"1"'))), exit: 2, stderr: /line 1 \(header\): seed: expected number/ },
  { name: 'replay: a header without params', ...replay(traceWithLine(0, traceLines[0]!.replace(/"params":\{[^}]*\},/, ''))), exit: 2, stderr: /line 1 \(header\): params: expected record/ },
  { name: 'replay: a header naming a module with a bad hash', ...replay(traceWithLine(0, traceLines[0]!.replace('"params"', '"module":{"path":"/x.mjs","sha256":"zz"},"params"'))), exit: 2, stderr: /line 1 \(header\): module\.sha256/ },
  { name: 'replay --verify: a trace of a module that is gone', ...replay(traceWithLine(0, traceLines[0]!.replace('"params"', `"module":{"path":"/nonexistent/m.mjs","sha256":"${'0'.repeat(64)}"},"params"`)), '--verify'), exit: 2, stderr: /recorded from module .*m\.mjs, which cannot be read \(ENOENT\); cannot re-simulate/ },
  { name: 'replay --verify: a trace of a module that changed', args: ['replay', '{dir}/t.jsonl', '--verify'], files: { 't.jsonl': traceWithLine(0, traceLines[0]!.replace('"params"', `"module":{"path":"/dev/null","sha256":"${'0'.repeat(64)}"},"params"`)) }, exit: 2, stderr: /module \/dev\/null changed since the trace was recorded/ },
  { name: 'replay: an empty file', ...replay(''), exit: 2, stderr: /empty trace file/ },
  { name: 'replay --verify: a trace with CRLF line ends is read', ...replay(trace.replace(/\n/g, '\r\n'), '--verify'), exit: 0 },
  { name: 'replay: a file of one long line without a newline', ...replay('x'.repeat(200_000)), exit: 2, stderr: /line 1 is not a trace header \(not JSON\)/ },
  { name: 'replay: a folder', args: ['replay', '{dir}'], exit: 2, stderr: /is a folder, not a trace file/ },
  { name: 'replay: the current folder', args: ['replay', '.'], exit: 2, stderr: /^agentsim: \.: is a folder, not a trace file$/ },
  { name: 'replay: a missing file', args: ['replay', '{dir}/missing.jsonl'], exit: 2, stderr: /missing\.jsonl: no such trace file/ },
  { name: 'replay: a dangling symlink', args: ['replay', '{dir}/l.jsonl'], files: { 'l.jsonl': symlinkTo('gone.jsonl') }, exit: 2, stderr: /l\.jsonl: no such trace file/ },
  { name: 'replay: a results file instead of a trace', args: ['replay', '{dir}/r.json'], files: { 'r.json': result }, exit: 2, stderr: /line 1 is not a trace header/ },
  { name: 'replay: --verify with --export', ...replay(trace, '--verify', '--export', '{dir}/o.json'), exit: 2, stderr: /--verify checks the whole trace and writes nothing; run it without --export/ },
  { name: 'replay: --verify with --actor', ...replay(trace, '--verify', '--actor', 'monitor'), exit: 2, stderr: /run it without --actor/ },
  { name: 'replay: --export with --from', ...replay(trace, '--export', '{dir}/o.json', '--from', '5'), exit: 2, stderr: /--export writes the whole run; --from only filter/ },
  { name: 'replay --verify: an edited rolling hash is a mismatch', ...replay(traceWithLine(4, edited({ h: '00000000' })), '--verify'), exit: 1 },
  { name: 'replay --verify: an edited footer hash is a mismatch', ...replay(traceWithLine(traceLines.length - 1, traceLines.at(-1)!.replace(/"h":"[0-9a-f]+"/, '"h":"00000000"')), '--verify'), exit: 1 },
  { name: 'replay --verify: an edited version in the header is a mismatch', ...replay(traceWithLine(0, traceLines[0]!.replace(/"agentsim":"[^"]+"/, '"agentsim":"0.0.1"')), '--verify'), exit: 1 },
];

const json = (name: string, file: string, content: string, args: string[], stderr: RegExp): HostileCase => ({ name, args, files: { [file]: content }, exit: 2, stderr });
const compareBad = (what: string, content: string, stderr: RegExp): HostileCase => ({
  name: `compare: a baseline ${what}`,
  args: ['compare', '{dir}/bad.json', '{dir}/cur.json', '--json', '{dir}/out.json'],
  files: { 'bad.json': content, 'cur.json': result },
  exit: 2,
  stderr,
});

const schemas: HostileCase[] = [
  compareBad('whose metrics is not an object', resultWith((r) => (r['metrics'] = 5)), /baseline .*bad\.json: metrics: expected record/),
  compareBad('with a metric mean that is a string', resultWith((r) => ((r['metrics'] as Record<string, Record<string, unknown>>)['detection_ms']!['mean'] = 'fast')), /baseline .*bad\.json: metrics\.detection_ms: not a valid value/),
  compareBad('without invariants', resultWith((r) => delete r['invariants']), /baseline .*: invariants: expected array/),
  compareBad('with a negative seed', resultWith((r) => (r['seed'] = -1)), /baseline .*: seed: /),
  compareBad('with params that are a list', resultWith((r) => (r['params'] = [1, 2])), /baseline .*: params: expected record/),
  compareBad('with an invariant whose holds is a string', resultWith((r) => (r['invariants'] = [{ name: 'x', holds: 'yes', violations: 0 }])), /baseline .*: invariants\[0\]\.holds: expected boolean/),
  compareBad('array whose second result lacks a scenario', `[${result},${resultWith((r) => delete r['scenario'])}]`, /baseline .*: \[1\]\.scenario: expected string/),
  compareBad('that is not JSON', '{"schema":', /baseline .*bad\.json: not valid JSON/),
  compareBad('that is empty', '', /baseline .*bad\.json: not valid JSON/),
  compareBad('that holds no results', '{"hello":"world"}', /baseline .*bad\.json: no agentsim\.result\/1 results found/),
  compareBad('sweep summary with a malformed point', summaryJson.replace('"point": 0', '"point": "zero"'), /baseline .*bad\.json: points\[0\]\.point: expected number/),
  json('report: a comparison file with a malformed metric list', 'c.json', JSON.stringify({ ...(JSON.parse(comparison) as object), metrics: 'none' }), ['report', '{dir}/c.json', '--md', '{dir}/out.md'], /report .*c\.json: metrics: expected array/),
  json('report: a validation file with an unknown status', 'v.json', validation.replace('"passed","criticalFailures"', '"great","criticalFailures"'), ['report', '{dir}/v.json', '--md', '{dir}/out.md'], /report .*v\.json: status: expected "passed"/),
  json('report: a validation file whose rows are not a list', 'v.json', validation.replace('"rows":[]', '"rows":{}'), ['report', '{dir}/v.json'], /report .*v\.json: rows: expected array/),
  json('report: a result nested in an object with a bad metric', 'n.json', JSON.stringify({ wrapper: { inner: JSON.parse(resultWith((r) => (r['metrics'] = { x: { unit: 'ms' } }))) as object } }), ['report', '{dir}/n.json'], /report .*n\.json: wrapper\.inner\.metrics\.x: not a valid value/),
  json('merge: a sweep.json that is not JSON', 's/sweep.json', '{', ['merge', '{dir}/s', '--out', '{dir}/m.json'], /sweep\.json: not a sweep directory/),
  { name: 'merge: a sweep.json with no seeds', args: ['merge', '{dir}/s', '--out', '{dir}/m.json'], files: { ...sweepDir('s'), 's/sweep.json': sweepJson.replace(/"seeds": \[[^\]]*\]/, '"seeds": []') }, exit: 2, stderr: /sweep\.json: seeds: / },
  { name: 'merge: a sweep.json whose grid is malformed', args: ['merge', '{dir}/s', '--out', '{dir}/m.json'], files: { ...sweepDir('s'), 's/sweep.json': JSON.stringify({ ...(JSON.parse(sweepJson) as object), grid: [['nodes']] }) }, exit: 2, stderr: /sweep\.json: grid\[0\]/ },
  { name: 'merge: a sweep.json of another schema', args: ['merge', '{dir}/s', '--out', '{dir}/m.json'], files: { ...sweepDir('s'), 's/sweep.json': '{"schema":"x"}' }, exit: 2, stderr: /sweep\.json: expected agentsim\.sweep-args\/1/ },
  { name: 'merge: a run file that is not JSON', args: ['merge', '{dir}/s', '--out', '{dir}/m.json'], files: { ...sweepDir('s'), 's/runs/p0-s1.json': '{"trunc' }, exit: 2, stderr: /p0-s1\.json: unreadable run file/ },
  { name: 'merge: a run file with a malformed metric', args: ['merge', '{dir}/s', '--out', '{dir}/m.json'], files: { ...sweepDir('s'), 's/runs/p0-s1.json': resultWith((r) => (r['metrics'] = [])) }, exit: 2, stderr: /p0-s1\.json \(delete it to run it again\): metrics: expected record/ },
  { name: 'merge: a folder that is not a sweep', args: ['merge', '{dir}/x', '--out', '{dir}/m.json'], files: { x: folder }, exit: 2, stderr: /x\/sweep\.json: not a sweep directory \(ENOENT\)/ },
  { name: 'sweep: resume over a run file with a malformed result', args: ['sweep', 'failure-detection', '--seeds', '1', ...small, '--workers', '0', '--out', '{dir}/s', '--quiet'], files: { ...sweepDir('s'), 's/runs/p0-s1.json': resultWith((r) => (r['invariants'] = 'none')) }, exit: 2, stderr: /p0-s1\.json \(delete it to run it again\): invariants: expected array/ },
  { name: 'sweep: resume over a malformed sweep.json', args: ['sweep', 'failure-detection', '--seeds', '1', ...small, '--workers', '0', '--out', '{dir}/s', '--quiet'], files: { 's/sweep.json': '[1,2]' }, exit: 2, stderr: /sweep\.json: expected agentsim\.sweep-args\/1/ },
  json('run: --config that is an array', 'c.json', '[1]', run('--config', '{dir}/c.json'), /--config .*c\.json: expected a JSON object of parameters/),
  json('run: --config with a nested object', 'c.json', '{"nodes":{"n":3}}', run('--config', '{dir}/c.json'), /--config .*c\.json: nodes: not a valid value/),
  json('run: --config with a null value', 'c.json', '{"nodes":null}', run('--config', '{dir}/c.json'), /--config .*c\.json: nodes: /),
  json('run: --config that is not JSON', 'c.json', 'nodes=3', run('--config', '{dir}/c.json'), /--config .*c\.json: not valid JSON/),
  { name: 'run: --config that is a folder', args: run('--config', '{dir}/d'), files: { d: folder }, exit: 2, stderr: /--config .*d: cannot read \(EISDIR\)/ },
  json('check: --config with a list value', 'c.json', '{"nodes":[3]}', ['check', 'failure-detection', '--config', '{dir}/c.json'], /--config .*c\.json: nodes: /),
  json('recommend: --config with a nested value', 'c.json', '{"nodes":{}}', ['recommend', 'failure-detection', '--metric', 'detection_ms', '--config', '{dir}/c.json'], /--config .*c\.json: nodes: /),
  json('run: --faults that is an object', 'f.json', '{"at":1}', run('--faults', '{dir}/f.json'), /--faults .*f\.json: faults: /),
  json('run: --faults with an unknown kind', 'f.json', '[{"at":1,"kind":"meteor","targets":["agent-1"]}]', run('--faults', '{dir}/f.json'), /--faults .*f\.json: faults\[0\]/),
  json('check: --faults with a string time', 'f.json', '[{"at":"soon","kind":"crash","targets":["agent-1"]}]', ['check', 'failure-detection', ...small, '--faults', '{dir}/f.json'], /--faults .*f\.json: faults\[0\]/),
  { name: 'compare: a dangling symlink in the current folder', args: ['compare', '{dir}/base.json', '{dir}/c'], files: { 'base.json': result, 'c/r.json': result, 'c/gone.json': symlinkTo('nowhere.json') }, exit: 2, stderr: /current .*gone\.json: dangling symlink/ },
  { name: 'compare: a symlink loop in the current folder', args: ['compare', '{dir}/base.json', '{dir}/c'], files: { 'base.json': result, 'c/r.json': result, 'c/a.json': symlinkTo('b.json'), 'c/b.json': symlinkTo('a.json') }, exit: 2, stderr: /current .*a\.json: symlink loop/ },
  { name: 'report: a folder that links to itself', args: ['report', '{dir}/r'], files: { 'r/x.json': result, 'r/self': symlinkTo('.') }, exit: 2, stderr: /report .*: folders nested too deep/ },
  { name: 'compare: a dangling symlink in --history', args: ['compare', '--history', '{dir}/h'], files: { 'h/a.json': result, 'h/b.json': symlinkTo('missing') }, exit: 2, stderr: /--history .*b\.json: dangling symlink/ },
  { name: 'compare: a baseline that is a dangling symlink', args: ['compare', '{dir}/l.json', '{dir}/cur.json'], files: { 'cur.json': result, 'l.json': symlinkTo('gone.json') }, exit: 2, stderr: /baseline .*l\.json: dangling symlink/ },
];

/** Every I/O hostile case. */
export const ioCases: HostileCase[] = [...outputPaths, ...outputIsInput, ...traceReader, ...schemas];
