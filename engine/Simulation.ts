/**
 * A simulation: one kernel, one seeded RNG, the network, the actor host, the fault injector,
 * the trace and the `signals$` stream, wired together. This is the library's entry point.
 *
 * Everything observable goes through {@link Simulation.record}: it appends the canonical trace
 * line (so the hash covers it) and, only when someone subscribed, emits the signal.
 */
import type { Observable } from 'rxjs';
import type { AnyActorRef, AnyStateMachine, EventObject, InputFrom } from 'xstate';
import { ActorHost, type ActorRecord, type SpawnOptions } from './ActorHost.js';
import { CoverageCollector } from './coverage/CoverageCollector.js';
import { NO_OBSERVED_POINTS, type CoverageSpec, type ObservedPoints } from './coverage/CoveragePoints.js';
import { FaultInjector } from './faults/FaultInjector.js';
import { Kernel } from './time/Kernel.js';
import { KernelScheduler } from './time/KernelScheduler.js';
import { Network, type NetworkOptions } from './network/Network.js';
import { NodeResources, type ResourceOptions } from './resources/NodeResources.js';
import { Rng } from './random/Rng.js';
import { SignalHub } from './trace/SignalHub.js';
import type { Signal, TraceKind } from './trace/TraceEvent.js';
import { TRACE_SCHEMA, TraceRecorder, type TraceHeader, type TraceRecorderOptions } from './trace/TraceRecorder.js';
import { VERSION } from './version.js';

/** Options of {@link createSimulation}. */
export interface SimulationOptions {
  /** The run's seed; every random number in the run derives from it. */
  seed: number;
  /** The simulated network (default: `exp:5` latency, no loss). */
  network?: NetworkOptions;
  /** Stop a runaway run after this many events (default 50 million). */
  maxEvents?: number;
  /** The node resource model (cores, CPU time per message/timer, modelled memory); off when absent. */
  resources?: ResourceOptions;
  /** Trace header fields (scenario, params) and where the trace text goes. */
  trace?: TraceRecorderOptions & { scenario?: string; params?: Record<string, unknown>; faults?: readonly unknown[]; bugs?: readonly string[]; module?: TraceHeader['module'] };
}

/** What a finished run reports. */
export interface RunSummary {
  readonly traceHash: string;
  readonly events: number;
  readonly virtualTimeMs: number;
}

/** Creates a simulation. See docs/library.md for a complete example. */
export function createSimulation(options: SimulationOptions): Simulation {
  return new Simulation(options);
}

/** A deterministic simulation of actors on a network. Build with {@link createSimulation}. */
export class Simulation {
  readonly kernel: Kernel;
  readonly rng: Rng;
  readonly network: Network;
  /** RxJS scheduler on virtual time: pass it to `timer`, `interval`, `bufferTime`, … */
  readonly scheduler: KernelScheduler;
  /** Injects faults now, at a time, or from a plan. */
  readonly faults: FaultInjector;
  /** Every recorded event, as it happens. */
  readonly signals$: Observable<Signal>;

  /**
   * Recorded events of the given kinds only: cheaper than filtering `signals$` by kind, because
   * no event object is built for a kind nobody asked for. Subscribers of both are called in
   * subscription order.
   */
  signalsOf(...kinds: TraceKind[]): Observable<Signal> {
    return this.hub.of(...kinds);
  }
  readonly seed: number;
  /** The node resource model, when the simulation was created with `resources`. */
  readonly resources: NodeResources | undefined;
  private readonly host: ActorHost;
  private readonly trace: TraceRecorder;
  private readonly hub = new SignalHub();
  private summary: RunSummary | undefined;

