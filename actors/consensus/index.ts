// Raft consensus: the pure RaftCore, its host machine raftNode, and a client.
// Imports engine/ and actors/common/; imported by scenarios/ and the package root.
export { raftClientMachine, type RaftClientInput, type RaftSubmitEvent } from './raftClient.js';
export { createRaftDisk, RaftCore, type RaftConfig, type RaftDisk, type RaftEntry, type RaftMessage, type RaftRole } from './RaftCore.js';
export { RAFT_COVERAGE } from './raftCoverage.js';
export { raftNodeMachine, type RaftNodeInput } from './raftNode.js';
