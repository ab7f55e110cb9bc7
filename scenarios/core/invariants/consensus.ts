/**
 * Consensus safety: at most one leader per term (Raft's election safety) and, for each log index,
 * at most one value ever committed (agreement on decided values).
 */
import { canonicalJson } from '../../../engine/index.js';
import type { InvariantResult } from '../defineScenario.js';
import { Violations } from './Violations.js';

/** `consensus.election-safety`: no term has two distinct leaders. */
export function electionSafety(elections: Iterable<{ readonly term: number; readonly leader: string }>, name = 'consensus.election-safety'): InvariantResult {
  const byTerm = new Map<number, string>();
  const violations = new Violations();
  for (const { term, leader } of elections) {
    const first = byTerm.get(term);
    if (first === undefined) byTerm.set(term, leader);
    else if (first !== leader) violations.add(() => `term ${term} has two leaders: ${first} and ${leader}`);
  }
  return violations.result(name);
}

/** `consensus.agreement`: no log index has two different committed values (across all nodes). */
export function committedAgreement(commits: Iterable<{ readonly node: string; readonly index: number; readonly value: unknown }>, name = 'consensus.agreement'): InvariantResult {
  const byIndex = new Map<number, { node: string; key: string }>();
  const violations = new Violations();
  for (const { node, index, value } of commits) {
    const key = canonicalJson(value);
    const first = byIndex.get(index);
    if (first === undefined) byIndex.set(index, { node, key });
    else if (first.key !== key) violations.add(() => `index ${index} committed as ${first.key} on ${first.node} and as ${key} on ${node}`);
  }
  return violations.result(name);
}
