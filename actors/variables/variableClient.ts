/**
 * An agent that uses variables: the workload injects `var.use {variable, value?}` and the agent
 * sends `var.set` (when a value is given) or `var.get` to that variable; replies are received and
 * dropped. Stateless, so it weighs what an idle agent does.
 */
import { enqueueActions, setup } from 'xstate';
import type { AgentsimEmitted } from '../../engine/index.js';
import { outMessage } from '../common/outbound.js';

/** The workload's instruction to an agent. */
export interface VariableUseEvent {
  type: 'var.use';
  variable: string;
  value?: number;
}

/** An agent reading and tuning variables. */
export const variableClientMachine = setup({
  types: { events: {} as VariableUseEvent | { type: 'var.value'; value: number }, emitted: {} as AgentsimEmitted },
}).createMachine({
  id: 'variable-client',
  on: {
    'var.use': {
      actions: enqueueActions(({ event, enqueue, self }) => {
        const e = event as VariableUseEvent;
        enqueue.emit(outMessage(e.variable, e.value === undefined ? { type: 'var.get', from: self.id } : { type: 'var.set', from: self.id, value: e.value }));
      }),
    },
  },
});
