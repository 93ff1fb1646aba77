/**
 * Text of a drawn table as PDF text operators, glyph by glyph, in one of the fonts pdfmake embedded for the
 * report (its subset grows with each glyph used, as with any text pdfkit draws). pdfkit's own text() shapes
 * every new string with the font's OpenType rules, saves and restores the graphics state around it and writes
 * each operator separately: for tens of thousands of cells that was the drawing's whole cost. Here a string made
 * only of characters the font's rules leave alone (digits and the punctuation of amounts and dates, Chinese
 * characters, Chinese punctuation, full-width forms; checked against the font in glyph-runs.test.ts) maps
 * straight to its glyphs; any other string goes through the font's own shaping (pdfkit's encode).
 */

/** The parts of pdfkit's embedded font (EmbeddedFont) used here. */
export interface EmbeddedFontLike {
  id: string;
  ascender: number;
  scale: number;
  font: { glyphForCodePoint(cp: number): { id: number; advanceWidth: number; codePoints: number[] } };
  subset: { includeGlyph(id: number): number };
  widths: number[];
  unicode: number[][];
  encode(text: string): [string[], { xAdvance: number; advanceWidth: number }[]];
  ref(): unknown;
}

/** Characters whose glyph is the font's cmap glyph at its own advance, whatever stands beside them. */
export function isPlainChar(cp: number): boolean {
  return (
    (cp >= 0x30 && cp <= 0x39) ||
    cp === 0x2d || // -
    cp === 0x2c || // ,
    cp === 0x2e || // .
    cp === 0x3a || // :
    cp === 0x2f || // /
    cp === 0x25 || // %
    cp === 0x28 ||
    cp === 0x29 ||
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0x3000 && cp <= 0x301f) ||
    (cp >= 0xff00 && cp <= 0xffef)
  );
}

const num = (n: number) => String(Math.round(n * 1000) / 1000);

export interface GlyphRun {
  /** The operator showing the text: `<…> Tj` or `[…] TJ`. */
  op: string;
  /** Advance in thousandths of an em. */
  width: number;
}

export class GlyphRuns {
  private readonly glyphs = new Map<number, { hex: string; width: number }>();

  constructor(readonly font: EmbeddedFontLike) {}

  run(text: string): GlyphRun {
    let hex = '';
    let width = 0;
    for (let i = 0; i < text.length; i++) {
      const cp = text.charCodeAt(i);
      let g = this.glyphs.get(cp);
      if (!g) {
        if (!isPlainChar(cp)) return this.shaped(text);
        g = this.glyph(cp);
      }
      hex += g.hex;
      width += g.width;
    }
    return { op: `<${hex}> Tj`, width };
  }

  private glyph(cp: number): { hex: string; width: number } {
    const f = this.font;
    const glyph = f.font.glyphForCodePoint(cp);
    const gid = f.subset.includeGlyph(glyph.id);
    const width = glyph.advanceWidth * f.scale;
    f.widths[gid] ??= width;
    f.unicode[gid] ??= glyph.codePoints;
    const g = { hex: gid.toString(16).padStart(4, '0'), width };
    this.glyphs.set(cp, g);
    return g;
  }

  /** Through the font's shaping, with its kerning as TJ adjustments (as pdfkit writes them). */
  private shaped(text: string): GlyphRun {
    const [hexes, positions] = this.font.encode(text);
    let op = '[';
    let seg = '';
    let width = 0;
    hexes.forEach((h, i) => {
      const p = positions[i]!;
      seg += h;
      width += p.xAdvance;
      const adjust = p.xAdvance - p.advanceWidth;
      if (adjust !== 0) {
        op += `<${seg}> ${num(-adjust)} `;
        seg = '';
      }
    });
    return { op: `${op}<${seg}>] TJ`, width };
  }
}
