import { join } from 'node:path';
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { GlyphRuns, isPlainChar, type EmbeddedFontLike } from './glyph-runs';

const FONTS = join(import.meta.dirname, '..', '..', 'resources', 'fonts');

/** pdfkit's own encoding of a text (shaped by the font's rules), as the run it would show. */
function shapedByPdfkit(font: EmbeddedFontLike, text: string): { hex: string; widths: number[]; kerned: boolean } {
  const [hexes, positions] = font.encode(text);
  return {
    hex: hexes.join(''),
    widths: positions.map((p) => p.xAdvance),
    kerned: positions.some((p) => p.xAdvance !== p.advanceWidth),
  };
}

function open(file: string): EmbeddedFontLike {
  const doc = new PDFDocument().font(join(FONTS, file));
  return (doc as unknown as { _font: EmbeddedFontLike })._font;
}

describe('GlyphRuns', () => {
  it('maps every plain character straight to the glyph and advance the font shaping gives, beside any other', () => {
    for (const file of ['NotoSansSC-Regular.ttf', 'NotoSansSC-Bold.ttf']) {
      const font = open(file);
      const fk = font.font as unknown as { characterSet: number[] };
      const plain = fk.characterSet.filter(isPlainChar);
      expect(plain.length).toBeGreaterThan(20_000);
      // Each plain character between digits and an amount's comma, and doubled: a ligature, a contextual form
      // or kerning would show as a different glyph or advance somewhere in the run. Every punctuation mark and
      // full-width form, one ideograph in ten (they share one design, and checking all takes seconds).
      const sample = plain.filter((c, i) => c < 0x4e00 || c > 0x9fff || i % 10 === 0);
      const text = sample.map((c) => `${String.fromCodePoint(c)}1,${String.fromCodePoint(c)}`).join('');
      const shaped = shapedByPdfkit(font, text);
      expect(shaped.kerned, file).toBe(false);
      const fresh = new GlyphRuns(open(file));
      const run = fresh.run(text);
      expect(run.op, file).toBe(`<${shaped.hex}> Tj`);
      expect(run.width).toBeCloseTo(
        shaped.widths.reduce((s, w) => s + w, 0),
        6,
      );
    }
  });

  it('leaves any other text to the font, kerning written as TJ adjustments', () => {
    const font = open('NotoSansSC-Regular.ttf');
    const runs = new GlyphRuns(font);
    const text = 'AVATAR Tower, Reversal of 2015-00012';
    const shaped = shapedByPdfkit(font, text);
    const run = runs.run(text);
    expect(run.op.startsWith('[') && run.op.endsWith('] TJ')).toBe(true);
    expect(run.op.replace(/[^<>0-9a-f]|> -?[\d.]+ </g, '').replace(/[<>]/g, '')).toBe(shaped.hex);
    expect(run.width).toBeCloseTo(
      shaped.widths.reduce((s, w) => s + w, 0),
      6,
    );
    expect(shaped.kerned).toBe(run.op.includes('> '));
  });

  it('tells the font which glyphs it used, for the subset and the text layer', () => {
    const font = open('NotoSansSC-Regular.ttf');
    const runs = new GlyphRuns(font);
    runs.run('支出2015');
    const gid = font.subset.includeGlyph(font.font.glyphForCodePoint('支'.codePointAt(0)!).id);
    expect(font.unicode[gid]).toEqual(['支'.codePointAt(0)]);
    expect(font.widths[gid]).toBe(1000);
  });
});
