import { prepareReport, renderPrepared, REPORT_FONT, reportDefinition } from '@reports';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { followCells, followRows } from './layout-progress';
import type { RenderRequest, RenderStage, WorkerReply } from './protocol';

/** The part of pdfmake's browser build the worker uses. */
export interface PdfMakeLike {
  virtualfs: { writeFileSync(name: string, data: Uint8Array): void };
  setFonts(fonts: Record<string, { normal: string; bold: string; italics: string; bolditalics: string }>): void;
  setUrlAccessPolicy(policy: (url: string) => boolean): void;
  setProgressCallback(callback: ((fraction: number) => void) | undefined): void;
  createPdf(
    doc: TDocumentDefinitions,
    options?: { bufferPages?: boolean },
  ): { getStream(): Promise<unknown>; getBuffer(): Promise<Uint8Array> };
}

export interface ReportFonts {
  regular: Uint8Array;
  bold: Uint8Array;
}

/** Where the worker's messages come from and go to: the worker's global scope, or a MessagePort in tests. */
export interface WorkerScope {
  postMessage(message: WorkerReply, transfer?: Transferable[]): void;
  onmessage: ((event: { data: unknown }) => void) | null;
}

// The share of the bar each stage fills: loading the two fonts (about 21 MB, once per worker); measuring the
// text (followed cell by cell); placing the rows (followed row by row); then drawing the pages, pdfmake's item
// by item and then the drawn ledger's row by row (when the report has one, it is most of what is drawn).
const FONTS_END = 19;
const MEASURE_AT = 20;
const PLACE_START = 45;
const RENDER_START = 70;
const LEDGER_START = 80;
const RENDER_END = 99;

/**
 * The worker's side: fonts once, then each request laid out with the same document definitions the CLI
 * runs, progress posted whenever the whole percent moves, the bytes transferred back.
 */
export function serveReports(
  scope: WorkerScope,
  pdfMake: PdfMakeLike,
  loadFonts: (onFraction: (f: number) => void) => Promise<ReportFonts>,
): void {
  let fonts: Promise<void> | null = null;
  const ensureFonts = (onFraction: (f: number) => void) =>
    (fonts ??= loadFonts(onFraction).then((f) => {
      pdfMake.virtualfs.writeFileSync('NotoSansSC-Regular.ttf', f.regular);
      pdfMake.virtualfs.writeFileSync('NotoSansSC-Bold.ttf', f.bold);
      const regular = 'NotoSansSC-Regular.ttf';
      const bold = 'NotoSansSC-Bold.ttf';
      pdfMake.setFonts({ [REPORT_FONT]: { normal: regular, bold, italics: regular, bolditalics: bold } });
      // A report never fetches anything: no images or fonts by URL.
      pdfMake.setUrlAccessPolicy(() => false);
    })).catch((e: unknown) => {
      fonts = null;
      throw e;
    });

  async function render(req: RenderRequest): Promise<void> {
    let last = -1;
    const progress = (stage: RenderStage, percent: number) => {
      const whole = Math.floor(percent);
      if (whole <= last) return;
      last = whole;
      scope.postMessage({ type: 'progress', id: req.id, stage, percent: whole });
    };
    progress('fonts', 0);
    await ensureFonts((f) => progress('fonts', f * FONTS_END));
    progress('measure', MEASURE_AT);
    const prepared = prepareReport(reportDefinition(req.report, req.meta));
    const doc = prepared.definition;
    const drawEnd = prepared.rows > 0 ? LEDGER_START : RENDER_END;
    const cells = followCells(doc, (measured, total) =>
      progress('measure', MEASURE_AT + (measured / total) * (PLACE_START - MEASURE_AT)),
    );
    followRows(doc, (placed, total) => {
      // The first row placed ends the measuring: pdfmake reads the rows plain from here on.
      if (placed === 1) cells.release();
      progress('layout', PLACE_START + (placed / total) * (RENDER_START - PLACE_START));
    });
    pdfMake.setProgressCallback((f) => progress('render', RENDER_START + f * (drawEnd - RENDER_START)));
    try {
      const bytes = await renderPrepared(pdfMake, prepared, {
        onRows: (drawn, total) => progress('render', LEDGER_START + (drawn / total) * (RENDER_END - LEDGER_START)),
      });
      // A standalone copy whose buffer can be transferred (the build's Buffer may view a larger pool).
      const pdf = new Uint8Array(bytes.byteLength);
      pdf.set(bytes);
      scope.postMessage({ type: 'done', id: req.id, pdf: pdf.buffer }, [pdf.buffer]);
    } finally {
      pdfMake.setProgressCallback(undefined);
    }
  }

  scope.onmessage = (event) => {
    const req = event.data as RenderRequest;
    if (req?.type !== 'render') return;
    render(req).catch((e: unknown) =>
      scope.postMessage({ type: 'failed', id: req.id, message: e instanceof Error ? e.message : String(e) }),
    );
  };
}
