export { createSweepMonitor, type MonitorTable, type SweepMonitorInput } from './createSweepMonitor.js';
export { healthMonitorMachine, type HealthMonitorInput } from './healthMonitor.js';
export { heartbeatAgentMachine, type HeartbeatAgentInput, type HeartbeatEvent } from './heartbeatAgent.js';
export { HeartbeatTable } from './HeartbeatTable.js';
export { accrualMonitorMachine, accrualWindowFactory, AccrualTable, type AccrualMonitorInput, type AccrualParams } from './accrualMonitor.js';
export { ExponentialArrivalWindow, PHI_FACTOR, type ExponentialArrivalOptions } from './ExponentialArrivalWindow.js';
export { akkaPhi, PhiAccrualWindow, type PhiAccrualOptions } from './PhiAccrualWindow.js';
export { healthEndpointMachine, type HealthCheckEvent, type HealthOkEvent } from './healthEndpoint.js';
export { CheckTable, healthCheckerMachine, type HealthCheckerInput } from './healthChecker.js';
export { HealthView, type HealthChange } from './HealthView.js';
export { SwimBroadcasts, type SwimUpdate } from './SwimBroadcasts.js';
export { SwimMembership, SwimRoster, type SwimEntry, type SwimStatus } from './SwimMembership.js';
export { SwimProtocol, type SwimConfig, type SwimEffect, type SwimMessage, type SwimTimerEvent } from './SwimProtocol.js';
export { swimMemberMachine, type SwimMemberInput } from './swimMember.js';
export { expectedConfirmations, MEMBERLIST_LAN, remainingSuspicionMs, retransmitLimit, suspicionTimeoutMs } from './swimTimeouts.js';
export { gossipNodeMachine, type GossipEvent, type GossipMode, type GossipNodeInput } from './gossipNode.js';
export { hierarchyLeaderMachine, type HierarchyLeaderEvent, type HierarchyLeaderInput } from './hierarchyLeader.js';
export { hierarchyMemberMachine, type HierarchyMemberEvent, type HierarchyMemberInput } from './hierarchyMember.js';
export { hierarchyRootMachine, type HierarchyRootEvent, type HierarchyRootInput } from './hierarchyRoot.js';
export { idleAgentMachine } from './idleAgent.js';
export { raftClientMachine, type RaftClientInput, type RaftSubmitEvent } from './raftClient.js';
export { createRaftDisk, RaftCore, type RaftConfig, type RaftDisk, type RaftEntry, type RaftMessage, type RaftRole } from './RaftCore.js';
export { raftNodeMachine, type RaftNodeInput } from './raftNode.js';
export { flushEffects, outMessage, outSignal, type EffectQueue } from './outbound.js';
export { matchesQuery, type AgentHealth, type AgentProfile, type DiscoveryQuery, type QueryType } from './AgentProfile.js';
export { discoveryClientMachine, type DiscoveryClientInput } from './discoveryClient.js';
export { Fifo } from './Fifo.js';
export { registryMachine, type RegistryInput, type RegistryReply, type RegistryRequest } from './registry.js';
export { registryAgentMachine, type RegistryAgentCommand, type RegistryAgentInput } from './registryAgent.js';
export { isNewer, RegistryTable, type EntryVersion, type RegistryEntry } from './RegistryTable.js';
export { BALANCER_STRATEGIES, BalancerView, type BalancerStrategy, type BalancerViewOptions } from './BalancerView.js';
export { loadBalancerMachine, type BalancerRequestEvent, type HealthEvent, type LoadBalancerInput } from './loadBalancer.js';
export { PeakEwma } from './PeakEwma.js';
export {
  queueServerMachine,
  type LoadQueryEvent,
  type LoadReportEvent,
  type QueueServerInput,
  type ServedRequest,
  type ServerProbe,
  type ServerRequestEvent,
  type ServerResponseEvent,
} from './queueServer.js';
export { EMPTY_BASE, MemberView, type MemberBase } from './MemberView.js';
export { MEMBERSHIP_MODES, membershipNodeMachine, type MembershipEvent, type MembershipMode, type MembershipNodeInput } from './membershipNode.js';
export { membershipRegistryMachine, type MembershipRegistryInput } from './membershipRegistry.js';
export { ClusterManagerCore, directoryOwner, type ClusterManagerConfig, type ClusterManagerEvent } from './ClusterManagerCore.js';
export { clusterManagerMachine, type ClusterManagerInput } from './clusterManager.js';
export { clusterWorkerMachine, type ClusterWorkerEvent, type ClusterWorkerInput } from './clusterWorker.js';
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
export { BayesianSearch } from './BayesianSearch.js';
export { CognitiveSearch } from './CognitiveSearch.js';
export { evaluatorAgentMachine, type EvaluatedReply, type EvaluateRequest, type EvaluatorAgentInput } from './evaluatorAgent.js';
export { GridSearch } from './GridSearch.js';
export { clampUnit, type OptimisationStrategy } from './OptimisationStrategy.js';
export { optimizerMachine, type OptimizerInput } from './optimizer.js';
export { RandomSearch } from './RandomSearch.js';
