/**
 * Test support for photo metadata: real JPEG bytes with an EXIF APP1 segment written here, field by field, as
 * a camera writes it (a big-endian TIFF structure: IFD0 pointing at the Exif and GPS IFDs). Not used by the app.
 */

/** A 16×12 baseline JPEG drawn and encoded by Chromium (a gradient), without its JFIF and ICC segments. */
const BASE_JPEG = Buffer.from(
  '/9j/2wBDABALDA4MChAODQ4SERATGCgaGBYWGDEjJR0oOjM9PDkzODdASFxOQERXRTc4UG1RV19iZ2hnPk1xeXBkeFxlZ2P/2wBDARESEhgVGC8a' +
    'Gi9jQjhCY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2P/wAARCAAMABADASIAAhEBAxEB/8QAFQABAQAA' +
    'AAAAAAAAAAAAAAAAAgH/xAAVEAEBAAAAAAAAAAAAAAAAAAABAP/EABUBAQEAAAAAAAAAAAAAAAAAAAIE/8QAGBEAAgMAAAAAAAAAAAAAAAAAAAIB' +
    'AwT/2gAMAwEAAhEDEQA/AGEwoTKJ2Dnqg//Z',
  'base64',
);

export interface ExifFields {
  /** As a camera writes it: 'YYYY:MM:DD HH:MM:SS', local time of the camera's clock. */
  dateTimeOriginal?: string;
  /** '+08:00' */
  offsetTimeOriginal?: string;
  /** Decimal degrees; negative is south / west. */
  gps?: { latitude: number; longitude: number };
}

type Entry = { tag: number; type: 1 | 2 | 4 | 5; count: number; data: Buffer };

const ascii = (tag: number, text: string): Entry => {
  const data = Buffer.from(`${text}\0`, 'latin1');
  return { tag, type: 2, count: data.length, data };
};
const long = (tag: number, value: number): Entry => {
  const data = Buffer.alloc(4);
  data.writeUInt32BE(value);
  return { tag, type: 4, count: 1, data };
};
const rationals = (tag: number, pairs: [number, number][]): Entry => {
  const data = Buffer.alloc(8 * pairs.length);
  pairs.forEach(([n, d], i) => {
    data.writeUInt32BE(n, 8 * i);
    data.writeUInt32BE(d, 8 * i + 4);
  });
  return { tag, type: 5, count: pairs.length, data };
};
const dms = (deg: number): [number, number][] => {
  const a = Math.abs(deg);
  const d = Math.floor(a);
  const m = Math.floor((a - d) * 60);
  const s = Math.round(((a - d) * 60 - m) * 60 * 1000);
  return [
    [d, 1],
    [m, 1],
    [s, 1000],
  ];
};

/** One IFD at `offset` (from the TIFF header): entries, next-IFD 0, then the values that do not fit inline. */
function writeIfd(entries: Entry[], offset: number): Buffer {
  const sorted = [...entries].sort((a, b) => a.tag - b.tag);
  const head = Buffer.alloc(2 + 12 * sorted.length + 4);
  head.writeUInt16BE(sorted.length);
  const extra: Buffer[] = [];
  let extraAt = offset + head.length;
  sorted.forEach((e, i) => {
    const at = 2 + 12 * i;
    head.writeUInt16BE(e.tag, at);
    head.writeUInt16BE(e.type, at + 2);
    head.writeUInt32BE(e.count, at + 4);
    if (e.data.length <= 4) e.data.copy(head, at + 8);
    else {
      head.writeUInt32BE(extraAt, at + 8);
      const padded = e.data.length % 2 ? Buffer.concat([e.data, Buffer.alloc(1)]) : e.data;
      extra.push(padded);
      extraAt += padded.length;
    }
  });
  return Buffer.concat([head, ...extra]);
}

function tiff(fields: ExifFields): Buffer {
  const exif: Entry[] = [];
  if (fields.dateTimeOriginal !== undefined) exif.push(ascii(0x9003, fields.dateTimeOriginal));
  if (fields.offsetTimeOriginal !== undefined) exif.push(ascii(0x9011, fields.offsetTimeOriginal));
  const gps: Entry[] = [];
  if (fields.gps) {
    const { latitude, longitude } = fields.gps;
    gps.push({ tag: 0, type: 1, count: 4, data: Buffer.from([2, 3, 0, 0]) });
    gps.push(ascii(1, latitude < 0 ? 'S' : 'N'), rationals(2, dms(latitude)));
    gps.push(ascii(3, longitude < 0 ? 'W' : 'E'), rationals(4, dms(longitude)));
  }
  // IFD0 holds the camera's make and the two pointers; its size is fixed, so the sub-IFDs' offsets are known.
  const ifd0Entries = (exifAt: number, gpsAt: number) => [
    ascii(0x010f, 'Grants'),
    long(0x8769, exifAt),
    ...(gps.length ? [long(0x8825, gpsAt)] : []),
  ];
  const ifd0Size = writeIfd(ifd0Entries(0, 0), 8).length;
  const exifAt = 8 + ifd0Size;
  const exifIfd = writeIfd(exif, exifAt);
  const gpsAt = exifAt + exifIfd.length;
  const gpsIfd = gps.length ? writeIfd(gps, gpsAt) : Buffer.alloc(0);
  const header = Buffer.from([0x4d, 0x4d, 0x00, 0x2a, 0, 0, 0, 8]);
  return Buffer.concat([header, writeIfd(ifd0Entries(exifAt, gpsAt), 8), exifIfd, gpsIfd]);
}

/** A JPEG file's bytes with the given EXIF fields (none: a plain JPEG without EXIF). */
export function jpegWithExif(fields: ExifFields | null): Buffer {
  if (fields === null) return Buffer.from(BASE_JPEG);
  const body = Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), tiff(fields)]);
  const app1 = Buffer.alloc(4);
  app1.writeUInt16BE(0xffe1);
  app1.writeUInt16BE(body.length + 2, 2);
  return Buffer.concat([BASE_JPEG.subarray(0, 2), app1, body, BASE_JPEG.subarray(2)]);
}
