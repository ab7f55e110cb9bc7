/** Shared types of the `large-scale-coordination` protocol worlds. */
import type { Simulation } from '../../engine/index.js';
import type { InvariantResult } from '../core/defineScenario.js';
import type { Metrics } from '../core/Metrics.js';

/** Resolved parameters of `large-scale-coordination`. */
export interface CoordinationParams {
  preset: string;
  protocol: 'consensus' | 'broadcast' | 'hierarchical';
  agents: number;
  duration_ms: number;
  latency: string;
  loss: number;
  partitions: number;
  partition_ms: number;
  partition_fraction: number;
  participants: number;
  election_timeout: string;
  adaptive_timeout: boolean;
  heartbeat_ms: number;
  leader_crashes: number;
  restart_ms: number;
  proposals: number;
  targets: number;
  gossip: 'push' | 'push-pull' | 'tree';
  fanout: number;
  round_ms: number;
  broadcasts: number;
  groups: number;
  rounds: number;
  aggregate_timeout_ms: number;
}

/** What a protocol world receives. */
export interface CoordinationSetup<P> {
  readonly sim: Simulation;
  readonly params: P;
  readonly metrics: Metrics;
  readonly bugs: ReadonlySet<string>;
  /** Every agent id, `agent-1` … `agent-N`, each on its own node. */
  readonly agents: readonly string[];
  /** The workload window: work starts in [from, to); the rest of the run lets it finish. */
  readonly window: { readonly from: number; readonly to: number };
}

/** What a protocol world returns. */
export interface ProtocolWorld {
  /** Agents spawned with a protocol role (the rest are spawned idle by the scenario). */
  readonly involved: number;
  finish(): void;
  invariants(): InvariantResult[];
}
