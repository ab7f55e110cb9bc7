/**
 * One node's view of the cluster membership, for gossip: the members it knows and the "hot"
 * ones — learned in the last `retransmit` rounds — that it still passes on.
 *
 * Ten thousand nodes each holding a 10,000-entry set would take gigabytes, so a view is a shared,
 * read-only base (the membership every initial member starts with) plus the members this node
 * learned itself. Views are class instances mutated in place in the node's context.
 */

/** A read-only membership several views share. */
export interface MemberBase {
  readonly list: readonly string[];
  readonly set: ReadonlySet<string>;
}

/** An empty base, for nodes that start knowing no one. */
export const EMPTY_BASE: MemberBase = { list: [], set: new Set() };

/** Known members and hot updates of one node. */
export class MemberView {
  private readonly extraList: string[] = [];
  private readonly extraSet = new Set<string>();
  /** Hot member → round number it stops being passed on (Infinity: never). */
  private readonly hot = new Map<string, number>();

  /**
   * @param retransmit - rounds an update stays hot after it is learned (0: forever)
   */
  constructor(
    readonly self: string,
    private readonly base: MemberBase,
    private readonly retransmit: number,
  ) {}

  /** Number of members known, self included when known. */
  get size(): number {
    return this.base.list.length + this.extraList.length;
  }

  /** Whether `member` is known. */
  knows(member: string): boolean {
    return this.base.set.has(member) || this.extraSet.has(member);
  }

  /** Adds `member` (hot from `round` on); true when it was new. */
  learn(member: string, round: number): boolean {
    if (this.knows(member)) return false;
    this.extraList.push(member);
    this.extraSet.add(member);
    this.hot.set(member, this.retransmit > 0 ? round + this.retransmit : Infinity);
    return true;
  }

  /** Hot updates at `round` (expired ones are dropped). */
  hotUpdates(round: number): string[] {
    const out: string[] = [];
    for (const [member, until] of this.hot) {
      if (round >= until) this.hot.delete(member);
      else out.push(member);
    }
    return out;
  }

  /** Every known member (for a full-state transfer to a joining node). */
  all(): string[] {
    return [...this.base.list, ...this.extraList];
  }

  /** Up to `k` distinct known members other than self, uniformly (`random` in [0, 1)). */
  targets(k: number, random: () => number): string[] {
    const n = this.size;
    const others = this.knows(this.self) ? n - 1 : n;
    const want = Math.min(k, others);
    const out: string[] = [];
    while (out.length < want) {
      const i = Math.floor(random() * n);
      const m = i < this.base.list.length ? this.base.list[i]! : this.extraList[i - this.base.list.length]!;
      if (m !== this.self && !out.includes(m)) out.push(m);
    }
    return out;
  }
}
