import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ResponseTemplate } from '../../../core/api/templates.js';
import { RelativeTime } from '../../ui/RelativeTime.js';
import { adminApi } from '../api.js';
import { useEntityDialogs } from '../entityDialogs.js';
import { useEntityList } from '../queries.js';
import { AdminTable } from '../ui/AdminTable.js';
import { NameCell } from '../ui/NameCell.js';
import { NewButton } from '../ui/NewButton.js';
import { SectionHeader } from '../ui/SectionHeader.js';
import { StateBadge } from '../ui/StateBadge.js';
import { TemplateForm } from './TemplateForm.js';

const byKindThenTitle = (a: ResponseTemplate, b: ResponseTemplate) =>
  a.kind.localeCompare(b.kind) || a.title.localeCompare(b.title, 'fr');

/** The texts agents answer with (a rejection, a redirection…), with placeholders from the request. */
export function TemplatesPage() {
  const { t } = useTranslation();
  const templates = useEntityList(adminApi.templates);
  const dialogs = useEntityDialogs({
    api: adminApi.templates,
    form: (template, onClose) => <TemplateForm template={template} onClose={onClose} />,
    deleteMessage: t('admin.templates.deleteMessage'),
  });

  return (
    <Stack gap="md">
      <SectionHeader title={t('admin.templates.title')} description={t('admin.templates.description')}>
        <NewButton label={t('admin.templates.new')} onClick={dialogs.create} />
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
        actions={dialogs.actions}
        empty={{ title: t('admin.templates.emptyTitle'), description: t('admin.templates.emptyDescription') }}
      />
      {dialogs.dialog}
    </Stack>
  );
}
