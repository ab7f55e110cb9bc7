/** Small HTML helpers shared by the HTML reports. */

/** Escapes text for HTML content and attribute values. */
export function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A cell: text, or text linking to `href`. */
export type HtmlCell = string | { readonly text: string; readonly href: string };

/** A table from rows of cells (the first row is the header); `<p><em>none</em></p>` without body rows. */
export function htmlTable(rows: readonly (readonly HtmlCell[])[]): string {
  const [head, ...rest] = rows;
  if (!head || rest.length === 0) return '<p><em>none</em></p>';
  const cell = (c: HtmlCell): string => (typeof c === 'string' ? esc(c) : `<a href="${esc(c.href)}">${esc(c.text)}</a>`);
  return `<table><thead><tr>${head.map((c) => `<th>${cell(c)}</th>`).join('')}</tr></thead><tbody>${rest.map((r) => `<tr>${r.map((c) => `<td>${cell(c)}</td>`).join('')}</tr>`).join('')}</tbody></table>`;
}
