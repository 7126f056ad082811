import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { z } from 'zod';
import { LOCALES, type Locale } from '../../core/api/auth.js';
import { en } from './en.js';
import { fr } from './fr.js';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof fr };
  }
}

const STORAGE_KEY = 'relais.locale';

function storedLocale(): Locale {
  const stored = localStorage.getItem(STORAGE_KEY);
  return LOCALES.find((locale) => locale === stored) ?? 'fr';
}

/** A missing value or a text of the wrong length, in the words of a form rather than a schema's. */
function formMessage(issue: z.core.$ZodRawIssue): string | undefined {
  if (issue.input === undefined || issue.input === null) return i18next.t('validation.required');
  if (issue.code === 'too_small' && issue.origin === 'string') {
    const count = Number(issue.minimum);
    return count === 1 ? i18next.t('validation.required') : i18next.t('validation.minLength', { count });
  }
  if (issue.code === 'too_big' && issue.origin === 'string') {
    return i18next.t('validation.maxLength', { count: Number(issue.maximum) });
  }
  return undefined;
}

function applyLocale(locale: Locale): void {
  document.documentElement.lang = locale;
  z.config({ ...(locale === 'fr' ? z.locales.fr() : z.locales.en()), customError: formMessage });
}

export function currentLocale(): Locale {
  return LOCALES.find((locale) => locale === i18next.language) ?? 'fr';
}

export async function changeLocale(locale: Locale): Promise<void> {
  localStorage.setItem(STORAGE_KEY, locale);
  await i18next.changeLanguage(locale);
}

i18next.on('languageChanged', (lng) => applyLocale(LOCALES.find((locale) => locale === lng) ?? 'fr'));

// Resources are bundled, so initialisation completes synchronously (initAsync: false).
void i18next.use(initReactI18next).init({
  resources: { fr: { translation: fr }, en: { translation: en } },
  lng: storedLocale(),
  initAsync: false,
  fallbackLng: 'fr',
  interpolation: { escapeValue: false },
});

export { i18next };
