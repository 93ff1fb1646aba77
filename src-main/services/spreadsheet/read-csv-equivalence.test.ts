import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsv } from './read-csv';

/** The reader as it was first written, one character at a time: the plain statement of the format. */
function parseCsvByCharacter(text: string): { rowNumber: number; cells: string[] }[] {
  let commas = 0;
  let tabs = 0;
  let q = false;
  for (const ch of text) {
    if (ch === '"') q = !q;
    else if (!q && (ch === '\n' || ch === '\r')) break;
    else if (!q && ch === ',') commas++;
    else if (!q && ch === '\t') tabs++;
  }
  const delimiter = tabs > commas ? '\t' : ',';
  const rows: { rowNumber: number; cells: string[] }[] = [];
  let rowNumber = 1;
  let cells: string[] = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    cells.push(field);
    field = '';
  };
  const endRecord = () => {
    endField();
    if (cells.some((c) => c !== '')) rows.push({ rowNumber, cells });
    cells = [];
    rowNumber++;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === delimiter) endField();
    else if (ch === '\r' || ch === '\n') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endRecord();
    } else field += ch;
  }
  if (quoted) throw new Error('unterminated quote');
  if (field !== '' || cells.length > 0) endRecord();
  return rows;
}

describe('parseCsv', () => {
  it('reads every text as the character-by-character reader does (quotes, delimiters, line breaks)', () => {
    const seed = Number(process.env.FC_SEED ?? 20261207);
    const piece = fc.constantFrom('a', '项', ',', '\t', '"', '""', '\r', '\n', '\r\n', ' ', '');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        let expected: ReturnType<typeof parseCsvByCharacter> | 'refused';
        try {
          expected = parseCsvByCharacter(text);
        } catch {
          expected = 'refused';
        }
        if (expected === 'refused') expect(() => parseCsv(text)).toThrow();
        else expect(parseCsv(text)).toEqual(expected);
      }),
      { seed, numRuns: 3000, verbose: true },
    );
  });
});
