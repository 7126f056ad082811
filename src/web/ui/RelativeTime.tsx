import { useTranslation } from 'react-i18next';
import { formatDateTime, formatRelative } from './dates.js';

/** "il y a 3 jours", with the full date (Europe/Paris) on hover. */
export function RelativeTime({ iso }: { iso: string }) {
  const { i18n } = useTranslation();
  return (
    <time dateTime={iso} title={formatDateTime(iso, i18n.language)}>
      {formatRelative(iso, i18n.language)}
    </time>
  );
}
