// Fault plans (validated JSON data) and the injector that schedules them on the kernel.
// Imports engine/time/, engine/network/, engine/errors and ActorHost's types; imported by engine/Simulation.
export { FaultInjector, type FaultsAt } from './FaultInjector.js';
export { parseFaultPlan, partitionGroups, type Fault, type FaultKind, type FaultPlan } from './FaultPlan.js';
