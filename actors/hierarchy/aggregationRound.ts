/**
 * The aggregation state a hierarchy level keeps for one round (root and group leaders alike):
 * its own contribution plus what the level below reported. Mutated in place from actions.
 */
import type { ActorEnv } from '../../engine/index.js';

/** One level's running aggregate. */
export interface AggregationRound {
  round: number;
  sum: number;
  count: number;
  reported: number;
}

/** The state before any round has started. */
export const NO_ROUND: Readonly<AggregationRound> = { round: -1, sum: 0, count: 0, reported: 0 };

/** Starts `round`: the level's own value (a seeded draw in [0, 100)) and no reports yet. */
export function startRound(state: AggregationRound & { env: ActorEnv }, round: number): void {
  state.round = round;
  state.sum = Math.floor(state.env.rng.next() * 100);
  state.count = 1;
  state.reported = 0;
}

/** Adds one report of the current round (reports of other rounds are ignored). */
export function addReport(state: AggregationRound, round: number, sum: number, count: number): void {
  if (round !== state.round) return;
  state.sum += sum;
  state.count += count;
  state.reported++;
}
