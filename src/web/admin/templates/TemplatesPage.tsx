import { Button, Stack } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResponseTemplate } from '../../../core/api/templates.js';
import { RelativeTime } from '../../ui/RelativeTime.js';
import { adminApi } from '../api.js';
import { useEntityList } from '../queries.js';
import { AdminTable } from '../ui/AdminTable.js';
import { ConfirmModal } from '../ui/ConfirmModal.js';
import { NameCell } from '../ui/NameCell.js';
import { RowActions } from '../ui/RowActions.js';
import { SectionHeader } from '../ui/SectionHeader.js';
import { StateBadge } from '../ui/StateBadge.js';
import { TemplateForm } from './TemplateForm.js';

const byKindThenTitle = (a: ResponseTemplate, b: ResponseTemplate) =>
  a.kind.localeCompare(b.kind) || a.title.localeCompare(b.title, 'fr');

/** The texts agents answer with (a rejection, a redirection…), with placeholders from the request. */
export function TemplatesPage() {
  const { t } = useTranslation();
  const templates = useEntityList(adminApi.templates);
  const [editing, setEditing] = useState<ResponseTemplate | 'new' | null>(null);
  const [removing, setRemoving] = useState<ResponseTemplate | null>(null);

  return (
    <Stack gap="md">
      <SectionHeader title={t('admin.templates.title')} description={t('admin.templates.description')}>
        <Button leftSection={<IconPlus aria-hidden size={16} />} onClick={() => setEditing('new')}>
          {t('admin.templates.new')}
        </Button>
      </SectionHeader>
      <AdminTable
        caption={t('admin.templates.title')}
        items={templates.toSorted(byKindThenTitle)}
        columns={[
          {
            header: t('admin.templates.titleField'),
            cell: (template) => <NameCell name={template.title} code={template.code} />,
          },
          { header: t('admin.templates.kind'), cell: (template) => t(`admin.templateKind.${template.kind}`) },
          {
            header: t('admin.category.state'),
            nowrap: true,
            cell: (template) => (
              <StateBadge on={template.active}>
                {t(template.active ? 'admin.templates.activeBadge' : 'admin.templates.inactiveBadge')}
              </StateBadge>
            ),
          },
          {
            header: t('admin.templates.updatedAt'),
            nowrap: true,
            cell: (template) => <RelativeTime iso={template.updatedAt} />,
          },
        ]}
        actions={(template) => (
          <RowActions
            name={template.title}
            onEdit={() => setEditing(template)}
            onRemove={() => setRemoving(template)}
          />
        )}
        empty={{ title: t('admin.templates.emptyTitle'), description: t('admin.templates.emptyDescription') }}
      />
      {editing && <TemplateForm template={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
      {removing && (
        <ConfirmModal
          title={t('admin.confirmDelete', { name: removing.title })}
          message={t('admin.templates.deleteMessage')}
          confirmLabel={t('admin.delete')}
          done={t('admin.deleted', { name: removing.title })}
          run={() => adminApi.templates.remove(removing.id)}
          onClose={() => setRemoving(null)}
        />
      )}
    </Stack>
  );
}
