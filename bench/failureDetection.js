/**
 * Benchmark 4: the `failure-detection` scenario at scale (10,000 nodes, 60 s virtual, seed 42).
 *
 * Child processes (`node --expose-gc bench/failureDetectionChild.js`):
 *   - bare:  the reference, N bare XState heartbeat actors re-arming `after` on a plain heap clock
 *            (bareHeartbeats.js), alternating with `run` so each pair sees the same load;
 *   - run:   runScenario(...) end to end — wall time, events/s, peak RSS of that process;
 *            repeated (median reported) because a shared machine's load varies over a minute;
 *   - heap:  the world built and run to t = 1 ms (and, for a steady-state view, to t = 5 s),
 *            heapUsed after a full GC minus heapUsed before building, divided by nodes;
 *   - actor: attribution of that figure — the heartbeat agent alone as a plain xstate root actor
 *            on a kernel clock, with the host's listeners attached, and hosted by `sim.spawn`.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath, URL } from 'node:url';
import { median, note } from './lib.js';

const CHILD = fileURLToPath(new URL('./failureDetectionChild.js', import.meta.url));

function child(mode, options) {
  const out = spawnSync(process.execPath, ['--expose-gc', CHILD, mode, JSON.stringify(options)], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 16 * 1024 * 1024,
  });
  if (out.status !== 0) throw new Error(`failure-detection child (${mode}) exited with ${out.status ?? out.signal}`);
  return JSON.parse(out.stdout.trim().split('\n').at(-1));
}

/** Runs the failure-detection benchmark. */
export function benchFailureDetection({ quick }) {
  const nodes = quick ? 1000 : 10_000;
  const durationMs = quick ? 10_000 : 60_000;
  const seed = 42;
  const repeats = quick ? 1 : 3;
  const runs = [];
  const bare = [];
  for (let r = 0; r < repeats; r++) {
    // The bare-XState reference and the engine's run alternate, so both see the same load.
    note(`failure-detection: ${nodes} bare xstate heartbeat actors, ${durationMs / 1000} s virtual, run ${r + 1}/${repeats} (child process)…`);
    bare.push(child('bare', { nodes, durationMs, seed }));
    note(`failure-detection: ${nodes} nodes, ${durationMs / 1000} s virtual, run ${r + 1}/${repeats} (child process)…`);
    runs.push(child('run', { nodes, durationMs, seed }));
    note(`failure-detection: ${runs.at(-1).events} events in ${runs.at(-1).wallMs.toFixed(0)} ms wall, ${runs.at(-1).cpuMs.toFixed(0)} ms CPU; bare ${bare.at(-1).wallMs.toFixed(0)} ms wall, ${bare.at(-1).cpuMs.toFixed(0)} ms CPU`);
  }
  if (new Set(runs.map((r) => r.traceHash)).size !== 1) throw new Error('failure-detection: runs with the same seed gave different trace hashes');
  const walls = runs.map((r) => r.wallMs);
  const run = runs.find((r) => r.wallMs === median(walls)) ?? runs[0];
  const heap = child('heap', { nodes, seed, atMs: [1, 5000] });
  const attribution = {};
  for (const variant of ['plain', 'listeners', 'hosted']) attribution[variant] = child('actor', { nodes, variant }).heapBytesPerAgent;
  return {
    nodes,
    durationMs,
    seed,
    run,
    wallMs: { median: median(walls), min: Math.min(...walls), max: Math.max(...walls), all: walls },
    cpuMs: { median: median(runs.map((r) => r.cpuMs)), all: runs.map((r) => r.cpuMs) },
    bare: {
      ticks: bare[0].ticks,
      wallMs: { median: median(bare.map((b) => b.wallMs)), all: bare.map((b) => b.wallMs) },
      cpuMs: { median: median(bare.map((b) => b.cpuMs)), all: bare.map((b) => b.cpuMs) },
    },
    // Paired by repeat (each pair ran back to back), then the median pair.
    ratioWall: median(runs.map((r, i) => r.wallMs / bare[i].wallMs)),
    ratioCpu: median(runs.map((r, i) => r.cpuMs / bare[i].cpuMs)),
    maxRssBytes: Math.max(...runs.map((r) => r.maxRssBytes)),
    heap,
    attribution,
  };
}
