// Hierarchical aggregation: root, group leaders and members, and the round state they share.
// Imports engine/ and actors/common/; imported by scenarios/ and the package root.
export { hierarchyLeaderMachine, type HierarchyLeaderEvent, type HierarchyLeaderInput } from './hierarchyLeader.js';
export { hierarchyMemberMachine, type HierarchyMemberEvent, type HierarchyMemberInput } from './hierarchyMember.js';
export { hierarchyRootMachine, type HierarchyRootEvent, type HierarchyRootInput } from './hierarchyRoot.js';
