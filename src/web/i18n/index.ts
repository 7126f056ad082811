import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { z } from 'zod';
import { LOCALES, type Locale } from '../../core/api/auth.js';
import { adminEn } from '../admin/i18n.en.js';
import { adminFr } from '../admin/i18n.fr.js';
import { dispatchEn } from '../dispatch/i18n.en.js';
import { dispatchFr } from '../dispatch/i18n.fr.js';
import { glossaryEn } from '../glossary/i18n.en.js';
import { glossaryFr } from '../glossary/i18n.fr.js';
import { intakeEn } from '../intake/i18n.en.js';
import { intakeFr } from '../intake/i18n.fr.js';
import { interventionsEn } from '../interventions/i18n.en.js';
import { interventionsFr } from '../interventions/i18n.fr.js';
import { liveEn } from '../live/i18n.en.js';
import { liveFr } from '../live/i18n.fr.js';
import { mapEn } from '../map/i18n.en.js';
import { mapFr } from '../map/i18n.fr.js';
import { queueEn } from '../queue/i18n.en.js';
import { queueFr } from '../queue/i18n.fr.js';
import { templatesEn } from '../templates/i18n.en.js';
import { templatesFr } from '../templates/i18n.fr.js';
import { trackingEn } from '../tracking/i18n.en.js';
import { trackingFr } from '../tracking/i18n.fr.js';
import { en } from './en.js';
import { fr } from './fr.js';

/** Each feature keeps its labels in its own files (English typed by French), merged here under its name. */
const messages = {
  fr: {
    ...fr,
    live: liveFr,
    dispatch: dispatchFr,
    templates: templatesFr,
    queue: queueFr,
    interventions: interventionsFr,
    map: mapFr,
    tracking: trackingFr,
    intake: intakeFr,
    glossary: glossaryFr,
    admin: adminFr,
  },
  en: {
    ...en,
    live: liveEn,
    dispatch: dispatchEn,
    templates: templatesEn,
    queue: queueEn,
    interventions: interventionsEn,
    map: mapEn,
    tracking: trackingEn,
    intake: intakeEn,
    glossary: glossaryEn,
    admin: adminEn,
  },
};

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof messages.fr };
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
  resources: { fr: { translation: messages.fr }, en: { translation: messages.en } },
  lng: storedLocale(),
  initAsync: false,
  fallbackLng: 'fr',
  interpolation: { escapeValue: false },
});

export { i18next };
