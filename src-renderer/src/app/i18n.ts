import type { Locale } from '@contract';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import i18n from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import type { zh } from './locales/zh';
// Chinese is the default and every language's fallback, so its shared text is in the start script: a separate
// chunk would be fetched only after the start script ran, a second round trip before the first screen.
import { zhCore } from './locales/zh-core';

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

// Each language is its own chunk, so the first screen loads only the one it shows (and Chinese, the fallback);
// and each in two parts: what the sign-in screen needs, and the text of the screens behind it, loaded with them.
const CORE: Record<Locale, () => Promise<object>> = {
  zh: async () => zhCore,
  en: async () => (await import('./locales/en-core')).enCore,
};
const FEATURES: Record<Locale, () => Promise<object>> = {
  zh: async () => (await import('./locales/zh-features')).zhFeatures,
  en: async () => (await import('./locales/en-features')).enFeatures,
};
let featuresWanted = false;
const featuresLoaded = new Set<Locale>();

async function addFeatures(locale: Locale): Promise<void> {
  if (featuresLoaded.has(locale)) return;
  // Deep, not overwriting: where both parts name a key, the shared text wins, as it did in one catalogue.
  i18n.addResourceBundle(locale, 'translation', await FEATURES[locale](), true, false);
  featuresLoaded.add(locale);
}

/** Loads the text of the signed-in screens (for the current language and the Chinese fallback). */
export async function loadScreenText(): Promise<void> {
  featuresWanted = true;
  const lng = currentLocale();
  await Promise.all((lng === 'zh' ? ['zh' as const] : [lng, 'zh' as const]).map(addFeatures));
}

async function ensureCatalogue(locale: Locale): Promise<void> {
  if (!i18n.hasResourceBundle(locale, 'translation'))
    i18n.addResourceBundle(locale, 'translation', await CORE[locale](), true, false);
  if (featuresWanted) await addFeatures(locale);
}

export async function initI18n(): Promise<typeof i18n> {
  const lng = storedLocale();
  const needed: Locale[] = lng === 'zh' ? ['zh'] : [lng, 'zh'];
  const loaded = await Promise.all(needed.map(async (l) => [l, { translation: await CORE[l]() }] as const));
  await i18n.use(initReactI18next).init({
    resources: Object.fromEntries(loaded),
    lng,
    fallbackLng: 'zh',
    interpolation: { escapeValue: false },
    returnNull: false,
    // No advertisement in the console.
    showSupportNotice: false,
  });
  applyDocumentLocale(lng);
  return i18n;
}

export function currentLocale(): Locale {
  // Before init (the session probe goes out first), the language the user chose last time.
  if (!i18n.isInitialized) return storedLocale();
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
