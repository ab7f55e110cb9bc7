/**
 * `agentsim/testing`: fast-check arbitraries (seeds, fault plans, scenario parameters) and the
 * invariant library, for property tests of machines hosted on agentsim.
 */
export { abstractFaultsArbitrary, FAULT_KINDS, faultPlanArbitrary, materializeFaults, seedArbitrary, type AbstractFault, type AbstractFaultsOptions, type FaultPlanOptions } from './faultArbitraries.js';
export { SMALL_PARAMS } from './smallParams.js';
export { paramsArbitrary, type ParamsArbitraryOptions, type ParamVariation } from './paramsArbitrary.js';
export {
  agreement,
  committedAgreement,
  electionSafety,
  fdAccuracy,
  fdCompleteness,
  invariantResult,
  membershipAgreement,
  NO_DELIVERY_TO_CRASHED,
  Violations,
  variableAgreementAfterCommit,
  watchNeverRoutesToDead,
  watchNoDeliveryToCrashed,
  type NeverRoutesToDeadOptions,
} from '../scenarios/core/invariants/index.js';
export { collectCoverage } from './collectCoverage.js';
export { coveragePoints, coverageTotals, mergeCoverage, NO_COVERAGE_POINTS, type CoveragePoints, type CoverageReport, type CoverageSink, type CoverageSpec, type MachineCoverage } from '../engine/index.js';
