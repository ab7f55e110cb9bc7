/**
 * Hosts XState v5 root actors on the kernel. Each actor gets an explicit id and systemId and a
 * clock that schedules on the kernel, so `after` transitions and delayed sends fire at exactly
 * their virtual due time. Actors live on nodes; crash, restart, pause and skew act on nodes.
 *
 * An actor error never escapes: it is recorded as a `fault` event (`actor-error`) and that actor
 * stops, as a crashed process would. Every root actor has an error observer for that reason —
 * without one xstate rethrows the error from a real `setTimeout` and the process dies.
 */
import { createActor, type AnyActorRef, type AnyStateMachine, type EventObject, type InputFrom } from 'xstate';
import type { XStateClock } from './time/createKernelClock.js';
import type { Kernel, TimerHandle } from './time/Kernel.js';
import { SEND, SIGNAL, type NetSendEvent, type PublishEvent } from './network/netSend.js';
import { InvalidDelayError } from './errors.js';
import { SelfTimers } from './SelfTimers.js';
import { HostedActor } from './HostedActor.js';
import { CANCEL_TIMER, TIMER, type CancelTimerEvent, type SelfTimerEvent } from './time/selfTimer.js';
import type { Rng } from './random/Rng.js';
import type { TraceKind } from './trace/TraceEvent.js';
import type { CoverageSink } from './coverage/CoveragePoints.js';
import type { HostCoverage } from './coverage/CoverageCollector.js';

/** What a hosted actor may use of the simulation: its identity, virtual time, its own stream. */
export interface ActorEnv {
  readonly id: string;
  readonly node: string;
  /** Current virtual time in ms. */
  now(): number;
  /** The actor's own random stream (`agent:ID`, re-derived on each restart). */
  readonly rng: Rng;
  /** Where protocol cores declare coverage points (absent when coverage is off). */
  readonly coverage?: CoverageSink;
  /**
   * Carries out `event` at once, exactly as if the machine had emitted it (`agentsim.send`,
   * `agentsim.signal`, `agentsim.timer`, `agentsim.cancel`). For a custom action on a hot path
   * (one per message): it skips `enqueueActions` and xstate's deferred emit. Call it only from
   * the actor's own actions; the effects happen in the order of the calls, before the snapshot
   * observers run, as emitted events do.
   */
  readonly emit: (event: HostedEmitted) => void;
}

/** What a hosted machine may emit (or hand to {@link ActorEnv.emit}). */
export type HostedEmitted = NetSendEvent | PublishEvent | SelfTimerEvent | CancelTimerEvent;

/** Options of {@link ActorHost.spawn}. */
export interface SpawnOptions<TInput = unknown> {
  /** Actor id, unique in the simulation; also its xstate `id` and `systemId`. */
  id: string;
  /** Node the actor lives on (default: its id). */
  node?: string;
  /** The machine's input, or a function of the actor's environment (called on every start). */
  input?: TInput | ((env: ActorEnv) => TInput);
  /** Role for the node resource model (default: the id without its trailing number). */
  role?: string;
}

/** One hosted actor, alive or not. */
export interface ActorRecord {
  readonly id: string;
  readonly node: string;
  readonly machine: AnyStateMachine;
  readonly options: SpawnOptions;
  /** The running actor, or null while its node is down or after an actor error. */
  actor: AnyActorRef | null;
  /** Bumped on every stop, so timers and messages addressed to an old incarnation are ignored. */
  incarnation: number;
  lastState: unknown;
  readonly clock: XStateClock;
}

/** A node's status. */
export interface NodeState {
  readonly id: string;
  up: boolean;
  paused: boolean;
  /** Timer durations are multiplied by this (clock skew). */
  rate: number;
  readonly actors: ActorRecord[];
  /** Work deferred while paused, run in order on resume. */
  deferred: (() => void)[];
}

