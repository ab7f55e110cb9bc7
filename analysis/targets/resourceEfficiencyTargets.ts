/**
 * Seed §4 "Resource Efficiency Targets", measured on the node resource model (never on the
 * simulator's own heap or CPU, reported as `process_*` and not compared with the seed): modelled
 * memory per agent and per variable, CPU utilisation of the nodes idle (membership traffic only)
 * and under load, and the growth of modelled memory per hour of virtual time over a long run.
 */
import type { TargetRow } from './TargetRow.js';

const table = 'resource-efficiency' as const;
const scenario = 'resource-efficiency';

/** The rows of the resource-efficiency table. */
export const resourceEfficiencyTargets: readonly TargetRow[] = [
  {
    id: 'resources.memory-per-agent',
    table,
    operation: 'Memory per Agent',
    cells: { baseline: '2-5MB', 1: '1.5-4MB', 2: '1-3MB', 3: '0.5-2MB' },
    unit: 'bytes',
    better: 'lower',
    critical: false,
    measure: { scenario, params: { agents: 1000, variables: 2000 }, quick: { agents: 200, variables: 500 }, metric: 'memory_per_agent_bytes', stat: 'mean' },
    note: 'modelled: the declared base of an agent plus what it holds (docs/resource-model.md)',
  },
  {
    id: 'resources.memory-per-variable',
    table,
    operation: 'Memory per Variable',
    cells: { baseline: 'N/A', 1: '100-500KB', 2: '50-300KB', 3: '25-200KB' },
    unit: 'bytes',
    better: 'lower',
    critical: false,
    measure: { scenario, params: { agents: 1000, variables: 2000 }, quick: { agents: 200, variables: 500 }, metric: 'memory_per_variable_bytes', stat: 'mean' },
    note: 'modelled: the declared base of a variable plus what it holds (docs/resource-model.md)',
  },
  {
    id: 'resources.cpu-idle',
    table,
    operation: 'CPU Usage (Idle)',
    cells: { baseline: '1-3%', 1: '0.5-2%', 2: '0.3-1.5%', 3: '0.1-1%' },
    unit: 'fraction',
    better: 'lower',
    critical: false,
    measure: {
      scenario: 'failure-detection',
      params: { nodes: 100, duration_ms: 120_000, detector: 'swim' },
      quick: { nodes: 50, duration_ms: 60_000 },
      metric: 'cpu_utilisation_ratio',
      stat: 'mean',
    },
    note: 'a cluster with no workload: SWIM membership traffic only (the failure-detection run); mean modelled utilisation over nodes',
  },
  {
    id: 'resources.cpu-load',
    table,
    operation: 'CPU Usage (Load)',
    cells: { baseline: '60-80%', 1: '50-70%', 2: '40-60%', 3: '30-50%' },
    unit: 'fraction',
    better: 'lower',
    critical: false,
    measure: {
      scenario: 'load-balancing',
      params: { preset: 'high', topology: 'local', service: 'const:0', cpu_roles: 'server=exp:0.8', crash: 0, requests: 50_000, drain_ms: 0 },
      quick: { requests: 5_000 },
      metric: 'cpu_utilisation_ratio',
      stat: 'mean',
    },
    note: 'the seed\'s high load (10k rps, 20 nodes); serving a request is 0.8 ms of CPU on its node; mean utilisation over nodes',
  },
  {
    id: 'resources.memory-leak',
    table,
    operation: 'Memory Leak Rate',
    cells: { baseline: '<1MB/hour', 1: '<500KB/hour', 2: '<200KB/hour', 3: '<100KB/hour' },
    unit: 'bytes',
    better: 'lower',
    critical: false,
    measure: {
      scenario: 'failure-detection',
      params: { detector: 'phi', nodes: 20, crash: 0, duration_ms: 3_600_000 },
      quick: { nodes: 5, duration_ms: 900_000, max_samples: 100 },
      metric: 'memory_growth_bytes_per_hour',
      stat: 'value',
    },
    note: 'modelled memory over one hour of virtual time (phi windows fill, then must stay bounded); slope over the second half (quick: 15 min, 5 nodes, 100-sample windows)',
  },
];
