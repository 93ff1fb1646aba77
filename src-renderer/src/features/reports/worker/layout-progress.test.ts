// eslint-disable-next-line no-restricted-imports -- the test reads the font files the worker would fetch
import { readFileSync } from 'node:fs';
import { REPORT_FONT } from '@reports';
import pdfMakeBuild from 'pdfmake/build/pdfmake';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { describe, expect, it } from 'vitest';
import { followCells, followRows } from './layout-progress';
import type { PdfMakeLike } from './serve';

const pdfMake = pdfMakeBuild as unknown as PdfMakeLike;
const font = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../../../../../resources/fonts/${name}`, import.meta.url)));
pdfMake.virtualfs.writeFileSync('R.ttf', font('NotoSansSC-Regular.ttf'));
pdfMake.virtualfs.writeFileSync('B.ttf', font('NotoSansSC-Bold.ttf'));
pdfMake.setFonts({ [REPORT_FONT]: { normal: 'R.ttf', bold: 'B.ttf', italics: 'R.ttf', bolditalics: 'B.ttf' } });

const lines = { hLineWidth: () => 0.5, vLineWidth: () => 0.5 };

/** A ledger of `n` rows (over several pages) after a facts table nested in a stack, as the reports are built. */
function doc(n: number): TDocumentDefinitions {
  const body = Array.from({ length: n }, (_, i) => [
    `2015-${String(i + 1).padStart(5, '0')}`,
    '社区活动场地租金',
    '1,000.00',
  ]);
  return {
    defaultStyle: { font: REPORT_FONT, fontSize: 8 },
    content: [
      {
        stack: [
          {
            table: {
              widths: [100, '*'],
              body: [
                ['项目', '心语心愿'],
                ['年度', '2015'],
              ],
            },
            layout: lines,
          },
        ],
      },
      {
        table: {
          headerRows: 1,
          dontBreakRows: true,
          widths: ['auto', '*', 'auto'],
          body: [['凭证号', '摘要', '金额'], ...body],
        },
        layout: lines,
      },
    ],
  };
}

describe('following pdfmake row by row', () => {
  it('counts every row as pdfmake places it, all before the pages are drawn', async () => {
    const events: string[] = [];
    const placedSeen: number[] = [];
    const definition = doc(120);
    const total = followRows(definition, (placed, of) => {
      placedSeen.push(placed);
      events.push(`rows ${of}`);
    });
    expect(total).toBe(2 + 121);
    pdfMake.setProgressCallback(() => events.push('draw'));
    try {
      await pdfMake.createPdf(definition).getBuffer();
    } finally {
      pdfMake.setProgressCallback(undefined);
    }
    // Nothing is reported while measuring: the first count comes with the first row placed.
    expect(placedSeen[0]).toBe(1);
    expect(placedSeen).toEqual([...placedSeen].sort((a, b) => a - b));
    expect(placedSeen.at(-1)).toBe(total);
    // Row by row, not in a few jumps.
    expect(placedSeen.length).toBeGreaterThan(total / 2);
    const firstDraw = events.indexOf('draw');
    expect(firstDraw).toBeGreaterThan(events.lastIndexOf(`rows ${total}`));
  });

  it('counts every cell as pdfmake measures it, all before the first row is placed', async () => {
    const events: string[] = [];
    const measuredSeen: number[] = [];
    const definition = doc(200);
    const followed = followCells(definition, (measured) => {
      measuredSeen.push(measured);
      events.push('cell');
    });
    const cells = followed.total;
    expect(cells).toBe(2 * 2 + 201 * 3);
    const ledger = (definition.content as { table: { body: unknown[][] } }[])[1]!.table.body;
    const watched = ledger[5];
    followRows(definition, (placed) => {
      if (placed === 1) followed.release();
      events.push('row');
    });
    await pdfMake.createPdf(definition).getBuffer();
    // Released when the rows began to be placed: the plain rows are back, holding the measured cells.
    expect(ledger[5]).not.toBe(watched);
    expect(ledger[5]).toEqual(watched);
    expect(ledger[5]![0]).toHaveProperty('_minWidth');
    expect(measuredSeen).toEqual(Array.from({ length: cells }, (_, i) => i + 1));
    expect(events.indexOf('row')).toBeGreaterThan(events.lastIndexOf('cell'));
  });

  it('leaves a table without a layout of its own alone', () => {
    const definition: TDocumentDefinitions = { content: [{ table: { body: [['a'], ['b']] }, layout: 'noBorders' }] };
    expect(followRows(definition, () => undefined)).toBe(0);
    expect((definition.content as { layout: unknown }[])[0]!.layout).toBe('noBorders');
  });
});
