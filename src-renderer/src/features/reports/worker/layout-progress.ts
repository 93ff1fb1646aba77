import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';

type Node = Record<string, unknown>;
type LineWidth = (i: number, node: unknown) => number;

/** The tables of a definition's content, nested ones included (pdfmake's containers and table cells). */
function tablesOf(doc: TDocumentDefinitions): Node[] {
  const tables: Node[] = [];
  const visit = (c: unknown): void => {
    if (Array.isArray(c)) return c.forEach(visit);
    if (typeof c !== 'object' || c === null) return;
    const node = c as Node;
    for (const key of ['stack', 'columns', 'ul', 'ol'] as const) if (node[key]) visit(node[key]);
    const table = node.table as { body?: unknown[][] } | undefined;
    if (table?.body) {
      tables.push(node);
      for (const row of table.body) visit(row);
    }
  };
  visit(doc.content as Content);
  return tables;
}

const bodyOf = (node: Node) => (node.table as { body: unknown[][] }).body;

/**
 * Follows pdfmake's first pass, measuring the text cell by cell. pdfmake stores each cell back into its row
 * once measured (with its minimum and maximum width set), so each row is watched for that write: the count
 * is of cells actually measured, out of the cells the definition holds. `onCells(measured, total)` is called
 * as it grows. Rows are replaced in place by watching copies; `release()` puts the plain rows back (with the
 * measured cells in them) once measuring is over, so the layout and drawing that follow run at full speed.
 */
export function followCells(
  doc: TDocumentDefinitions,
  onCells: (measured: number, total: number) => void,
): { total: number; release(): void } {
  let total = 0;
  let measured = 0;
  const watched: { body: unknown[][]; r: number; row: unknown[] }[] = [];
  for (const node of tablesOf(doc)) {
    const body = bodyOf(node);
    body.forEach((row, r) => {
      total += row.length;
      watched.push({ body, r, row });
      const done = new Set<PropertyKey>();
      body[r] = new Proxy(row, {
        set(target, key, value: unknown) {
          const isMeasured = typeof value === 'object' && value !== null && '_minWidth' in value;
          if (isMeasured && !done.has(key)) {
            done.add(key);
            measured += 1;
            onCells(measured, total);
          }
          return Reflect.set(target, key, value);
        },
      });
    });
  }
  const release = () => {
    for (const { body, r, row } of watched) body[r] = row;
    watched.length = 0;
  };
  return { total, release };
}

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
  for (const node of tablesOf(doc)) {
    const layout = node.layout as { hLineWidth?: LineWidth } | undefined;
    if (typeof layout !== 'object' || typeof layout.hLineWidth !== 'function') continue;
    const rows = bodyOf(node).length;
    total += rows;
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
