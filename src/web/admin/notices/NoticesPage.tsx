import { Anchor, Stack, Switch, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { NoticeDto } from '../../../core/api/notifications.js';
import { notifySuccess } from '../../ui/notify.js';
import { changeNotices } from '../api.js';
import { NOTICES_KEY, useNotices } from '../queries.js';
import { adminPath } from '../sections.js';
import { AdminFormError } from '../ui/AdminFormError.js';
import { AdminTable } from '../ui/AdminTable.js';
import { SectionHeader } from '../ui/SectionHeader.js';

type Change = Pick<NoticeDto, 'eventType' | 'tellsRequester'>;

/**
 * Which steps of a request tell its requester: one switch per public event type, saved as soon as
 * it is turned, with the default beside it.
 */
export function NoticesPage() {
  const { t } = useTranslation();
  const notices = useNotices();
  const queryClient = useQueryClient();
  const saving = useMutation({
    mutationFn: (change: Change) => changeNotices([change]),
    onSuccess: (saved, change) => {
      queryClient.setQueryData(NOTICES_KEY, saved);
      const event = t(`event.${change.eventType}`);
      notifySuccess(t(change.tellsRequester ? 'admin.notices.on' : 'admin.notices.off', { event }));
      // The change is in the audit log now.
      return queryClient.invalidateQueries({ queryKey: ['admin', 'audit'] });
    },
    // Someone else may have changed it meanwhile: show what is saved.
    onError: () => queryClient.invalidateQueries({ queryKey: NOTICES_KEY }),
  });
  // While a change is on its way its switch shows it; other turns wait for it.
  const shown = (notice: NoticeDto) =>
    saving.isPending && saving.variables.eventType === notice.eventType
      ? saving.variables.tellsRequester
      : notice.tellsRequester;

  return (
    <Stack gap="md">
      <SectionHeader title={t('admin.notices.title')} description={t('admin.notices.description')} />
      <Text size="sm" maw={680}>
        {t('admin.notices.explanation')}{' '}
        <Anchor component={Link} to={adminPath('messages')}>
          {t('admin.notices.openMessages')}
        </Anchor>
      </Text>
      <AdminFormError error={saving.error} />
      <AdminTable
        caption={t('admin.notices.title')}
        items={notices.map((notice) => ({ ...notice, id: notice.eventType }))}
        minWidth={420}
        columns={[
          { header: t('admin.notices.event'), cell: (notice) => t(`event.${notice.eventType}`) },
          {
            header: t('admin.notices.tells'),
            cell: (notice) => (
              <Switch
                checked={shown(notice)}
                onChange={(event) => {
                  const { checked } = event.currentTarget;
                  if (!saving.isPending) saving.mutate({ eventType: notice.eventType, tellsRequester: checked });
                }}
                aria-label={t('admin.notices.tellsNamed', { event: t(`event.${notice.eventType}`) })}
                description={t(notice.default ? 'admin.notices.defaultYes' : 'admin.notices.defaultNo')}
              />
            ),
          },
        ]}
        empty={{ title: t('admin.notices.title'), description: t('admin.notices.description') }}
      />
    </Stack>
  );
}
