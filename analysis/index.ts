export { formatRunSummary } from './formatRunSummary.js';
export { formatNumber, markdownTable, textTable } from './formatTable.js';
export { failedInvariants, invariantLines, metricRows } from './metricRows.js';
export { renderRunMarkdown } from './renderRunMarkdown.js';