  constructor(options: SimulationOptions) {
    this.seed = options.seed;
    this.kernel = new Kernel({ maxEvents: options.maxEvents ?? 50_000_000 });
    this.rng = new Rng(options.seed);
    this.network = new Network(options.network ?? {}, this.rng.fork('network'));
    this.scheduler = new KernelScheduler(this.kernel);
    this.signals$ = this.hub.all;
    const header: TraceHeader = {
      schema: TRACE_SCHEMA,
      agentsim: VERSION,
      scenario: options.trace?.scenario ?? 'custom',
      params: options.trace?.params ?? {},
      seed: options.seed,
      ...(options.trace?.faults?.length ? { faults: options.trace.faults } : {}),
      ...(options.trace?.bugs?.length ? { bugs: options.trace.bugs } : {}),
      ...(options.trace?.module ? { module: options.trace.module } : {}),
    };
    this.trace = new TraceRecorder(header, options.trace);
    this.resources = options.resources === undefined ? undefined : new NodeResources(options.resources, () => this.kernel.now, this.rng.fork('resources'), () => this.host.all());
    this.host = new ActorHost({
      kernel: this.kernel,
      rng: this.rng,
      record: (kind, src, dst, type, payload) => this.record(kind, src, dst, type, payload),
      send: (from, to, event, fromNode) => this.sendFrom(from, fromNode, to, event),
      ...(this.resources ? { cpu: this.resources } : {}),
    });
    this.faults = new FaultInjector(this.kernel, this.host, this.network, (fault, targets) => {
      if (fault.kind === 'crash') for (const node of fault.targets) this.resources?.crashed(node);
      return this.record('fault', 'env', targets, fault.kind, fault);
    });
  }

  /**
   * Turns statechart coverage on and returns its collector (idempotent). Call it before spawning:
   * an actor started earlier is covered from its next restart. It only observes (no trace change).
   * A scenario that runs simulations of its own inside a run passes the run's
   * {@link coverageCollector} as `shared`, so their actors count in the run's coverage.
   */
  enableCoverage(shared?: CoverageCollector): CoverageCollector {
    const existing = this.coverageCollector;
    if (existing !== undefined) return existing;
    const collector = shared ?? new CoverageCollector();
    this.host.coverage = collector;
    this.signals$.subscribe((s) => {
      if (s.kind === 'drop') collector.faultHit('drop', [s.dst]);
      else if (s.kind === 'fault' && s.src === 'env' && s.dst !== '') {
        for (const node of s.dst.split(',')) collector.faultHit(s.type, collector.actorsOn(node));
      }
    });
    return collector;
  }

  /** The coverage collector while coverage is on, else undefined. */
  get coverageCollector(): CoverageCollector | undefined {
    return this.host.coverage instanceof CoverageCollector ? this.host.coverage : undefined;
  }

  /**
   * Coverage points an observer of the whole system declares (an invariant's near-miss states,
   * see {@link ObservedPoints}), or the no-op when coverage is off. Observers ask when they are
   * built, which is after `enableCoverage` when a run collects coverage.
   */
  observedPoints(spec: CoverageSpec): ObservedPoints {
    return this.coverageCollector?.observed(spec) ?? NO_OBSERVED_POINTS;
  }

  /** Current virtual time in ms. */
  get now(): number {
    return this.kernel.now;
  }

  /** Events recorded so far. */
  get events(): number {
    return this.trace.events;
  }

  /** Starts an XState machine as a root actor on the simulation. */
  spawn<TMachine extends AnyStateMachine>(machine: TMachine, options: SpawnOptions<InputFrom<TMachine>>): ActorRecord {
    return this.host.spawn(machine, options);
  }

  /** The running actor `id`, or null when it is down or unknown. */
  actor(id: string): AnyActorRef | null {
    return this.host.get(id)?.actor ?? null;
  }

  /** The node actor `id` lives on, or undefined for an unknown actor. */
  nodeOf(actorId: string): string | undefined {
    return this.host.get(actorId)?.node;
  }

  /** Whether node `id` is up (false when crashed or unknown). */
  isUp(nodeId: string): boolean {
    return this.host.hasNode(nodeId) && this.host.node(nodeId).up;
  }

  /** Sends `event` from `from` to actor `to` through the network (latency, loss, partitions). */
  send(from: string, to: string, event: EventObject): void {
    this.sendFrom(from, undefined, to, event);
  }