/** What the host needs from its simulation. */
export interface HostContext {
  readonly kernel: Kernel;
  readonly rng: Rng;
  record(kind: TraceKind, src: string, dst: string, type: string, payload?: unknown): void;
  /** Sends through the network; `fromNode` is the sender's node when it is a hosted actor. */
  send(from: string, to: string, event: EventObject, fromNode?: string): void;
  /** The node resource model, when on: handling a message or a timer waits for its CPU time. */
  readonly cpu?: CpuHook;
}

/** What the host asks of the resource model (engine/resources/NodeResources). */
export interface CpuHook {
  /** Charges one piece of work of `actor`; returns the delay until it is handled (0: now). */
  admit(actor: ActorRecord): number;
  /** The work of an admit with a positive delay ran or was dropped. */
  release(actor: ActorRecord): void;
}

/** Starts, stops and feeds hosted actors. */
export class ActorHost {
  private readonly records = new Map<string, ActorRecord>();
  private readonly nodes = new Map<string, NodeState>();
  /** Timers that fell due on a paused node and wait for its resume (cancellable until then). */
  private readonly deferredTimers = new Set<TimerHandle>();
  /** Statechart coverage, when on (see `Simulation.enableCoverage`). */
  coverage: HostCoverage | null = null;

  constructor(private readonly ctx: HostContext) {}

  /** Registers and (if its node is up) starts an actor. */
  spawn<TMachine extends AnyStateMachine>(machine: TMachine, options: SpawnOptions<InputFrom<TMachine>>): ActorRecord {
    if (this.records.has(options.id)) throw new RangeError(`spawn: actor id "${options.id}" is already in use`);
    const node = this.node(options.node ?? options.id);
    const record = new HostedActor(this, options.id, node, machine, options);
    this.records.set(record.id, record);
    node.actors.push(record);
    if (node.up) this.start(record);
    return record;
  }

  /** The record of actor `id`. */
  get(id: string): ActorRecord | undefined {
    return this.records.get(id);
  }

  /** Every actor record, in spawn order. */
  all(): IterableIterator<ActorRecord> {
    return this.records.values();
  }

  /** The state of node `id`, created on first use. */
  node(id: string): NodeState {
    let node = this.nodes.get(id);
    if (node === undefined) {
      node = { id, up: true, paused: false, rate: 1, actors: [], deferred: NO_WORK };
      this.nodes.set(id, node);
    }
    return node;
  }

  /** Whether a node by that id has been seen. */
  hasNode(id: string): boolean {
    return this.nodes.has(id);
  }

  /** Whether actor `record`'s node is up and not paused (a message to it would be delivered now). */
  isRunning(record: ActorRecord): boolean {
    const node = (record as HostedActor).home;
    return node.up && !node.paused;
  }

  /** Delivers `event` to actor `to`; `onDeliver` runs just before, `onDrop` instead when it can't be. */
  deliver(to: ActorRecord, event: EventObject, onDeliver: () => void, onDrop: () => void, charged = false): void {
    const node = (to as HostedActor).home;
    if (!node.up || to.actor === null) return onDrop();
    if (node.paused) {
      const incarnation = to.incarnation;
      this.defer(node,() => (to.incarnation === incarnation ? this.deliver(to, event, onDeliver, onDrop, charged) : onDrop()));
      return;
    }
    const cpu = this.ctx.cpu;
    if (cpu !== undefined && !charged) {
      const wait = cpu.admit(to);
      if (wait > 0) {
        const incarnation = to.incarnation;
        this.ctx.kernel.schedule(wait, () => {
          cpu.release(to);
          if (to.incarnation === incarnation) this.deliver(to, event, onDeliver, onDrop, true);
          else onDrop();
        });
        return;
      }
    }
    onDeliver();
    to.actor.send(event);
  }

