/**
 * Seed §2 "ML Workflow Performance" targets. Columns "Traditional Approach", "Cognitive
 * Variables Target", "Improvement Target": traditional is the baseline, the cognitive target
 * applies to phases 1–3, improvements are their own rows (traditional ÷ cognitive).
 */
import type { TargetRow } from './TargetRow.js';

const table = 'ml-workflows' as const;
const cognitive = (cell: string) => ({ 1: cell, 2: cell, 3: cell });

/** The rows of the ML-workflow table. */
export const mlWorkflowTargets: readonly TargetRow[] = [
  {
    id: 'ml.program-creation',
    table,
    operation: 'Program Creation',
    cells: { baseline: 'N/A (static)', ...cognitive('10-100ms') },
    unit: 'ms',
    better: 'lower',
    critical: false,
    measure: { scenario: 'ml-workflow', params: { strategy: 'cognitive', creation: true }, metric: 'creation_ms', stat: 'mean' },
    note: 'a registrar registers each variable and agent of the program on its node (ml-workflow creation=true)',
  },
  {
    id: 'ml.parameter-update',
    table,
    operation: 'Parameter Update',
    cells: { baseline: '1-5ms', ...cognitive('100μs-2ms') },
    unit: 'ms',
    better: 'lower',
    critical: false,
    measure: { scenario: 'cognitive-variables', params: {}, metric: 'update_local_ms', stat: 'mean' },
    note: 'a cognitive variable\'s local update (the same measurement as "Value Update (Local)")',
  },
  {
    id: 'ml.parameter-update.improvement',
    table,
    operation: 'Parameter Update — improvement',
    // Declared ahead of the measurement (kept apart from `measure` so the two merge cleanly).
    claim: {
      axes: [
        { param: 'processing', values: ['exp:0.1', 'exp:0.5', 'exp:2'], quick: ['exp:0.5', 'exp:2'] },
        { param: 'latency', values: ['exp:0.5', 'exp:2', 'exp:10'], quick: ['exp:2'] },
      ],
      why: 'a cognitive variable updates where it lives; a parameter server is a network round trip and a shared queue away',
    },
    cells: cognitive('2-10x faster'),
    unit: 'x',
    better: 'higher',
    critical: false,
    measure: { scenario: 'cognitive-variables', params: {}, metric: 'update_local_ms', stat: 'mean', versus: { store: 'server' } },
    note: 'traditional = one central parameter server (cognitive-variables store=server): each update crosses the network and queues there',
  },
  {
    id: 'ml.optimization-iteration',
    table,
    operation: 'Optimization Iteration',
    cells: { baseline: '1-10s', ...cognitive('500ms-5s') },
    unit: 'ms',
    better: 'lower',
    critical: false,
    measure: { scenario: 'ml-workflow', params: { strategy: 'cognitive' }, metric: 'iteration_ms', stat: 'mean' },
    note: 'dispatch → evaluations → update (for cognitive: the variables\' adaptation), in virtual time',
  },
  {
    id: 'ml.optimization-iteration.improvement',
    table,
    operation: 'Optimization Iteration — improvement',
    cells: cognitive('2-3x faster'),
    unit: 'x',
    better: 'higher',
    critical: false,
    measure: { scenario: 'ml-workflow', params: { strategy: 'cognitive' }, metric: 'iteration_ms', stat: 'mean', versus: { strategy: 'grid' } },
    claim: {
      axes: [
        { param: 'eval_time', values: ['exp:100', 'exp:500', 'exp:2000'], quick: ['exp:500'] },
        { param: 'latency', values: ['exp:1', 'exp:2', 'exp:10'], quick: ['exp:2'] },
      ],
      why: 'an iteration is one round of evaluations plus the coordination the strategy adds',
    },
  },
  {
    id: 'ml.convergence',
    table,
    operation: 'Convergence Speed',
    cells: { baseline: '50-200 iterations', ...cognitive('20-80 iterations') },
    unit: 'iterations',
    better: 'lower',
    critical: false,
    measure: { scenario: 'ml-workflow', params: { strategy: 'cognitive' }, metric: 'iterations_to_converge', stat: 'value' },
  },
  {
    id: 'ml.convergence.improvement',
    table,
    operation: 'Convergence Speed — improvement',
    cells: cognitive('2-3x faster'),
    unit: 'x',
    better: 'higher',
    critical: false,
    measure: { scenario: 'ml-workflow', params: { strategy: 'cognitive' }, metric: 'iterations_to_converge', stat: 'value', versus: { strategy: 'grid' } },
    claim: {
      axes: [
        { param: 'learning_rate', side: 'native', values: [0.02, 0.05, 0.1, 0.2], quick: [0.05, 0.2] },
        { param: 'iterations', values: [20, 50, 100], quick: [20, 50] },
        { param: 'variables', values: [3, 8, 15], quick: [8] },
      ],
      why: "the cognitive variables' step size, the budget (a run that never converges counts its whole budget) and the program size",
    },
  },
  {
    id: 'ml.adaptation',
    table,
    operation: 'Adaptation Time',
    cells: { baseline: 'N/A (manual)', ...cognitive('10-500ms') },
    unit: 'ms',
    better: 'lower',
    critical: false,
    measure: { scenario: 'cognitive-variables', params: {}, metric: 'adaptation_ms', stat: 'mean' },
    note: 'improvement target "Automatic" is qualitative and not a row',
  },
];
