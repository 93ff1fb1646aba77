import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type PdfMakeModule from 'pdfmake';
import { REPORT_FONT, renderReport, reportDefinition, type ReportData, type ReportMeta } from '../../reports/index';

const REGULAR = 'NotoSansSC-Regular.ttf';
const BOLD = 'NotoSansSC-Bold.ttf';

/**
 * Where the report fonts are: GRANTS_FONTS_DIR, the packaged app's resources (electron-builder copies
 * resources/ there), the checkout's resources/fonts (scripts/copy-fonts.mjs), or the font package itself.
 */
export function fontsDir(): string {
  const root = checkoutRoot();
  const resourcesPath = (process as { resourcesPath?: string }).resourcesPath;
  const candidates = [
    process.env.GRANTS_FONTS_DIR,
    resourcesPath ? join(resourcesPath, 'resources', 'fonts') : undefined,
    join(root, 'resources', 'fonts'),
  ].filter((d): d is string => typeof d === 'string');
  const found = candidates.find((d) => existsSync(join(d, REGULAR)) && existsSync(join(d, BOLD)));
  if (found) return found;
  return join(root, 'node_modules', '@expo-google-fonts', 'noto-sans-sc');
}

/**
 * The folder holding package.json above this module: src-main/services/reports when run from source,
 * out/cli when built, so the depth differs and is found rather than assumed.
 */
function checkoutRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6 && !existsSync(join(dir, 'package.json')); i++) dir = dirname(dir);
  return dir;
}

type PdfMake = typeof PdfMakeModule;
let configured: PdfMake | null = null;

/**
 * pdfmake (with pdfkit and fontkit) takes a quarter of a second to load: loaded with the first report, so the
 * browser host and the other commands start without it.
 */
async function configure(): Promise<PdfMake> {
  if (configured) return configured;
  // A CommonJS package: its namespace under Node's ESM loader, the module itself under the bundlers.
  const loaded = await import('pdfmake');
  const pdfmake = (loaded as { default?: PdfMake }).default ?? loaded;
  const dir = fontsDir();
  const inPackage = !existsSync(join(dir, REGULAR));
  const regular = inPackage ? join(dir, '400Regular', 'NotoSansSC_400Regular.ttf') : join(dir, REGULAR);
  const bold = inPackage ? join(dir, '700Bold', 'NotoSansSC_700Bold.ttf') : join(dir, BOLD);
  // Each document opens its fonts again: from memory (pdfmake's virtual file system) rather than 21 MB read
  // from disk for every report of a batch.
  const vfs = (pdfmake as unknown as { virtualfs: { writeFileSync(name: string, content: Buffer): void } }).virtualfs;
  vfs.writeFileSync(REGULAR, readFileSync(regular));
  vfs.writeFileSync(BOLD, readFileSync(bold));
  pdfmake.setFonts({ [REPORT_FONT]: { normal: REGULAR, bold: BOLD, italics: REGULAR, bolditalics: BOLD } });
  // Reports never fetch anything: no URLs and no files (the fonts are in memory).
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy(() => false);
  configured = pdfmake;
  return pdfmake;
}

/** Renders a report to PDF bytes in Node with the same document definitions the renderer uses. */
export async function renderPdf(report: ReportData, meta: ReportMeta): Promise<Buffer> {
  const pdfmake = await configure();
  const bytes = await renderReport(pdfmake, reportDefinition(report, meta));
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** Pages in a PDF pdfkit wrote (each page object is a /Type /Page dictionary). */
export function pageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type \/Page(?![s\w])/g)?.length ?? 0;
}
