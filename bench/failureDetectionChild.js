/**
 * Child process of benchmark 4 (run with `node --expose-gc`), so each measurement has a process
 * of its own: peak RSS (`process.resourceUsage().maxRSS`) belongs to one run only, and heap
 * figures are not polluted by other benchmarks. Prints one JSON object on stdout.
 *
 * `heap` weighs the world inside runScenario: an observer (`RunOptions.observe`) schedules
 * read-only kernel callbacks at the sample times, which run a full GC and read heapUsed.
 *
 *   node --expose-gc bench/failureDetectionChild.js run  '{"nodes":10000,"durationMs":60000,"seed":42}'
 *   node --expose-gc bench/failureDetectionChild.js bare '{"nodes":10000,"durationMs":60000,"seed":42}'
 *   node --expose-gc bench/failureDetectionChild.js heap '{"nodes":10000,"atMs":[1,5000],"seed":42}'
 *   node --expose-gc bench/failureDetectionChild.js actor '{"nodes":10000,"variant":"plain"}'
 *
 * `actor` attributes the per-agent heap to layers, with the scenario's heartbeat agent alone (no
 * monitor, no scenario): `plain` — `createActor(...).start()` on a kernel clock; `listeners` —
 * the same plus what the actor host attaches to every actor (one wildcard `actor.on('*')` emit
 * listener and a `subscribe` observer with `next` and `error`, as no-ops); `hosted` — spawned by
 * `sim.spawn`.
 */
import { createActor } from 'xstate';
import { heartbeatAgentMachine } from '../dist/actors/index.js';
import { createKernelClock } from '../dist/engine/time/createKernelClock.js';
import { Kernel } from '../dist/engine/time/Kernel.js';
import { createSimulation } from '../dist/engine/Simulation.js';
import { getScenario, runScenario } from '../dist/scenarios/index.js';
import { runBareHeartbeats } from './bareHeartbeats.js';

const [mode, json] = process.argv.slice(2);
const options = JSON.parse(json ?? '{}');
const gc = globalThis.gc;
if (typeof gc !== 'function') throw new Error('failureDetectionChild: run with node --expose-gc');
const scenario = getScenario('failure-detection');

function fullGc() {
  gc();
  gc();
}

if (mode === 'run') {
  const params = { nodes: options.nodes, duration_ms: options.durationMs };
  fullGc();
  const rssBefore = process.memoryUsage().rss;
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const result = runScenario(scenario, params, options.seed);
  const wallMs = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  const usage = process.resourceUsage();
  process.stdout.write(
    `${JSON.stringify({
      nodes: options.nodes,
      virtualTimeMs: result.virtualTimeMs,
      events: result.events,
      wallMs,
      cpuMs: (cpu.user + cpu.system) / 1000,
      eventsPerSec: result.events / (wallMs / 1000),
      rssBeforeBytes: rssBefore,
      maxRssBytes: usage.maxRSS * 1024,
      traceHash: result.traceHash,
      invariants: result.invariants.map((i) => ({ name: i.name, holds: i.holds })),
      detection: result.metrics.detection_ms,
    })}\n`,
  );
} else if (mode === 'bare') {
  fullGc();
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const { ticks } = runBareHeartbeats({ nodes: options.nodes, durationMs: options.durationMs, seed: options.seed });
  const wallMs = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  process.stdout.write(`${JSON.stringify({ nodes: options.nodes, ticks, wallMs, cpuMs: (cpu.user + cpu.system) / 1000, maxRssBytes: process.resourceUsage().maxRSS * 1024 })}\n`);
} else if (mode === 'heap') {
  // runScenario itself, with an observer (RunOptions.observe) that schedules read-only kernel
  // callbacks at the sample times: there, with the whole world alive, a full GC and heapUsed.
  const points = [];
  const weigh = (sim) => () => {
    fullGc();
    const m = process.memoryUsage();
    points.push({
      atMs: sim.now,
      heapUsedDelta: m.heapUsed - before.heapUsed,
      externalDelta: m.external - before.external,
      heapBytesPerAgent: (m.heapUsed - before.heapUsed) / options.nodes,
      events: sim.events,
      pendingEvents: sim.kernel.pending,
    });
  };
  const observe = (sim) => {
    for (const at of options.atMs) sim.kernel.scheduleAt(at, weigh(sim));
    return () => ({});
  };
  fullGc();
  const before = process.memoryUsage();
  const lastAt = Math.max(...options.atMs);
  runScenario(scenario, { nodes: options.nodes, duration_ms: lastAt }, options.seed, { observe: [observe] });
  process.stdout.write(`${JSON.stringify({ nodes: options.nodes, heapUsedBefore: before.heapUsed, points })}\n`);
} else if (mode === 'actor') {
  const n = options.nodes;
  const input = { monitor: 'monitor', heartbeatMs: 1000, phaseMs: 500 };
  const keep = [];
  fullGc();
  const before = process.memoryUsage().heapUsed;
  if (options.variant === 'hosted') {
    const sim = createSimulation({ seed: 42 });
    for (let i = 1; i <= n; i++) sim.spawn(heartbeatAgentMachine, { id: `agent-${i}`, input: (env) => ({ ...input, phaseMs: env.rng.uniform(0, 1000) }) });
    keep.push(sim);
  } else {
    const kernel = new Kernel();
    const clock = createKernelClock(kernel);
    for (let i = 1; i <= n; i++) {
      const id = `agent-${i}`;
      const actor = createActor(heartbeatAgentMachine, { id, systemId: id, clock, input });
      if (options.variant === 'listeners') {
        actor.on('*', () => {});
        actor.subscribe({ next: () => {}, error: () => {} });
      }
      keep.push(actor.start());
    }
    keep.push(kernel);
  }
  fullGc();
  const after = process.memoryUsage().heapUsed;
  process.stdout.write(`${JSON.stringify({ nodes: n, variant: options.variant, heapBytesPerAgent: (after - before) / n, kept: keep.length })}\n`);
} else {
  throw new Error(`failureDetectionChild: unknown mode "${mode}" (run | heap | actor)`);
}
