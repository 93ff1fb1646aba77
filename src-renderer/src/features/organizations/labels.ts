import { DISTRICTS, MUNICIPAL_CODE, districtName, type Locale } from '@contract';
import type { TFunction } from 'i18next';

/** The 38 districts plus 市级, in the official code order, named in the UI language. */
export function districtOptions(t: TFunction, locale: Locale): { value: string; label: string }[] {
  return DISTRICTS.map((d) => ({ value: d.code, label: districtLabel(d.code, t, locale) }));
}

export function districtLabel(code: string, t: TFunction, locale: Locale): string {
  if (code === MUNICIPAL_CODE) return t('organizations.municipal');
  return districtName(code, locale) ?? code;
}
