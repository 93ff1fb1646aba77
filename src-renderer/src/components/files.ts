/**
 * Files in and out of the renderer without Node: uploads are read as base64 for the op input, and a
 * FileOutput from main ({fileName, mimeType, base64}) becomes a download through a temporary <a download>.
 */
import type { FileOutput } from '@contract';

export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** The base64 payload of a data: URL (what FileReader.readAsDataURL produces). */
export function dataUrlPayload(dataUrl: string): string {
  const comma = dataUrl.indexOf(',');
  if (!dataUrl.startsWith('data:') || comma < 0 || !dataUrl.slice(0, comma).endsWith(';base64'))
    throw new Error('not a base64 data URL');
  return dataUrl.slice(comma + 1);
}

/** Only spreadsheets the importer understands; the op checks the name again. */
export function isSpreadsheetName(name: string): boolean {
  return /\.(xlsx|csv)$/i.test(name);
}

export function readFileAsBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      try {
        resolve(dataUrlPayload(String(reader.result)));
      } catch (e) {
        reject(e instanceof Error ? e : new Error(String(e)));
      }
    };
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}

export function saveFile(file: Pick<FileOutput, 'fileName' | 'mimeType' | 'base64'>): void {
  saveBytes(base64ToBytes(file.base64), file.fileName, file.mimeType);
}

/** Bytes made in the renderer (a report from the report worker) downloaded under a file name. */
export function saveBytes(bytes: Uint8Array<ArrayBuffer>, fileName: string, mimeType: string): void {
  const blob = new Blob([bytes], { type: mimeType });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  // The click has started the download by the time the next task runs; the URL is no longer needed.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