  /** Stops every actor on the node and marks it down. */
  crash(nodeId: string): void {
    const node = this.node(nodeId);
    node.up = false;
    node.paused = false;
    const work = node.deferred;
    node.deferred = NO_WORK;
    for (const record of node.actors) this.stop(record);
    // What waited on a paused node dies with it: each message's drop is recorded now, and each
    // held-back timer finds its incarnation gone.
    for (const fn of work) fn();
  }

  /** Brings a node back up with fresh actors (new incarnations, fresh input and random streams). */
  restart(nodeId: string): void {
    const node = this.node(nodeId);
    if (node.up) return;
    node.up = true;
    for (const record of node.actors) this.start(record);
  }

  /** Freezes a node: its deliveries and timers wait until {@link resume}. */
  pause(nodeId: string): void {
    const node = this.node(nodeId);
    if (node.up) node.paused = true;
  }

  /** Unfreezes a node and runs what waited, in order, at the current time. */
  resume(nodeId: string): void {
    const node = this.node(nodeId);
    if (!node.paused) return;
    node.paused = false;
    const work = node.deferred;
    node.deferred = NO_WORK;
    for (const fn of work) this.ctx.kernel.schedule(0, fn);
  }

  private start(record: ActorRecord): void {
    const { ctx } = this;
    const cov = this.coverage?.attach(record);
    // One handler for what the machine emits (a wildcard listener costs a Set less per actor
    // than one per type) and for what its actions hand to `env.emit` directly.
    const emitted = (e: HostedEmitted): void => {
      if (e.type === SEND) ctx.send(record.id, e.to, e.event, record.node);
      else if (e.type === SIGNAL) ctx.record('signal', record.id, record.id, e.name, e.data);
      else if (e.type === TIMER) this.setTimer(record as HostedActor, e);
      else if (e.type === CANCEL_TIMER) (record as HostedActor).timers?.cancel(e.id);
    };
    const env: ActorEnv = {
      id: record.id,
      node: record.node,
      now: () => ctx.kernel.now,
      rng: ctx.rng.fork(record.incarnation === 0 ? `actor:${record.id}` : `actor:${record.id}#${record.incarnation}`),
      ...(cov ? { coverage: cov.sink } : {}),
      emit: emitted,
    };
    const input = typeof record.options.input === 'function' ? (record.options.input as (e: ActorEnv) => unknown)(env) : record.options.input;
    const actor = createActor(record.machine, { id: record.id, systemId: record.id, input, clock: record.clock, ...(cov ? { inspect: cov.inspect } : {}) });
    record.actor = actor;
    record.lastState = undefined;
    actor.on('*', emitted);
    actor.subscribe(record as HostedActor);
    actor.start();
  }

  /** Sends `event` from hosted actor `record` to actor `to` through the network. */
  netSend(record: ActorRecord, to: string, event: EventObject): void {
    this.ctx.send(record.id, to, event, record.node);
  }

  /** Records a state change of a hosted actor (its snapshot observer). */
  stateChanged(record: ActorRecord, value: unknown): void {
    if (value === record.lastState || sameStateValue(value, record.lastState)) return;
    record.lastState = value;
    this.ctx.record('state', record.id, record.id, typeof value === 'string' ? value : (JSON.stringify(value) ?? 'undefined'));
  }

  /** Turns an actor error into a fault event; the actor is then down, as a crashed process. */
  failed(record: ActorRecord, err: unknown): void {
    if (record.actor === null) return;
    this.ctx.record('fault', record.id, record.id, 'actor-error', { message: err instanceof Error ? err.message : String(err) });
    clearTimers(record);
    record.incarnation++;
    record.actor = null;
  }

  private setTimer(record: HostedActor, e: SelfTimerEvent): void {
    try {
      (record.timers ??= new SelfTimers(record)).set(e);
    } catch (err) {
      this.failed(record, err);
    }
  }

  private stop(record: ActorRecord): void {
    clearTimers(record);
    record.incarnation++;
    const actor = record.actor;
    record.actor = null;
    actor?.stop();
  }

