export { evaluateTarget, overallStatus, WARNING_BAND, type TargetOutcome, type TargetStatus } from './evaluateTarget.js';
export { metricValue, type MetricStat } from './metricValue.js';
export { rowValue } from './rowValue.js';
export { RunCache } from './RunCache.js';
export { runValidation, type ValidatedRow, type ValidationOptions, type ValidationReport } from './runValidation.js';
