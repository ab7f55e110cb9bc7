/**
 * A SWIM group member as an XState machine: one periodic host timer (`selfTimer`) starts each
 * protocol period after the member's phase offset, and the protocol's own probe and suspicion
 * timers are host timers too — no state is re-entered per period. All protocol logic lives
 * in {@link SwimProtocol} (kept in context, mutated in place); the machine feeds it messages and
 * timer events and turns its effects into network sends, signals and delayed self-events.
 *
 * Signals: `declared_dead` / `declared_alive` `{ node, origin? }` whenever this member's view of
 * a node changes (its health view), `suspected` `{ node }` when this member's own failed probe
 * makes it suspect a node, `refuted` when it refutes a suspicion of itself.
 */
import { setup, type EventObject } from 'xstate';
import { CANCEL_TIMER, coveragePoints, SEND, SIGNAL, TIMER, selfTimer, type ActorEnv, type AgentsimEmitted, type CancelTimerEvent, type SelfTimerEvent } from '../../engine/index.js';
import { SWIM_PROBE_COVERAGE, SWIM_VIEW_COVERAGE } from './swimCoverage.js';
import { SwimMembership, type SwimRoster } from './SwimMembership.js';
import { SwimProtocol, type SwimConfig, type SwimMessage, type SwimTimerEvent } from './SwimProtocol.js';

/** Input of {@link swimMemberMachine}. */
export interface SwimMemberInput {
  env: ActorEnv;
  /** The group (shared by all members, read-only). */
  roster: SwimRoster;
  config: SwimConfig;
  /** Delay before the first protocol period (0 for aligned periods). */
  phaseMs: number;
}

interface SwimMemberContext {
  protocol: SwimProtocol;
  emit: ActorEnv['emit'];
  phaseMs: number;
  periodMs: number;
}

type SwimMemberEvent = SwimMessage | SwimTimerEvent | { type: 'tick' };

/** SWIM member: probes one target per period, answers probes, gossips membership (and, when configured, exchanges its whole view by push/pull). */
export const swimMemberMachine = setup({
  types: {
    context: {} as SwimMemberContext,
    input: {} as SwimMemberInput,
    events: {} as SwimMemberEvent,
    emitted: {} as AgentsimEmitted | SelfTimerEvent | CancelTimerEvent,
  },
  actions: {
    /**
     * Runs one protocol step for the event (a period start when it is a timer) and carries out
     * its effects through `env.emit`: a plain action, because `enqueueActions` and xstate's
     * deferred emit cost more than the step itself on a path taken once per message.
     */
    step: ({ context, event }) => {
      const p = context.protocol;
      switch (event.type) {
        case 'ping':
        case 'ack':
        case 'ping_req':
        case 'push_pull':
          p.receive(event);
          break;
        case 'push_pull_timeout':
          p.pushPullTimeout();
          break;
        case 'probe_timeout':
          p.probeTimeout(event.seq);
          break;
        case 'suspicion_timeout':
          p.suspicionTimeout(event.node, event.token);
          break;
        default:
          p.tick();
      }
      const emit = context.emit;
      const effects = p.effects;
      for (let i = 0; i < effects.length; i++) {
        const e = effects[i]!;
        if (e.kind === 'send') emit({ type: SEND, to: e.to, event: e.event as EventObject });
        else if (e.kind === 'signal') emit({ type: SIGNAL, name: e.name, data: e.data });
        else if (e.kind === 'cancel') emit({ type: CANCEL_TIMER, id: e.id });
        else emit({ type: TIMER, id: e.id, delay: e.delayMs, event: e.event });
      }
      effects.length = 0;
    },
  },
}).createMachine({
  id: 'swim-member',
  context: ({ input }) => ({
    protocol: new SwimProtocol(input.env.id, new SwimMembership(input.roster, input.env.id), input.config, input.env.rng, input.env.now, {
      probe: coveragePoints(input.env.coverage, SWIM_PROBE_COVERAGE),
      view: coveragePoints(input.env.coverage, SWIM_VIEW_COVERAGE),
    }),
    emit: input.env.emit,
    phaseMs: input.phaseMs,
    periodMs: input.config.probeIntervalMs,
  }),
  entry: selfTimer('period', ({ context }) => ({ delay: context.phaseMs, every: context.periodMs, event: TICK })),
  on: {
    tick: { actions: 'step' },
    ping: { actions: 'step' },
    ack: { actions: 'step' },
    ping_req: { actions: 'step' },
    probe_timeout: { actions: 'step' },
    suspicion_timeout: { actions: 'step' },
    push_pull: { actions: 'step' },
    push_pull_timeout: { actions: 'step' },
  },
});

const TICK = { type: 'tick' } as const;
