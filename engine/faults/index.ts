// Fault plans (validated JSON data) and the injector that schedules them on the kernel.
// Imports engine/time/, engine/network/, engine/errors and ActorHost's types; imported by engine/Simulation.
export { FaultInjector, type FaultsAt } from './FaultInjector.js';
export { MAX_FAULT_TIME_MS, parseFaultPlan, partitionGroups, SKEW_RATE_RANGE, type Fault, type FaultKind, type FaultPlan } from './FaultPlan.js';
