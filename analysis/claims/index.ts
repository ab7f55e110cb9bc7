// Claim maps: for a target row's claim, sweep the parameters that plausibly decide it and report
// where it holds and where it fails — a boundary table, a heat map and one generated sentence.
export { axisNumber, axisPosition, isNumericAxis } from './axisNumber.js';
export { claimBoundary } from './claimBoundary.js';
export { claimHeatmap } from './claimHeatmap.js';
export type { ClaimCell, ClaimMap, NearestHolding } from './ClaimMap.js';
export { baseLine, claimSummaryRows, configText, nearestLine, scopeLine } from './claimSections.js';
export { describeClaim, fraction, ruleText } from './describeClaim.js';
export { evaluateClaim, type ClaimRunOutcome } from './evaluateClaim.js';
export { findClaimRule, satisfies, type ClaimCondition, type ClaimRule } from './findClaimRule.js';
export { nearestHolding } from './nearestHolding.js';
export { planClaim, type ClaimPlan, type ClaimRun, type PlanClaimOptions, type PlannedAxis, type PlannedPoint } from './planClaim.js';
export { renderClaimSections } from './renderClaimsHtml.js';
export { renderClaimsMarkdown } from './renderClaimsMarkdown.js';
