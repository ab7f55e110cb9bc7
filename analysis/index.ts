export { confidenceInterval, studentTCdf, studentTQuantile, type ConfidenceInterval } from './confidenceInterval.js';
export { formatRunSummary } from './formatRunSummary.js';
export { formatSweepSummary } from './formatSweepSummary.js';
export { formatNumber, markdownTable, textTable } from './formatTable.js';
export { failedInvariants, invariantLines, metricRows } from './metricRows.js';
export { renderRunMarkdown } from './renderRunMarkdown.js';
export { summarizeSweep, type PointSummary, type Replicate, type SweepDescription, type SweepSummary } from './summarizeSweep.js';