  /** Cancels a timer set through an actor's clock. */
  clearTimer(handle: TimerHandle): void {
    // A timer that fell due on a paused node has left the kernel and waits in the node's deferred
    // work; cancel it there. (Every other failed cancel is a timer that already ran.)
    if (!this.ctx.kernel.cancel(handle)) this.deferredTimers.delete(handle);
  }

  private defer(node: NodeState, work: () => void): void {
    if (node.deferred === NO_WORK) node.deferred = [];
    node.deferred.push(work);
  }

  /**
   * {@link scheduleTimer} for a periodic timer whose kernel event `handle` is the one running now:
   * the kernel re-schedules that event and its callback (same due time and order as a new timer,
   * no allocation). From a deferred or CPU-delayed firing it schedules a new one.
   */
  rescheduleTimer(record: ActorRecord, handle: TimerHandle, callback: () => void, ms: number): TimerHandle {
    return this.ctx.kernel.reschedule(handle, this.skewed(record, ms)) ?? this.scheduleTimer(record, callback, ms);
  }

  /** Schedules an actor timer's kernel event, scaled by skew; `callback` must check {@link due}. */
  scheduleTimer(record: ActorRecord, callback: () => void, ms: number): TimerHandle {
    return this.ctx.kernel.schedule(this.skewed(record, ms), callback);
  }

  private skewed(record: ActorRecord, ms: number): number {
    const delay = ms * (record as HostedActor).home.rate;
    // Thrown inside the actor's transition, so it becomes this actor's `actor-error` fault.
    if (!(delay >= 0) || delay === Infinity) throw new InvalidDelayError(`actor "${record.id}"`, delay);
    return delay;
  }

  /**
   * Whether an actor timer of `incarnation` (kernel event `handle`) that fell due may run now;
   * records its `timer` event when so. A stale timer is dropped; on a paused node, or while the
   * resource model makes it wait for a core, it is held back (cancellable meanwhile) and `again`
   * runs it later.
   */
  due(record: ActorRecord, incarnation: number, handle: TimerHandle, charged: boolean, again: (charged?: boolean) => void): boolean {
    if (record.incarnation !== incarnation) return false;
    const node = (record as HostedActor).home;
    if (node.paused) {
      this.deferredTimers.add(handle);
      this.defer(node, () => void (this.deferredTimers.delete(handle) && again(charged)));
      return false;
    }
    const cpu = this.ctx.cpu;
    const wait = cpu === undefined || charged ? 0 : cpu.admit(record);
    if (wait > 0) {
      this.deferredTimers.add(handle);
      this.ctx.kernel.schedule(wait, () => {
        cpu!.release(record);
        if (this.deferredTimers.delete(handle)) again(true);
      });
      return false;
    }
    this.ctx.record('timer', record.id, record.id, 'timer');
    return true;
  }

  /** Sets a timer for an actor's clock: on the kernel, scaled by skew, held back by a pause. */
  timer(record: ActorRecord, fn: () => void, ms: number): TimerHandle {
    const incarnation = record.incarnation;
    const fire = (charged?: boolean): void => {
      if (this.due(record, incarnation, handle, charged === true, fire)) fn();
    };
    const handle = this.scheduleTimer(record, fire, ms);
    return handle;
  }
}

/**
 * Whether two xstate state values are equal (strings, or objects of them nested), without
 * serialising them: a parallel or stateless machine's value is a new object on every snapshot.
 */
function sameStateValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  let n = 0;
  for (const key in a) {
    if (!sameStateValue((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key])) return false;
    n++;
  }
  for (const _ in b) n--;
  return n === 0;
}

/** Cancels an actor's host-driven timers (it stopped). */
function clearTimers(record: ActorRecord): void {
  const hosted = record as HostedActor;
  hosted.timers?.clear();
  hosted.timers = undefined;
}

/** Shared empty work list: most nodes are never paused, so they need no array of their own. */
const NO_WORK: (() => void)[] = [];
