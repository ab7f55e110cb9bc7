// The scenario layer: core/ (the run machinery) and one folder per scenario family; this file is the registry.
// Imports engine/ and actors/; imported by analysis/, cli/, testing/ and the package root.
import { UsageError } from '../engine/index.js';
import { loadBalancing } from './balancing/index.js';
import { distributedCluster, largeScaleCoordination } from './coordination/index.js';
import type { AnyScenario } from './core/index.js';
import { failureDetection, healthMonitoring } from './detection/index.js';
import { nodeDiscovery } from './discovery/index.js';
import { agentRegistration, cognitiveVariables, mlWorkflow } from './platform/index.js';
import { resourceEfficiency } from './resources/index.js';

export * from './core/index.js';
export * from './detection/index.js';
export * from './balancing/index.js';
export * from './discovery/index.js';
export * from './coordination/index.js';
export * from './platform/index.js';
export * from './resources/index.js';
/** @deprecated Renamed {@link RaftTracker} (signal watchers are `*Tracker`). */
export { RaftTracker as RaftObserver } from './coordination/index.js';
/** @deprecated Renamed {@link MessageTracker} (signal watchers are `*Tracker`). */
export { MessageTracker as MessageStats } from './core/index.js';

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
