/**
 * The points RaftTracker declares as an observer of the whole group: states of the committed
 * ledger against every node's log, one step short of a violation of `raft.committed-agree` and
 * reachable by correct Raft, so `explore --guided` keeps the runs that reach them.
 */
import type { CoverageSpec } from '../../engine/index.js';

/** The ledger's near-miss states. */
export const RAFT_LEDGER_COVERAGE: CoverageSpec = {
  name: 'raft-ledger',
  states: ['ledger'],
  transitions: [
    // A leader lacks client entries of an earlier term that another node holds uncommitted: Figure
    // 8's (b), a deposed leader's stranded entries (the leader sends appends while it holds).
    ['ledger', 'ledger', 'leader-past-stranded'],
    // A leader committed an index where another node holds an entry of a later term (Figure 8's
    // (c)→(e) with the no-op; that node must never lead again before it learns the commit).
    ['ledger', 'ledger', 'commit-shadowed'],
  ],
};
