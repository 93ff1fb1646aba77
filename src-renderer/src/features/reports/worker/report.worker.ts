/**
 * The report worker: pdfmake's browser build laying out the report definitions (@reports) off the page's
 * thread. The fonts are the app's own files (Noto Sans SC, bundled as static assets beside the scripts),
 * fetched from where the page itself came from: nothing is loaded from elsewhere.
 */
import pdfMakeBuild from 'pdfmake/build/pdfmake';
import regularUrl from '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf?url';
import boldUrl from '@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf?url';
import { serveReports, type PdfMakeLike, type ReportFonts, type WorkerScope } from './serve';

/** The two font files' sizes, for the bar when a response carries no Content-Length. */
const EXPECTED_BYTES = 21_108_304;

async function loadFonts(onFraction: (f: number) => void): Promise<ReportFonts> {
  const responses = await Promise.all([fetch(regularUrl), fetch(boldUrl)]);
  for (const r of responses) if (!r.ok) throw new Error(`font ${r.url}: HTTP ${r.status}`);
  const declared = responses.reduce((s, r) => s + Number(r.headers.get('Content-Length') ?? 0), 0);
  const total = declared > 0 ? declared : EXPECTED_BYTES;
  let received = 0;
  const read = async (r: Response): Promise<Uint8Array> => {
    if (!r.body) return new Uint8Array(await r.arrayBuffer());
    const parts: Uint8Array[] = [];
    const reader = r.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      parts.push(value);
      received += value.byteLength;
      onFraction(Math.min(1, received / total));
    }
    const out = new Uint8Array(parts.reduce((s, p) => s + p.byteLength, 0));
    let at = 0;
    for (const p of parts) {
      out.set(p, at);
      at += p.byteLength;
    }
    return out;
  };
  const [regular, bold] = await Promise.all(responses.map(read));
  return { regular: regular!, bold: bold! };
}

serveReports(self as unknown as WorkerScope, pdfMakeBuild as unknown as PdfMakeLike, loadFonts);