  /** {@link send} with the sender's node when the caller knows it (a hosted actor's message). */
  private sendFrom(from: string, fromNode: string | undefined, to: string, event: EventObject): void {
    const seq = this.record('send', from, to, event.type, event);
    const target = this.host.get(to);
    if (target === undefined) {
      this.record('drop', from, to, event.type, { reason: 'unknown-actor' }, seq);
      return;
    }
    const srcNode = fromNode ?? this.host.get(from)?.node ?? from;
    const route = this.network.route(srcNode, target.node);
    if (typeof route === 'string') {
      this.record('drop', from, to, event.type, { reason: route }, seq);
      return;
    }
    const deliver = (): void => this.deliverMessage(target, from, to, event, seq);
    this.kernel.schedule(route, deliver);
    const dup = this.network.duplicateDelay(srcNode, target.node);
    if (dup !== undefined) this.kernel.schedule(dup, deliver);
  }

  private deliverMessage(target: ActorRecord, from: string, to: string, event: EventObject, seq: number): void {
    // The common case (node up, not paused, no CPU to wait for) without the host's callbacks; the
    // host handles the rest.
    if (this.resources === undefined && target.actor !== null && this.host.isRunning(target)) {
      this.record('deliver', from, to, event.type, undefined, seq);
      target.actor.send(event);
      return;
    }
    this.host.deliver(
      target,
      event,
      () => this.record('deliver', from, to, event.type, undefined, seq),
      () => this.record('drop', from, to, event.type, { reason: 'crashed' }, seq),
    );
  }

  /** Delivers `event` to actor `to` now, from outside the network (e.g. a workload generator). */
  inject(to: string, event: EventObject, from = 'env'): void {
    const target = this.host.get(to);
    if (target === undefined) return void this.record('drop', from, to, event.type, { reason: 'unknown-actor' });
    // The common case without the host's callbacks, as in deliverMessage.
    if (this.resources === undefined && target.actor !== null && this.host.isRunning(target)) {
      this.record('deliver', from, to, event.type, event);
      target.actor.send(event);
      return;
    }
    this.host.deliver(
      target,
      event,
      () => void this.record('deliver', from, to, event.type, event),
      () => void this.record('drop', from, to, event.type, { reason: 'crashed' }),
    );
  }

  /** Publishes a signal (an observation or metric sample) from `src`. */
  publish(src: string, name: string, data?: unknown): void {
    this.record('signal', src, src, name, data);
  }

  /** Runs until virtual time `until` (ms), or until nothing is pending when omitted. */
  run(options: { until?: number } = {}): this {
    if (options.until === undefined) this.kernel.runUntilIdle();
    else this.kernel.runUntil(options.until);
    return this;
  }

  /**
   * Runs at most `budget` events of {@link run} with the same options; true when that run is
   * complete. Repeated calls process the same events in the same order as one `run`.
   */
  runSome(options: { until?: number }, budget: number): boolean {
    return this.kernel.runSome(options.until, budget);
  }

  /** Ends the run: flushes the trace and returns its fingerprint. Idempotent. */
  finish(): RunSummary {
    if (this.summary === undefined) {
      this.summary = { traceHash: this.trace.finish(), events: this.trace.events, virtualTimeMs: this.kernel.now };
      this.hub.complete();
    }
    return this.summary;
  }

  /** The run's fingerprint (16 hex digits, see `Fingerprint`); reading it ends the run (see {@link finish}). */
  get traceHash(): string {
    return this.finish().traceHash;
  }

  /** The rolling hash of the trace so far (changes with every event). */
  get rollingHash(): string {
    return this.trace.rollingHash;
  }

  /** Rolling hashes after every `CHECKPOINT_EVERY` events, to locate where two runs diverge. */
  get checkpoints(): string[] {
    return this.trace.checkpoints;
  }

  /** Trace lines kept in memory (only with `trace.keepLines`). */
  get traceLines(): readonly string[] {
    return this.trace.lines;
  }

  /** Records one event in the trace and, if anyone listens, on `signals$`. Returns its seq. */
  record(kind: TraceKind, src: string, dst: string, type: string, payload?: unknown, ref?: number): number {
    const time = this.kernel.now;
    const seq = this.trace.record(time, kind, src, dst, type, payload, ref);
    if (this.hub.wants(kind)) this.hub.next({ time, seq, kind, src, dst, type, payload, ref });
    return seq;
  }
}
