/** Seed §1.2 "Cognitive Variables Performance" targets (traditional parameters, phases 1–3). */
import type { TargetRow } from './TargetRow.js';

const table = 'cognitive-variables' as const;
const scenario = 'cognitive-variables';

/** The rows of the cognitive-variables table. */
export const cognitiveVariableTargets: readonly TargetRow[] = [
  {
    id: 'variables.creation',
    table,
    operation: 'Variable Creation',
    cells: { baseline: 'N/A (static)', 1: '5-15ms', 2: '3-10ms', 3: '1-7ms' },
    unit: 'ms',
    better: 'lower',
    critical: false,
    measure: { scenario, params: {}, metric: 'creation_ms', stat: 'mean' },
    claim: {
      axes: [
        { param: 'processing', values: ['exp:0.1', 'exp:0.25', 'exp:0.5', 'exp:1'], quick: ['exp:0.25', 'exp:0.5'] },
        { param: 'latency', values: ['exp:0.5', 'exp:1', 'exp:2', 'exp:4'], quick: ['exp:1', 'exp:2'] },
      ],
      why: "creation is the variable's service time plus a round of acks from its affected agents",
    },
  },
  {
    id: 'variables.update-local',
    table,
    operation: 'Value Update (Local)',
    cells: { baseline: '<1ms', 1: '100μs-2ms', 2: '50μs-1.5ms', 3: '25μs-1ms' },
    unit: 'ms',
    better: 'lower',
    critical: false,
    measure: { scenario, params: {}, metric: 'update_local_ms', stat: 'mean' },
    claim: {
      axes: [
        { param: 'processing', values: ['exp:0.1', 'exp:0.25', 'exp:0.5', 'exp:1'], quick: ['exp:0.25', 'exp:0.5'] },
        { param: 'latency', values: ['exp:0.5', 'exp:1', 'exp:2', 'exp:4'], quick: ['exp:1', 'exp:2'] },
      ],
      why: "a local update is the variable's service time plus the queue ahead of it",
    },
  },
  {
    id: 'variables.update-cluster',
    table,
    operation: 'Value Update (Cluster)',
    cells: { baseline: 'N/A', 1: '10-50ms', 2: '5-30ms', 3: '2-20ms' },
    unit: 'ms',
    better: 'lower',
    critical: false,
    measure: { scenario, params: {}, metric: 'update_cluster_ms', stat: 'mean' },
  },
  {
    id: 'variables.adaptation',
    table,
    operation: 'Adaptation Cycle',
    cells: { baseline: 'N/A', 1: '50-200ms', 2: '30-150ms', 3: '10-100ms' },
    unit: 'ms',
    better: 'lower',
    critical: false,
    measure: { scenario, params: {}, metric: 'adaptation_ms', stat: 'mean' },
  },
  {
    id: 'variables.coordination',
    table,
    operation: 'Coordination Event',
    cells: { baseline: 'N/A', 1: '20-100ms', 2: '10-75ms', 3: '5-50ms' },
    unit: 'ms',
    better: 'lower',
    critical: false,
    measure: { scenario, params: {}, metric: 'coordination_ms', stat: 'mean' },
  },
];
