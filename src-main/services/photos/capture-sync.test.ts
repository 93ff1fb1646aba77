import { describe, expect, it } from 'vitest';
import { jpegWithExif } from '../../testing/photos';
import { readCaptureSync } from './capture-sync';
import { readPhotoMetadata } from './index';

describe('reading a capture time synchronously', () => {
  it('gives what exifr gives, with and without the UTC offset', async () => {
    const files = [
      jpegWithExif({ dateTimeOriginal: '2016:09:20 14:30:05', gps: { latitude: 29.5576, longitude: 106.5772 } }),
      jpegWithExif({ dateTimeOriginal: '2016:09:20 20:15:00', offsetTimeOriginal: '+02:00' }),
      jpegWithExif({ dateTimeOriginal: '0000:00:00 00:00:00' }),
      jpegWithExif(null),
    ];
    for (const file of files) expect(readCaptureSync(file)).toEqual((await readPhotoMetadata(file)).capture);
    expect(readCaptureSync(files[1]!)).toEqual({
      takenOn: '2016-09-21',
      takenAt: '2016-09-20T18:15:00.000Z',
      offsetRecorded: true,
    });
  });

  it('says nothing for a file that is no JPEG or whose EXIF is cut short', () => {
    expect(readCaptureSync(Buffer.from('%PDF-1.4 not a photo'))).toBeNull();
    const cut = jpegWithExif({ dateTimeOriginal: '2016:09:20 14:30:05' });
    expect(readCaptureSync(cut.subarray(0, 40))).toBeNull();
  });
});
