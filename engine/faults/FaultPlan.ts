/**
 * Fault plans: data describing what goes wrong and when, part of a run's input like the seed.
 * Targets are node ids (an actor spawned without `node` lives on a node named after itself).
 *
 * - `crash` / `restart`: stop every actor on the nodes / start them fresh.
 * - `pause` / `resume`: gray failure; a paused node's messages and timers wait until it resumes.
 * - `partition`: a cut (`targets` isolated from the rest, or explicit `groups`); `heal` removes
 *   the cut named `id`, or all cuts.
 * - `loss`: message loss `rate` for the targets (or everywhere); rate 0 ends it.
 * - `skew`: the targets' clocks run at `rate` (2 = timers take twice as long), in [0.001, 1000].
 *
 * Bounds: `at` is in [0, 86 400 000] (one virtual day, the longest scenario duration); a skew rate
 * outside [0.001, 1000] would let timers fire ~never or ~continuously. A partition lists each node
 * once across its groups, and its id is not in use by an earlier partition still in force.
 */
import { z } from 'zod';
import { UsageError } from '../errors.js';

/** The latest time a fault may be planned at: one virtual day. */
export const MAX_FAULT_TIME_MS = 86_400_000;
/** The range of a skew fault's rate. */
export const SKEW_RATE_RANGE = [0.001, 1000] as const;

const time = z.number().finite().nonnegative().max(MAX_FAULT_TIME_MS);
const targets = z.array(z.string().min(1)).min(1);

const faultSchema = z.discriminatedUnion('kind', [
  z.strictObject({ at: time, kind: z.enum(['crash', 'restart', 'pause', 'resume']), targets }),
  z.strictObject({
    at: time,
    kind: z.literal('partition'),
    id: z.string().optional(),
    targets: targets.optional(),
    groups: z.array(targets).min(1).optional(),
  }),
  z.strictObject({ at: time, kind: z.literal('heal'), id: z.string().optional() }),
  z.strictObject({ at: time, kind: z.literal('loss'), rate: z.number().min(0).max(1), targets: targets.optional() }),
  z.strictObject({ at: time, kind: z.literal('skew'), rate: z.number().min(SKEW_RATE_RANGE[0]).max(SKEW_RATE_RANGE[1]), targets }),
]);

/** One injected fault. */
export type Fault = z.infer<typeof faultSchema>;
/** The kinds of fault. */
export type FaultKind = Fault['kind'];
/** A fault plan: faults in any order (they are applied by time, then by position). */
export type FaultPlan = readonly Fault[];

const planSchema = z.array(faultSchema);

/**
 * Validates a parsed JSON value as a fault plan.
 * @throws UsageError naming the first bad entry, e.g. `faults[2].at: expected number`
 */
export function parseFaultPlan(value: unknown, name = 'faults'): Fault[] {
  const result = planSchema.safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const path = issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('');
    throw new UsageError(`${name}${path}: ${issue.message}`);
  }
  for (const [i, fault] of result.data.entries()) {
    if (fault.kind === 'partition' && (fault.targets === undefined) === (fault.groups === undefined)) {
      throw new UsageError(`${name}[${i}]: a partition needs exactly one of "targets" or "groups"`);
    }
    if (fault.kind === 'partition') {
      const seen = new Set<string>();
      for (const node of partitionGroups(fault).flat()) {
        if (seen.has(node)) throw new UsageError(`${name}[${i}]: node "${node}" is listed twice in the partition (a node belongs to one group)`);
        seen.add(node);
      }
    }
  }
  checkPartitionIds(result.data, name);
  return result.data;
}

/** A partition id may be reused only after a heal removed the cut it named; a heal names a cut in force. */
function checkPartitionIds(plan: readonly Fault[], name: string): void {
  const active = new Map<string, number>();
  const ordered = plan.map((fault, i) => ({ fault, i })).sort((a, b) => a.fault.at - b.fault.at || a.i - b.i);
  for (const { fault, i } of ordered) {
    if (fault.kind === 'heal') {
      if (fault.id === undefined) active.clear();
      else if (!active.delete(fault.id)) {
        const inForce = [...active.keys()].map((id) => `"${id}"`).join(', ') || 'none';
        throw new UsageError(`${name}[${i}]: heal of partition "${fault.id}", which is not in force at ${fault.at} ms (in force then: ${inForce})`);
      }
    } else if (fault.kind === 'partition') {
      const id = fault.id ?? `p${fault.at}`;
      const earlier = active.get(id);
      if (earlier !== undefined) throw new UsageError(`${name}[${i}]: partition id "${id}" is already in use by ${name}[${earlier}], not healed by then (give each cut its own id)`);
      active.set(id, i);
    }
  }
}

/** The groups a partition fault cuts the network into. */
export function partitionGroups(fault: Extract<Fault, { kind: 'partition' }>): string[][] {
  return fault.groups ?? [fault.targets ?? []];
}
