import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LOCALES, type Locale } from '../../../core/api/auth.js';
import { MESSAGE_STATUSES, type MessageStatus } from '../../../core/notify.js';
import { ROLES, type Role } from '../../../core/roles.js';
import { TEMPLATE_KINDS, type TemplateKind } from '../../../core/templates.js';
import { formatDateTime } from '../../ui/dates.js';
import { lastErrorText } from '../messages/lastError.js';

/** Names of the things an id field points at. */
export type AuditNames = Readonly<Record<string, ReadonlyMap<string, string>>>;

const isRole = (value: unknown): value is Role => ROLES.some((role) => role === value);
const isLocale = (value: unknown): value is Locale => LOCALES.some((locale) => locale === value);
const isTemplateKind = (value: unknown): value is TemplateKind => TEMPLATE_KINDS.some((kind) => kind === value);
const isMessageStatus = (value: unknown): value is MessageStatus => MESSAGE_STATUSES.some((status) => status === value);
/** An instant as the API writes it (nextAttemptAt…). */
const isInstant = (value: unknown): value is string =>
  typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value);
const isString = (value: unknown): value is string => typeof value === 'string';
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** One value of a snapshot, written for a person: names for ids, Oui/Non, dates, lists as lists. */
export function AuditValue({ field, value, names }: { field: string; value: unknown; names: AuditNames }) {
  const { t, i18n } = useTranslation();
  const nameOf = (key: string, id: unknown) => (isString(id) ? (names[key]?.get(id) ?? id) : t('common.none'));

  const text = (): string => {
    if (value === null || value === undefined || value === '') return t('common.none');
    if (typeof value === 'boolean') return value ? t('admin.yes') : t('admin.no');
    if (field in names) return nameOf(field, value);
    if (field === 'role' && isRole(value)) return t(`role.${value}`);
    if (field === 'locale' && isLocale(value)) return t(`language.${value}`);
    if (field === 'kind' && isTemplateKind(value)) return t(`admin.templateKind.${value}`);
    // An outbox message's state, and why it was given up.
    if (field === 'status' && isMessageStatus(value)) return t(`admin.messageStatus.${value}`);
    if (field === 'lastError' && isString(value)) return lastErrorText(value);
    if (isInstant(value)) return formatDateTime(value, i18n.language);
    if (typeof value === 'number') return new Intl.NumberFormat(i18n.language).format(value);
    if (field === 'geometry' && isRecord(value)) return t('admin.audit.geometry', { type: String(value.type) });
    if (Array.isArray(value)) {
      if (value.length === 0) return t('common.none');
      return value
        .map((item) => {
          if (isRecord(item) && 'territoryId' in item) {
            return `${nameOf('territoryId', item.territoryId)} → ${nameOf('departmentId', item.departmentId)}`;
          }
          if (isRecord(item) && 'description' in item) return String(item.description);
          return isString(item) ? item : JSON.stringify(item);
        })
        .join(' · ');
    }
    return isRecord(value) ? JSON.stringify(value) : String(value);
  };

  return (
    <Text size="sm" style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
      {text()}
    </Text>
  );
}
