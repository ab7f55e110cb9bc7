/**
 * Last-heard times of monitored members, kept in a Map ordered by last heartbeat (a heartbeat
 * deletes and re-inserts its key). A sweep therefore walks only the expired prefix: O(expired),
 * not O(members), which is what lets one monitor watch 10,000 agents with one periodic timer.
 *
 * Monitors keep one table in their context and mutate it in place: copying a 10,000-entry map
 * on every heartbeat would make each heartbeat O(n).
 */
export class HeartbeatTable {
  private readonly lastSeen = new Map<string, number>();
  private readonly declared = new Set<string>();

  constructor(members: readonly string[], now: number) {
    for (const m of members) this.lastSeen.set(m, now);
  }

  /** Records a heartbeat; returns true when `member` had been declared dead (it came back). */
  beat(member: string, now: number): boolean {
    this.lastSeen.delete(member);
    this.lastSeen.set(member, now);
    return this.declared.delete(member);
  }

  /** Declares dead, and returns, every member silent for at least `timeoutMs`. */
  expire(now: number, timeoutMs: number): string[] {
    const expired: string[] = [];
    for (const [member, seen] of this.lastSeen) {
      if (now - seen < timeoutMs) break;
      expired.push(member);
    }
    for (const member of expired) {
      this.lastSeen.delete(member);
      this.declared.add(member);
    }
    return expired;
  }

  /** Whether `member` is currently declared dead. */
  isDeclared(member: string): boolean {
    return this.declared.has(member);
  }

  /** Members currently believed alive. */
  get alive(): number {
    return this.lastSeen.size;
  }
}
