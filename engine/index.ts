// The engine: virtual time, seeded randomness, the simulated network and faults, trace recording, and the actor host.
// Imports nothing of agentsim's (only xstate and rxjs); imported by every other layer. Knows nothing of agents.
export { ActorHost, type ActorEnv, type ActorRecord, type HostedEmitted, type NodeState, type SpawnOptions } from './ActorHost.js';
export { AgentsimError, InvalidDelayError, MaxEventsError, ReentrantRunError, UsageError } from './errors.js';
export { parseDecimal } from './parseDecimal.js';
export * from './coverage/index.js';
export { createSimulation, Simulation, type RunSummary, type SimulationOptions } from './Simulation.js';
export { VERSION } from './version.js';
export * from './time/index.js';
export * from './random/index.js';
export * from './network/index.js';
export * from './faults/index.js';
export * from './trace/index.js';
export * from './resources/index.js';
