/**
 * Fault plans: data describing what goes wrong and when, part of a run's input like the seed.
 * Targets are node ids (an actor spawned without `node` lives on a node named after itself).
 *
 * - `crash` / `restart`: stop every actor on the nodes / start them fresh.
 * - `pause` / `resume`: gray failure; a paused node's messages and timers wait until it resumes.
 * - `partition`: a cut (`targets` isolated from the rest, or explicit `groups`); `heal` removes
 *   the cut named `id`, or all cuts.
 * - `loss`: message loss `rate` for the targets (or everywhere); rate 0 ends it.
 * - `skew`: the targets' clocks run at `rate` (2 = timers take twice as long).
 */
import { z } from 'zod';
import { UsageError } from '../errors.js';

const time = z.number().finite().nonnegative();
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
  z.strictObject({ at: time, kind: z.literal('skew'), rate: z.number().positive().finite(), targets }),
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
  }
  return result.data;
}

/** The groups a partition fault cuts the network into. */
export function partitionGroups(fault: Extract<Fault, { kind: 'partition' }>): string[][] {
  return fault.groups ?? [fault.targets ?? []];
}
