import { photoCapture, type PhotoCapture } from '../../core/photo-dates';

export interface PhotoPosition {
  /** Decimal degrees, north positive. */
  latitude: number;
  /** Decimal degrees, east positive. */
  longitude: number;
}

/** What a photo says about when and where it was taken; each part null when the file does not say. */
export interface PhotoMetadata {
  capture: PhotoCapture | null;
  position: PhotoPosition | null;
}

const NOTHING: PhotoMetadata = { capture: null, position: null };

function text(v: unknown): string | null {
  return typeof v === 'string' ? v : null;
}

/**
 * A GPS fix within range; 0°, 0° (where cameras without a fix sometimes write their empty fields) is none.
 */
function position(lat: unknown, lon: unknown): PhotoPosition | null {
  if (typeof lat !== 'number' || typeof lon !== 'number' || !Number.isFinite(lat) || !Number.isFinite(lon)) return null;
  if (Math.abs(lat) > 90 || Math.abs(lon) > 180 || (lat === 0 && lon === 0)) return null;
  return { latitude: lat, longitude: lon };
}

/**
 * Reads the capture time and GPS position from a photo's EXIF data with exifr (JPEG, and HEIC, TIFF or PNG
 * where they carry EXIF). Values are read raw (reviveValues off): exifr would otherwise turn the camera's
 * local time into a Date in the time zone of whichever computer runs this, and the date an inspection photo
 * was taken must not depend on that. A file without EXIF, or not an image at all, simply tells nothing.
 *
 * exifr is asynchronous, so this runs before an op's (synchronous) transaction, e.g. where the upload's bytes
 * are received, and the result is stored with the attachment.
 */
export async function readPhotoMetadata(bytes: Uint8Array): Promise<PhotoMetadata> {
  let tags: Record<string, unknown> | undefined;
  try {
    // Loaded on the first photo, not when a host starts: most sessions never read one.
    const { default: exifr } = await import('exifr');
    tags = (await exifr.parse(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), {
      tiff: true,
      exif: true,
      gps: true,
      ifd1: false,
      xmp: false,
      icc: false,
      iptc: false,
      jfif: false,
      ihdr: false,
      reviveValues: false,
      translateValues: false,
    })) as Record<string, unknown> | undefined;
  } catch {
    return NOTHING;
  }
  if (!tags) return NOTHING;
  return {
    capture: photoCapture(
      text(tags.DateTimeOriginal) ?? text(tags.CreateDate),
      text(tags.OffsetTimeOriginal) ?? text(tags.OffsetTime),
    ),
    position: position(tags.latitude, tags.longitude),
  };
}
