/**
 * The self-contained HTML report: the summary's tables plus charts rendered to inline SVG by
 * Vega (no scripts, no network), so it opens anywhere and can be attached as a CI artifact.
 */
import { renderClaimSections } from '../claims/renderClaimsHtml.js';
import { chartSpecs } from './chartSpecs.js';
import { esc, htmlTable as table, type HtmlCell } from './html.js';
import { comparisonRows, recommendationLines, resultRows, skippedRows, trendRows, validationHeadline, validationRows } from './reportSections.js';
import type { ReportInput } from './ReportInput.js';
import { renderSvg } from './renderSvg.js';

const CSS = `body{font:14px/1.45 system-ui,sans-serif;margin:2em auto;max-width:1100px;color:#222}
table{border-collapse:collapse;margin:.5em 0 1.5em}td,th{border:1px solid #ccc;padding:3px 8px;text-align:right}
td:first-child,th:first-child,td:nth-child(2){text-align:left}th{background:#f3f3f3}figure{margin:1em 0 2em}
figcaption{font-weight:600;margin-bottom:.3em}details{margin:.5em 0}code{background:#f3f3f3;padding:0 3px}`;

/** Renders the report. */
export async function renderHtmlReport(input: ReportInput): Promise<string> {
  const title = input.title ?? 'agentsim performance report';
  const body: string[] = [`<h1>${esc(title)}</h1>`];
  const v = input.validation;
  if (v) {
    // A row with a claim map links to it.
    const mapped = new Set((input.claims ?? []).map((m) => m.id));
    const ran = v.rows.filter((r) => r.outcome.status !== 'skipped');
    const rows = validationRows(v).map((r, i): HtmlCell[] => {
      const id = i === 0 ? undefined : ran[i - 1]?.row.id;
      return id !== undefined && mapped.has(id) ? r.map((c, k) => (k === 1 ? { text: `${c} (claim map)`, href: `#claim-${id}` } : c)) : r;
    });
    body.push(`<p>${esc(validationHeadline(v)).replace(/\*\*(.*?)\*\*/g, '<strong>$1</strong>')}</p>`, table(rows));
    const recs = recommendationLines(v);
    if (recs.length) body.push('<h2>Recommendations</h2><ul>', ...recs.map((l) => `<li>${esc(l).replace(/`(.*?)`/g, '<code>$1</code>')}</li>`), '</ul>');
    const skipped = skippedRows(v);
    if (skipped.length > 1) body.push(`<details><summary>${skipped.length - 1} rows skipped</summary>${table(skipped)}</details>`);
  }
  if (input.comparison) body.push(`<h2>Regression check</h2>`, table(comparisonRows(input)));
  if (input.trends) body.push(`<h2>Trends</h2>`, table(trendRows(input)));
  if (input.claims?.length) body.push('<h2>Claim maps: where each claim holds</h2>', await renderClaimSections(input.claims));
  const charts = chartSpecs(input.results);
  if (charts.length) body.push('<h2>Charts</h2>');
  for (const chart of charts) {
    body.push(`<figure class="chart" id="${chart.id}"><figcaption>${esc(chart.title)}</figcaption>${await renderSvg(chart.spec)}</figure>`);
  }
  if (input.results.length) {
    body.push('<h2>Results</h2>');
    for (const { title: t, rows } of resultRows(input)) body.push(`<h3>${esc(t)}</h3>`, table(rows));
  }
  return `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>${esc(title)}</title><style>${CSS}</style></head>\n<body>\n${body.join('\n')}\n</body></html>\n`;
}
