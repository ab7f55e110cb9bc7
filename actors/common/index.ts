// Shared by every actor family: typed outbound effects, the Fifo queue, the idle agent.
// Imports engine/ only; imported by every other actors/ folder.
export { idleAgentMachine } from './idleAgent.js';
export { flushEffects, outMessage, outSignal, type EffectQueue } from './outbound.js';
export { Fifo } from './Fifo.js';
