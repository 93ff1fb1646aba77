import Database from 'better-sqlite3';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { projectSectionTitles } from '../src-main/reports/project';
import { expect, signIn, test } from './fixtures';

// Tracing would copy the 21 MB of fonts the report worker fetches into the trace, slowing the run for nothing.
test.use({ demo: true, trace: 'off' });

/** Pixels of page 1 (rendered by pdftoppm) that are not white: a blank or glyph-less page has next to none. */
function inkedPixels(pdf: string, dir: string): number {
  const prefix = join(dir, 'page1');
  execFileSync('pdftoppm', ['-r', '60', '-f', '1', '-l', '1', '-png', '-singlefile', pdf, prefix]);
  const png = PNG.sync.read(readFileSync(`${prefix}.png`));
  let inked = 0;
  for (let i = 0; i < png.data.length; i += 4)
    if (png.data[i]! < 200 || png.data[i + 1]! < 200 || png.data[i + 2]! < 200) inked++;
  return inked;
}

test('a project audit report is generated in the browser with progress, downloads, and verifies when dropped back', async ({
  page,
  server,
}) => {
  // About 20 s on a quiet machine; the margin is for a loaded one (the worker fetches 21 MB of fonts).
  test.setTimeout(180_000);
  const db = new Database(server.dbPath, { readonly: true });
  const project = db
    .prepare('SELECT application_id AS id, agreement_number AS code FROM agreements ORDER BY id LIMIT 1')
    .get() as { id: number; code: string };
  db.close();
  const dir = mkdtempSync(join(tmpdir(), 'grants-report-ui-'));
  try {
    await signIn(page, server, 'auditor');
    await page.goto(`${server.url}#/projects/${project.id}`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    // Every value the progress bar shows, as the page shows it.
    await page.evaluate(() => {
      const seen: number[] = [];
      (window as unknown as { progressSeen: number[] }).progressSeen = seen;
      new MutationObserver(() => {
        const bar = document.querySelector('[role="progressbar"][aria-label="生成进度"]');
        const v = Number(bar?.getAttribute('aria-valuenow'));
        if (bar && seen[seen.length - 1] !== v) seen.push(v);
      }).observe(document.body, { subtree: true, childList: true, attributes: true });
    });

    const downloaded = page.waitForEvent('download', { timeout: 60_000 });
    await page.getByRole('button', { name: '生成项目审计报告（PDF）' }).click();
    const download = await downloaded;
    expect(download.suggestedFilename()).toBe(`项目审计报告-${project.code}.pdf`);
    const pdf = join(dir, 'report.pdf');
    await download.saveAs(pdf);
    const panel = page.getByRole('region', { name: '生成项目审计报告' });
    await expect(panel.getByRole('status')).toContainText(/已生成报告 BG-\d{4}-\d{4}/);
    const seen = await page.evaluate(() => (window as unknown as { progressSeen: number[] }).progressSeen);
    expect(
      seen.some((v) => v > 0 && v < 100),
      `progress values seen: ${seen.join(', ')}`,
    ).toBe(true);
    expect(new Set(seen).size).toBeGreaterThan(2);
    await page.screenshot({ path: 'test-results/report-generate-zh.png' });

    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    for (const title of projectSectionTitles('zh')) expect(text).toContain(title);
    expect(text).toContain(project.code);
    expect(inkedPixels(pdf, dir)).toBeGreaterThan(2_000);

    // The tables beside it, as Excel.
    const sheet = page.waitForEvent('download');
    await page.getByRole('button', { name: '项目审计报告表格（Excel）' }).click();
    expect((await sheet).suggestedFilename()).toBe(`项目审计报告-${project.code}.xlsx`);

    // Dropped on 核对报告, the downloaded file matches the database.
    await page.getByRole('menuitem', { name: '核对报告' }).click();
    const bytes = readFileSync(pdf).toString('base64');
    const drop = await page.evaluateHandle((b64) => {
      const raw = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const dt = new DataTransfer();
      dt.items.add(new File([raw], 'report.pdf', { type: 'application/pdf' }));
      return dt;
    }, bytes);
    // The drop lands where a user lets go: on the drag area's inner button, whose handler reads the files.
    await page.locator('.ant-upload-drag [role="button"]').dispatchEvent('drop', { dataTransfer: drop });
    const result = page.getByRole('status').filter({ hasText: '一致' });
    await expect(result.getByRole('heading', { name: '一致', exact: true })).toBeVisible();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('an inspection report (检查报告) is generated from the inspection page, downloads and reads back', async ({
  page,
  server,
}) => {
  test.setTimeout(120_000);
  const db = new Database(server.dbPath, { readonly: true });
  const inspection = db
    .prepare(
      `SELECT i.id, g.agreement_number AS code, i.date FROM inspections i
       JOIN agreements g ON g.application_id = i.application_id ORDER BY i.id LIMIT 1`,
    )
    .get() as { id: number; code: string; date: string };
  db.close();
  const dir = mkdtempSync(join(tmpdir(), 'grants-report-ui-'));
  try {
    await signIn(page, server, 'auditor');
    await page.goto(`${server.url}#/inspections/${inspection.id}`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    // The bar while pdfmake measures the text (20 to 45) and places the rows (45 to 70): it moves there too.
    await page.evaluate(() => {
      const seen: Record<string, number[]> = { measure: [], place: [] };
      (window as unknown as { stages: typeof seen }).stages = seen;
      new MutationObserver(() => {
        const bar = document.querySelector('[role="progressbar"][aria-label="生成进度"]');
        const status = document.querySelector('.report-job [role="status"]')?.textContent ?? '';
        const v = Number(bar?.getAttribute('aria-valuenow'));
        const stage = status.includes('正在测量文字') ? seen.measure : status.includes('正在排版') ? seen.place : null;
        if (bar && stage && !stage.includes(v)) stage.push(v);
      }).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
    });
    const downloaded = page.waitForEvent('download', { timeout: 60_000 });
    await page.getByRole('button', { name: '生成检查报告（PDF）' }).click();
    const download = await downloaded;
    const expected = `检查报告-${inspection.code}-${inspection.date}.pdf`.replace(/[\\/:*?"<>|\s]+/g, '_');
    expect(download.suggestedFilename()).toBe(expected);
    const pdf = join(dir, 'inspection.pdf');
    await download.saveAs(pdf);
    await expect(page.getByRole('region', { name: '生成检查报告' }).getByRole('status')).toContainText(
      /已生成报告 BG-\d{4}-\d{4}/,
    );
    const stages = await page.evaluate(() => (window as unknown as { stages: Record<string, number[]> }).stages);
    const shown = JSON.stringify(stages);
    expect(stages.measure!.length, shown).toBeGreaterThan(0);
    expect(
      stages.measure!.every((v) => v >= 20 && v <= 45),
      shown,
    ).toBe(true);
    expect(stages.place!.length, shown).toBeGreaterThan(1);
    expect(
      stages.place!.every((v) => v >= 45 && v <= 70),
      shown,
    ).toBe(true);
    await page.screenshot({ path: 'test-results/report-inspection-zh.png' });
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    expect(text).toContain('检查报告');
    expect(text).toContain(inspection.code);
    expect(text).toContain(inspection.date);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
