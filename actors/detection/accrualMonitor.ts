/**
 * An accrual failure detector monitor: records heartbeats in one arrival window per member and,
 * every `checkMs`, declares dead (signal `declared_dead`) each member whose phi reached the
 * threshold. `model: 'normal'` is Akka's phi accrual detector ({@link PhiAccrualWindow});
 * `model: 'exponential'` is Cassandra's ({@link ExponentialArrivalWindow}). A declared member
 * heard from again is announced with `declared_alive`.
 */
import { createSweepMonitor, type MonitorTable, type SweepMonitorInput } from './createSweepMonitor.js';
import { ExponentialArrivalWindow } from './ExponentialArrivalWindow.js';
import { PhiAccrualWindow } from './PhiAccrualWindow.js';

/** Parameters of both accrual models (each uses the ones it needs). */
export interface AccrualParams {
  threshold: number;
  maxSamples: number;
  /** Expected heartbeat interval: Akka's first estimate; Cassandra's initial value is twice it. */
  heartbeatMs: number;
  minStdMs: number;
  acceptablePauseMs: number;
}

/** Input of {@link accrualMonitorMachine}. */
export interface AccrualMonitorInput extends SweepMonitorInput {
  members: readonly string[];
  model: 'normal' | 'exponential';
  params: AccrualParams;
}

interface ArrivalWindow {
  heartbeat(now: number): void;
  isAvailable(now: number): boolean;
}

/** Arrival windows of all members plus the declared set, mutated in place. */
export class AccrualTable implements MonitorTable {
  private readonly windows = new Map<string, ArrivalWindow>();
  private readonly declared = new Set<string>();

  constructor(
    members: readonly string[],
    private readonly make: () => ArrivalWindow,
  ) {
    for (const m of members) this.windows.set(m, make());
  }

  /** Records a heartbeat; true when `member` had been declared dead (it came back). */
  beat(member: string, now: number): boolean {
    let w = this.windows.get(member);
    if (w === undefined) this.windows.set(member, (w = this.make()));
    w.heartbeat(now);
    return this.declared.delete(member);
  }

  /** Declares dead, and returns, every undeclared member that is no longer available. */
  expire(now: number): string[] {
    const out: string[] = [];
    for (const [member, w] of this.windows) {
      if (!this.declared.has(member) && !w.isAvailable(now)) out.push(member);
    }
    for (const m of out) this.declared.add(m);
    return out;
  }
}

/** Builds the arrival-window factory of a model. */
export function accrualWindowFactory(model: 'normal' | 'exponential', p: AccrualParams): () => ArrivalWindow {
  if (model === 'normal') {
    const options = { threshold: p.threshold, maxSamples: p.maxSamples, minStdMs: p.minStdMs, acceptablePauseMs: p.acceptablePauseMs, firstHeartbeatEstimateMs: p.heartbeatMs };
    return () => new PhiAccrualWindow(options);
  }
  const options = { threshold: p.threshold, maxSamples: p.maxSamples, initialMs: 2 * p.heartbeatMs, maxIntervalMs: 2 * p.heartbeatMs };
  return () => new ExponentialArrivalWindow(options);
}

/** Accrual (phi) failure detector with one periodic evaluation tick. */
export const accrualMonitorMachine = createSweepMonitor('accrual-monitor', (input: AccrualMonitorInput) => new AccrualTable(input.members, accrualWindowFactory(input.model, input.params)));
