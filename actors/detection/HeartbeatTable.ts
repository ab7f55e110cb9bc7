/**
 * Last-heard times of monitored members, kept in order of last heartbeat (a heartbeat moves its
 * member to the end). A sweep therefore walks only the expired prefix: O(expired), not
 * O(members), which is what lets one monitor watch 10,000 agents with one periodic timer.
 *
 * The order is a doubly linked list over typed arrays indexed by member number, so a heartbeat
 * allocates nothing: a Map re-inserted on every heartbeat (delete + set) leaves a hole per beat
 * and rebuilds its whole table every few thousand beats.
 *
 * Monitors keep one table in their context and mutate it in place: copying a 10,000-entry map
 * on every heartbeat would make each heartbeat O(n).
 */

const NONE = -1;

/** Heartbeat times in last-heard order, mutated in place. */
export class HeartbeatTable {
  /** Member id → its slot in the arrays below (slots are never freed). */
  private readonly slot = new Map<string, number>();
  private readonly names: string[] = [];
  private seen = new Float64Array(0);
  private prev = new Int32Array(0);
  private next = new Int32Array(0);
  /** Whether the slot is in the list (heard, not declared dead). */
  private listed = new Uint8Array(0);
  private head = NONE;
  private tail = NONE;
  private size = 0;
  private readonly declared = new Set<string>();

  constructor(members: readonly string[], now: number) {
    this.grow(members.length);
    for (const m of members) {
      const i = this.slotOf(m);
      // As `Map.set`: a repeated member keeps its place.
      if (this.listed[i] === 1) this.seen[i] = now;
      else this.append(i, now);
    }
  }

  /** Records a heartbeat; returns true when `member` had been declared dead (it came back). */
  beat(member: string, now: number): boolean {
    const i = this.slotOf(member);
    if (this.listed[i] === 1) this.unlink(i);
    this.append(i, now);
    return this.declared.size > 0 && this.declared.delete(member);
  }

  /** Declares dead, and returns, every member silent for at least `timeoutMs`. */
  expire(now: number, timeoutMs: number): string[] {
    const expired: string[] = [];
    while (this.head !== NONE && now - this.seen[this.head]! >= timeoutMs) {
      const i = this.head;
      this.unlink(i);
      expired.push(this.names[i]!);
      this.declared.add(this.names[i]!);
    }
    return expired;
  }

  /** Whether `member` is currently declared dead. */
  isDeclared(member: string): boolean {
    return this.declared.has(member);
  }

  /** Members currently believed alive. */
  get alive(): number {
    return this.size;
  }

  private slotOf(member: string): number {
    let i = this.slot.get(member);
    if (i === undefined) {
      i = this.names.length;
      if (i === this.seen.length) this.grow(Math.max(16, 2 * i));
      this.names.push(member);
      this.slot.set(member, i);
    }
    return i;
  }

  private append(i: number, now: number): void {
    this.seen[i] = now;
    this.prev[i] = this.tail;
    this.next[i] = NONE;
    if (this.tail === NONE) this.head = i;
    else this.next[this.tail] = i;
    this.tail = i;
    this.listed[i] = 1;
    this.size++;
  }

  private unlink(i: number): void {
    const p = this.prev[i]!;
    const n = this.next[i]!;
    if (p === NONE) this.head = n;
    else this.next[p] = n;
    if (n === NONE) this.tail = p;
    else this.prev[n] = p;
    this.listed[i] = 0;
    this.size--;
  }

  private grow(capacity: number): void {
    if (capacity <= this.seen.length) return;
    const seen = new Float64Array(capacity);
    seen.set(this.seen);
    const prev = new Int32Array(capacity);
    prev.set(this.prev);
    const next = new Int32Array(capacity);
    next.set(this.next);
    const listed = new Uint8Array(capacity);
    listed.set(this.listed);
    this.seen = seen;
    this.prev = prev;
    this.next = next;
    this.listed = listed;
  }
}
