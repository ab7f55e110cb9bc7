/**
 * A fixed-timeout failure detector: records heartbeats and, every `checkMs`, declares dead each
 * member silent for `timeoutMs` (signal `declared_dead`). A member heard from again after being
 * declared is announced with `declared_alive`.
 */
import { createSweepMonitor, type SweepMonitorInput } from './createSweepMonitor.js';
import { HeartbeatTable } from './HeartbeatTable.js';

/** Input of {@link healthMonitorMachine}. */
export interface HealthMonitorInput extends SweepMonitorInput {
  /** Ids of the members to watch (each counts as heard at start). */
  members: readonly string[];
  timeoutMs: number;
}

/** Timeout failure detector with one periodic sweep. */
export const healthMonitorMachine = createSweepMonitor('health-monitor', (input: HealthMonitorInput) => {
  const table = new HeartbeatTable(input.members, input.env.now());
  return { beat: (member, now) => table.beat(member, now), expire: (now) => table.expire(now, input.timeoutMs) };
});
