/**
 * The one sentence of a claim map, generated from the measured cells (never hand-written): where
 * the claim holds by the rule found, how many configurations hold, and the range measured, e.g.
 * "Failure Detection — improvement (≥ 3x) holds only when probe_interval_ms (agent-native) is at
 * most 1/10 of check_ms (traditional), and fails from 1/4: 5 of 16 configurations hold
 * (measured 0.05x–7.9x)."
 */
import { formatNumber } from '../formatTable.js';
import { formatValue } from '../report/formatValue.js';
import type { ClaimValue } from '../targets/ClaimSpec.js';
import type { ClaimCell, ClaimMap } from './ClaimMap.js';
import { configText } from './claimSections.js';
import type { ClaimCondition, ClaimRule } from './findClaimRule.js';

type MapFacts = Omit<ClaimMap, 'sentence' | 'schema'>;

/** The sentence for a map. */
export function describeClaim(map: MapFacts): string {
  const v = (x: number | null): string => formatValue(x, map.unit);
  const head = `${map.operation} (${map.requirement.op === '>=' ? '≥' : '≤'} ${v(map.requirement.limit)})`;
  const measured = map.cells.filter((c): c is ClaimCell & { value: number } => c.status !== 'error' && c.value !== null);
  if (measured.length === 0) {
    const reason = map.cells.find((c) => c.reason)?.reason;
    return `${head} could not be measured on the grid${reason ? ` (${reason})` : ''}.`;
  }
  const values = measured.map((c) => c.value);
  const span = `${v(Math.min(...values))}–${v(Math.max(...values))}`;
  const better = (a: number, b: number): boolean => (map.requirement.op === '>=' ? a > b : a < b);
  const pick = (want: (a: number, b: number) => boolean): ClaimCell & { value: number } => measured.reduce((best, c) => (want(c.value, best.value) ? c : best));
  const at = (c: ClaimCell): string => configText(map, c.coords);
  if (map.holds === 0) {
    const best = pick(better);
    return `${head} holds nowhere in the swept grid of ${measured.length} configurations: the best measured is ${v(best.value)}, at ${at(best)}.`;
  }
  if (map.holds === measured.length) {
    const worst = pick((a, b) => better(b, a));
    return `${head} holds in all ${measured.length} swept configurations (the least is ${v(worst.value)}, at ${at(worst)}).`;
  }
  const counts = `${map.holds} of ${measured.length} configurations hold (measured ${span})`;
  const rule = map.rule;
  if (rule === null) return `${head} holds in ${counts}.`;
  const when = ruleText(map, rule);
  return rule.agree === rule.of ? `${head} holds only when ${when}: ${counts}.` : `${head} holds mostly when ${when} (${rule.of - rule.agree} of ${rule.of} configurations are exceptions): ${counts}.`;
}

/** The rule's conditions in words. */
export function ruleText(map: Pick<MapFacts, 'axes'>, rule: ClaimRule): string {
  return rule.conditions.map((c) => conditionText(map, c)).join(rule.join === 'all' ? ' and ' : ', or when ');
}

function conditionText(map: Pick<MapFacts, 'axes'>, c: ClaimCondition): string {
  const name = map.axes[c.axis]!.label;
  switch (c.kind) {
    case 'eq':
      return `${name} is ${show(c.value)}`;
    case 'le':
      return `${name} is at most ${show(c.value)} (it fails from ${show(c.next)})`;
    case 'ge':
      return `${name} is at least ${show(c.value)} (it fails at ${show(c.next)} and below)`;
    case 'ratio-le':
      return `${name} is at most ${times(c.value)} ${map.axes[c.over]!.label} (it fails from ${fraction(c.next)})`;
    case 'ratio-ge':
      return `${name} is at least ${times(c.value)} ${map.axes[c.over]!.label} (it fails at ${fraction(c.next)} and below)`;
  }
}

/** `1/8`, `0.4`, `2.5`: a ratio of two axes, as a unit fraction when it is close to one. */
export function fraction(r: number): string {
  const k = 1 / r;
  return r < 1 && Math.abs(k - Math.round(k)) / k < 0.02 ? `1/${Math.round(k)}` : formatNumber(r);
}

/** `1/8 of`, `2.5x`: a ratio in front of the axis it multiplies. */
function times(r: number): string {
  const f = fraction(r);
  return f.startsWith('1/') ? `${f} of` : `${f}x`;
}

function show(v: ClaimValue): string {
  return String(v);
}
