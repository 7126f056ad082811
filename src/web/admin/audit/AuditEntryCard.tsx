import { Badge, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AuditAction, AuditEntry } from '../../../core/api/admin.js';
import { RelativeTime } from '../../ui/RelativeTime.js';
import { adminFr } from '../i18n.fr.js';
import { type AuditNames, AuditValue } from './AuditValue.js';
import { changesOf, nameOf } from './auditDiff.js';

const isKnownField = (key: string): key is keyof typeof adminFr.auditField => Object.hasOwn(adminFr.auditField, key);

const COLOR: Record<AuditAction, string> = {
  create: 'green',
  update: 'blue',
  delete: 'red',
  disable: 'orange',
  enable: 'teal',
  reset_password: 'grape',
  import: 'indigo',
  lookup: 'gray',
};

/** Who changed what and when, and the fields before and after. */
export function AuditEntryCard({ entry, names }: { entry: AuditEntry; names: AuditNames }) {
  const { t } = useTranslation();
  const changes = changesOf(entry);
  const name = nameOf(entry, (type) => t(`event.${type}`));
  const field = (key: string) => (isKnownField(key) ? t(`admin.auditField.${key}`) : key);

  return (
    <Paper withBorder p="sm" component="article">
      <Stack gap="xs">
        <Group justify="space-between" gap="xs">
          <Group gap="xs">
            <Badge color={COLOR[entry.action]} variant="dot" tt="none" miw="max-content">
              {t(`admin.auditAction.${entry.action}`)}
            </Badge>
            <Text size="sm">
              {t(`admin.auditEntity.${entry.entity}`)}
              {name && (
                <>
                  {' · '}
                  <Text span fw={600} size="sm">
                    {name}
                  </Text>
                </>
              )}
            </Text>
          </Group>
          <Text size="sm" c="dimmed">
            {t('admin.audit.by', { name: entry.actor?.name ?? t('admin.audit.system') })} ·{' '}
            <RelativeTime iso={entry.at} />
          </Text>
        </Group>
        {changes.length > 0 && (
          <Table withTableBorder withColumnBorders verticalSpacing={4} fz="sm" layout="fixed">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w="22%">{t('admin.audit.field')}</Table.Th>
                {entry.before && <Table.Th>{t('admin.audit.before')}</Table.Th>}
                {entry.after && <Table.Th>{t('admin.audit.after')}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {changes.map((change) => (
                <Table.Tr key={change.field}>
                  <Table.Td>{field(change.field)}</Table.Td>
                  {entry.before && (
                    <Table.Td>
                      <AuditValue field={change.field} value={change.before} names={names} />
                    </Table.Td>
                  )}
                  {entry.after && (
                    <Table.Td>
                      <AuditValue field={change.field} value={change.after} names={names} />
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {changes.length === 0 && (
          <Text size="sm" c="dimmed">
            {entry.action === 'reset_password' ? t('admin.audit.passwordReset') : t('admin.audit.noChange')}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
