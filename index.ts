/**
 * agentsim: a deterministic, actor-model simulation engine for agent platforms.
 *
 * `createSimulation` hosts XState v5 machines on virtual time over a simulated network with
 * faults; `defineScenario` / `runScenario` package a world with parameters and metrics so the CLI,
 * sweeps and validation can run it.
 */
export * from './engine/index.js';
export * from './actors/index.js';
export * from './scenarios/index.js';
