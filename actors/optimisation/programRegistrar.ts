/**
 * Program creation as a protocol: the program's registrar (on the optimiser's node) is asked to
 * create a program of `members` (its variables and agents); it sends `program.init` to each
 * member's registration endpoint on that member's node, and the program exists once every member
 * has answered `program.registered` — then it publishes `program_created { ms, members }`. With
 * the resource model on, each init and answer waits for a core on its node, so creation time
 * grows with the program's size and the nodes' load.
 */
import { enqueueActions, setup } from 'xstate';
import type { ActorEnv, AgentsimEmitted } from '../../engine/index.js';
import { outMessage, outSignal } from '../common/outbound.js';

/** Messages of program creation. */
export type ProgramEvent =
  | { type: 'program.create'; endpoints: readonly string[] }
  | { type: 'program.init'; from: string }
  | { type: 'program.registered'; member: string };

/** Input of {@link programRegistrarMachine}. */
export interface ProgramRegistrarInput {
  env: ActorEnv;
}

interface RegistrarContext extends ProgramRegistrarInput {
  startedAt: number;
  pending: Set<string>;
  members: number;
}

/** The registrar: creates a program by registering every member. */
export const programRegistrarMachine = setup({
  types: { context: {} as RegistrarContext, input: {} as ProgramRegistrarInput, events: {} as ProgramEvent, emitted: {} as AgentsimEmitted },
}).createMachine({
  id: 'program-registrar',
  context: ({ input }) => ({ ...input, startedAt: 0, pending: new Set(), members: 0 }),
  on: {
    'program.create': {
      actions: enqueueActions(({ context, event, enqueue }) => {
        context.startedAt = context.env.now();
        context.members = event.endpoints.length;
        for (const to of event.endpoints) {
          context.pending.add(to);
          enqueue.emit(outMessage(to, { type: 'program.init', from: context.env.id }));
        }
      }),
    },
    'program.registered': {
      actions: enqueueActions(({ context, event, enqueue }) => {
        if (!context.pending.delete(event.member) || context.pending.size > 0) return;
        enqueue.emit(outSignal('program_created', { ms: context.env.now() - context.startedAt, members: context.members }));
      }),
    },
  },
});

/** A member's registration endpoint: answers the registrar's init. */
export const programEndpointMachine = setup({
  types: { context: {} as { env: ActorEnv }, input: {} as { env: ActorEnv }, events: {} as ProgramEvent, emitted: {} as AgentsimEmitted },
}).createMachine({
  id: 'program-endpoint',
  context: ({ input }) => input,
  on: {
    'program.init': { actions: enqueueActions(({ context, event, enqueue }) => enqueue.emit(outMessage(event.from, { type: 'program.registered', member: context.env.id }))) },
  },
});
