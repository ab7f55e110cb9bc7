/**
 * Collects statechart coverage while a simulation runs, from xstate's inspection API (each
 * `@xstate.microstep` names the transitions it took) and from the coverage points protocol cores
 * declare. It only observes — it records nothing in the trace — so the trace hash is unchanged.
 *
 * The host asks it, at each actor start, for an inspector and a {@link CoverageSink}; faults and
 * drops come from the simulation's signal stream, and each is paired with the state the affected
 * actor was in (the inputs of `explore --guided`).
 */
import type { AnyStateMachine, InspectionEvent, Observer } from 'xstate';
import type { CoveragePoints, CoverageSink, CoverageSpec, ObservedPoints } from './CoveragePoints.js';
import type { CoverageReport, MachineCoverage } from './CoverageReport.js';
import { machineModel, type MachineModel } from './machineModel.js';

/** What the host tells the collector about an actor it starts. */
export interface CoveredActor {
  readonly id: string;
  readonly node: string;
  readonly machine: AnyStateMachine;
}

/**
 * A coverage point one actor reached, and when: recorded (with {@link CoverageCollector.clock}
 * set) the 1st, 2nd, 4th and 16th time each actor takes each transition — AFL's hit-count
 * buckets — for `explore --guided`, which places faults right after such moments.
 */
export interface CoverageMoment {
  /** Virtual time, ms. */
  readonly at: number;
  /** Node of the actor. */
  readonly node: string;
  /** `machine|transition key` (as `explore`'s coverage keys). */
  readonly key: string;
}

/** The host's hooks (see ActorHost `coverage`). */
export interface HostCoverage {
  /** The inspection observer and core sink of an actor about to start. */
  attach(actor: CoveredActor): { inspect: Observer<InspectionEvent>; sink: CoverageSink };
}

interface Counts {
  readonly states: Map<string, number>;
  readonly transitions: Map<string, number>;
  readonly actors: Set<string>;
}

interface Core {
  readonly spec: CoverageSpec;
  readonly declared: ReadonlySet<string>;
  readonly counts: Counts;
  readonly undeclared: Map<string, [string, string, string]>;
  observer?: true;
}

interface ActorState {
  machine: string;
  value: string;
  readonly node: string;
  readonly roles: Map<string, string>;
}

interface StateNodeLike {
  readonly id: string;
}

interface ReenterLike {
  readonly reenter?: boolean;
  readonly target?: readonly StateNodeLike[];
}

/** Collects coverage of one simulation (see `Simulation.enableCoverage`). */
export class CoverageCollector implements HostCoverage {
  private readonly machines = new Map<AnyStateMachine, { model: MachineModel; name: string; counts: Counts }>();
  private readonly cores = new Map<string, Core>();
  private readonly actors = new Map<string, ActorState>();
  private readonly nodes = new Map<string, Set<string>>();
  private readonly faultStates = new Map<string, number>();
  private readonly momentList: CoverageMoment[] = [];
  /** Per actor and key: times taken (only while moments are recorded). */
  private readonly actorHits = new Map<string, number>();
  /**
   * The simulation's clock: when set, {@link moments} are recorded (off by default; observing
   * only, like the rest of the collector).
   */
  clock: (() => number) | undefined;

  /** {@inheritDoc HostCoverage.attach} */
  attach(actor: CoveredActor): { inspect: Observer<InspectionEvent>; sink: CoverageSink } {
    const entry = this.machine(actor.machine);
    entry.counts.actors.add(actor.id);
    let onNode = this.nodes.get(actor.node);
    if (onNode === undefined) this.nodes.set(actor.node, (onNode = new Set()));
    onNode.add(actor.id);
    const state: ActorState = { node: actor.node, machine: entry.name, value: entry.model.initial.join(','), roles: new Map() };
    this.actors.set(actor.id, state);
    const { model, counts } = entry;
    let config = new Set<string>();
    const enter = (path: string): void => void counts.states.set(path, (counts.states.get(path) ?? 0) + 1);
    const inspect: Observer<InspectionEvent> = {
      next: (e) => {
        if ((e.actorRef as { id?: string }).id !== actor.id) return;
        if (e.type === '@xstate.actor') {
          config = new Set(model.initial);
          model.initial.forEach(enter);
          return;
        }
        if (e.type !== '@xstate.microstep') return;
        const snapshot = e.snapshot as { value?: unknown; _nodes?: readonly StateNodeLike[] };
        const next = new Set<string>();
        for (const node of snapshot._nodes ?? []) {
          const path = model.pathOf.get(node.id);
          if (path !== undefined && path !== '(root)') next.add(path);
        }
        const reentered = new Set<string>();
        for (const t of (e as unknown as { _transitions: readonly ReenterLike[] })._transitions) {
          const m = model.byDefinition.get(t);
          if (m !== undefined) {
            counts.transitions.set(m.key, (counts.transitions.get(m.key) ?? 0) + 1);
            if (this.clock !== undefined) this.moment(actor, `${entry.name}|${m.key}`);
          }
          if (t.reenter) for (const target of t.target ?? []) reentered.add(model.pathOf.get(target.id) ?? '');
        }
        for (const path of next) if (!config.has(path) || reentered.has(path)) enter(path);
        config = next;
        state.value = typeof snapshot.value === 'string' ? snapshot.value : JSON.stringify(snapshot.value);
      },
    };
    const sink: CoverageSink = { points: (spec) => this.points(spec, actor, state) };
    return { inspect, sink };
  }

