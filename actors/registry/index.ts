// The agent registry: RegistryTable with its indexes, the registry machine, registering agents and discovery clients.
// Imports engine/ and actors/common/; imported by scenarios/ and the package root.
export { matchesQuery, type AgentHealth, type AgentProfile, type DiscoveryQuery, type QueryType } from './AgentProfile.js';
export { discoveryClientMachine, type DiscoveryClientInput } from './discoveryClient.js';
export { registryMachine, type RegistryInput, type RegistryReply, type RegistryRequest } from './registry.js';
export { registryAgentMachine, type RegistryAgentCommand, type RegistryAgentInput } from './registryAgent.js';
export { isNewer, RegistryTable, type EntryVersion, type RegistryEntry } from './RegistryTable.js';
export { REGISTRY_COVERAGE } from './registryCoverage.js';
