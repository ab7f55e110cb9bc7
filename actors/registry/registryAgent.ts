/**
 * An agent that registers itself with a registry (or its home replica) and deregisters on
 * command. It measures each round trip on virtual time and publishes it: `registered` and
 * `deregistered` signals carry `{ ms }`, from sending the request to receiving the reply.
 * Commands (`do_register`, `do_deregister`) come from the workload; one in the wrong state is
 * ignored (registering twice is a no-op, as in the seed's registry).
 */
import { setup } from 'xstate';
import { netSend, publish, type ActorEnv, type AgentsimEmitted } from '../../engine/index.js';
import type { AgentProfile } from './AgentProfile.js';
import type { RegistryReply } from './registry.js';

/** Input of {@link registryAgentMachine}. */
export interface RegistryAgentInput {
  env: ActorEnv;
  profile: AgentProfile;
  /** Actor id of the registry (or home replica). */
  registry: string;
}

interface RegistryAgentContext extends RegistryAgentInput {
  req: number;
  sentAt: number;
}

/** Commands from the workload. */
export type RegistryAgentCommand = { type: 'do_register' } | { type: 'do_deregister' };

/** Registering agent: `unregistered` → `registering` → `registered` → `deregistering` → … */
export const registryAgentMachine = setup({
  types: {
    context: {} as RegistryAgentContext,
    input: {} as RegistryAgentInput,
    events: {} as RegistryAgentCommand | RegistryReply,
    emitted: {} as AgentsimEmitted,
  },
  actions: {
    // A plain action: `enqueueActions` builds its helper closures on every call, for nothing here.
    stamp: ({ context }) => {
      context.req++;
      context.sentAt = context.env.now();
    },
    // Message keys in canonical order (type first): the fingerprint then walks them unsorted.
    sendRegister: netSend(
      ({ context }) => context.registry,
      ({ context }) => ({ type: 'register', from: context.env.id, profile: context.profile, req: context.req }),
    ),
    sendDeregister: netSend(
      ({ context }) => context.registry,
      ({ context }) => ({ type: 'deregister', agent: context.env.id, from: context.env.id, req: context.req }),
    ),
  },
  guards: {
    current: ({ context, event }) => 'req' in event && event.req === context.req,
  },
}).createMachine({
  id: 'registry-agent',
  context: ({ input }) => ({ ...input, req: 0, sentAt: 0 }),
  initial: 'unregistered',
  states: {
    unregistered: {
      on: {
        do_register: {
          target: 'registering',
          actions: ['stamp', 'sendRegister'],
        },
      },
    },
    registering: {
      on: {
        registered: { guard: 'current', target: 'registered', actions: publish('registered', ({ context }: { context: RegistryAgentContext }) => ({ ms: context.env.now() - context.sentAt })) },
      },
    },
    registered: {
      on: {
        do_deregister: {
          target: 'deregistering',
          actions: ['stamp', 'sendDeregister'],
        },
      },
    },
    deregistering: {
      on: {
        deregistered: { guard: 'current', target: 'unregistered', actions: publish('deregistered', ({ context }: { context: RegistryAgentContext }) => ({ ms: context.env.now() - context.sentAt })) },
      },
    },
  },
});
