/**
 * Sweep speedup: the same 200-run sweep (failure-detection, 2 grid points x 100 seeds) with one
 * worker thread and with every core, through the CLI's own code (`main` from dist/). Also checks
 * that both summaries are byte-identical, as they must be whatever the worker count.
 *
 *   npm run build && node bench/sweep.js [--seeds 1..100] [--set nodes=50,100]
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../dist/cli/main.js';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] !== undefined ? args[i + 1] : fallback;
};
const seeds = option('--seeds', '1..100');
const grid = option('--set', 'nodes=50,100');
const cores = availableParallelism();
const root = mkdtempSync(join(tmpdir(), 'agentsim-bench-sweep-'));
const quiet = { stdout: () => {}, stderr: () => {} };

async function sweep(workers) {
  const out = join(root, `w${workers}`);
  const argv = ['sweep', 'failure-detection', '--seeds', seeds, '--set', grid, '--set', 'duration_ms=30000', '--workers', String(workers), '--out', out, '--quiet'];
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const code = await main(argv, quiet);
  const ms = performance.now() - t0;
  if (code !== 0) throw new Error(`sweep with ${workers} workers exited ${code}`);
  const summary = readFileSync(join(out, 'summary.json'), 'utf8');
  return { ms, runs: JSON.parse(summary).runs.length, summary, mainCpuMs: (process.cpuUsage(cpu0).user + process.cpuUsage(cpu0).system) / 1000 };
}

try {
  console.log(`# sweep: failure-detection --seeds ${seeds} --set ${grid} --set duration_ms=30000`);
  console.log(`# machine: ${cpus()[0]?.model ?? 'unknown'}, ${cores} cores, node ${process.version}`);
  const one = await sweep(1);
  const all = await sweep(cores);
  if (one.summary !== all.summary) throw new Error('summaries differ between 1 and all workers');
  const row = (label, r) => `| ${label} | ${r.runs} | ${(r.ms / 1000).toFixed(1)} | ${((r.runs / r.ms) * 1000).toFixed(1)} |`;
  console.log('| workers | runs | wall s | runs/s |');
  console.log('|---|---:|---:|---:|');
  console.log(row('1', one));
  console.log(row(`${cores} (all cores)`, all));
  console.log(`speedup: ${(one.ms / all.ms).toFixed(2)}x on ${cores} cores; summaries byte-identical`);
} finally {
  rmSync(root, { recursive: true, force: true });
}
