import { inflateRawSync } from 'node:zlib';

/**
 * Just enough ZIP reading for .xlsx, synchronously: services run inside a synchronous SQLite transaction, and
 * exceljs (whose reader is async only) cannot be awaited there. Entries are found through the central directory,
 * so streamed archives (sizes only in data descriptors) read as well.
 */
export class ZipFormatError extends Error {}

/**
 * An archive whose entries would inflate far beyond the file (a zip bomb, or a workbook too large to import):
 * refused from the central directory, before anything is inflated.
 */
export class ZipTooLargeError extends Error {
  constructor(
    readonly entry: string,
    readonly declaredBytes: number,
  ) {
    super(`zip entry ${entry} would inflate to ${declaredBytes} bytes`);
  }
}

const EOCD_SIG = 0x06054b50;
const CENTRAL_SIG = 0x02014b50;
const LOCAL_SIG = 0x04034b50;
/**
 * A worksheet of 100,000 rows is about 30 MB of XML; anything far beyond is a zip bomb, not a spreadsheet. The
 * limit holds for all entries together, as the central directory declares them, and inflating never produces
 * more than an entry declared, so a header that lies is caught too.
 */
export const MAX_UNZIPPED_BYTES = 192 * 1024 * 1024;
/** Spreadsheet XML deflates some 5–30×; deflate's ceiling is about 1,000×, which only a bomb approaches. */
export const MAX_RATIO = 200;
/** Small entries (styles, themes) may compress well without costing anything to inflate. */
const RATIO_FREE_BYTES = 1024 * 1024;

interface Entry {
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localOffset: number;
}

export class ZipReader {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly buf: Buffer) {
    const eocd = findEndOfCentralDirectory(buf);
    const count = buf.readUInt16LE(eocd + 10);
    let p = buf.readUInt32LE(eocd + 16);
    for (let i = 0; i < count; i++) {
      if (p + 46 > buf.length || buf.readUInt32LE(p) !== CENTRAL_SIG) throw new ZipFormatError('central directory');
      const nameLen = buf.readUInt16LE(p + 28);
      const extraLen = buf.readUInt16LE(p + 30);
      const commentLen = buf.readUInt16LE(p + 32);
      const name = buf.toString('utf8', p + 46, p + 46 + nameLen);
      this.entries.set(name.replace(/^\/+/, ''), {
        method: buf.readUInt16LE(p + 10),
        compressedSize: buf.readUInt32LE(p + 20),
        uncompressedSize: buf.readUInt32LE(p + 24),
        localOffset: buf.readUInt32LE(p + 42),
      });
      p += 46 + nameLen + extraLen + commentLen;
    }
    let total = 0;
    for (const [name, e] of this.entries) {
      total += e.uncompressedSize;
      const ratioBroken =
        e.uncompressedSize > RATIO_FREE_BYTES && e.uncompressedSize > MAX_RATIO * Math.max(e.compressedSize, 1);
      if (ratioBroken || total > MAX_UNZIPPED_BYTES) throw new ZipTooLargeError(name, e.uncompressedSize);
    }
  }

  has(name: string): boolean {
    return this.findName(name) !== undefined;
  }

  /** Entry text as UTF-8, or undefined when the archive has no such entry. Names match case-insensitively. */
  text(name: string): string | undefined {
    const key = this.findName(name);
    if (key === undefined) return undefined;
    return this.read(this.entries.get(key)!).toString('utf8');
  }

  private findName(name: string): string | undefined {
    if (this.entries.has(name)) return name;
    const lower = name.toLowerCase();
    for (const key of this.entries.keys()) if (key.toLowerCase() === lower) return key;
    return undefined;
  }

  private read(e: Entry): Buffer {
    const p = e.localOffset;
    if (p + 30 > this.buf.length || this.buf.readUInt32LE(p) !== LOCAL_SIG) throw new ZipFormatError('local header');
    const start = p + 30 + this.buf.readUInt16LE(p + 26) + this.buf.readUInt16LE(p + 28);
    const data = this.buf.subarray(start, start + e.compressedSize);
    if (data.length !== e.compressedSize) throw new ZipFormatError('truncated entry');
    if (e.method === 0) return data;
    if (e.method !== 8) throw new ZipFormatError(`compression method ${e.method}`);
    try {
      const out = inflateRawSync(data, { maxOutputLength: Math.max(e.uncompressedSize, 1) });
      if (out.length !== e.uncompressedSize) throw new ZipFormatError('size differs from the directory');
      return out;
    } catch (cause) {
      throw new ZipFormatError('inflate', { cause });
    }
  }
}

function findEndOfCentralDirectory(buf: Buffer): number {
  // The record is 22 bytes plus a comment of up to 65,535 bytes, at the very end of the file.
  const stop = Math.max(0, buf.length - 22 - 0xffff);
  for (let p = buf.length - 22; p >= stop; p--) {
    if (buf.readUInt32LE(p) === EOCD_SIG) return p;
  }
  throw new ZipFormatError('not a zip archive');
}
