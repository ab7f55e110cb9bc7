// Membership discovery: gossip membership (MemberView, membershipNode) and a central membership registry.
// Imports engine/ only; imported by scenarios/ and the package root.
export { EMPTY_BASE, MemberView, type MemberBase } from './MemberView.js';
export { MEMBERSHIP_MODES, membershipNodeMachine, type MembershipEvent, type MembershipMode, type MembershipNodeInput } from './membershipNode.js';
export { membershipRegistryMachine, type MembershipRegistryInput } from './membershipRegistry.js';
