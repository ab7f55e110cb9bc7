// Cognitive variables (floats, bandit choices, agent teams), bounded variables, and the agents they affect.
// Imports engine/ and actors/common/; imported by scenarios/, actors/optimisation/ and the package root.
export { boundedVariableMachine, type BoundedVariableEvent, type BoundedVariableInput } from './boundedVariable.js';
export { variableClientMachine, type VariableUseEvent } from './variableClient.js';
export { CognitiveAgentTeam } from './CognitiveAgentTeam.js';
export { CognitiveChoice } from './CognitiveChoice.js';
export { CognitiveFloat } from './CognitiveFloat.js';
export { sameValue, withinBounds, type CognitiveValue, type Feedback, type Proposal, type VariableSpec, type VariableValue } from './CognitiveValue.js';
export { cognitiveVariableMachine, type CognitiveVariableInput } from './cognitiveVariable.js';
export { createCognitiveValue } from './createCognitiveValue.js';
export { variableAgentMachine, type VariableAgentInput } from './variableAgent.js';
export type { AgentToVariable, HeldValue, VariableDone, VariableRequest, VariableToAgent } from './variableProtocol.js';
export { parameterClientMachine, parameterServerMachine, type ParamAck, type ParameterClientInput, type ParameterServerInput, type ParamWrite } from './parameterServer.js';
