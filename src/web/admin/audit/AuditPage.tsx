import { Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AUDITED_ENTITIES, type AuditedEntity } from '../../../core/api/admin.js';
import { PagedList } from '../../ui/PagedList.js';
import { adminApi } from '../api.js';
import { namesOf } from '../names.js';
import { useAuditPages, useEntityList } from '../queries.js';
import { ChoiceFilter } from '../ui/ListFilters.js';
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

  return (
    <Stack gap="md">
      <SectionHeader title={t('admin.audit.title')} description={t('admin.audit.description')} />
      <ChoiceFilter<AuditedEntity>
        label={t('admin.audit.entity')}
        placeholder={t('admin.audit.allEntities')}
        data={AUDITED_ENTITIES.map((value) => ({ value, label: t(`admin.auditEntity.${value}`) }))}
        value={entity}
        onChange={setEntity}
      />
      <PagedList
        pages={pages}
        empty={{ title: t('admin.audit.emptyTitle'), description: t('admin.audit.emptyDescription') }}
        shown={(count) => t('admin.audit.shown', { count })}
      >
        {(entries) => entries.map((entry) => <AuditEntryCard key={entry.id} entry={entry} names={names} />)}
      </PagedList>
    </Stack>
  );
}
