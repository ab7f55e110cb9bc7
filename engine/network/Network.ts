/**
 * The simulated network: per-message latency from a distribution, loss, duplication, and
 * partitions. Reordering is not a separate knob: it follows from independent random latencies.
 *
 * Everything here is O(1) per message at any cluster size. A partition is a *cut*: it assigns
 * some nodes to numbered sides and every other node to side 0; two nodes can talk iff they are
 * on the same side of every active cut. There is never an all-pairs link table.
 */
import { parseDistribution, type Distribution } from '../random/Distribution.js';
import { UsageError } from '../errors.js';
import type { DropReason } from '../trace/TraceEvent.js';
import type { Rng } from '../random/Rng.js';

/** Options of the simulated network. Distributions may be given as strings (`exp:5`). */
export interface NetworkOptions {
  /** Latency between different nodes (default `exp:5`). */
  latency?: string | Distribution;
  /** Latency between actors on the same node (default `const:0`); never lost. */
  localLatency?: string | Distribution;
  /** Probability that a message between different nodes is lost (default 0). */
  loss?: number;
  /** Probability that a delivered message is delivered twice (default 0). */
  duplicate?: number;
  /** Per-link override of `latency`, e.g. intra- vs inter-rack; undefined means the default. */
  linkLatency?: (srcNode: string, dstNode: string) => Distribution | undefined;
}

/** Message routing decisions and partition state. */
export class Network {
  private readonly latency: Distribution;
  private readonly localLatency: Distribution;
  private readonly duplicate: number;
  private readonly linkLatency: NetworkOptions['linkLatency'];
  private globalLoss: number;
  private readonly nodeLoss = new Map<string, number>();
  private readonly cuts = new Map<string, Map<string, number>>();

  constructor(
    options: NetworkOptions,
    private readonly rng: Rng,
  ) {
    this.latency = toDistribution(options.latency ?? 'exp:5', 'network.latency');
    this.localLatency = toDistribution(options.localLatency ?? 'const:0', 'network.localLatency');
    this.globalLoss = probability(options.loss ?? 0, 'network.loss');
    this.duplicate = probability(options.duplicate ?? 0, 'network.duplicate');
    this.linkLatency = options.linkLatency;
  }

  /** Cuts the network: each group becomes its own side; unlisted nodes stay on side 0. */
  partition(id: string, groups: readonly (readonly string[])[]): void {
    const sides = new Map<string, number>();
    groups.forEach((group, i) => group.forEach((node) => sides.set(node, i + 1)));
    this.cuts.set(id, sides);
  }

  /** Removes the cut `id`, or every cut when `id` is undefined. */
  heal(id?: string): void {
    if (id === undefined) this.cuts.clear();
    else this.cuts.delete(id);
  }

  /** Sets the loss rate for messages from or to `nodes`, or globally when `nodes` is omitted. */
  setLoss(rate: number, nodes?: readonly string[]): void {
    probability(rate, 'loss.rate');
    if (nodes === undefined) this.globalLoss = rate;
    else for (const node of nodes) this.nodeLoss.set(node, rate);
  }

  /** True when no active cut separates the two nodes. */
  canReach(srcNode: string, dstNode: string): boolean {
    for (const sides of this.cuts.values()) {
      if ((sides.get(srcNode) ?? 0) !== (sides.get(dstNode) ?? 0)) return false;
    }
    return true;
  }

  /** Decides one message's fate: its latency in ms, or why it is dropped. */
  route(srcNode: string, dstNode: string): number | DropReason {
    if (srcNode === dstNode) return this.localLatency.sample(this.rng);
    if (this.cuts.size > 0 && !this.canReach(srcNode, dstNode)) return 'partition';
    const loss = Math.max(this.globalLoss, this.nodeLoss.get(srcNode) ?? 0, this.nodeLoss.get(dstNode) ?? 0);
    if (loss > 0 && this.rng.next() < loss) return 'loss';
    return this.sampleLatency(srcNode, dstNode);
  }

  /** The latency of a duplicate copy of a message just routed, or undefined for none. */
  duplicateDelay(srcNode: string, dstNode: string): number | undefined {
    if (this.duplicate === 0 || srcNode === dstNode || this.rng.next() >= this.duplicate) return undefined;
    return this.sampleLatency(srcNode, dstNode);
  }

  private sampleLatency(srcNode: string, dstNode: string): number {
    const d = this.linkLatency?.(srcNode, dstNode) ?? this.latency;
    return d.sample(this.rng);
  }
}

function toDistribution(d: string | Distribution, name: string): Distribution {
  return typeof d === 'string' ? parseDistribution(d, name) : d;
}

function probability(p: number, name: string): number {
  if (!(p >= 0 && p <= 1)) throw new UsageError(`${name}: ${p} — must be a probability in [0, 1]`);
  return p;
}
