// SWIM membership (Das et al. 2002, memberlist's timings): the pure SwimProtocol core and its host machine.
// Imports engine/ only; imported by scenarios/ and the package root.
export { SwimBroadcasts, type SwimUpdate } from './SwimBroadcasts.js';
export { SwimMembership, SwimRoster, type SwimEntry, type SwimStatus } from './SwimMembership.js';
export { SwimProtocol, type SwimConfig, type SwimEffect, type SwimMessage, type SwimTimerEvent } from './SwimProtocol.js';
export { swimMemberMachine, type SwimMemberInput } from './swimMember.js';
export { expectedConfirmations, MEMBERLIST_LAN, pushPullScaleMs, remainingSuspicionMs, retransmitLimit, suspicionTimeoutMs } from './swimTimeouts.js';
export { SWIM_PROBE_COVERAGE, SWIM_VIEW_COVERAGE } from './swimCoverage.js';
