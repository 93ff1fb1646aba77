import { dayNumber, isCalendarDate, shanghaiDate } from './calendar';

/**
 * When an inspection photo was taken, read from its EXIF capture time, and whether that was the inspection's
 * day. EXIF writes the camera clock's local time ('2016:09:20 14:30:05', DateTimeOriginal) and, on newer
 * cameras and phones, its offset from UTC (OffsetTimeOriginal, '+08:00'). With the offset the instant is
 * exact and its Shanghai date follows; without it the clock is taken to be set to Beijing time, as it is on
 * the cameras the bureau's inspectors use, and the date is the one written.
 */
export interface PhotoCapture {
  /** The Shanghai calendar date of capture. */
  takenOn: string;
  /** The instant (ISO, UTC): exact when the offset was recorded, else assuming Beijing time. */
  takenAt: string;
  /** The camera recorded its UTC offset (takenAt is exact). */
  offsetRecorded: boolean;
}

const EXIF_TIME = /^(\d{4}):(\d{2}):(\d{2})[ T](\d{2}):(\d{2}):(\d{2})/;
const OFFSET = /^([+-])(\d{2}):(\d{2})$/;

/** Null for a missing, blank ('0000:00:00 00:00:00', as cameras write an unset clock) or malformed time. */
export function photoCapture(dateTimeOriginal: string | null, offset: string | null): PhotoCapture | null {
  const m = dateTimeOriginal === null ? null : EXIF_TIME.exec(dateTimeOriginal.trim());
  if (!m) return null;
  const [, y, mo, d, h, mi, s] = m as unknown as [string, string, string, string, string, string, string];
  const date = `${y}-${mo}-${d}`;
  if (!isCalendarDate(date) || Number(h) > 23 || Number(mi) > 59 || Number(s) > 59) return null;
  const local = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s));
  const o = offset === null ? null : OFFSET.exec(offset.trim());
  const offsetMinutes =
    o && Number(o[2]) <= 14 && Number(o[3]) <= 59 ? (o[1] === '-' ? -1 : 1) * (Number(o[2]) * 60 + Number(o[3])) : null;
  if (offsetMinutes === null) {
    return { takenOn: date, takenAt: new Date(local - 8 * 3_600_000).toISOString(), offsetRecorded: false };
  }
  const instant = new Date(local - offsetMinutes * 60_000);
  return { takenOn: shanghaiDate(instant), takenAt: instant.toISOString(), offsetRecorded: true };
}

/**
 * A photo taken on another day than the inspection is flagged; one without a capture time cannot be shown to
 * be from the visit, so it is 'unknown' — never counted as fine.
 */
export type PhotoDayCheck =
  | { status: 'sameDay'; takenOn: string }
  | { status: 'otherDay'; takenOn: string; inspectionDate: string; daysApart: number }
  | { status: 'unknown' };

export function checkPhotoDay(takenOn: string | null, inspectionDate: string): PhotoDayCheck {
  if (takenOn === null || !isCalendarDate(takenOn)) return { status: 'unknown' };
  if (takenOn === inspectionDate) return { status: 'sameDay', takenOn };
  return {
    status: 'otherDay',
    takenOn,
    inspectionDate,
    daysApart: Math.abs(dayNumber(takenOn) - dayNumber(inspectionDate)),
  };
}
