export { compareResults, groupResults, type Comparison, type CompareOptions, type MetricComparison } from './compareResults.js';
export { detectTrends, type TrendFinding } from './detectTrends.js';
