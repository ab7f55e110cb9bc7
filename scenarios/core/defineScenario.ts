/**
 * What a scenario is: named, typed parameters (with presets), the network it runs on, and a
 * `build` step that populates a simulation and says how long to run and what to report.
 */
import type { FaultKind, NetworkOptions, Simulation } from '../../engine/index.js';
import type { Metrics } from './Metrics.js';
import type { ProcessProbe } from './ProcessProbe.js';
import type { ParamSpecs, ParamsOf } from './params.js';
import { withResourceParams } from './resourceParams.js';

/** The verdict of one invariant over a run. */
export interface InvariantResult {
  readonly name: string;
  readonly holds: boolean;
  readonly violations: number;
  /** False when the run's conditions do not promise the property (e.g. accuracy under loss). */
  readonly applicable?: boolean;
  /** The first violation, described. */
  readonly example?: string;
}

/** What `build` returns. */
export interface ScenarioWorld {
  /**
   * Virtual time to run until, in ms. Omit it for a finite workload: the run then lasts until
   * nothing is pending (the `maxEvents` guard still stops a runaway model).
   */
  readonly durationMs?: number;
  /** Called after the run to finalise metrics (`metrics` is the run's collector). */
  finish?(): void;
  /** Invariant verdicts, computed after the run. */
  invariants?(): InvariantResult[];
  /**
   * Useful coordination work done in the run (e.g. commands committed), read after `finish`.
   * With the resource model on, the run reports `work_per_cpu_s`: this ÷ modelled CPU seconds.
   */
  usefulWork?(): number;
}

/** The context `build` receives. */
export interface BuildContext<P> {
  readonly sim: Simulation;
  readonly params: P;
  readonly metrics: Metrics;
  /**
   * Deliberately broken behaviours switched on for this run (test-only; see `RunOptions.bugs`).
   * Scenarios pass them to their actors, e.g. `bugs.has('detector-never-suspects')`.
   */
  readonly bugs: ReadonlySet<string>;
  /**
   * Reads an input file named by a parameter (e.g. `arrival=trace:FILE`) as text. Scenarios never
   * touch the file system: the caller injects the reader (`RunOptions.readInput`; the CLI passes
   * one); without it this throws a UsageError naming the path.
   */
  readonly readInput: (path: string) => string;
  /**
   * Reads the process's heap and CPU time (`RunOptions.probe`; the CLI's `run` passes one), for
   * scenarios that report resource use. Absent in plain library runs. Values must only reach
   * scalar metrics, never the trace (see ProcessProbe).
   */
  readonly probe?: ProcessProbe;
}

/** A numeric parameter explore draws from `[min, max]` and shrinks toward `min`. */
export interface ExploreRange<P> {
  readonly param: keyof P & string;
  readonly min: number;
  readonly max: number;
}

/**
 * What `agentsim explore` may generate for a scenario: the conditions under which its invariants
 * are promised (e.g. which nodes may crash without making a violation legitimate).
 */
export interface ExploreHints<P> {
  /** The parameter counting agents or nodes (shrunk toward fewest). */
  readonly size?: ExploreRange<P>;
  /** The parameter setting how long the run lasts (shrunk toward the earliest end). */
  readonly duration?: ExploreRange<P>;
  /** Parameter values fixed while exploring (e.g. no scenario-generated crashes). */
  readonly params?: Partial<P>;
  /** Nodes that faults may target, for resolved parameters (none: only seeds and sizes vary). */
  targets?(params: P): string[];
  /** Fault kinds to generate (default crash and restart), or a function of the parameters. */
  readonly faults?: readonly FaultKind[] | ((params: P) => readonly FaultKind[]);
  /** Virtual time over which faults are spread (default: the duration parameter's value). */
  horizonMs?(params: P): number;
}

/** A scenario definition. */
export interface ScenarioDefinition<S extends ParamSpecs = ParamSpecs> {
  readonly name: string;
  /** One line for `agentsim list`. */
  readonly summary: string;
  readonly params: S;
  /** Named parameter sets selectable with `--set preset=NAME`. */
  readonly presets?: Record<string, Partial<ParamsOf<S>>>;
  /** Cross-parameter checks; throw UsageError naming the keys. */
  validate?(params: ParamsOf<S>): void;
  /** The network the world runs on (default: the engine's). */
  network?(params: ParamsOf<S>): NetworkOptions;
  /** Names of the deliberately broken variants this scenario supports (test-only switch). */
  readonly bugs?: readonly string[];
  /** How `agentsim explore` may vary this scenario (without it, explore varies only the seed). */
  readonly explore?: ExploreHints<ParamsOf<S>>;
  /** Populates the simulation. */
  build(ctx: BuildContext<ParamsOf<S>>): ScenarioWorld;
}

/**
 * Declares a scenario: fixes the parameter types and adds the node resource model's parameters
 * (`resources`, `cores`, `cpu_ms`, … — see resourceParams.ts) to its own.
 */
export function defineScenario<S extends ParamSpecs>(definition: ScenarioDefinition<S>): ScenarioDefinition<S> {
  return { ...definition, params: withResourceParams(definition.params) };
}

/** A scenario of any parameter shape. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyScenario = ScenarioDefinition<any>;
