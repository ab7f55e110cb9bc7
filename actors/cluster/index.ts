// A distributed cluster: the pure ClusterManagerCore, its host machine, and the cluster's worker agents.
// Imports engine/ and actors/common/; imported by scenarios/ and the package root.
export { ClusterManagerCore, directoryOwner, type ClusterManagerConfig, type ClusterManagerEvent } from './ClusterManagerCore.js';
export { CLUSTER_MANAGER_COVERAGE } from './clusterCoverage.js';
export { clusterManagerMachine, type ClusterManagerInput } from './clusterManager.js';
export { clusterWorkerMachine, type ClusterWorkerEvent, type ClusterWorkerInput } from './clusterWorker.js';
export { centralCoordinatorMachine, coordinationParticipantMachine, type CentralCoordinationEvent, type CentralCoordinatorInput, type CoordinationParticipantInput } from './centralCoordinator.js';
