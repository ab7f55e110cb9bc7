// The simulated network: latency, loss, duplication and partitions, and the netSend/publish effects actors emit.
// Imports engine/random/, engine/trace/ and engine/errors; imported by engine/ActorHost and engine/Simulation.
export { netSend, publish, SEND, SIGNAL, type AgentsimEmitted, type NetSendEvent, type PublishEvent } from './netSend.js';
export { Network, type NetworkOptions } from './Network.js';
