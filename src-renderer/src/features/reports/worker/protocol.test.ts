// eslint-disable-next-line no-restricted-imports -- the last test reads its PDF back with poppler
import { execFileSync } from 'node:child_process';
// eslint-disable-next-line no-restricted-imports -- the fonts the worker would fetch; the PDF for poppler
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
// eslint-disable-next-line no-restricted-imports -- as above
import { tmpdir } from 'node:os';
// eslint-disable-next-line no-restricted-imports -- as above
import { join } from 'node:path';
import type { ReportMeta, TrancheReportData } from '@reports';
import pdfMakeBuild from 'pdfmake/build/pdfmake';
// eslint-disable-next-line no-restricted-imports -- the synthetic ledger the Node read-back tests and the bench use
import { SYNTHETIC_META, syntheticLedger, syntheticProject } from '../../../../../src-main/testing/report-ledger';
import { describe, expect, it } from 'vitest';
import { RenderCancelled, ReportRenderer, type RenderProgress, type WorkerLike } from './protocol';
import { serveReports, type PdfMakeLike, type WorkerScope } from './serve';

/**
 * The page's renderer and the worker's side, joined by a real MessageChannel (structured clone, transfer,
 * asynchronous delivery) instead of a Worker, with pdfmake's browser build and the real fonts.
 */
