import { useEffect, useRef } from 'react';
import { useLocale } from '../../../app/i18n';

/**
 * Main words checklist items and blockers in the caller's language, and a cache key does not hold the
 * language: ask again when the user switches, so nothing shows in the language just left.
 */
export function useRefetchOnLocale(refetch: () => Promise<unknown>): void {
  const locale = useLocale();
  const shown = useRef(locale);
  useEffect(() => {
    if (shown.current === locale) return;
    shown.current = locale;
    void refetch();
  }, [locale, refetch]);
}
