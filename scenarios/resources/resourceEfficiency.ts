/**
 * `resource-efficiency`: the seed's memory scenarios (agents/variables 0/0, 10/20, 50/100,
 * 200/500, 1000/2000). Each of `cycles` cycles builds a fresh inner simulation with `agents`
 * variable-using agents and `variables` variable actors, runs `operations` random reads and
 * writes through the network, and discards it — repeated runs in one process.
 *
 * The deterministic part (the outer trace: one `re.cycle` signal per cycle with the inner run's
 * event count and trace hash; `events_count`, `messages_count`) is a pure function of the seed.
 * When the caller injects a {@link ProcessProbe} (the CLI does), the run also reports real
 * measurements of the process, all named `process_*` and all scalars (never samples, which would
 * be published into the trace): heap per agent and per variable (heap after a full GC, before
 * and after spawning them), peak heap while running, heap growth per cycle after discarding
 * (the leak check) and CPU time per simulated event. These vary from run to run; the trace hash
 * does not.
 *
 * With `resources=on` each inner simulation runs on the node resource model and the run reports
 * the modelled footprints `memory_per_agent_bytes` and `memory_per_variable_bytes` (per actor, as
 * each cycle ends): the platform's memory as modelled, which is what the seed's targets are about
 * — the `process_*` figures are the simulator's own heap and are never compared with them.
 */
import { filter } from 'rxjs';
import { median } from 'simple-statistics';
import { boundedVariableMachine, variableClientMachine } from '../../actors/index.js';
import { createSimulation } from '../../engine/index.js';
import { defineScenario } from '../core/defineScenario.js';
import { int, oneOf } from '../core/params.js';
import { resourceOptions } from '../core/resourceParams.js';

const CYCLE_MS = 1000;

/** The `resource-efficiency` scenario. */
export const resourceEfficiency = defineScenario({
  name: 'resource-efficiency',
  summary: 'agents and variables built, exercised and discarded in repeated cycles; heap per agent/variable, peak, leak, CPU per event (process measurements)',
  params: {
    preset: oneOf(['custom', 'baseline', 'small', 'medium', 'large', 'enterprise'] as const, 'custom', 'agents/variables: baseline 0/0, small 10/20, medium 50/100, large 200/500, enterprise 1000/2000'),
    agents: int(50, 0, 1_000_000, 'agents (each an actor reading and tuning variables)'),
    variables: int(100, 0, 1_000_000, 'variables (each an actor holding a bounded number)'),
    operations: int(1000, 0, 10_000_000, 'reads and writes per cycle, from random agents to random variables'),
    cycles: int(3, 1, 1000, 'build-run-discard cycles in one process (the leak check compares them)'),
  },
  presets: {
    baseline: { agents: 0, variables: 0 },
    small: { agents: 10, variables: 20 },
    medium: { agents: 50, variables: 100 },
    large: { agents: 200, variables: 500 },
    enterprise: { agents: 1000, variables: 2000 },
  },
  build({ sim, params: p, metrics, probe }) {
    const perAgent: number[] = [];
    const perVariable: number[] = [];
    const setup: number[] = [];
    const after: number[] = [];
    const model = resourceOptions('resource-efficiency', p);
    const modelAgent: number[] = [];
    const modelVariable: number[] = [];
    let peak = 0;
    let cpu = 0;
    let events = 0;
    let messages = 0;

    const cycle = (k: number): void => {
      const h0 = probe?.heapUsed(true) ?? 0;
      let inner: ReturnType<typeof createSimulation> | undefined = createSimulation({
        seed: sim.rng.fork(`cycle:${k}`).nextUint32(),
        network: { latency: 'exp:1' },
        ...(model ? { resources: model } : {}),
      });
      const coverage = sim.coverageCollector;
      if (coverage !== undefined) inner.enableCoverage(coverage);
      const agents = Array.from({ length: p.agents }, (_, i) => `agent-${i + 1}`);
      const variables = Array.from({ length: p.variables }, (_, i) => `var-${i + 1}`);
      for (const id of agents) inner.spawn(variableClientMachine, { id });
      const hA = probe?.heapUsed(true) ?? 0;
      for (const id of variables) inner.spawn(boundedVariableMachine, { id, input: { value: 0.5, min: 0, max: 1 } });
      const hV = probe?.heapUsed(true) ?? 0;
      if (p.agents > 0) perAgent.push((hA - h0) / p.agents);
      if (p.variables > 0) perVariable.push((hV - hA) / p.variables);
      setup.push(hV - h0);

      let sends = 0;
      inner.signalsOf('send').pipe(filter((s) => s.kind === 'send')).subscribe(() => void sends++);
      const rng = inner.rng.fork('workload');
      const ops = agents.length > 0 && variables.length > 0 ? p.operations : 0;
      for (let i = 0; i < ops; i++) {
        const use = rng.chance(0.5) ? { type: 'var.use', variable: rng.pick(variables), value: rng.next() } : { type: 'var.use', variable: rng.pick(variables) };
        const agent = rng.pick(agents);
        inner.kernel.scheduleAt(i, () => inner!.inject(agent, use));
      }
      const cpu0 = probe?.cpuMs() ?? 0;
      const chunk = Math.max(1, Math.ceil(ops / 20));
      for (let t = chunk; t < ops + chunk; t += chunk) {
        inner.run({ until: t });
        if (probe) peak = Math.max(peak, probe.heapUsed(false));
      }
      inner.run();
      cpu += (probe?.cpuMs() ?? 0) - cpu0;
      if (inner.resources) {
        // The modelled footprint of each agent and variable as the cycle ends (what they hold).
        for (const m of inner.resources.readMemory()) (m.role === 'agent' ? modelAgent : modelVariable).push(m.bytes);
      }
      const summary = inner.finish();
      events += summary.events;
      messages += sends;
      sim.publish('resource-efficiency', 're.cycle', { cycle: k, events: summary.events, traceHash: summary.traceHash });
      inner = undefined;
      after.push(probe?.heapUsed(true) ?? 0);
    };
    for (let k = 0; k < p.cycles; k++) sim.kernel.scheduleAt(k * CYCLE_MS, () => cycle(k));

    return {
      durationMs: p.cycles * CYCLE_MS,
      finish() {
        metrics.set('events_count', events);
        metrics.set('messages_count', messages);
        if (model !== undefined) {
          if (p.agents > 0) metrics.distribution('memory_per_agent_bytes', modelAgent, 'bytes');
          if (p.variables > 0) metrics.distribution('memory_per_variable_bytes', modelVariable, 'bytes');
        }
        if (probe === undefined) return;
        const mean = (xs: number[]): number => (xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length);
        // Median over cycles: V8 sweeps concurrently, so one cycle's reading can be off by megabytes.
        if (p.agents > 0) metrics.set('process_heap_per_agent_bytes', Math.round(median(perAgent)), 'bytes');
        if (p.variables > 0) metrics.set('process_heap_per_variable_bytes', Math.round(median(perVariable)), 'bytes');
        metrics.set('process_setup_heap_bytes', Math.round(mean(setup)), 'bytes');
        metrics.set('process_peak_heap_bytes', peak, 'bytes');
        metrics.set('process_heap_growth_per_cycle_bytes', after.length > 1 ? Math.round((after.at(-1)! - after[0]!) / (after.length - 1)) : 0, 'bytes');
        metrics.set('process_cpu_per_event_ms', events === 0 ? 0 : cpu / events, 'ms');
        metrics.set('process_gc_available_count', probe.gcAvailable ? 1 : 0);
      },
    };
  },
});