const fontFile = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../../../../../resources/fonts/${name}`, import.meta.url)));
const FONTS = { regular: fontFile('NotoSansSC-Regular.ttf'), bold: fontFile('NotoSansSC-Bold.ttf') };

function harness() {
  const spawned: { terminated: boolean }[] = [];
  const spawn = (): WorkerLike => {
    const { port1, port2 } = new MessageChannel();
    const record = { terminated: false };
    spawned.push(record);
    const worker: WorkerLike = {
      postMessage: (m) => port1.postMessage(m),
      onmessage: null,
      terminate: () => {
        record.terminated = true;
        port1.close();
      },
    };
    port1.onmessage = (e) => worker.onmessage?.({ data: e.data });
    const scope: WorkerScope = { postMessage: (m, transfer) => port2.postMessage(m, transfer ?? []), onmessage: null };
    port2.onmessage = (e) => scope.onmessage?.({ data: e.data });
    serveReports(scope, pdfMakeBuild as unknown as PdfMakeLike, async (onFraction) => {
      onFraction(0.5);
      onFraction(1);
      return FONTS;
    });
    return worker;
  };
  return { renderer: new ReportRenderer(spawn), spawned };
}

const meta: ReportMeta = {
  kind: 'tranche',
  number: 'BG-2026-0007',
  fingerprint: 'ab'.repeat(32),
  generatedAt: '2026-03-01T02:00:00.000Z',
  generatedBy: '王芳',
  locale: 'zh',
  draft: true,
  logEntries: 12,
  logHeadHash: 'cd'.repeat(32),
};

const tranche: TrancheReportData = {
  program: { code: 'CQ-ZY-2015', name: '中央财政支持项目', source: '中央财政', year: 2015 },
  project: {
    applicationCode: 'SB-2015-0001',
    agreementNumber: '渝民发〔2015〕1号',
    name: '心语心愿',
    classCode: 'A',
    className: '示范项目',
    projectKind: '社会工作服务项目',
    serviceArea: '扶老',
    districtCode: '500103',
    beneficiaries: '老人',
    beneficiaryCount: 10,
    periodStart: '2015-04-01',
    periodEnd: '2015-12-31',
    objectives: '',
    requestedFen: 21_990_000,
    approvedFen: 21_990_000,
    signedDate: '2015-06-24',
    organizationName: '彩虹志愿服务协会',
    organizationCreditCode: null,
  },
  tranche: {
    seq: 1,
    percent: 60,
    amountFen: 13_194_000,
    condition: '签订协议后',
    milestoneName: null,
    state: '待拨付',
    voucherNo: null,
    voucherDate: null,
    preparedBy: null,
    preparedAt: null,
    releasedBy: null,
    releasedAt: null,
    history: [],
    gates: [{ ok: true, message: '项目协议已于 2015-06-24 签订' }],
  },
  releasedBeforeFen: 0,
  trancheCount: 2,
};

describe('the report worker protocol', () => {
  it('reports progress from the fonts through the layout to the pages, then hands over the PDF', async () => {
    const { renderer, spawned } = harness();
    const seen: RenderProgress[] = [];
    const pdf = await renderer.render({ kind: 'tranche', data: tranche }, meta, (p) => seen.push(p)).pdf;
    expect(new TextDecoder('latin1').decode(pdf.subarray(0, 5))).toBe('%PDF-');
    // The number and fingerprint travel in the metadata, where the verify screen reads them.
    expect(new TextDecoder('latin1').decode(pdf)).toContain(`(${meta.number})`);
    const percents = seen.map((p) => p.percent);
    expect(percents).toEqual([...percents].sort((a, b) => a - b));
    expect(new Set(percents).size).toBe(percents.length);
    expect(percents.some((v) => v > 0 && v < 100)).toBe(true);
    expect([...new Set(seen.map((p) => p.stage))]).toEqual(['fonts', 'measure', 'layout', 'render']);
    expect(seen.find((p) => p.stage === 'measure')?.percent).toBe(20);
    // Measuring the text moves the bar too, cell by cell, up to where placing the rows starts.
    const measuring = seen.filter((p) => p.stage === 'measure').map((p) => p.percent);
    expect(measuring.length).toBeGreaterThan(3);
    expect(measuring.at(-1)).toBe(45);
    // Placing the rows moves the bar step by step, and every row the definition holds is placed.
    const placing = seen.filter((p) => p.stage === 'layout').map((p) => p.percent);
    expect(placing.length).toBeGreaterThan(3);
    expect(placing.at(-1)).toBe(70);
    expect(spawned).toEqual([{ terminated: false }]);
    // The worker is kept, fonts loaded: the next report starts at the layout.
    const again: RenderProgress[] = [];
    await renderer.render({ kind: 'tranche', data: tranche }, meta, (p) => again.push(p)).pdf;
    expect(spawned).toHaveLength(1);
    expect(again.filter((p) => p.stage === 'fonts').map((p) => p.percent)).toEqual([0]);
    renderer.dispose();
  });

  it('cancels: the worker is terminated, the render rejects as cancelled, no progress follows', async () => {
    const { renderer, spawned } = harness();
    const seen: RenderProgress[] = [];
    const job = renderer.render({ kind: 'tranche', data: tranche }, meta, (p) => {
      seen.push(p);
      if (p.stage === 'fonts' && p.percent >= 10) job.cancel();
    });
    await expect(job.pdf).rejects.toBeInstanceOf(RenderCancelled);
    const at = seen.length;
    await new Promise((r) => setTimeout(r, 50));
    expect(seen).toHaveLength(at);
    expect(seen.every((p) => p.stage === 'fonts')).toBe(true);
    expect(spawned[0]?.terminated).toBe(true);
    // The next report gets a fresh worker and completes.
    const pdf = await renderer.render({ kind: 'tranche', data: tranche }, meta, () => undefined).pdf;
    expect(pdf.byteLength).toBeGreaterThan(1000);
    expect(spawned.map((s) => s.terminated)).toEqual([true, false]);
    renderer.dispose();
  });

  it('passes a failure in the worker on with its message and starts clean next time', async () => {
    const { renderer, spawned } = harness();
    const broken = { kind: 'tranche', data: { ...tranche, tranche: undefined } } as never;
    await expect(renderer.render(broken, meta, () => undefined).pdf).rejects.toThrow(/undefined/);
    expect(spawned[0]?.terminated).toBe(true);
    await renderer.render({ kind: 'tranche', data: tranche }, meta, () => undefined).pdf;
    expect(spawned).toHaveLength(2);
    renderer.dispose();
  });

  it('draws a long ledger in the worker row by row, the bar moving with it, every voucher in the PDF', async () => {
    const { renderer } = harness();
    const rows = syntheticLedger(600);
    const seen: RenderProgress[] = [];
    const pdf = await renderer.render(
      { kind: 'project', data: syntheticProject(rows) },
      { ...SYNTHETIC_META, draft: false },
      (p) => seen.push(p),
    ).pdf;
    const percents = seen.map((p) => p.percent);
    expect(percents).toEqual([...percents].sort((a, b) => a - b));
    // pdfmake's pages take the bar to 80, the ledger's rows from there to 99, step by step.
    const drawing = seen.filter((p) => p.stage === 'render' && p.percent > 80).map((p) => p.percent);
    expect(drawing.length).toBeGreaterThan(10);
    expect(drawing.at(-1)).toBe(99);
    const file = join(mkdtempSync(join(tmpdir(), 'grants-worker-ledger-')), 'report.pdf');
    writeFileSync(file, pdf);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    const vouchers = text.split('\n').flatMap((l) => /^\s*(2015-\d{5})\s/.exec(l)?.[1] ?? []);
    expect(vouchers).toEqual(rows.map((r) => r.voucherNo));
    const pages = Number(/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]);
    expect(text.replace(/\s+/g, '')).toContain(`第${pages}页共${pages}页`);
    renderer.dispose();
  });
});
