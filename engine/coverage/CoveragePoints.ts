/**
 * Coverage points of a protocol core: the plain classes (RaftCore, SwimProtocol, …) that hold a
 * protocol's real states while their host machines stay thin. A core declares its states and
 * transitions once ({@link CoverageSpec}) and calls `hit(from, to, cause)` on the
 * {@link CoveragePoints} its actor's environment hands it; with coverage off that object is a
 * shared no-op, so the call costs one empty method call.
 */

/** The states and transitions a core declares, so coverage can report x of y. */
export interface CoverageSpec {
  /** Name shown in reports (e.g. `raft`); one spec per name. */
  readonly name: string;
  readonly states: readonly string[];
  /** `[from, to, cause]`: a role change, or a message-handling branch (often `from === to`). */
  readonly transitions: readonly (readonly [from: string, to: string, cause: string])[];
  /**
   * True when the core's state is the actor's own role (Raft's follower/candidate/leader), so
   * fault-state pairs use it; false for views of other members (SWIM's alive/suspect/dead).
   */
  readonly role?: boolean;
}

/** What a core calls. */
export interface CoveragePoints {
  /** False for the no-op (lets a core skip building arguments). */
  readonly enabled: boolean;
  /** Transition `from --cause--> to` was taken (its target state is entered). */
  hit(from: string, to: string, cause: string): void;
}

/** Hands each actor's cores their coverage points ({@link ActorEnv.coverage}). */
export interface CoverageSink {
  points(spec: CoverageSpec): CoveragePoints;
}

/** The no-op points (coverage off). */
export const NO_COVERAGE_POINTS: CoveragePoints = { enabled: false, hit() {} };

/**
 * What an observer calls — a scenario's invariant tracker, which sees every node at once: points
 * of the whole system, each placed on the node it happened at (where `explore --guided` aims its
 * next fault). An invariant declares its near-miss states this way (IJON's state annotations):
 * the state one step before a violation, which a correct protocol can reach too.
 */
export interface ObservedPoints {
  /** False for the no-op. */
  readonly enabled: boolean;
  /** Transition `from --cause--> to` was taken, on `node`. */
  hit(node: string, from: string, to: string, cause: string): void;
}

/** The no-op observed points (coverage off). */
export const NO_OBSERVED_POINTS: ObservedPoints = { enabled: false, hit() {} };

/** The points of `spec` from an actor's sink, or the no-op when coverage is off. */
export function coveragePoints(sink: CoverageSink | undefined, spec: CoverageSpec): CoveragePoints {
  return sink === undefined ? NO_COVERAGE_POINTS : sink.points(spec);
}
