/**
 * Named error classes. Library code throws these; only `cli/` turns them into exit codes
 * (a {@link UsageError} is bad input: exit 2, one line, no stack trace).
 */

/** Base class of every error agentsim throws on purpose. */
export class AgentsimError extends Error {
  override name = 'AgentsimError';
}

/** Bad input from a user: an unknown key, an out-of-range value, a malformed file. */
export class UsageError extends AgentsimError {
  override name = 'UsageError';
}

/** A run exceeded its `maxEvents` guard: most likely a runaway feedback loop in a model. */
export class MaxEventsError extends AgentsimError {
  override name = 'MaxEventsError';
  constructor(
    readonly limit: number,
    readonly time: number,
  ) {
    super(`run stopped after ${limit} events at t=${time}ms (maxEvents guard): is a model re-scheduling itself without advancing time?`);
  }
}
