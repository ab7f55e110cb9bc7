// Statechart coverage in analysis: the run observer that collects it, and its text, Markdown and HTML renderings.
// Imports engine/ and scenarios/; imported by cli/.
export { coverageObserver, resultCoverage } from './coverageObserver.js';
export { coverageSummaryLines, formatCoverage, renderCoverageMarkdown, transitionLabel, untakenTransitions } from './formatCoverage.js';
export { COVERAGE_STYLE, renderCoverageHtml, renderCoverageSection } from './renderCoverageHtml.js';
