import { inflateRawSync } from 'node:zlib';

/**
 * Just enough ZIP reading for .xlsx, synchronously: services run inside a synchronous SQLite transaction, and
 * exceljs (whose reader is async only) cannot be awaited there. Entries are found through the central directory,
 * so streamed archives (sizes only in data descriptors) read as well.
 */
export class ZipFormatError extends Error {}

const EOCD_SIG = 0x06054b50;
const CENTRAL_SIG = 0x02014b50;
const LOCAL_SIG = 0x04034b50;
/** A worksheet of 100,000 rows is about 30 MB of XML; anything far beyond is a zip bomb, not a spreadsheet. */
const MAX_ENTRY_BYTES = 256 * 1024 * 1024;

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
    if (e.uncompressedSize > MAX_ENTRY_BYTES) throw new ZipFormatError('entry too large');
    try {
      return inflateRawSync(data, { maxOutputLength: MAX_ENTRY_BYTES });
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
