// The run machinery every scenario shares: defineScenario, parameters, runScenario, metrics, fault and message trackers, invariants.
// Imports engine/ and actors/; imported by every scenario family folder and scenarios/index.ts.
export { defineScenario, type AnyScenario, type BuildContext, type ExploreHints, type ExploreRange, type InvariantResult, type ScenarioDefinition, type ScenarioWorld } from './defineScenario.js';
export type { ProcessProbe } from './ProcessProbe.js';
export { MessageTracker } from './MessageTracker.js';
export { FaultTracker } from './FaultTracker.js';
export * from './invariants/index.js';
export { Metrics, summarize, type DistributionMetric, type Metric, type ScalarMetric } from './Metrics.js';
export { bool, coerceParam, describeRange, dist, headerParams, int, num, oneOf, quiet, resolveParams, str, type ParamSpec, type ParamSpecs, type ParamsOf } from './params.js';
export { RESOURCE_KEYS, RESOURCE_PARAMS, resourceOptions, withResourceParams } from './resourceParams.js';
export { growthPerHour, reportResources } from './reportResources.js';
export { runScenario, startScenario, type RunOptions, type RunResult, type RunResultExtras, type StartedScenario } from './runScenario.js';
