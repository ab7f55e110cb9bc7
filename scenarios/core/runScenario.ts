/**
 * `runScenario(definition, params, seed)`: the pure function from inputs to a result. Same
 * (scenario, params, seed, faults, agentsim version) ⇒ same result and the same trace hash,
 * whatever the process, worker or machine.
 */
import { createSimulation, UsageError, VERSION, type Fault, type FaultPlan, type Simulation, type TraceRecorderOptions } from '../../engine/index.js';
import type { AnyScenario, InvariantResult } from './defineScenario.js';
import { Metrics, type Metric } from './Metrics.js';
import type { ProcessProbe } from './ProcessProbe.js';
import { watchNoDeliveryToCrashed } from './invariants/noDeliveryToCrashed.js';
import { headerParams, resolveParams } from './params.js';
import { reportResources } from './reportResources.js';
import { resourceOptions, withResourceParams } from './resourceParams.js';

/** Options of {@link runScenario}. */
export interface RunOptions extends TraceRecorderOptions {
  /** A fault plan applied on top of the scenario's own faults. */
  faults?: FaultPlan;
  /** Stop a runaway run after this many events. */
  maxEvents?: number;
  /**
   * Test-only: deliberately broken variants to switch on (names from the scenario's `bugs`),
   * used to prove that invariants and `explore` catch real bugs.
   */
  bugs?: readonly string[];
  /** Reads heap and CPU time for scenarios that report resource use (the CLI passes one). */
  probe?: ProcessProbe;
  /**
   * Observers attached before the world is built (e.g. analysis's monitor and series
   * collector). Each may subscribe to `sim.signals$` and schedule kernel callbacks that only
   * read; it returns a function called after the run whose fields are merged into the result.
   * Observers must not record events, so the trace hash is unchanged.
   */
  observe?: readonly ((sim: Simulation) => () => RunResultExtras)[];
  /**
   * Reads an input file a parameter names (e.g. `arrival=trace:FILE` of `load-balancing`) as
   * text. Injected so scenarios stay free of I/O; the CLI passes a reader of local files.
   */
  readInput?: (path: string) => string;
  /** For a scenario loaded from a module file: recorded in the trace header so a replay can check it. */
  module?: { readonly path: string; readonly sha256: string };
}

/** Optional fields that observers add to a result (absent by default, to keep results small). */
export interface RunResultExtras {
  /** Periodic samples and alerts from a monitor (see analysis `createMonitor`). */
  monitor?: unknown;
  /** Raw samples and time series for charts (see analysis `collectSeries`). */
  series?: unknown;
  /** Statechart coverage (see analysis `coverageObserver`). */
  coverage?: unknown;
}

/** The result of one run (DESIGN.md `agentsim.result/1`, without `wallMs`, which the CLI adds). */
export interface RunResult {
  readonly schema: 'agentsim.result/1';
  readonly agentsim: string;
  readonly scenario: string;
  readonly seed: number;
  readonly params: Record<string, unknown>;
  readonly virtualTimeMs: number;
  readonly events: number;
  wallMs?: number;
  readonly traceHash: string;
  readonly metrics: Record<string, Metric>;
  readonly invariants: InvariantResult[];
  /** Every fault injected, from the plan and from the scenario, in order. */
  readonly faults: readonly Fault[];
  /** Test-only bug variants that were switched on (absent when none). */
  readonly bugs?: readonly string[];
  readonly monitor?: unknown;
  readonly series?: unknown;
  readonly coverage?: unknown;
}

/**
 * Runs one scenario.
 * @param params - user values (strings or JSON values); defaults fill the rest
 * @throws UsageError for bad parameters or a fault plan naming unknown nodes
 */
export function runScenario(definition: AnyScenario, params: Record<string, unknown>, seed: number, options: RunOptions = {}): RunResult {
  const started = startScenario(definition, params, seed, options);
  started.sim.run(started.until === undefined ? {} : { until: started.until });
  return started.finish();
}

/** A scenario whose world is built and whose simulation has not run yet (see {@link startScenario}). */
export interface StartedScenario {
  /** The simulation to run: `sim.run({ until })`, or `sim.runSome({ until }, n)` until it returns true. */
  readonly sim: Simulation;
  /** Virtual time to run to (undefined: until nothing is pending). */
  readonly until: number | undefined;
  /** After the simulation ran: the result (what {@link runScenario} returns). */
  finish(): RunResult;
}

/**
 * The first half of {@link runScenario}: validates the parameters and builds the world. The
 * caller runs `sim` to `until` (in slices if it wants to yield to other work in between, which
 * changes nothing in the trace) and then calls `finish()`.
 */
export function startScenario(definition: AnyScenario, params: Record<string, unknown>, seed: number, options: RunOptions = {}): StartedScenario {
  const specs = withResourceParams(definition.params);
  const resolved = resolveParams(definition.name, specs, params, definition.presets);
  definition.validate?.(resolved);
  const resources = resourceOptions(definition.name, resolved);
  const sim = createSimulation({
    seed,
    network: definition.network?.(resolved),
    maxEvents: options.maxEvents,
    ...(resources ? { resources } : {}),
    // Quiet parameters at their default (the resource model's, later additions) stay out of the
    // header, so traces recorded before they existed keep their hashes.
    trace: { ...options, scenario: definition.name, params: headerParams(specs, resolved), faults: options.faults, bugs: options.bugs },
  });
  const metrics = new Metrics((name, value) => sim.publish('metrics', name, value));
  for (const bug of options.bugs ?? []) {
    if (!definition.bugs?.includes(bug)) throw new UsageError(`${definition.name}: unknown bug variant "${bug}" (known: ${definition.bugs?.join(', ') || 'none'})`);
  }
  const observers = (options.observe ?? []).map((observe) => observe(sim));
  const delivery = watchNoDeliveryToCrashed(sim);
  const readInput =
    options.readInput ??
    ((path: string): string => {
      throw new UsageError(`${definition.name}: cannot read input file "${path}" (no readInput was given to runScenario; the CLI provides one)`);
    });
  const world = definition.build({ sim, params: resolved, metrics, bugs: new Set(options.bugs ?? []), readInput, ...(options.probe ? { probe: options.probe } : {}) });
  if (options.faults) sim.faults.plan(options.faults);
  return { sim, until: world.durationMs, finish: () => finishScenario(definition, seed, options, { sim, world, metrics, observers, delivery, resolved }) };
}

function finishScenario(
  definition: AnyScenario,
  seed: number,
  options: RunOptions,
  run: { sim: Simulation; world: ReturnType<AnyScenario['build']>; metrics: Metrics; observers: (() => RunResultExtras)[]; delivery: ReturnType<typeof watchNoDeliveryToCrashed>; resolved: Record<string, unknown> },
): RunResult {
  const { sim, world, metrics, observers, delivery, resolved } = run;
  world.finish?.();
  if (sim.resources) reportResources(sim.resources.report(), metrics, world.usefulWork?.());
  const extras: RunResultExtras = Object.assign({}, ...observers.map((collect) => collect()));
  const summary = sim.finish();
  return {
    schema: 'agentsim.result/1',
    agentsim: VERSION,
    scenario: definition.name,
    seed,
    params: resolved,
    virtualTimeMs: summary.virtualTimeMs,
    events: summary.events,
    traceHash: summary.traceHash,
    metrics: metrics.summarize(),
    invariants: [...(world.invariants?.() ?? []), delivery.result()],
    faults: sim.faults.applied,
    ...(options.bugs?.length ? { bugs: [...options.bugs] } : {}),
    ...extras,
  };
}

