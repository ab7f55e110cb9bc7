// The node resource model: cores and CPU time per handled message or timer, modelled memory per actor.
// Off unless a simulation is created with `resources`; hooked into the actor host's delivery and timers.
export { countEntries, MemoryModel, type ActorMemory, type MemoryActor, type MemorySizes } from './MemoryModel.js';
export { NodeCpu, type CpuReading } from './NodeCpu.js';
export { NodeResources, RESOURCE_DEFAULTS, roleOf, type MemorySample, type ResourceOptions, type ResourceReport } from './NodeResources.js';
