import { describe, expect, it } from 'vitest';
import { checkPhotoDay, photoCapture } from './photo-dates';

describe('photo capture time', () => {
  it('takes a camera clock without an offset as Beijing time', () => {
    expect(photoCapture('2016:09:20 23:30:05', null)).toEqual({
      takenOn: '2016-09-20',
      takenAt: '2016-09-20T15:30:05.000Z',
      offsetRecorded: false,
    });
  });

  it('uses a recorded offset, which can move the Shanghai date', () => {
    // 23:30 in Urumqi-style UTC+06:00 is 01:30 the next day in Shanghai.
    expect(photoCapture('2016:09:20 23:30:05', '+06:00')).toEqual({
      takenOn: '2016-09-21',
      takenAt: '2016-09-20T17:30:05.000Z',
      offsetRecorded: true,
    });
    expect(photoCapture('2016:09:20 10:00:00', '-05:00')?.takenOn).toBe('2016-09-20');
    expect(photoCapture('2016:09:20 12:00:00', '-05:00')?.takenOn).toBe('2016-09-21');
    expect(photoCapture('2016:09:20 08:00:00', '+08:00')?.takenAt).toBe('2016-09-20T00:00:00.000Z');
    // An offset that is no offset is ignored rather than trusted.
    expect(photoCapture('2016:09:20 08:00:00', '+99:00')?.offsetRecorded).toBe(false);
  });

  it('has no capture time for a missing, unset or malformed value', () => {
    expect(photoCapture(null, '+08:00')).toBeNull();
    expect(photoCapture('0000:00:00 00:00:00', null)).toBeNull();
    expect(photoCapture('2016:02:30 10:00:00', null)).toBeNull();
    expect(photoCapture('2016:09:20 24:00:00', null)).toBeNull();
    expect(photoCapture('yesterday', null)).toBeNull();
  });
});

describe('photo taken on the inspection day', () => {
  it('is fine on the day, flagged on another day with the distance, unknown without a time', () => {
    expect(checkPhotoDay('2016-09-20', '2016-09-20')).toEqual({ status: 'sameDay', takenOn: '2016-09-20' });
    expect(checkPhotoDay('2016-09-18', '2016-09-20')).toEqual({
      status: 'otherDay',
      takenOn: '2016-09-18',
      inspectionDate: '2016-09-20',
      daysApart: 2,
    });
    expect(checkPhotoDay('2017-01-01', '2016-12-31')).toMatchObject({ status: 'otherDay', daysApart: 1 });
    expect(checkPhotoDay(null, '2016-09-20')).toEqual({ status: 'unknown' });
  });
});
