import { GlyphRuns, type EmbeddedFontLike } from './glyph-runs';
import { PAD_X, PAD_Y, rowHeight, type RowPart, type TablePage, type TablePlan } from './table-pages';

/**
 * Draws one page of a planned table into pdfmake's pdfkit document, in the fonts pdfmake registered for the
 * report (so they stay embedded once, as subsets): the 单位：元 line, the grey header row, the rows ruled one
 * by one, the columns ruled from the header to the last row, amounts right aligned, reversals in red, the total
 * row in bold. The page's operators are written as one block (see glyph-runs.ts for why not text()).
 */

/** The part of pdfmake's pdfkit document the drawing uses. */
export interface PdfKitLike {
  page: { height: number; fonts: Record<string, unknown> };
  provideFont(family: string, bold: boolean, italics: boolean): unknown;
  opacity(value: number): this;
  save(): this;
  restore(): this;
  addContent(data: string): this;
}

const num = (n: number) => String(Math.round(n * 100) / 100);
/** #888888, #eeeeee and #c00000 as PDF colour values. */
const RULE = '0.533 0.533 0.533 RG';
const HEADER_FILL = '0.933 g';
const RED = '0.753 0 0 rg';
const BLACK = '0 g';

/** Glyph runs per font, kept for the whole document (each font's glyphs are looked up once). */
export class TableFonts {
  readonly regular: GlyphRuns;
  readonly bold: GlyphRuns;
  constructor(doc: PdfKitLike, family: string) {
    this.regular = new GlyphRuns(doc.provideFont(family, false, false) as EmbeddedFontLike);
    this.bold = new GlyphRuns(doc.provideFont(family, true, false) as EmbeddedFontLike);
  }
}

export interface DrawAt {
  fonts: TableFonts;
  left: number;
  top: number;
  /** Called after each row drawn, with the row's number in the table. */
  onRow?: (index: number) => void;
}

export function drawTablePage(doc: PdfKitLike, plan: TablePlan, page: TablePage, at: DrawAt): void {
  const { edges, lineHeight, money } = plan;
  const size = plan.table.fontSize;
  const { regular, bold } = at.fonts;
  const left = at.left;
  const right = left + edges[edges.length - 1]!;
  const height = doc.page.height;
  for (const f of [regular.font, bold.font]) doc.page.fonts[f.id] ??= f.ref();
  // The baseline 1.05 em into the line centres the Chinese glyphs in it.
  const baseline = 1.05 * size;
  const text: string[] = [];
  let font: GlyphRuns | null = null;
  let red = false;
  const show = (runs: GlyphRuns, s: string, x: number, top: number, alignRight: boolean) => {
    if (font !== runs) {
      text.push(`/${runs.font.id} ${num(size)} Tf`);
      font = runs;
    }
    const run = runs.run(s);
    const tx = alignRight ? x - (run.width * size) / 1000 : x;
    text.push(`1 0 0 1 ${num(tx)} ${num(height - top - baseline)} Tm ${run.op}`);
  };
  const colour = (wanted: boolean) => {
    if (wanted !== red) text.push(wanted ? RED : BLACK);
    red = wanted;
  };

  let y = at.top;
  const lines: string[] = [];
  show(regular, plan.table.unit, right - PAD_X, y + 1, true);
  y += plan.unitHeight;
  const headerTop = y;
  const headerHeight = rowHeight(plan.header.count, lineHeight);
  const fill = `${HEADER_FILL} ${num(left)} ${num(y)} ${num(right - left)} ${num(headerHeight)} re f`;
  const drawRow = (part: RowPart, runs: GlyphRuns) => {
    const { row } = part;
    row.lines.forEach((cell, c) => {
      colour(row.red && money[c]!);
      for (let l = 0; l < part.count; l++) {
        const s = cell[part.first + l];
        if (!s) continue;
        const top = y + PAD_Y + l * lineHeight;
        if (money[c]) show(runs, s, left + edges[c + 1]! - PAD_X, top, true);
        else show(runs, s, left + edges[c]! + PAD_X, top, false);
      }
    });
  };
  drawRow({ row: plan.header, index: -2, first: 0, count: plan.header.count }, bold);
  y += headerHeight;
  lines.push(`${num(left)} ${num(headerTop)} m ${num(right)} ${num(headerTop)} l`);
  lines.push(`${num(left)} ${num(y)} m ${num(right)} ${num(y)} l`);
  for (const part of page.parts) {
    drawRow(part, part.row.bold ? bold : regular);
    y += rowHeight(part.count, lineHeight);
    lines.push(`${num(left)} ${num(y)} m ${num(right)} ${num(y)} l`);
    if (part.index >= 0) at.onRow?.(part.index);
  }
  for (const x of edges) lines.push(`${num(left + x)} ${num(headerTop)} m ${num(left + x)} ${num(y)} l`);
  colour(false);

  // pdfmake may leave a page's fill at the watermark's opacity: the table is drawn opaque, in its own state.
  doc.save();
  doc.opacity(1);
  doc.addContent(
    [
      fill,
      `0.5 w [] 0 d 0 J ${RULE}`,
      lines.join('\n'),
      'S',
      // Text in PDF's own coordinates (pdfkit's pages run top down).
      `q 1 0 0 -1 0 ${num(height)} cm BT ${BLACK}`,
      text.join('\n'),
      'ET Q',
    ].join('\n'),
  );
  doc.restore();
}
