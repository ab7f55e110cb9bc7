/** Claim maps as HTML sections: per claim its sentence, heat map (inline SVG), facts and boundary table. */
import { esc, htmlTable } from '../report/html.js';
import { renderSvg } from '../report/renderSvg.js';
import { claimBoundary } from './claimBoundary.js';
import { claimHeatmap } from './claimHeatmap.js';
import type { ClaimMap } from './ClaimMap.js';
import { baseLine, claimSummaryRows, nearestLine, scopeLine } from './claimSections.js';

/** The sections (anchored `#claim-<id>`), to embed in a report. */
export async function renderClaimSections(maps: readonly ClaimMap[]): Promise<string> {
  const out = [htmlTable(claimSummaryRows(maps).map((r, i) => (i === 0 ? r : [{ text: r[0]!, href: `#claim-${r[0]}` }, ...r.slice(1)])))];
  for (const m of maps) {
    const chart = claimHeatmap(m);
    out.push(
      `<section class="claim" id="${esc(chart.id)}"><h3>${esc(m.operation)} <code>${esc(m.id)}</code></h3>`,
      `<p class="sentence">${esc(m.sentence)}</p>`,
      `<figure class="chart claim-map"><figcaption>${esc(chart.title)}</figcaption>${await renderSvg(chart.spec)}</figure>`,
      `<ul><li>${esc(scopeLine(m))}</li><li>${esc(baseLine(m))}</li><li>${esc(nearestLine(m))}</li>${m.why ? `<li>why these parameters: ${esc(m.why)}</li>` : ''}</ul>`,
      htmlTable(claimBoundary(m)),
      '</section>',
    );
  }
  return out.join('\n');
}
