/**
 * A bounded numeric variable as a minimal actor: it holds a number kept within [min, max],
 * answers `var.get` with `var.value` and applies `var.set` (clamped), acknowledging with
 * `var.value`. The unit of the per-variable memory figure of `resource-efficiency` (the full
 * cognitive variable, with coordination, is `cognitiveVariableMachine`).
 */
import { enqueueActions, setup } from 'xstate';
import type { AgentsimEmitted } from '../../engine/index.js';
import { outMessage } from '../common/outbound.js';

/** Input of {@link boundedVariableMachine}. */
export interface BoundedVariableInput {
  value: number;
  min: number;
  max: number;
}

/** Events a bounded variable handles. */
export type BoundedVariableEvent = { type: 'var.get'; from: string } | { type: 'var.set'; from: string; value: number };

/** A bounded numeric variable. */
export const boundedVariableMachine = setup({
  types: { context: {} as BoundedVariableInput, input: {} as BoundedVariableInput, events: {} as BoundedVariableEvent, emitted: {} as AgentsimEmitted },
}).createMachine({
  id: 'bounded-variable',
  context: ({ input }) => ({ ...input }),
  on: {
    'var.get': { actions: enqueueActions(({ context, event, enqueue }) => enqueue.emit(outMessage(event.from, { type: 'var.value', value: context.value }))) },
    'var.set': {
      actions: enqueueActions(({ context, event, enqueue }) => {
        context.value = Math.min(context.max, Math.max(context.min, event.value));
        enqueue.emit(outMessage(event.from, { type: 'var.value', value: context.value }));
      }),
    },
  },
});
