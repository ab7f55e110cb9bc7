/** Renders a Vega-Lite spec to an SVG string in Node, without a browser (vega's headless view). */
import type { TopLevelSpec } from 'vega-lite';

/**
 * Compiles `spec` with vega-lite and renders it with a renderer-less vega View. Each mark's
 * description (its encoded fields, which include the tooltip's) also becomes an SVG `<title>`,
 * so a browser shows it on hover without scripts.
 */
export async function renderSvg(spec: TopLevelSpec): Promise<string> {
  const [vega, vl] = await Promise.all([import('vega'), import('vega-lite')]);
  const view = new vega.View(vega.parse(vl.compile(spec).spec), { renderer: 'none' });
  try {
    return withTitles(await view.toSVG());
  } finally {
    view.finalize();
  }
}

/** Adds `<title>` (the hover text of SVG) to self-closed graphics symbols that carry an aria-label. */
export function withTitles(svg: string): string {
  return svg.replace(/<(path|rect|circle|line)(\s[^>]*?aria-label="([^"]*)"[^>]*?role="graphics-symbol"[^>]*?)\/>/g, '<$1$2><title>$3</title></$1>');
}
