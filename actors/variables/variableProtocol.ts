/**
 * Messages between a cognitive variable and the agents it affects, and the requests a variable
 * serves. Every request carries `at`, the virtual time it was made, so latencies are measured
 * from the requester's point of view.
 */
import type { Feedback, VariableValue } from './CognitiveValue.js';

/** Requests a variable serves, one at a time, in arrival order. */
export type VariableRequest =
  | { type: 'change_value'; req: number; at: number; value: VariableValue; scope: 'local' | 'cluster'; replyTo?: string }
  | { type: 'coordinate_change'; req: number; at: number; value: VariableValue; replyTo?: string }
  | { type: 'performance_feedback'; req: number; at: number; feedback: Feedback; replyTo?: string };

/** Variable → agent. */
export type VariableToAgent =
  | { type: 'var_init'; var: string; value: VariableValue; version: number }
  | { type: 'var_propagate'; var: string; value: VariableValue; version: number }
  | { type: 'var_propose'; var: string; pid: number; value: VariableValue; version: number }
  | { type: 'var_commit'; var: string; pid: number }
  | { type: 'var_abort'; var: string; pid: number };

/** Agent → variable. */
export type AgentToVariable =
  | { type: 'var_ack'; from: string; version: number }
  | { type: 'var_vote'; from: string; pid: number; yes: boolean }
  | { type: 'var_commit_ack'; from: string; pid: number };

/** Variable → requester (when `replyTo` is given). */
export interface VariableDone {
  type: 'variable_done';
  var: string;
  req: number;
  value: VariableValue;
  version: number;
}

/** What an agent holds for one variable. */
export interface HeldValue {
  value: VariableValue;
  version: number;
  /** The proposal it came from, for values set by coordination. */
  pid?: number;
}
