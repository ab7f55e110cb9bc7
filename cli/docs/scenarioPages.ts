/**
 * Which docs page documents each built-in scenario, and the small, seeded runs whose results give
 * the names, kinds and units of its metrics and invariants. Scenarios do not declare their metrics
 * (they record them while running), so the docs generator runs each variant below and reports what
 * it saw; a metric that only some variants record says so in the table.
 */

/** One run that exercises a scenario's metrics. */
export interface MetricVariant {
  /** How the docs name this variant in "reported" (e.g. `detector=swim`). */
  readonly label: string;
  /** Small parameters, so the whole catalogue runs in a few seconds. */
  readonly params: Readonly<Record<string, string | number | boolean>>;
}

/** The docs of one scenario. */
export interface ScenarioPage {
  /** Page path from the repository root. */
  readonly page: string;
  readonly variants: readonly MetricVariant[];
}

const fd = { nodes: 10, duration_ms: 15_000, crash: 2 };
const hm = { nodes: 5, check_ms: 1000, duration_ms: 20_000, crash: 1, pause: 1, pause_ms: 3000 };
const lsc = { agents: 50, duration_ms: 3000, proposals: 20 };
const ar = { agents: 30, queries: 20, nodes: 3 };

/** Every built-in scenario's page and metric variants; the docs test fails when one is missing. */
export const scenarioPages: Readonly<Record<string, ScenarioPage>> = {
  'failure-detection': {
    page: 'docs/scenarios/detection.md',
    variants: ['timeout', 'phi', 'phi-exp', 'swim', 'central'].map((detector) => ({ label: `detector=${detector}`, params: { ...fd, detector } })),
  },
  'health-monitoring': {
    page: 'docs/scenarios/detection.md',
    variants: ['central', 'timeout', 'swim'].map((detector) => ({ label: `detector=${detector}`, params: { ...hm, detector } })),
  },
  'load-balancing': {
    page: 'docs/scenarios/balancing.md',
    variants: ['central', 'local'].map((topology) => ({ label: `topology=${topology}`, params: { nodes: 4, requests: 300, drain_ms: 2000, topology } })),
  },
  'node-discovery': {
    page: 'docs/scenarios/discovery.md',
    variants: ['push', 'central'].map((mode) => ({ label: `mode=${mode}`, params: { nodes: 20, mode } })),
  },
  'large-scale-coordination': {
    page: 'docs/scenarios/coordination.md',
    variants: ['consensus', 'broadcast', 'hierarchical'].map((protocol) => ({ label: `protocol=${protocol}`, params: { ...lsc, protocol } })),
  },
  'distributed-cluster': {
    page: 'docs/scenarios/coordination.md',
    variants: [{ label: 'op=all', params: { nodes: 2, agents_per_node: 10, duration_ms: 5000, lookups: 50, proposals: 10, requests: 50, allocations: 10 } }],
  },
  'resource-efficiency': {
    page: 'docs/scenarios/resources.md',
    variants: [{ label: 'with a process probe', params: { agents: 5, variables: 5, operations: 50, cycles: 1 } }],
  },
  'agent-registration': {
    page: 'docs/scenarios/platform.md',
    variants: [
      { label: 'op=single', params: { op: 'single', iterations: 5 } },
      { label: 'op=bulk', params: { op: 'bulk', agents: 10, iterations: 2 } },
      { label: 'op=concurrent', params: { op: 'concurrent', agents: 10, iterations: 2 } },
      { label: 'op=discovery', params: { op: 'discovery', ...ar } },
      { label: 'registry=replicated', params: { op: 'discovery', registry: 'replicated', ...ar } },
      { label: 'op=capability-matching', params: { op: 'capability-matching', ...ar } },
      { label: 'op=cluster-discovery', params: { op: 'cluster-discovery', ...ar, queries: 5 } },
    ],
  },
  'cognitive-variables': {
    page: 'docs/scenarios/platform.md',
    variants: [{ label: 'kind=mixed', params: { variables: 10, agents: 10, ops: 3 } }],
  },
  'ml-workflow': {
    page: 'docs/scenarios/platform.md',
    variants: [
      { label: 'compare=false', params: { preset: 'simple', iterations: 5 } },
      { label: 'compare=true', params: { preset: 'simple', iterations: 5, compare: true } },
    ],
  },
};
