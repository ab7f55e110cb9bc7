/**
 * The coverage of one or more runs as plain data (`agentsim.coverage/1`): per machine (a hosted
 * XState machine, or a protocol core's declared points) every declared state and transition with
 * how often it was entered or taken, and the (fault kind, actor state) pairs seen.
 */
import type { TransitionModel } from './machineModel.js';

/** One state and how often it was entered. */
export interface StateCoverage {
  readonly name: string;
  readonly count: number;
}

/** One transition and how often it was taken. */
export interface TransitionCoverage extends TransitionModel {
  readonly count: number;
  /** Taken but not declared by the core's spec (a spec to fix). */
  readonly undeclared?: true;
}

/** Coverage of one machine or core. */
export interface MachineCoverage {
  readonly name: string;
  /** `machine`: an XState machine's definition; `core`: a protocol core's declared points. */
  readonly kind: 'machine' | 'core';
  /** Declared by an observer of the whole system: its points are an invariant's near misses. */
  readonly observer?: true;
  /** Actors that ran it (distinct ids). */
  readonly actors: number;
  readonly states: StateCoverage[];
  readonly transitions: TransitionCoverage[];
}

/** Coverage of a run, or of several merged. */
export interface CoverageReport {
  readonly schema: 'agentsim.coverage/1';
  /** Runs merged into this report. */
  readonly runs: number;
  readonly machines: MachineCoverage[];
  /**
   * `kind @ machine:state` → times a fault of that kind hit an actor's node (or a message to it
   * was dropped, kind `drop`) while the actor was in that state.
   */
  readonly faultStates: Record<string, number>;
}

/** Sums reports (machines matched by name and kind, points by name or key). */
export function mergeCoverage(reports: readonly CoverageReport[]): CoverageReport {
  const machines = new Map<string, { m: MachineCoverage; states: Map<string, StateCoverage>; transitions: Map<string, TransitionCoverage> }>();
  const faultStates: Record<string, number> = {};
  let runs = 0;
  for (const report of reports) {
    runs += report.runs;
    for (const [k, v] of Object.entries(report.faultStates)) faultStates[k] = (faultStates[k] ?? 0) + v;
    for (const m of report.machines) {
      const id = `${m.kind}:${m.name}`;
      let acc = machines.get(id);
      if (acc === undefined) {
        acc = { m: { ...m, states: [], transitions: [] }, states: new Map(), transitions: new Map() };
        machines.set(id, acc);
      } else acc.m = { ...acc.m, actors: Math.max(acc.m.actors, m.actors) };
      for (const s of m.states) acc.states.set(s.name, { name: s.name, count: (acc.states.get(s.name)?.count ?? 0) + s.count });
      for (const t of m.transitions) {
        const prior = acc.transitions.get(t.key);
        acc.transitions.set(t.key, { ...(prior ?? t), count: (prior?.count ?? 0) + t.count });
      }
    }
  }
  return {
    schema: 'agentsim.coverage/1',
    runs,
    machines: [...machines.values()].map(({ m, states, transitions }) => ({ ...m, states: [...states.values()], transitions: [...transitions.values()] })),
    faultStates: Object.fromEntries(Object.entries(faultStates).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
  };
}

/** Covered and declared counts of a machine's states and transitions (undeclared hits excluded). */
export function coverageTotals(m: MachineCoverage): { states: [covered: number, total: number]; transitions: [covered: number, total: number] } {
  const declared = m.transitions.filter((t) => !t.undeclared);
  return {
    states: [m.states.filter((s) => s.count > 0).length, m.states.length],
    transitions: [declared.filter((t) => t.count > 0).length, declared.length],
  };
}
