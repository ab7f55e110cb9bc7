/**
 * The coverage points RaftCore declares: its role changes and each message-handling branch (a
 * self-transition of the role it happens in), so `agentsim coverage` reports Raft's own states
 * and transitions rather than only those of the thin host machine.
 */
import type { CoverageSpec } from '../../engine/index.js';

type Point = readonly [from: string, to: string, cause: string];

const each = (roles: readonly string[], cause: string): Point[] => roles.map((r) => [r, r, cause] as const);
const ALL = ['follower', 'candidate', 'leader'] as const;

/** Raft's roles and transitions. */
export const RAFT_COVERAGE: CoverageSpec = {
  name: 'raft',
  role: true,
  states: ['follower', 'candidate', 'leader'],
  transitions: [
    ['follower', 'candidate', 'election-timeout'],
    ['candidate', 'candidate', 'election-timeout'],
    ['candidate', 'leader', 'won-election'],
    ['candidate', 'follower', 'leader-append'],
    ['follower', 'follower', 'higher-term'],
    ['candidate', 'follower', 'higher-term'],
    ['leader', 'follower', 'higher-term'],
    ['candidate', 'follower', 'higher-term-reply'],
    ['leader', 'follower', 'higher-term-reply'],
    ['leader', 'leader', 'deposed-unreplicated'],
    ['follower', 'follower', 'vote-granted'],
    ...each(ALL, 'vote-refused-stale-term'),
    ...each(ALL, 'vote-refused-already-voted'),
    ['follower', 'follower', 'vote-refused-log-behind'],
    ['candidate', 'candidate', 'vote-counted'],
    ...each(ALL, 'vote-reply-ignored'),
    ...each(ALL, 'append-stale-term'),
    ['follower', 'follower', 'append-gap'],
    ['follower', 'follower', 'append-mismatch'],
    ['follower', 'follower', 'append-truncated'],
    ['follower', 'follower', 'append-replaced-by-inherited'],
    ['follower', 'follower', 'append-replaced-by-older'],
    ['follower', 'follower', 'append-entries'],
    ['follower', 'follower', 'append-heartbeat'],
    ['leader', 'leader', 'append-rejected'],
    ['leader', 'leader', 'append-acked'],
    ...each(['follower', 'candidate'], 'append-reply-ignored'),
    ['leader', 'leader', 'commit'],
    ['leader', 'leader', 'commit-deferred-old-term'],
    ['leader', 'leader', 'inherited-uncommitted'],
    ['leader', 'leader', 'reelected-unreplicated'],
    ['follower', 'follower', 'recovered-log'],
    ['leader', 'leader', 'request-appended'],
    ...each(['follower', 'candidate'], 'request-forwarded'),
    ...each(['follower', 'candidate'], 'request-dropped'),
  ],
};
