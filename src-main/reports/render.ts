import type { Content, ContentText, TDocumentDefinitions } from 'pdfmake/interfaces';
import { drawnTableOf } from './compact-table';
import { drawTablePage, TableFonts, type PdfKitLike } from './draw-table';
import { REPORT_FONT } from './layout';
import { planTable, type TablePlan } from './table-pages';

/**
 * Renders a report definition to PDF bytes, the one way the CLI (pdfmake in Node) and the renderer's worker
 * (pdfmake's browser build) both do it. pdfmake lays out and draws everything but the drawn tables (the long
 * ledger): for each of those it lays out empty placeholder pages, one per page of the table as planned here, so
 * the header, the footer's "第 X 页 共 Y 页", the watermark and what follows the table stay pdfmake's and right.
 * pdfmake hands back its pdfkit document before ending it (createPdf(…, { bufferPages }).getStream()); the
 * table's rows are then drawn onto those pages with pdfkit directly, and the document ended.
 */

export interface PdfMakeRunner {
  createPdf(definition: TDocumentDefinitions, options?: { bufferPages?: boolean }): { getStream(): Promise<unknown> };
}

interface PdfKitDocument extends PdfKitLike {
  switchToPage(n: number): void;
  bufferedPageRange(): { start: number; count: number };
  on(event: 'data', listener: (chunk: Uint8Array) => void): void;
  on(event: 'end' | 'error', listener: (e?: unknown) => void): void;
  end(): void;
}

export interface DrawProgress {
  /** pdfmake laid out and drew its part; the drawn tables' rows follow (drawn of total). */
  onRows?: (drawn: number, total: number) => void;
}

const PAGE_SIZES: Record<string, [number, number]> = { A4: [595.28, 841.89] };
/** Below a section title at the top of a page (h1: 13 pt, 1.15 lines, margins 14 and 6), with room to spare. */
const TITLE_ROOM = 48;
/** Left below each placeholder page's table: the placeholder's own empty line must still fit. */
const SAFETY = 3;

interface Placed {
  plan: TablePlan;
  placeholders: ContentText[];
}

export interface PreparedReport {
  /** The definition pdfmake lays out: the drawn tables replaced by their placeholder pages. */
  definition: TDocumentDefinitions;
  tables: Placed[];
  rows: number;
}

function margins(d: TDocumentDefinitions): [number, number, number, number] {
  const m = d.pageMargins;
  if (Array.isArray(m) && m.length === 4) return m as [number, number, number, number];
  if (typeof m === 'number') return [m, m, m, m];
  return [40, 40, 40, 40];
}

/** Plans each drawn table of the definition's top-level content and puts its placeholder pages in its place. */
export function prepareReport(definition: TDocumentDefinitions): PreparedReport {
  const content = Array.isArray(definition.content) ? (definition.content as Content[]) : [definition.content];
  if (!content.some((c) => drawnTableOf(c))) return { definition, tables: [], rows: 0 };
  const size = PAGE_SIZES[typeof definition.pageSize === 'string' ? definition.pageSize : 'A4'];
  if (!size) throw new Error(`page size ${String(definition.pageSize)} is not supported for drawn tables`);
  const [left, top, right, bottom] = margins(definition);
  const width = size[0] - left - right;
  const height = size[1] - top - bottom - SAFETY;
  const tables: Placed[] = [];
  let rows = 0;
  const out: Content[] = [];
  for (const node of content) {
    const table = drawnTableOf(node);
    if (!table) {
      out.push(node);
      continue;
    }
    // The table starts on a new page, under its section title when one comes just before it.
    const previous = out[out.length - 1] as { style?: unknown } | undefined;
    const titled = previous !== undefined && (previous.style === 'h1' || previous.style === 'h2');
    if (titled) out[out.length - 1] = { ...(previous as object), pageBreak: 'before' } as Content;
    const plan = planTable(table, { width, firstHeight: titled ? height - TITLE_ROOM : height, height });
    const placeholders = plan.pages.map((page, i): ContentText => ({
      text: '',
      fontSize: 1,
      lineHeight: 1,
      margin: [0, 0, 0, page.height],
      ...(i > 0 || !titled ? { pageBreak: 'before' as const } : {}),
    }));
    out.push(...placeholders);
    tables.push({ plan, placeholders });
    rows += table.rows.length;
  }
  return { definition: { ...definition, content: out }, tables, rows };
}

/** Where pdfmake put a placeholder: its page (0-based) and its top left corner. */
function placeOf(node: ContentText): { page: number; left: number; top: number } {
  const at = (node as { positions?: { pageNumber: number; left: number; top: number }[] }).positions?.[0];
  if (!at) throw new Error('a drawn table page was not laid out');
  return { page: at.pageNumber - 1, left: at.left, top: at.top };
}

type Buffered = PdfKitLike & {
  switchToPage(n: number): void;
  _pageBuffer?: { end(): void }[];
  _pageBufferStart?: number;
  endPageMarkings?(page: unknown): void;
};

/**
 * Ends the buffered pages up to page `n` (0-based), as pdfkit does for all of them at the end: their content
 * is compressed and written out now instead of held until then. Pages after `n` stay open for drawing.
 */
function flushThrough(doc: Buffered, n: number): void {
  const buffer = doc._pageBuffer;
  const start = doc._pageBufferStart;
  if (!Array.isArray(buffer) || typeof start !== 'number' || n < start) return;
  const pages = buffer.splice(0, n - start + 1);
  doc._pageBufferStart = start + pages.length;
  for (const page of pages) {
    doc.endPageMarkings?.(page);
    page.end();
  }
}

/** Draws the prepared tables onto the pages pdfmake left for them. */
export function drawPrepared(doc: Buffered, prepared: PreparedReport, progress: DrawProgress = {}): void {
  if (prepared.tables.length === 0) return;
  const fonts = new TableFonts(doc, REPORT_FONT);
  let drawn = 0;
  const onRow = () => progress.onRows?.(++drawn, prepared.rows);
  for (const { plan, placeholders } of prepared.tables)
    plan.pages.forEach((page, i) => {
      const at = placeOf(placeholders[i]!);
      doc.switchToPage(at.page);
      drawTablePage(doc, plan, page, { fonts, left: at.left, top: at.top, onRow });
      flushThrough(doc, at.page);
    });
}

/** The whole render: pdfmake's layout and drawing, the drawn tables, the bytes. */
export function renderReport(
  pdfmake: PdfMakeRunner,
  definition: TDocumentDefinitions,
  progress: DrawProgress = {},
): Promise<Uint8Array> {
  return renderPrepared(pdfmake, prepareReport(definition), progress);
}

/** renderReport for a definition prepared (and perhaps followed for progress) beforehand. */
export async function renderPrepared(
  pdfmake: PdfMakeRunner,
  prepared: PreparedReport,
  progress: DrawProgress = {},
): Promise<Uint8Array> {
  const doc = (await pdfmake.createPdf(prepared.definition, { bufferPages: true }).getStream()) as PdfKitDocument;
  const bytes = new Promise<Uint8Array>((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    doc.on('data', (c) => chunks.push(c));
    doc.on('error', reject);
    doc.on('end', () => {
      const out = new Uint8Array(chunks.reduce((s, c) => s + c.byteLength, 0));
      let at = 0;
      for (const c of chunks) {
        out.set(c, at);
        at += c.byteLength;
      }
      resolve(out);
    });
  });
  drawPrepared(doc, prepared, progress);
  doc.end();
  return bytes;
}
