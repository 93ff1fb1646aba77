import { readFileSync, writeFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { checkPhotoDay } from '../../core/photo-dates';
import { TempFolder } from '../../testing/db';
import { readPhotoMetadata } from './index';
import { jpegWithExif } from '../../testing/photos';

let folder: TempFolder | undefined;
afterEach(() => folder?.remove());

/** Chongqing, 解放碑. */
const JIEFANGBEI = { latitude: 29.5576, longitude: 106.5772 };

describe('photo metadata from EXIF', () => {
  it('reads the capture time as a Shanghai date and the GPS position from a JPEG file', async () => {
    folder = new TempFolder();
    const file = folder.file('visit.jpg');
    writeFileSync(file, jpegWithExif({ dateTimeOriginal: '2016:09:20 14:30:05', gps: JIEFANGBEI }));
    const meta = await readPhotoMetadata(readFileSync(file));
    expect(meta.capture).toEqual({ takenOn: '2016-09-20', takenAt: '2016-09-20T06:30:05.000Z', offsetRecorded: false });
    expect(meta.position!.latitude).toBeCloseTo(29.5576, 5);
    expect(meta.position!.longitude).toBeCloseTo(106.5772, 5);
    expect(checkPhotoDay(meta.capture!.takenOn, '2016-09-20').status).toBe('sameDay');
    expect(checkPhotoDay(meta.capture!.takenOn, '2016-09-21').status).toBe('otherDay');
  });

  it('uses the recorded UTC offset, and reads southern and western positions as negative', async () => {
    const meta = await readPhotoMetadata(
      jpegWithExif({
        dateTimeOriginal: '2016:09:20 20:15:00',
        offsetTimeOriginal: '+02:00',
        gps: { latitude: -33.8688, longitude: -70.6693 },
      }),
    );
    // 20:15 at UTC+2 is 02:15 the next morning in Shanghai.
    expect(meta.capture).toEqual({ takenOn: '2016-09-21', takenAt: '2016-09-20T18:15:00.000Z', offsetRecorded: true });
    expect(meta.position!.latitude).toBeCloseTo(-33.8688, 5);
    expect(meta.position!.longitude).toBeCloseTo(-70.6693, 5);
  });

  it('tells nothing for a JPEG without EXIF, an unset camera clock, a 0°/0° fix or a file that is no image', async () => {
    expect(await readPhotoMetadata(jpegWithExif(null))).toEqual({ capture: null, position: null });
    const unset = await readPhotoMetadata(
      jpegWithExif({ dateTimeOriginal: '0000:00:00 00:00:00', gps: { latitude: 0, longitude: 0 } }),
    );
    expect(unset).toEqual({ capture: null, position: null });
    expect(checkPhotoDay(unset.capture?.takenOn ?? null, '2016-09-20')).toEqual({ status: 'unknown' });
    expect(await readPhotoMetadata(Buffer.from('%PDF-1.4 not a photo'))).toEqual({ capture: null, position: null });
    const timeOnly = await readPhotoMetadata(jpegWithExif({ dateTimeOriginal: '2016:09:20 09:00:00' }));
    expect(timeOnly).toMatchObject({ capture: { takenOn: '2016-09-20' }, position: null });
  });
});
