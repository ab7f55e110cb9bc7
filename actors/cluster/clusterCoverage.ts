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
    ...each('d-register'),
    ...each('d-lookup-owned'),
    ...each('d-lookup-forwarded'),
    ...each('d-answer-found'),
    ...each('d-answer-unknown'),
    ...each('lb-assigned'),
    ...each('lb-spilled'),
    ...each('lb-done'),
    ...each('ra-coordinate'),
    ...each('ra-no-targets'),
    ['available', 'available', 'ra-reserve-granted'],
    ['available', 'full', 'ra-reserve-granted'],
    ...each('ra-reserve-denied'),
    ...each('ra-reply'),
    ...each('ra-late-grant-released'),
    ...each('ra-allocated'),
    ...each('ra-failed'),
    ...each('ra-commit'),
    ...each('ra-commit-unknown'),
    ['available', 'available', 'ra-release'],
    ['full', 'available', 'ra-release'],
    ...each('ra-release-unknown'),
    ['available', 'available', 'sweep-expired'],
    ['full', 'available', 'sweep-expired'],
    ...each('sweep-timed-out'),
  ],
};
