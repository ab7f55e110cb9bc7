/**
 * The modelled memory of actors: a declared base per role plus what the actor holds — every
 * element of a Map, Set or array reachable from its XState context (table entries, sample
 * windows, log entries, member lists) costs `entryBytes`, and every message queued for it on its
 * node's CPU costs `messageBytes`. A node's memory is the sum over its actors.
 *
 * Holdings are counted by walking the context: plain objects and class instances are descended
 * into (their primitive fields are part of the base), collections count their size. Large
 * collections are not walked element by element: the first {@link SAMPLE} elements are, and
 * their mean nested size is extrapolated, so a reading costs O(actors) whatever the table sizes.
 * Each object is counted once per reading (a roster shared by every member belongs to the first
 * actor that reaches it), so node sums do not double-count shared structures.
 */

/** What the memory model needs to know of one actor. */
export interface MemoryActor {
  readonly id: string;
  readonly node: string;
  readonly role: string;
  /** The actor's XState context, or undefined when it is down. */
  context(): unknown;
  /** Messages queued for it on its node's CPU. */
  readonly queued: number;
}

/** Sizes of the model. */
export interface MemorySizes {
  /** Base bytes of an actor of `role`. */
  baseOf(role: string): number;
  readonly entryBytes: number;
  readonly messageBytes: number;
}

/** One actor's modelled footprint at a reading. */
export interface ActorMemory {
  readonly id: string;
  readonly node: string;
  readonly role: string;
  readonly bytes: number;
  readonly entries: number;
}

/** Elements walked per collection before extrapolating. */
const SAMPLE = 8;
/** Nesting followed below an actor's context. */
const DEPTH = 6;

/** Reads the modelled footprint of actors. */
export class MemoryModel {
  constructor(private readonly sizes: MemorySizes) {}

  /** Every live actor's footprint now (down actors hold nothing and are left out). */
  read(actors: Iterable<MemoryActor>): ActorMemory[] {
    const seen = new WeakSet<object>();
    const out: ActorMemory[] = [];
    for (const a of actors) {
      const context = a.context();
      if (context === undefined) continue;
      const entries = Math.round(countEntries(context, DEPTH, seen));
      const bytes = this.sizes.baseOf(a.role) + entries * this.sizes.entryBytes + a.queued * this.sizes.messageBytes;
      out.push({ id: a.id, node: a.node, role: a.role, bytes, entries });
    }
    return out;
  }
}

/** Collection elements reachable from `value` (extrapolated for large collections). */
export function countEntries(value: unknown, depth: number, seen: WeakSet<object>): number {
  if (value === null || typeof value !== 'object' || depth < 0 || seen.has(value)) return 0;
  seen.add(value);
  if (ArrayBuffer.isView(value)) return (value as unknown as { length?: number }).length ?? 0;
  if (value instanceof Map) return value.size + nested(value.values(), value.size, depth, seen) + nested(value.keys(), value.size, depth, seen);
  if (value instanceof Set || Array.isArray(value)) {
    const size = value instanceof Set ? value.size : value.length;
    return size + nested(value.values(), size, depth, seen);
  }
  let n = 0;
  for (const key of Object.keys(value)) n += countEntries((value as Record<string, unknown>)[key], depth - 1, seen);
  return n;
}

function nested(values: Iterator<unknown>, size: number, depth: number, seen: WeakSet<object>): number {
  let walked = 0;
  let sum = 0;
  for (let r = values.next(); !r.done && walked < SAMPLE; r = values.next()) {
    walked++;
    const v = r.value;
    if (v !== null && typeof v === 'object') sum += countEntries(v, depth - 1, seen);
  }
  return walked === 0 ? 0 : (sum / walked) * size;
}
