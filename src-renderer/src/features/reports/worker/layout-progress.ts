import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';

type Node = Record<string, unknown>;
type LineWidth = (i: number, node: unknown) => number;

/**
 * Follows pdfmake's layout row by row. pdfmake positions a document in one synchronous run, but it asks each
 * table's layout for the width of the line above and below a row as it places that row (hLineWidth(i, node)
 * with i up to row + 1), and only then: measuring the text before does not ask. So wrapping every table's
 * hLineWidth tells how many rows have been placed, out of the rows the definition holds. Returns that total;
 * `onRows(placed, total)` is called whenever it grows. The definition is changed in place (layouts wrapped).
 */
export function followRows(doc: TDocumentDefinitions, onRows: (placed: number, total: number) => void): number {
  let total = 0;
  let placed = 0;
  const tables: { node: Node; rows: number }[] = [];
  const visit = (c: unknown): void => {
    if (Array.isArray(c)) return c.forEach(visit);
    if (typeof c !== 'object' || c === null) return;
    const node = c as Node;
    for (const key of ['stack', 'columns', 'ul', 'ol'] as const) if (node[key]) visit(node[key]);
    const table = node.table as { body?: unknown[][] } | undefined;
    if (table?.body) {
      const layout = node.layout as { hLineWidth?: LineWidth } | undefined;
      if (typeof layout === 'object' && typeof layout.hLineWidth === 'function')
        tables.push({ node, rows: table.body.length });
      for (const row of table.body) visit(row);
    }
  };
  visit(doc.content as Content);
  for (const { node, rows } of tables) {
    total += rows;
    const layout = node.layout as { hLineWidth: LineWidth };
    const width = layout.hLineWidth;
    let seen = 0;
    node.layout = {
      ...layout,
      hLineWidth: (i: number, n: unknown) => {
        const now = Math.min(i, rows);
        if (now > seen) {
          placed += now - seen;
          seen = now;
          onRows(placed, total);
        }
        return width(i, n);
      },
    };
  }
  return total;
}
