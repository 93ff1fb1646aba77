import { photoCapture, type PhotoCapture } from '../../core/photo-dates';

/**
 * The capture time of a JPEG read synchronously: DateTimeOriginal (0x9003) and OffsetTimeOriginal (0x9011)
 * from the Exif IFD of its APP1 segment. Reports are loaded inside a write transaction, where exifr (which
 * is asynchronous) cannot run; these two ASCII fields are all a report lists, so a small reader suffices.
 * Anything malformed reads as "the file does not say".
 */
export function readCaptureSync(bytes: Buffer): PhotoCapture | null {
  try {
    const tiff = exifTiff(bytes);
    return tiff ? captureFromTiff(tiff) : null;
  } catch {
    return null;
  }
}

/** The TIFF block after "Exif\0\0" in the first APP1 segment, or null. */
function exifTiff(b: Buffer): Buffer | null {
  if (b.length < 4 || b[0] !== 0xff || b[1] !== 0xd8) return null;
  let at = 2;
  while (at + 4 <= b.length && b[at] === 0xff) {
    const marker = b[at + 1]!;
    if (marker === 0xda || marker === 0xd9) return null;
    const size = b.readUInt16BE(at + 2);
    if (marker === 0xe1 && b.toString('latin1', at + 4, at + 10) === 'Exif\0\0')
      return b.subarray(at + 10, at + 2 + size);
    at += 2 + size;
  }
  return null;
}

function captureFromTiff(t: Buffer): PhotoCapture | null {
  const little = t.toString('latin1', 0, 2) === 'II';
  const u16 = (o: number) => (little ? t.readUInt16LE(o) : t.readUInt16BE(o));
  const u32 = (o: number) => (little ? t.readUInt32LE(o) : t.readUInt32BE(o));
  const entries = (ifd: number) =>
    Array.from({ length: u16(ifd) }, (_, i) => {
      const e = ifd + 2 + i * 12;
      return { tag: u16(e), type: u16(e + 2), count: u32(e + 4), at: e + 8 };
    });
  const ascii = (e: { type: number; count: number; at: number }): string | null => {
    if (e.type !== 2) return null;
    const start = e.count <= 4 ? e.at : u32(e.at);
    return t.toString('latin1', start, start + e.count).replace(/\0+$/, '');
  };
  const pointer = entries(u32(4)).find((e) => e.tag === 0x8769);
  if (!pointer) return null;
  const exif = entries(u32(pointer.at));
  const field = (tag: number) => {
    const e = exif.find((x) => x.tag === tag);
    return e ? ascii(e) : null;
  };
  return photoCapture(field(0x9003), field(0x9011));
}
