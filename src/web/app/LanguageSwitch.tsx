import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LOCALES, type Locale } from '../../core/api/auth.js';
import { changeLocale, currentLocale } from '../i18n/index.js';

export function LanguageSwitch() {
  const { t } = useTranslation();
  return (
    <SegmentedControl<Locale>
      size="xs"
      aria-label={t('header.language')}
      value={currentLocale()}
      onChange={(locale) => void changeLocale(locale)}
      data={LOCALES.map((locale) => ({ value: locale, label: t(`language.${locale}`) }))}
    />
  );
}
