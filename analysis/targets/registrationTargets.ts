/** Seed §1.1 "Agent Registration and Discovery" targets (Foundation baseline, phases 1–3). */
import type { TargetRow } from './TargetRow.js';

const table = 'agent-registration' as const;

/** The rows of the agent-registration table. */
export const registrationTargets: readonly TargetRow[] = [
  {
    id: 'registration.single',
    table,
    operation: 'Single Agent Registration',
    cells: { baseline: '5-10ms', 1: '3-8ms', 2: '2-6ms', 3: '1-4ms' },
    unit: 'ms',
    better: 'lower',
    critical: false,
    measure: { scenario: 'agent-registration', params: { op: 'single' }, metric: 'registration_ms', stat: 'mean' },
    claim: {
      axes: [
        { param: 'processing', values: ['exp:0.25', 'exp:0.5', 'exp:1', 'exp:2'], quick: ['exp:0.5', 'exp:1'] },
        { param: 'latency', values: ['exp:0.5', 'exp:1', 'exp:2', 'exp:4'], quick: ['exp:1', 'exp:2'] },
      ],
      why: 'one registration is a round trip to the registry plus its service time',
    },
  },
  {
    id: 'registration.bulk',
    table,
    operation: 'Bulk Registration (100 agents)',
    cells: { baseline: '500ms-1s', 1: '400-800ms', 2: '300-600ms', 3: '200-400ms' },
    unit: 'ms',
    better: 'lower',
    critical: false,
    measure: { scenario: 'agent-registration', params: { op: 'bulk', agents: 100 }, metric: 'bulk_registration_ms', stat: 'mean' },
  },
  {
    id: 'registration.discovery',
    table,
    operation: 'Discovery Query',
    cells: { baseline: '10-30ms', 1: '8-25ms', 2: '5-20ms', 3: '2-15ms' },
    unit: 'ms',
    better: 'lower',
    critical: false,
    measure: { scenario: 'agent-registration', params: { op: 'discovery' }, metric: 'discovery_ms', stat: 'mean' },
  },
  {
    id: 'registration.cluster-discovery',
    table,
    operation: 'Cluster Discovery',
    cells: { baseline: '1-5s', 1: '800ms-4s', 2: '500ms-3s', 3: '200ms-2s' },
    unit: 'ms',
    better: 'lower',
    critical: false,
    measure: { scenario: 'agent-registration', params: { op: 'cluster-discovery' }, metric: 'discovery_ms', stat: 'mean' },
    note: '10 nodes x 100 agents (the seed\'s cluster_discovery benchmark)',
  },
];
