/**
 * The coverage points ClusterManagerCore declares: its resource share as the manager's state
 * (`available` while it has free units, `full` once reservations hold them all) and each
 * message-handling branch of the directory, the balancer and the two-phase resource allocation,
 * so `agentsim coverage` reports the cluster protocol rather than the host machine's one state.
 */
import type { CoverageSpec } from '../../engine/index.js';

type Point = readonly [from: string, to: string, cause: string];

const STATES = ['available', 'full'] as const;
const each = (cause: string): Point[] => STATES.map((s) => [s, s, cause] as const);

/** The cluster manager's states and transitions. */
export const CLUSTER_MANAGER_COVERAGE: CoverageSpec = {
  name: 'cluster-manager',
  role: true,
  states: [...STATES],
  transitions: [
    ...['d-register', 'd-lookup-owned', 'd-lookup-forwarded', 'd-answer-found', 'd-answer-unknown'].flatMap(each),
    ...['lb-assigned', 'lb-spilled', 'lb-done', 'ra-coordinate', 'ra-no-targets'].flatMap(each),
    ['available', 'available', 'ra-reserve-granted'],
    ['available', 'full', 'ra-reserve-granted'],
    ...['ra-reserve-denied', 'ra-reply', 'ra-late-grant-released', 'ra-allocated', 'ra-failed', 'ra-commit', 'ra-commit-unknown'].flatMap(each),
    ['available', 'available', 'ra-release'],
    ['full', 'available', 'ra-release'],
    ...each('ra-release-unknown'),
    ['available', 'available', 'sweep-expired'],
    ['full', 'available', 'sweep-expired'],
    ...each('sweep-timed-out'),
  ],
};
