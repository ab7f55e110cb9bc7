// Statechart coverage: the static model of a machine, the collector fed by xstate's inspection API
// and by protocol cores' declared points, and the plain report it produces.
export { CoverageCollector, type CoverageMoment, type CoveredActor, type HostCoverage } from './CoverageCollector.js';
export { coveragePoints, NO_COVERAGE_POINTS, NO_OBSERVED_POINTS, type CoveragePoints, type ObservedPoints, type CoverageSink, type CoverageSpec } from './CoveragePoints.js';
export { coverageTotals, mergeCoverage, type CoverageReport, type MachineCoverage, type StateCoverage, type TransitionCoverage } from './CoverageReport.js';
export { machineModel, type MachineModel, type TransitionModel } from './machineModel.js';
