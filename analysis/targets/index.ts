import { clusteringTargets } from './clusteringTargets.js';
import { cognitiveVariableTargets } from './cognitiveVariableTargets.js';
import { mlWorkflowTargets } from './mlWorkflowTargets.js';
import { registrationTargets } from './registrationTargets.js';
import { resourceEfficiencyTargets } from './resourceEfficiencyTargets.js';
import { scalabilityTargets } from './scalabilityTargets.js';
import type { TargetRow } from './TargetRow.js';

export type { ClaimAxis, ClaimParams, ClaimSide, ClaimSpec, ClaimValue } from './ClaimSpec.js';
export { clusteringTargets } from './clusteringTargets.js';
export { cognitiveVariableTargets } from './cognitiveVariableTargets.js';
export { mlWorkflowTargets } from './mlWorkflowTargets.js';
export { parseRange, type TargetRange } from './parseRange.js';
export { registrationTargets } from './registrationTargets.js';
export { resourceEfficiencyTargets } from './resourceEfficiencyTargets.js';
export { scalabilityTargets } from './scalabilityTargets.js';
export { PHASES, VALIDATION_PARAMS, type Phase, type TargetMeasure, type TargetRow, type TargetTable } from './TargetRow.js';

/** Every target row of the seed, table by table in the seed's order. */
export const allTargets: readonly TargetRow[] = [
  ...registrationTargets,
  ...cognitiveVariableTargets,
  ...clusteringTargets,
  ...mlWorkflowTargets,
  ...scalabilityTargets,
  ...resourceEfficiencyTargets,
];
