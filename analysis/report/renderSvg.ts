/** Renders a Vega-Lite spec to an SVG string in Node, without a browser (vega's headless view). */
import type { TopLevelSpec } from 'vega-lite';

/** Compiles `spec` with vega-lite and renders it with a renderer-less vega View. */
export async function renderSvg(spec: TopLevelSpec): Promise<string> {
  const [vega, vl] = await Promise.all([import('vega'), import('vega-lite')]);
  const view = new vega.View(vega.parse(vl.compile(spec).spec), { renderer: 'none' });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}
