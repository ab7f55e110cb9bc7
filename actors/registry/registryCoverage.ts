/**
 * The coverage points a registry replica declares (`registry-replica`): whether it is serving or,
 * restarted, still waiting for its peers' sync answers (its role, so fault-state pairs name it),
 * and each branch of its replication: what a write finds in the table (an agent it has never
 * seen, a live entry, a tombstone), the last-writer-wins outcome of every gossiped or synced
 * entry (unknown, newer, older, the same version), a local write the table already holds a newer
 * version of, and the sync and gossip rounds themselves. Every branch exists in the correct
 * protocol; the registry's XState machine alone has too few transitions to tell these apart.
 */
import type { CoverageSpec } from '../../engine/index.js';
import { isNewer, type RegistryEntry } from './RegistryTable.js';

type Point = readonly [from: string, to: string, cause: string];

const STATES = ['serving', 'syncing'] as const;

/** A replica's role: `syncing` from a restart until every peer answered its sync request. */
export type RegistryRole = (typeof STATES)[number];

const each = (cause: string): Point[] => STATES.map((s) => [s, s, cause] as const);

/** What a write or an incoming entry meets in the table. */
const WRITES = ['register', 'deregister'].flatMap((w) => ['unknown', 'live', 'removed'].map((held) => `${w}-${held}`));
const INCOMING = ['gossip', 'sync'].flatMap((via) => ['unknown', 'newer', 'older', 'same'].map((o) => `${via}-${o}`));

/** The registry replica's points. */
export const REGISTRY_COVERAGE: CoverageSpec = {
  name: 'registry-replica',
  role: true,
  states: [...STATES],
  transitions: [
    ['serving', 'syncing', 'restart-sync-requested'],
    ['syncing', 'syncing', 'sync-answer'],
    ['syncing', 'serving', 'sync-complete'],
    ...WRITES.flatMap(each),
    ...each('agent-down-live'),
    ...each('agent-down-ignored'),
    ...each('write-superseded'),
    ...INCOMING.flatMap(each),
    // A sync answer about an agent this replica wrote while waiting for it: the race between a
    // restarted replica's fresh write and its peers' older state.
    ...['newer', 'older', 'same'].flatMap((o) => each(`sync-vs-write-${o}`)),
    ...each('sync-served'),
    ...each('gossip-round'),
  ],
};

/** How `held` (what the table holds for an agent) compares with an `incoming` entry, last-writer-wins. */
export function lwwOutcome(incoming: RegistryEntry, held: RegistryEntry | undefined): 'unknown' | 'newer' | 'older' | 'same' {
  if (held === undefined) return 'unknown';
  if (isNewer(incoming.version, held.version)) return 'newer';
  return isNewer(held.version, incoming.version) ? 'older' : 'same';
}

/** What a write of agent `id` meets: no entry, a live one, or a tombstone. */
export function heldState(held: RegistryEntry | undefined): 'unknown' | 'live' | 'removed' {
  return held === undefined ? 'unknown' : held.profile === null ? 'removed' : 'live';
}
