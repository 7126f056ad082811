import { Select, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AUDITED_ENTITIES, type AuditedEntity } from '../../../core/api/admin.js';
import { EmptyState } from '../../ui/EmptyState.js';
import { ErrorState } from '../../ui/ErrorState.js';
import { Loading } from '../../ui/Loading.js';
import { adminApi } from '../api.js';
import { namesOf } from '../names.js';
import { useAuditPages, useEntityList } from '../queries.js';
import { LoadMore } from '../ui/LoadMore.js';
import { SectionHeader } from '../ui/SectionHeader.js';
import { AuditEntryCard } from './AuditEntryCard.js';
import type { AuditNames } from './AuditValue.js';

/** Every administrative change, newest first: who, when, on what, and the fields before and after. */
export function AuditPage() {
  const { t } = useTranslation();
  const [entity, setEntity] = useState<AuditedEntity | null>(null);
  const pages = useAuditPages(entity ?? undefined);
  const names: AuditNames = {
    bodyId: namesOf(useEntityList(adminApi.bodies)),
    departmentId: namesOf(useEntityList(adminApi.departments)),
    territoryId: namesOf(useEntityList(adminApi.territories)),
    familyId: namesOf(useEntityList(adminApi.families)),
    contractorId: namesOf(useEntityList(adminApi.contractors)),
  };

  const list = () => {
    if (pages.isPending) return <Loading />;
    if (pages.isError) return <ErrorState error={pages.error} onRetry={() => void pages.refetch()} />;
    const items = pages.data.pages.flatMap((page) => page.items);
    if (items.length === 0) {
      return <EmptyState title={t('admin.audit.emptyTitle')} description={t('admin.audit.emptyDescription')} />;
    }
    return (
      <Stack gap="sm">
        {items.map((entry) => (
          <AuditEntryCard key={entry.id} entry={entry} names={names} />
        ))}
        <LoadMore
          shown={t('admin.audit.shown', { count: items.length })}
          hasMore={pages.hasNextPage}
          loading={pages.isFetchingNextPage}
          onLoad={() => void pages.fetchNextPage()}
        />
      </Stack>
    );
  };

  return (
    <Stack gap="md">
      <SectionHeader title={t('admin.audit.title')} description={t('admin.audit.description')} />
      <Select<AuditedEntity>
        label={t('admin.audit.entity')}
        placeholder={t('admin.audit.allEntities')}
        clearable
        data={AUDITED_ENTITIES.map((value) => ({ value, label: t(`admin.auditEntity.${value}`) }))}
        value={entity}
        onChange={setEntity}
        w={260}
      />
      {list()}
    </Stack>
  );
}
