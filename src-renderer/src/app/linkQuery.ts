import { useEffect, useState } from 'react';
import { routeHash, type Route } from './router';

/**
 * Links that open a list already filtered (a count on the home page → the list of exactly those rows) carry
 * the filters as a query after the route: #/applications?state=draft. The page reads them once when it
 * mounts, and the query is then dropped from the address so later changes of filter are the page's own.
 */
export function linkHref(route: Route, query: Record<string, string | number | boolean>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) params.set(key, String(value));
  const text = params.toString();
  return text ? `${routeHash(route)}?${text}` : routeHash(route);
}

function currentQuery(): URLSearchParams | null {
  const hash = window.location.hash;
  const at = hash.indexOf('?');
  return at < 0 ? null : new URLSearchParams(hash.slice(at + 1));
}

/**
 * The query the page was opened with, parsed by the page (null when there was none or it made no sense).
 * Stable for the page's life; the address loses the query after the first render.
 */
export function useLinkQuery<T>(parse: (query: URLSearchParams) => T | null): T | null {
  const [value] = useState(() => {
    const query = currentQuery();
    return query ? parse(query) : null;
  });
  useEffect(() => {
    const hash = window.location.hash;
    const at = hash.indexOf('?');
    // replaceState fires no hashchange, so the route (the path) stays as it is and nothing re-renders.
    if (at >= 0) window.history.replaceState(window.history.state, '', hash.slice(0, at));
  }, []);
  return value;
}

/** A filter value from a link: true/false, a whole number, or text out of a fixed set. */
export const linkValue = {
  bool: (q: URLSearchParams, key: string): boolean | undefined =>
    q.get(key) === 'true' ? true : q.get(key) === 'false' ? false : undefined,
  oneOf: <T extends string>(q: URLSearchParams, key: string, allowed: readonly T[]): T | undefined =>
    allowed.find((x) => x === q.get(key)),
};
