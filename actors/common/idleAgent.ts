/**
 * An agent with nothing to do: one state, no context, no timers. It stands for the agents of a
 * large population that a given protocol does not involve (observers, bystanders), and is the
 * unit of the per-idle-agent memory figure in BENCHMARKS.md.
 */
import { setup } from 'xstate';

/** An idle agent; it accepts and ignores every event. */
export const idleAgentMachine = setup({}).createMachine({ id: 'idle-agent' });
