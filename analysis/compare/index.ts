export { compareResults, groupResults, type Comparison, type CompareOptions, type MetricComparison } from './compareResults.js';
export { detectTrends, historyRuns, type TrendFinding } from './detectTrends.js';
