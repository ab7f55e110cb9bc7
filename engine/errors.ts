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

/**
 * An actor (or any user of the kernel clock) asked for a delay that is negative or not finite.
 * Thrown from the clock inside a transition, so xstate hands it to the actor's error observer:
 * a hosted actor then stops with an `actor-error` fault that names it and the delay.
 */
export class InvalidDelayError extends AgentsimError {
  override name = 'InvalidDelayError';
  constructor(
    readonly who: string,
    readonly delay: number,
  ) {
    super(`${who} asked for a delay of ${delay} ms — a delay must be a finite number >= 0`);
  }
}

/**
 * `Kernel.runUntil`, `step`, `run…` called from inside a kernel callback. The outer loop would
 * otherwise resume with a clock the inner one moved, and time could run backwards.
 */
export class ReentrantRunError extends AgentsimError {
  override name = 'ReentrantRunError';
  constructor(readonly method: string) {
    super(`Kernel.${method}: called from inside a kernel callback; schedule work with Kernel.schedule instead of running the kernel re-entrantly`);
  }
}
