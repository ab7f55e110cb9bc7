export { chartSpecs, convergence, detectionHistogram, faultTimeline, latencyCdf, metricVsScale, type Chart } from './chartSpecs.js';
export { formatMetric, formatValue } from './formatValue.js';
export { isDeclaredRatio, metricDisplay, type Display } from './metricDisplay.js';
export { renderHtmlReport } from './renderHtmlReport.js';
export { renderSummaryMarkdown } from './renderSummaryMarkdown.js';
export { renderSvg, withTitles } from './renderSvg.js';
export type { ReportInput } from './ReportInput.js';
