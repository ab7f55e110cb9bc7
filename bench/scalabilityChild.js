/**
 * Child process of bench/scalability.js (run with `node --expose-gc`), so each measurement owns
 * its process: peak RSS (`process.resourceUsage().maxRSS`) belongs to one run only. Prints one
 * JSON object on stdout.
 *
 *   node --expose-gc bench/scalabilityChild.js run  '{"scenario":"large-scale-coordination","params":{"agents":1000},"seed":42}'
 *   node --expose-gc bench/scalabilityChild.js idle '{"agents":10000}'
 */
import { idleAgentMachine } from '../dist/actors/index.js';
import { createSimulation } from '../dist/engine/index.js';
import { getScenario, runScenario } from '../dist/scenarios/index.js';

const [mode, json] = process.argv.slice(2);
const options = JSON.parse(json ?? '{}');
const gc = globalThis.gc;
if (typeof gc !== 'function') throw new Error('scalabilityChild: run with node --expose-gc');
const fullGc = () => {
  gc();
  gc();
};

if (mode === 'run') {
  const scenario = getScenario(options.scenario);
  fullGc();
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const result = runScenario(scenario, options.params, options.seed);
  const wallMs = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  const failed = result.invariants.filter((i) => !i.holds && i.applicable !== false).map((i) => i.name);
  const pick = (name) => {
    const m = result.metrics[name];
    return m === undefined ? undefined : 'value' in m ? m.value : { count: m.count, mean: m.mean, p50: m.p50, p99: m.p99 };
  };
  process.stdout.write(
    `${JSON.stringify({
      scenario: options.scenario,
      params: options.params,
      events: result.events,
      wallMs,
      cpuMs: (cpu.user + cpu.system) / 1000,
      eventsPerSec: result.events / (wallMs / 1000),
      maxRssBytes: process.resourceUsage().maxRSS * 1024,
      traceHash: result.traceHash,
      failed,
      metrics: Object.fromEntries(Object.keys(result.metrics).map((k) => [k, pick(k)])),
    })}\n`,
  );
} else if (mode === 'idle') {
  // Heap of idle hosted actors: heap after a full GC with N idle actors, minus the same
  // simulation before spawning, divided by N. The simulation stays referenced throughout.
  const sim = createSimulation({ seed: 1 });
  const ids = Array.from({ length: options.agents }, (_, i) => `agent-${i + 1}`);
  fullGc();
  const before = process.memoryUsage().heapUsed;
  for (const id of ids) sim.spawn(idleAgentMachine, { id });
  fullGc();
  const after = process.memoryUsage().heapUsed;
  process.stdout.write(`${JSON.stringify({ agents: options.agents, heapBefore: before, heapAfter: after, bytesPerActor: (after - before) / options.agents, alive: sim.actor(ids[0]) !== null })}\n`);
} else {
  throw new Error(`scalabilityChild: unknown mode "${mode}" (run | idle)`);
}
