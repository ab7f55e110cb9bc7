/**
 * Applies faults to the host (crash, restart, pause, resume, skew) and the network (partition,
 * heal, loss), now or at a virtual time. Each fault is recorded as a `fault` event before it
 * takes effect, so the trace shows the cause before its consequences.
 */
import type { ActorHost } from '../ActorHost.js';
import { UsageError } from '../errors.js';
import { partitionGroups, type Fault, type FaultPlan } from './FaultPlan.js';
import type { Kernel } from '../time/Kernel.js';
import type { Network } from '../network/Network.js';

/** Fluent fault scheduling at one virtual time: `sim.faults.at(20_000).crash('n17')`. */
export interface FaultsAt {
  /** Continues the chain at another time. */
  at(time: number): FaultsAt;
  crash(...targets: string[]): FaultsAt;
  restart(...targets: string[]): FaultsAt;
  pause(...targets: string[]): FaultsAt;
  resume(...targets: string[]): FaultsAt;
  /** Isolates `targets` from everyone else (as cut `id`, default `p<time>`). */
  partition(targets: string[], id?: string): FaultsAt;
  /** Heals cut `id`, or every cut. */
  heal(id?: string): FaultsAt;
  /** Sets the loss rate for messages from/to `targets`, or everywhere. */
  loss(rate: number, targets?: string[]): FaultsAt;
  /** Makes the targets' timers run `rate` times slower. */
  skew(rate: number, targets: string[]): FaultsAt;
}

/** Schedules and applies faults. */
export class FaultInjector {
  private readonly log: Fault[] = [];

  constructor(
    private readonly kernel: Kernel,
    private readonly host: ActorHost,
    private readonly network: Network,
    private readonly onFault: (fault: Fault, targets: string) => void,
  ) {}

  /** Faults applied so far, in order. */
  get applied(): readonly Fault[] {
    return this.log;
  }

  /** Schedules every fault of a plan; targets must name nodes that exist now. */
  plan(plan: FaultPlan, name = 'faults'): void {
    plan.forEach((fault, i) => {
      const targets = fault.kind === 'partition' ? partitionGroups(fault).flat() : 'targets' in fault ? (fault.targets ?? []) : [];
      for (const t of targets) {
        if (!this.host.hasNode(t)) throw new UsageError(`${name}[${i}].targets: unknown node "${t}"`);
      }
    });
    const ordered = plan.map((fault, i) => ({ fault, i })).sort((a, b) => a.fault.at - b.fault.at || a.i - b.i);
    for (const { fault } of ordered) this.schedule(fault);
  }

  /** Schedules one fault at its `at` time. */
  schedule(fault: Fault): void {
    this.kernel.scheduleAt(fault.at, () => this.apply(fault));
  }

  /** Builder for faults at virtual time `time`. */
  at(time: number): FaultsAt {
    const add = (fault: Fault): FaultsAt => {
      this.schedule(fault);
      return builder;
    };
    const builder: FaultsAt = {
      at: (next) => this.at(next),
      crash: (...targets) => add({ at: time, kind: 'crash', targets }),
      restart: (...targets) => add({ at: time, kind: 'restart', targets }),
      pause: (...targets) => add({ at: time, kind: 'pause', targets }),
      resume: (...targets) => add({ at: time, kind: 'resume', targets }),
      partition: (targets, id) => add({ at: time, kind: 'partition', targets, id: id ?? `p${time}` }),
      heal: (id) => add(id === undefined ? { at: time, kind: 'heal' } : { at: time, kind: 'heal', id }),
      loss: (rate, targets) => add(targets === undefined ? { at: time, kind: 'loss', rate } : { at: time, kind: 'loss', rate, targets }),
      skew: (rate, targets) => add({ at: time, kind: 'skew', rate, targets }),
    };
    return builder;
  }

  /** Applies a fault now (its `at` is ignored). */
  apply(fault: Fault): void {
    const targets = fault.kind === 'partition' ? partitionGroups(fault) : 'targets' in fault ? (fault.targets ?? []) : [];
    this.onFault(fault, targets.join(','));
    this.log.push(fault);
    const host = this.host;
    switch (fault.kind) {
      case 'crash':
        return fault.targets.forEach((t) => host.crash(t));
      case 'restart':
        return fault.targets.forEach((t) => host.restart(t));
      case 'pause':
        return fault.targets.forEach((t) => host.pause(t));
      case 'resume':
        return fault.targets.forEach((t) => host.resume(t));
      case 'skew':
        return fault.targets.forEach((t) => void (host.node(t).rate = fault.rate));
      case 'partition':
        return this.network.partition(fault.id ?? `p${fault.at}`, partitionGroups(fault));
      case 'heal':
        return this.network.heal(fault.id);
      case 'loss':
        return this.network.setLoss(fault.rate, fault.targets);
    }
  }
}
