/**
 * The coverage points SwimProtocol declares: `swim-probe`, the member's own probe cycle (direct
 * probe, indirect probe, ack, failure), and `swim-view`, how its view of another member moves
 * between alive, suspect and dead, and why — including every update it applies without a change
 * (an older or equal incarnation, a repeated suspicion or death) and which accusation a member
 * refutes about itself (a suspicion, or a death already declared).
 */
import type { CoverageSpec } from '../../engine/index.js';

type Point = readonly [from: string, to: string, cause: string];

const STATUSES = ['alive', 'suspect', 'dead'] as const;
const each = (cause: string): Point[] => STATUSES.map((s) => [s, s, cause] as const);

/** One member's probe cycle (its own role). */
export const SWIM_PROBE_COVERAGE: CoverageSpec = {
  name: 'swim-probe',
  role: true,
  states: ['idle', 'probing', 'indirect', 'acked'],
  transitions: [
    ['idle', 'probing', 'tick'],
    ['acked', 'probing', 'tick'],
    ['probing', 'probing', 'tick-probe-failed'],
    ['indirect', 'probing', 'tick-probe-failed'],
    ['probing', 'indirect', 'probe-timeout'],
    ['probing', 'acked', 'ack'],
    ['indirect', 'acked', 'ack'],
  ],
};

/** A member's view of the others. */
export const SWIM_VIEW_COVERAGE: CoverageSpec = {
  name: 'swim-view',
  states: ['alive', 'suspect', 'dead'],
  transitions: [
    ['alive', 'suspect', 'probe-failed'],
    ['alive', 'dead', 'probe-failed'],
    ['alive', 'suspect', 'suspect-gossip'],
    ['suspect', 'suspect', 'confirmation'],
    ['suspect', 'dead', 'suspicion-timeout'],
    ['alive', 'dead', 'dead-gossip'],
    ['suspect', 'dead', 'dead-gossip'],
    ['suspect', 'alive', 'refutation'],
    // A refutation that arrives after other members confirmed the suspicion (its timer shortened).
    ['suspect', 'alive', 'refutation-confirmed'],
    ['dead', 'alive', 'refutation'],
    ['alive', 'alive', 'newer-incarnation'],
    ['alive', 'alive', 'refute-suspect'],
    ['alive', 'alive', 'refute-dead'],
    ...each('alive-same-incarnation'),
    ...each('alive-stale'),
    ...each('suspect-stale'),
    ['suspect', 'suspect', 'confirmation-ignored'],
    ['dead', 'dead', 'suspect-ignored'],
    ...each('dead-stale'),
    ['dead', 'dead', 'dead-repeated'],
  ],
};
