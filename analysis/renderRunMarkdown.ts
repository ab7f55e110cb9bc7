/** The Markdown report of one run (`agentsim run --report FILE.md`). */
import type { RunResult } from '../scenarios/index.js';
import { markdownTable } from './formatTable.js';
import { invariantLines, metricRows } from './metricRows.js';

/** Renders a run's result as Markdown that fits a pull-request comment. */
export function renderRunMarkdown(result: RunResult): string {
  const params = markdownTable([['parameter', 'value'], ...Object.entries(result.params).map(([k, v]) => [k, `\`${String(v)}\``])]);
  const faults = result.faults.length === 0 ? '_none_' : result.faults.map((f) => `- t=${f.at} ms: ${f.kind} ${'targets' in f && f.targets ? f.targets.join(', ') : ''}`.trimEnd()).join('\n');
  return [
    `# ${result.scenario} (seed ${result.seed})`,
    '',
    `- virtual time: ${result.virtualTimeMs} ms, events: ${result.events}${result.wallMs === undefined ? '' : `, wall: ${(result.wallMs / 1000).toFixed(2)} s`}`,
    `- agentsim ${result.agentsim}, trace hash \`${result.traceHash}\``,
    `- replay: \`npx agentsim run ${result.scenario} --seed ${result.seed}${Object.entries(result.params).map(([k, v]) => ` --set ${k}=${String(v)}`).join('')}\``,
    '',
    '## Metrics',
    '',
    markdownTable(metricRows(result.metrics)),
    '',
    '## Invariants',
    '',
    result.invariants.length === 0 ? '_none_' : invariantLines(result.invariants).map((l) => `- ${l}`).join('\n'),
    '',
    '## Parameters',
    '',
    params,
    '',
    '## Faults',
    '',
    faults,
    '',
  ].join('\n');
}
