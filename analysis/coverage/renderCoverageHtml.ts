/**
 * The self-contained HTML page of a coverage report: one table per machine (states, then
 * transitions), never-taken transitions and never-entered states highlighted.
 */
import { coverageTotals, type CoverageReport } from '../../engine/index.js';
import { coverageRunBy } from './formatCoverage.js';

const STYLE = `body{font:14px system-ui,sans-serif;margin:2em;max-width:70em}table{border-collapse:collapse;margin:.5em 0 1.5em}
td,th{border:1px solid #ccc;padding:.2em .6em;text-align:left}td.n{text-align:right}tr.untaken td{background:#fde2e1;color:#8a1c13;font-weight:600}
tr.undeclared td{background:#fff4d6}h2 small{font-weight:normal;color:#555}`;

/** The coverage section alone (tables), to embed in another report. */
export function renderCoverageSection(report: CoverageReport): string {
  const out: string[] = [];
  for (const m of report.machines) {
    const { states, transitions } = coverageTotals(m);
    out.push(`<h2>${esc(m.name)} <small>${coverageRunBy(m)}: states ${states[0]}/${states[1]}, transitions ${transitions[0]}/${transitions[1]}</small></h2>`);
    out.push('<table><tr><th>state</th><th>entered</th></tr>');
    for (const s of m.states) out.push(`<tr${s.count === 0 ? ' class="untaken"' : ''}><td>${esc(s.name)}</td><td class="n">${s.count}</td></tr>`);
    out.push('</table><table><tr><th>source</th><th>event</th><th>target</th><th>guard</th><th>taken</th></tr>');
    for (const t of m.transitions) {
      const cls = t.count === 0 ? ' class="untaken"' : t.undeclared ? ' class="undeclared"' : '';
      out.push(`<tr${cls}><td>${esc(t.source)}</td><td>${esc(t.event)}</td><td>${esc(t.target)}</td><td>${esc(t.guard ?? '')}</td><td class="n">${t.count === 0 ? 'never' : t.count}</td></tr>`);
    }
    out.push('</table>');
  }
  const pairs = Object.entries(report.faultStates);
  if (pairs.length) {
    out.push('<h2>Faults by state</h2><table><tr><th>fault @ machine:state</th><th>count</th></tr>');
    for (const [k, v] of pairs) out.push(`<tr><td>${esc(k)}</td><td class="n">${v}</td></tr>`);
    out.push('</table>');
  }
  return out.join('\n');
}

/** A complete HTML page. */
export function renderCoverageHtml(report: CoverageReport, title: string): string {
  return `<!doctype html>\n<html><head><meta charset="utf-8"><title>${esc(`Coverage: ${title}`)}</title><style>${STYLE}</style></head>\n<body><h1>${esc(`Coverage: ${title}`)}</h1><p>${report.runs} run(s). Highlighted rows were never taken.</p>\n${renderCoverageSection(report)}\n</body></html>\n`;
}

/** The stylesheet, for embedding the section elsewhere. */
export const COVERAGE_STYLE = STYLE;

function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
