/**
 * Seed §1.3 "Agent-Native Clustering Performance" targets. The seed's columns are "Traditional
 * Service", "Agent-Native Target" and "Improvement Target": the traditional column is the
 * baseline, the agent-native target applies to phases 1–3, and each improvement target is its
 * own row (traditional ÷ agent-native, measured by running both variants on the same seeds).
 */
import type { TargetRow } from './TargetRow.js';

const table = 'clustering' as const;
const native = (cell: string) => ({ 1: cell, 2: cell, 3: cell });
/** The seed's high load (10k rps over 20 nodes), each node's balancer agent deciding locally. */
const LB_DECISION = { preset: 'high', topology: 'local', requests: 50_000, crash: 0 } as const;
/** 100 nodes checked every 5 s, no faults: the latency of a check, not of detection. */
const HEALTH_CHECK = { detector: 'swim', nodes: 100, check_ms: 5000, crash: 0, pause: 0, duration_ms: 120_000 } as const;

/** The rows of the clustering table. */
export const clusteringTargets: readonly TargetRow[] = [
  {
    id: 'clustering.node-discovery',
    table,
    operation: 'Node Discovery (10 nodes)',
    cells: { baseline: '500ms-2s', ...native('100ms-500ms') },
    unit: 'ms',
    better: 'lower',
    critical: false,
    measure: { scenario: 'node-discovery', params: { nodes: 10 }, metric: 'time_to_full_ms', stat: 'mean' },
  },
  {
    id: 'clustering.node-discovery.improvement',
    table,
    operation: 'Node Discovery (10 nodes) — improvement',
    cells: native('3-5x faster'),
    unit: 'x',
    better: 'higher',
    critical: false,
    measure: { scenario: 'node-discovery', params: { nodes: 10 }, metric: 'time_to_full_ms', stat: 'mean', versus: { mode: 'central' } },
  },
  {
    id: 'clustering.lb-decision',
    table,
    operation: 'Load Balancing Decision',
    cells: { baseline: '5-20ms', ...native('1-5ms') },
    unit: 'ms',
    better: 'lower',
    critical: false,
    measure: { scenario: 'load-balancing', params: LB_DECISION, quick: { requests: 5_000 }, metric: 'decision_ms', stat: 'mean' },
    note: 'agent-native = a balancer agent on each node deciding from its own view; emergent: its wait for a core and its CPU time',
  },
  {
    id: 'clustering.lb-decision.improvement',
    table,
    operation: 'Load Balancing Decision — improvement',
    cells: native('4-5x faster'),
    unit: 'x',
    better: 'higher',
    critical: false,
    measure: { scenario: 'load-balancing', params: LB_DECISION, quick: { requests: 5_000 }, metric: 'decision_ms', stat: 'mean', versus: { topology: 'central', entry: 'network' } },
    note: 'traditional = one central balancer: each request crosses the network to it and queues on its CPU',
  },
  {
    id: 'clustering.health-check',
    table,
    operation: 'Health Check (per node)',
    cells: { baseline: '100ms-1s', ...native('50ms-300ms') },
    unit: 'ms',
    better: 'lower',
    critical: false,
    measure: { scenario: 'health-monitoring', params: HEALTH_CHECK, quick: { nodes: 50, duration_ms: 60_000 }, metric: 'check_latency_ms', stat: 'mean' },
    note: 'agent-native = SWIM (each member probes one peer per period); a check is a ping until its ack is handled, queueing included',
  },
  {
    id: 'clustering.health-check.improvement',
    table,
    operation: 'Health Check (per node) — improvement',
    cells: native('2-3x faster'),
    unit: 'x',
    better: 'higher',
    critical: false,
    measure: { scenario: 'health-monitoring', params: HEALTH_CHECK, quick: { nodes: 50, duration_ms: 60_000 }, metric: 'check_latency_ms', stat: 'mean', versus: { detector: 'central' } },
    note: 'traditional = a central poller: every node\'s answer queues on the checker\'s cores',
  },
  {
    id: 'clustering.failure-detection',
    table,
    operation: 'Failure Detection',
    cells: { baseline: '30s-2min', ...native('10s-30s') },
    unit: 'ms',
    better: 'lower',
    critical: true,
    measure: { scenario: 'failure-detection', params: { nodes: 100, duration_ms: 120000, detector: 'swim' }, quick: { nodes: 50, duration_ms: 60000 }, metric: 'detection_ms', stat: 'mean' },
    note: 'agent-native = SWIM (every member probes); traditional = a central health checker',
  },
  {
    id: 'clustering.failure-detection.improvement',
    table,
    operation: 'Failure Detection — improvement',
    cells: native('3-4x faster'),
    unit: 'x',
    better: 'higher',
    critical: false,
    measure: {
      scenario: 'failure-detection',
      params: { nodes: 100, duration_ms: 120000, detector: 'swim' },
      quick: { nodes: 50, duration_ms: 60000 },
      metric: 'detection_ms',
      stat: 'mean',
      versus: { detector: 'central' },
    },
  },
  {
    id: 'clustering.coordination',
    table,
    operation: 'Cluster Coordination',
    cells: { baseline: '1s-10s', ...native('200ms-2s') },
    unit: 'ms',
    better: 'lower',
    critical: false,
    measure: { scenario: 'distributed-cluster', params: { preset: 'small', op: 'consensus' }, metric: 'consensus_execution_ms', stat: 'mean' },
    note: 'cluster-wide consensus across 3 nodes x 100 agents',
  },
  {
    id: 'clustering.coordination.improvement',
    table,
    operation: 'Cluster Coordination — improvement',
    cells: native('5x faster'),
    unit: 'x',
    better: 'higher',
    critical: false,
    measure: { scenario: 'distributed-cluster', params: { preset: 'small', op: 'consensus' }, metric: 'consensus_execution_ms', stat: 'mean', versus: { coordinator: 'central' } },
    note: 'traditional = one central coordinator running a two-phase commit with every node',
  },
];
