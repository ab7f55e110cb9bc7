// Agent-platform scenarios: agent-registration, cognitive-variables and ml-workflow, with their workloads and objective.
// Imports engine/, actors/ and scenarios/core/; imported by scenarios/index.ts.
export { agentRegistration, siteIndex } from './agentRegistration.js';
export { cognitiveVariables } from './cognitiveVariables.js';
export { mlWorkflow } from './mlWorkflow.js';
export { SyntheticObjective } from './SyntheticObjective.js';
