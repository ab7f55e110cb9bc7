// Optimisation: search strategies (grid, random, Bayesian, cognitive), the optimiser and evaluator agents.
// Imports engine/, actors/common/ and actors/variables/; imported by scenarios/ and the package root.
export { BayesianSearch } from './BayesianSearch.js';
export { CognitiveSearch } from './CognitiveSearch.js';
export { evaluatorAgentMachine, type EvaluatedReply, type EvaluateRequest, type EvaluatorAgentInput } from './evaluatorAgent.js';
export { GridSearch } from './GridSearch.js';
export { clampUnit, type OptimisationStrategy } from './OptimisationStrategy.js';
export { optimizerMachine, type OptimizerInput } from './optimizer.js';
export { RandomSearch } from './RandomSearch.js';
export { programEndpointMachine, programRegistrarMachine, type ProgramEvent, type ProgramRegistrarInput } from './programRegistrar.js';
