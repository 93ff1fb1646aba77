import type { Locale } from '@contract';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import i18n from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import type { zh } from './locales/zh';

const STORAGE_KEY = 'grants.locale';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof zh };
  }
}

/** The saved choice, else Chinese: regulation asks for a Chinese UI by default. */
export function storedLocale(): Locale {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'zh';
  } catch {
    return 'zh';
  }
}

function applyDocumentLocale(locale: Locale): void {
  dayjs.locale(locale === 'zh' ? 'zh-cn' : 'en');
  if (typeof document !== 'undefined') {
    document.documentElement.lang = locale === 'zh' ? 'zh-CN' : 'en';
    document.title = i18n.t('app.title');
  }
}

// Each language is its own chunk, so the first screen loads only the one it shows (and Chinese, the fallback).
const CATALOGUES: Record<Locale, () => Promise<typeof zh>> = {
  zh: async () => (await import('./locales/zh')).zh,
  en: async () => (await import('./locales/en')).en,
};

async function ensureCatalogue(locale: Locale): Promise<void> {
  if (!i18n.hasResourceBundle(locale, 'translation'))
    i18n.addResourceBundle(locale, 'translation', await CATALOGUES[locale]());
}

export async function initI18n(): Promise<typeof i18n> {
  const lng = storedLocale();
  const needed: Locale[] = lng === 'zh' ? ['zh'] : [lng, 'zh'];
  const loaded = await Promise.all(needed.map(async (l) => [l, { translation: await CATALOGUES[l]() }] as const));
  await i18n.use(initReactI18next).init({
    resources: Object.fromEntries(loaded),
    lng,
    fallbackLng: 'zh',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  applyDocumentLocale(lng);
  return i18n;
}

export function currentLocale(): Locale {
  return i18n.language === 'en' ? 'en' : 'zh';
}

export async function setLocale(locale: Locale): Promise<void> {
  try {
    localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // Blocked storage: the switch still applies to this session.
  }
  await ensureCatalogue(locale);
  await i18n.changeLanguage(locale);
  applyDocumentLocale(locale);
}

/** The current UI language, re-rendering when the user switches. */
export function useLocale(): Locale {
  const { i18n: instance } = useTranslation();
  return instance.language === 'en' ? 'en' : 'zh';
}
