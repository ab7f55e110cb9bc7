import { UsageError } from '../engine/index.js';
import type { AnyScenario } from './defineScenario.js';
import { distributedCluster } from './distributedCluster.js';
import { failureDetection } from './failureDetection.js';
import { resourceEfficiency } from './resourceEfficiency.js';
import { healthMonitoring } from './healthMonitoring.js';
import { loadBalancing } from './loadBalancing.js';
import { nodeDiscovery } from './nodeDiscovery.js';
import { largeScaleCoordination } from './largeScaleCoordination.js';
import { agentRegistration } from './agentRegistration.js';
import { cognitiveVariables } from './cognitiveVariables.js';
import { mlWorkflow } from './mlWorkflow.js';

export { defineScenario, type AnyScenario, type BuildContext, type ExploreHints, type ExploreRange, type InvariantResult, type ScenarioDefinition, type ScenarioWorld } from './defineScenario.js';
export { distributedCluster } from './distributedCluster.js';
export { failureDetection } from './failureDetection.js';
export { resourceEfficiency } from './resourceEfficiency.js';
export type { ProcessProbe } from './ProcessProbe.js';
export { healthMonitoring } from './healthMonitoring.js';
export { DetectionTracker, type DetectionTrackerOptions } from './DetectionTracker.js';
export { DETECTORS, detectionBoundMs, MONITOR, phiCrossingY, spawnDetector, type DetectorKind, type DetectorSettings } from './detectorWorld.js';
export { loadBalancing } from './loadBalancing.js';
export { nodeDiscovery } from './nodeDiscovery.js';
export { arrivalTimes, parseArrivalCsv, type ArrivalOptions } from './arrivalTimes.js';
export { LoadStats } from './LoadStats.js';
export { largeScaleCoordination } from './largeScaleCoordination.js';
export { MessageStats } from './MessageStats.js';
export { RaftObserver } from './RaftObserver.js';
export { agentRegistration, siteIndex } from './agentRegistration.js';
export { cognitiveVariables } from './cognitiveVariables.js';
export { mlWorkflow } from './mlWorkflow.js';
export { SyntheticObjective } from './SyntheticObjective.js';
export { FaultTracker } from './FaultTracker.js';
export { agreement, committedAgreement, electionSafety, fdAccuracy, fdCompleteness, invariantResult, membershipAgreement, NO_DELIVERY_TO_CRASHED, Violations, variableAgreementAfterCommit, watchNeverRoutesToDead, watchNoDeliveryToCrashed, type NeverRoutesToDeadOptions } from './invariants/index.js';
export { Metrics, summarize, type DistributionMetric, type Metric, type ScalarMetric } from './Metrics.js';
export { bool, coerceParam, describeRange, dist, int, num, oneOf, resolveParams, str, type ParamSpec, type ParamSpecs, type ParamsOf } from './params.js';
export { runScenario, type RunOptions, type RunResult, type RunResultExtras } from './runScenario.js';

/** Every built-in scenario, by name. */
export const scenarios: ReadonlyMap<string, AnyScenario> = new Map<string, AnyScenario>(
  [
    failureDetection,
    healthMonitoring,
    loadBalancing,
    nodeDiscovery,
    largeScaleCoordination,
    distributedCluster,
    resourceEfficiency,
    agentRegistration,
    cognitiveVariables,
    mlWorkflow,
  ].map((s): [string, AnyScenario] => [s.name, s]),
);

/** The built-in scenario `name`. @throws UsageError listing the known ones */
export function getScenario(name: string): AnyScenario {
  const scenario = scenarios.get(name);
  if (scenario === undefined) throw new UsageError(`unknown scenario "${name}" (known: ${[...scenarios.keys()].join(', ')})`);
  return scenario;
}
