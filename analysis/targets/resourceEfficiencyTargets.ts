/**
 * Seed §4 "Resource Efficiency Targets". These are real measurements of the engine process
 * (heap bytes), taken by the `resource-efficiency` scenario, not virtual time.
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
    measure: { scenario, params: { agents: 1000, variables: 2000 }, quick: { agents: 200, variables: 500 }, metric: 'process_heap_per_agent_bytes', stat: 'value' },
  },
  {
    id: 'resources.memory-per-variable',
    table,
    operation: 'Memory per Variable',
    cells: { baseline: 'N/A', 1: '100-500KB', 2: '50-300KB', 3: '25-200KB' },
    unit: 'bytes',
    better: 'lower',
    critical: false,
    measure: { scenario, params: { agents: 1000, variables: 2000 }, quick: { agents: 200, variables: 500 }, metric: 'process_heap_per_variable_bytes', stat: 'value' },
  },
  {
    id: 'resources.cpu-idle',
    table,
    operation: 'CPU Usage (Idle)',
    cells: { baseline: '1-3%', 1: '0.5-2%', 2: '0.3-1.5%', 3: '0.1-1%' },
    unit: 'fraction',
    better: 'lower',
    critical: false,
    measure: { unmeasured: 'a discrete-event simulation has no idle CPU; CPU time per simulated event is reported instead' },
  },
  {
    id: 'resources.cpu-load',
    table,
    operation: 'CPU Usage (Load)',
    cells: { baseline: '60-80%', 1: '50-70%', 2: '40-60%', 3: '30-50%' },
    unit: 'fraction',
    better: 'lower',
    critical: false,
    measure: { unmeasured: 'a simulation runs flat out on one core; CPU time per simulated event is reported instead' },
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
      unmeasured:
        'a rate per hour of wall time has no simulated counterpart; resource-efficiency reports heap growth per repeated build-and-run cycle (process_heap_growth_per_cycle_bytes) as its leak check',
    },
  },
];