  /** Pairs a fault (or drop) that hit `actorIds` with the state each was in. */
  faultHit(kind: string, actorIds: Iterable<string>): void {
    for (const id of actorIds) {
      const s = this.actors.get(id);
      if (s === undefined) continue;
      this.bump(`${kind} @ ${s.machine}:${s.value}`);
      for (const [core, role] of s.roles) this.bump(`${kind} @ ${core}:${role}`);
    }
  }

  /** Actors started on `node` so far. */
  actorsOn(node: string): Iterable<string> {
    return this.nodes.get(node) ?? [];
  }

  /** The moments recorded so far, in time order (empty unless {@link clock} is set). */
  moments(): readonly CoverageMoment[] {
    return this.momentList;
  }

  /** The coverage so far, as plain data. */
  report(): CoverageReport {
    const machines: MachineCoverage[] = [];
    for (const { model, name, counts } of this.machines.values()) {
      machines.push({
        name,
        kind: 'machine',
        actors: counts.actors.size,
        states: model.states.map((s) => ({ name: s, count: counts.states.get(s) ?? 0 })),
        transitions: model.transitions.map((t) => ({ ...t, count: counts.transitions.get(t.key) ?? 0 })),
      });
    }
    for (const { spec, counts, undeclared, observer } of this.cores.values()) {
      machines.push({
        name: spec.name,
        kind: 'core',
        ...(observer ? { observer } : {}),
        actors: counts.actors.size,
        states: spec.states.map((s) => ({ name: s, count: counts.states.get(s) ?? 0 })),
        transitions: [
          ...spec.transitions.map(([from, to, cause]) => coreTransition(from, to, cause, counts.transitions.get(coreKey(from, to, cause)) ?? 0)),
          ...[...undeclared.values()].map(([from, to, cause]) => ({ ...coreTransition(from, to, cause, counts.transitions.get(coreKey(from, to, cause)) ?? 0), undeclared: true as const })),
        ],
      });
    }
    const faultStates = Object.fromEntries([...this.faultStates].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    return { schema: 'agentsim.coverage/1', runs: 1, machines, faultStates };
  }

  private machine(machine: AnyStateMachine): { model: MachineModel; name: string; counts: Counts } {
    let entry = this.machines.get(machine);
    if (entry === undefined) {
      const model = machineModel(machine);
      const taken = new Set([...this.machines.values()].map((m) => m.name));
      let name = model.id;
      for (let i = 2; taken.has(name); i++) name = `${model.id}#${i}`;
      entry = { model, name, counts: { states: new Map(), transitions: new Map(), actors: new Set() } };
      this.machines.set(machine, entry);
    }
    return entry;
  }

  /** Points `spec` declares for an observer of the whole system (see {@link ObservedPoints}). */
  observed(spec: CoverageSpec): ObservedPoints {
    const core = this.core(spec);
    core.observer = true;
    core.counts.actors.add(spec.name);
    // The system is in the first state from the start (an observer has no start of its own).
    if (spec.states[0] !== undefined && !core.counts.states.has(spec.states[0])) core.counts.states.set(spec.states[0], 1);
    return {
      enabled: true,
      hit: (node, from, to, cause) => {
        this.take(core, from, to, cause);
        if (this.clock !== undefined) this.moment({ id: `${spec.name}@${node}`, node }, `${spec.name}|${coreKey(from, to, cause)}`);
      },
    };
  }

  private core(spec: CoverageSpec): Core {
    let core = this.cores.get(spec.name);
    if (core === undefined) {
      const declared = new Set(spec.transitions.map(([from, to, cause]) => coreKey(from, to, cause)));
      core = { spec, declared, counts: { states: new Map(), transitions: new Map(), actors: new Set() }, undeclared: new Map() };
      this.cores.set(spec.name, core);
    }
    return core;
  }

  /** Counts `from --cause--> to` of `core`; its key. */
  private take(core: Core, from: string, to: string, cause: string): string {
    const { counts, undeclared } = core;
    const key = coreKey(from, to, cause);
    counts.transitions.set(key, (counts.transitions.get(key) ?? 0) + 1);
    if (from !== to) counts.states.set(to, (counts.states.get(to) ?? 0) + 1);
    if (!core.declared.has(key) && !undeclared.has(key)) undeclared.set(key, [from, to, cause]);
    return key;
  }

  private points(spec: CoverageSpec, actor: CoveredActor, state: ActorState): CoveragePoints {
    const core = this.core(spec);
    const { counts } = core;
    counts.actors.add(actor.id);
    const roles = spec.role === true ? state.roles : undefined;
    if (roles !== undefined && spec.states[0] !== undefined) {
      roles.set(spec.name, spec.states[0]);
      counts.states.set(spec.states[0], (counts.states.get(spec.states[0]) ?? 0) + 1);
    }
    return {
      enabled: true,
      hit: (from, to, cause) => {
        const key = this.take(core, from, to, cause);
        roles?.set(spec.name, to);
        if (this.clock !== undefined) this.moment(actor, `${spec.name}|${key}`);
      },
    };
  }

  private moment(actor: Pick<CoveredActor, 'id' | 'node'>, key: string): void {
    const id = `${actor.id}\u0000${key}`;
    const n = (this.actorHits.get(id) ?? 0) + 1;
    this.actorHits.set(id, n);
    if (n === 1 || n === 2 || n === 4 || n === 16) this.momentList.push({ at: this.clock!(), node: actor.node, key });
  }

  private bump(key: string): void {
    this.faultStates.set(key, (this.faultStates.get(key) ?? 0) + 1);
  }
}

function coreKey(from: string, to: string, cause: string): string {
  return `${from} --${cause}--> ${to}`;
}

function coreTransition(from: string, to: string, cause: string, count: number): MachineCoverage['transitions'][number] {
  return { key: coreKey(from, to, cause), source: from, event: cause, target: to, branch: 0, count };
}
