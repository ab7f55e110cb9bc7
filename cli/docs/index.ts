// The docs generator behind `npm run docs`: fills the generated tables of README.md and docs/ from the scenarios and the CLI.
// Imports scenarios/ and cli/createProgram; imported only by its own main.ts and the docs test (never by the CLI commands).
export { createDocSources, docFiles, missingBlocks } from './docSources.js';
export { measureMetrics, type MeasuredScenario, type MetricRow } from './measureMetrics.js';
export { metricMeanings, type MetricMeanings } from './metricMeanings.js';
export { generatedBlocks, renderDocs, type DocSources } from './renderDocs.js';
export { scenarioPages, type MetricVariant, type ScenarioPage } from './scenarioPages.js';
