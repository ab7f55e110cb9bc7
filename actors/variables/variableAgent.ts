/**
 * An agent affected by cognitive variables: it holds a copy of each variable's value (one table
 * in its context, mutated in place) and takes part in their protocols — applies `var_init` /
 * `var_propagate` (newer versions only) and acks; votes on `var_propose` (no with probability
 * `rejectProbability`, a local constraint) and keeps the proposal pending; applies it only on
 * `var_commit` and drops it on `var_abort`. Agents answer on receipt; their compute cost is part
 * of the network latency.
 */
import { enqueueActions, setup } from 'xstate';
import type { ActorEnv, AgentsimEmitted } from '../../engine/index.js';
import { outMessage } from '../common/outbound.js';
import type { HeldValue, VariableToAgent } from './variableProtocol.js';

/** Input of {@link variableAgentMachine}. */
export interface VariableAgentInput {
  env: ActorEnv;
  rejectProbability: number;
  /** Test-only broken variant: apply a proposal on receipt instead of on commit. */
  applyOnPropose?: boolean;
}

interface VariableAgentContext extends VariableAgentInput {
  /** Variable id → the value this agent holds. */
  values: Map<string, HeldValue>;
  /** Variable id → the proposal it voted yes on. */
  pending: Map<string, HeldValue & { pid: number }>;
  /**
   * Variable id → the highest proposal id heard of. A variable runs one proposal at a time with
   * increasing ids, so a proposal older than one already seen is over; without this a late,
   * reordered proposal would overwrite the pending newer one, whose commit would then be lost.
   */
  seen: Map<string, number>;
}

/** Agent holding variable values; one state, every message handled in place. */
export const variableAgentMachine = setup({
  types: {
    context: {} as VariableAgentContext,
    input: {} as VariableAgentInput,
    events: {} as VariableToAgent,
    emitted: {} as AgentsimEmitted,
  },
  actions: {
    store: enqueueActions(({ context, event, enqueue }) => {
      if (event.type !== 'var_init' && event.type !== 'var_propagate') return;
      const held = context.values.get(event.var);
      if (held === undefined || event.version > held.version) context.values.set(event.var, { value: event.value, version: event.version });
      enqueue.emit(outMessage(event.var, { type: 'var_ack', from: context.env.id, version: event.version }));
    }),
  },
}).createMachine({
  id: 'variable-agent',
  context: ({ input }) => ({ ...input, values: new Map(), pending: new Map(), seen: new Map() }),
  on: {
    var_init: { actions: 'store' },
    var_propagate: { actions: 'store' },
    var_propose: {
      actions: enqueueActions(({ context, event, enqueue }) => {
        if (event.pid <= (context.seen.get(event.var) ?? 0)) return;
        context.seen.set(event.var, event.pid);
        const yes = !context.env.rng.chance(context.rejectProbability);
        if (yes) {
          const held = { value: event.value, version: event.version, pid: event.pid };
          context.pending.set(event.var, held);
          if (context.applyOnPropose) context.values.set(event.var, held);
        }
        enqueue.emit(outMessage(event.var, { type: 'var_vote', from: context.env.id, pid: event.pid, yes }));
      }),
    },
    var_commit: {
      actions: enqueueActions(({ context, event, enqueue }) => {
        const p = context.pending.get(event.var);
        if (p !== undefined && p.pid === event.pid) {
          context.values.set(event.var, p);
          context.pending.delete(event.var);
        } else if (context.values.get(event.var)?.pid !== event.pid) return; // never voted for it
        enqueue.emit(outMessage(event.var, { type: 'var_commit_ack', from: context.env.id, pid: event.pid }));
      }),
    },
    var_abort: {
      actions: enqueueActions(({ context, event }) => {
        if (context.pending.get(event.var)?.pid === event.pid) context.pending.delete(event.var);
        if (event.pid > (context.seen.get(event.var) ?? 0)) context.seen.set(event.var, event.pid);
      }),
    },
  },
});
