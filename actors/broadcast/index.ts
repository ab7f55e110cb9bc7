// Broadcast dissemination: push, pull and tree gossip among a group.
// Imports engine/ and actors/common/; imported by scenarios/ and the package root.
export { gossipNodeMachine, type GossipEvent, type GossipMode, type GossipNodeInput } from './gossipNode.js';
