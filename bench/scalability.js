/**
 * Scalability benchmark (issue 5): `large-scale-coordination` at 100 … 10,000 agents for each
 * protocol, `distributed-cluster` at every preset, and the heap of an idle hosted actor.
 * Every run is a child process (bench/scalabilityChild.js) so wall time and peak RSS belong to
 * that run alone. Prints Markdown tables (stdout) for BENCHMARKS.md and writes
 * .bench/scalability.json.
 *
 *   npm run build && node bench/scalability.js            # full (several minutes)
 *   node bench/scalability.js --quick                     # 100 … 1,000 agents, small clusters
 *   node bench/scalability.js --protocols consensus --sizes 1000,10000
 *
 * The growth exponent is the least-squares slope of log(wall time) against log(agents): 1 is
 * linear; n log n over 100 … 10,000 fits a slope of about 1.1.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath, URL } from 'node:url';

// Small formatting helpers (kept here so this benchmark stands alone).
const note = (text) => process.stderr.write(`  ${text}\n`);
const dur = (ms) => (ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);
const bytes = (b) => (b >= 1024 ** 3 ? `${(b / 1024 ** 3).toFixed(2)} GB` : b >= 1024 ** 2 ? `${(b / 1024 ** 2).toFixed(0)} MB` : `${(b / 1024).toFixed(2)} KB`);
const si = (x) => (x >= 1e6 ? `${(x / 1e6).toFixed(2)}M` : x >= 1e3 ? `${(x / 1e3).toFixed(1)}k` : x.toFixed(0));

const CHILD = fileURLToPath(new URL('./scalabilityChild.js', import.meta.url));
const args = process.argv.slice(2);
const flag = (name) => {
  const i = args.indexOf(name);
  return i < 0 ? undefined : args[i + 1];
};
const quick = args.includes('--quick');
const sizes = (flag('--sizes') ?? (quick ? '100,500,1000' : '100,500,1000,5000,10000')).split(',').map(Number);
const protocols = (flag('--protocols') ?? 'consensus,broadcast,hierarchical').split(',');
const clusters = (flag('--clusters') ?? (quick ? 'small,medium' : 'small,medium,large,enterprise')).split(',').filter(Boolean);
const seed = 42;

function child(mode, options) {
  const out = spawnSync(process.execPath, ['--expose-gc', CHILD, mode, JSON.stringify(options)], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 64 * 1024 * 1024,
  });
  if (out.status !== 0) throw new Error(`scalability child (${mode} ${JSON.stringify(options)}) exited with ${out.status ?? out.signal}`);
  return JSON.parse(out.stdout.trim().split('\n').at(-1));
}

/** Least-squares slope of log(y) on log(x). */
function slope(xs, ys) {
  const lx = xs.map(Math.log);
  const ly = ys.map(Math.log);
  const mx = lx.reduce((a, b) => a + b, 0) / lx.length;
  const my = ly.reduce((a, b) => a + b, 0) / ly.length;
  let num = 0;
  let den = 0;
  lx.forEach((x, i) => {
    num += (x - mx) * (ly[i] - my);
    den += (x - mx) ** 2;
  });
  return den === 0 ? NaN : num / den;
}

const results = { machine: { cpus: cpus().length, model: cpus()[0]?.model, node: process.version, loadavgAtStart: loadavg() }, protocols: {}, clusters: [], idle: null };

for (const protocol of protocols) {
  const rows = [];
  for (const agents of sizes) {
    note(`large-scale-coordination ${protocol} agents=${agents}…`);
    const r = child('run', { scenario: 'large-scale-coordination', params: { protocol, agents }, seed });
    note(`  ${r.events} events in ${dur(r.wallMs)}, peak RSS ${bytes(r.maxRssBytes)}${r.failed.length ? `, FAILED ${r.failed.join(', ')}` : ''}`);
    rows.push({ agents, ...r, loadavg: loadavg()[0] });
  }
  results.protocols[protocol] = {
    rows,
    wallExponent: slope(rows.map((r) => r.agents), rows.map((r) => r.wallMs)),
    eventsExponent: slope(rows.map((r) => r.agents), rows.map((r) => r.events)),
    cpuExponent: slope(rows.map((r) => r.agents), rows.map((r) => r.cpuMs)),
    // Above 1,000 agents fixed costs (module loading, JIT warm-up) no longer dominate.
    cpuExponentLarge: slope(rows.filter((r) => r.agents >= 1000).map((r) => r.agents), rows.filter((r) => r.agents >= 1000).map((r) => r.cpuMs)),
  };
}

const presets = { small: [3, 100], medium: [10, 200], large: [25, 300], enterprise: [50, 500] };
for (const preset of clusters) {
  note(`distributed-cluster preset=${preset}…`);
  const r = child('run', { scenario: 'distributed-cluster', params: { preset }, seed });
  note(`  ${r.events} events in ${dur(r.wallMs)}, peak RSS ${bytes(r.maxRssBytes)}`);
  results.clusters.push({ preset, agents: presets[preset][0] * presets[preset][1], ...r });
}

const idleAgents = quick ? 1000 : 10_000;
note(`idle actors: ${idleAgents}…`);
results.idle = child('idle', { agents: idleAgents });

// ---- report ----
const out = [];
out.push(`Machine: ${results.machine.cpus} × ${results.machine.model}, Node ${results.machine.node}; load average at start ${results.machine.loadavgAtStart.map((x) => x.toFixed(1)).join(' / ')}.`);
out.push('');
out.push('| protocol | agents | events | wall | events/s | CPU | peak RSS | invariants |');
out.push('|---|---:|---:|---:|---:|---:|---:|---|');
for (const [protocol, { rows }] of Object.entries(results.protocols)) {
  for (const r of rows) {
    out.push(`| ${protocol} | ${r.agents.toLocaleString('en')} | ${si(r.events)} | ${dur(r.wallMs)} | ${si(r.eventsPerSec)} | ${dur(r.cpuMs)} | ${bytes(r.maxRssBytes)} | ${r.failed.length ? `FAILED ${r.failed.join(', ')}` : 'hold'} |`);
  }
}
out.push('');
out.push('| protocol | growth exponent of wall time | of CPU time | of CPU time, ≥ 1,000 agents | of events |');
out.push('|---|---:|---:|---:|---:|');
for (const [protocol, p] of Object.entries(results.protocols)) {
  const f = (x) => (Number.isNaN(x) ? '–' : x.toFixed(2));
  out.push(`| ${protocol} | ${f(p.wallExponent)} | ${f(p.cpuExponent)} | ${f(p.cpuExponentLarge)} | ${f(p.eventsExponent)} |`);
}
out.push('');
out.push('| cluster | agents | events | wall | events/s | peak RSS |');
out.push('|---|---:|---:|---:|---:|---:|');
for (const c of results.clusters) out.push(`| ${c.preset} | ${c.agents.toLocaleString('en')} | ${si(c.events)} | ${dur(c.wallMs)} | ${si(c.eventsPerSec)} | ${bytes(c.maxRssBytes)} |`);
out.push('');
out.push(`Idle hosted actors: ${results.idle.agents.toLocaleString('en')} → ${bytes(results.idle.bytesPerActor)} of heap each (after a full GC).`);
console.log(out.join('\n'));
mkdirSync(new URL('../.bench/', import.meta.url), { recursive: true });
writeFileSync(new URL('../.bench/scalability.json', import.meta.url), `${JSON.stringify(results, null, 2)}\n`);
