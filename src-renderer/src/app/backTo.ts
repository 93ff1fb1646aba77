import { useEffect } from 'react';
import { navigate, parseHash, routeHash, type Route } from './router';

/**
 * Where 返回列表 goes from a record opened out of a worklist: back to that worklist (and its tab), not to the
 * record's general list. Remembered for the one record opened next, so opening the same record from its own
 * list later goes back there.
 */
let origin: { record: string; back: string } | null = null;

// A project's page is one record whichever of its tabs is showing.
const keyOf = (record: Route) => routeHash(record.name === 'project' ? { name: 'project', id: record.id } : record);

/**
 * Used by a worklist page: when it is left for a record (by a row, a link or a key), that record's 返回列表
 * comes back to `back`. The worklist unmounts after the address has changed, so the address names the record.
 */
export function useBackTarget(back: Route): void {
  const backHash = routeHash(back);
  useEffect(
    () => () => {
      origin = { record: keyOf(parseHash(window.location.hash)), back: backHash };
    },
    [backHash],
  );
}

/** 返回列表 of a record: to the worklist it was opened from, else to `fallback`. */
export function goBack(record: Route, fallback: Route): void {
  if (origin && origin.record === keyOf(record)) {
    const back = origin.back;
    origin = null;
    window.location.hash = back;
    return;
  }
  navigate(fallback);
}
