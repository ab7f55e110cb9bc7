/**
 * Agreement invariants: every observer holds the same value — membership views after the
 * membership protocol settled, a tunable variable's value on every replica after a commit.
 */
import { canonicalJson } from '../../../engine/index.js';
import type { InvariantResult } from '../defineScenario.js';
import { invariantResult } from './Violations.js';

/**
 * `name` holds when every observer's value is equal (compared as canonical JSON); each observer
 * differing from the most common value is one violation.
 */
export function agreement(name: string, values: ReadonlyMap<string, unknown>, applicable?: boolean): InvariantResult {
  const groups = new Map<string, string[]>();
  for (const [observer, value] of values) {
    const key = canonicalJson(value);
    const list = groups.get(key) ?? [];
    list.push(observer);
    groups.set(key, list);
  }
  if (groups.size <= 1) return invariantResult(name, 0, undefined, applicable);
  const [majorityKey, majority] = [...groups].reduce((a, b) => (b[1].length > a[1].length ? b : a));
  const [otherKey, others] = [...groups].find(([key]) => key !== majorityKey)!;
  const violations = values.size - majority.length;
  return invariantResult(name, violations, `${others[0]} holds ${brief(otherKey)} while ${majority[0]} (and ${majority.length - 1} more) hold ${brief(majorityKey)}`, applicable);
}

/** `membership.agreement`: every live member sees the same set of live members (order ignored). */
export function membershipAgreement(views: ReadonlyMap<string, Iterable<string>>, applicable?: boolean): InvariantResult {
  return agreement('membership.agreement', new Map([...views].map(([observer, members]) => [observer, [...members].sort()])), applicable);
}

/**
 * `cv.agreement-after-commit`: after variable `variable` was committed, every live replica holds
 * the committed value.
 */
export function variableAgreementAfterCommit(variable: string, replicas: ReadonlyMap<string, unknown>, applicable?: boolean): InvariantResult {
  const result = agreement('cv.agreement-after-commit', replicas, applicable);
  return result.holds || result.example === undefined ? result : { ...result, example: `${variable}: ${result.example}` };
}

function brief(text: string): string {
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}
