import { Button, Code, Stack } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AdminTerritory } from '../../../core/api/admin.js';
import { adminApi, EXPORT_URLS } from '../api.js';
import { byName } from '../names.js';
import { useEntityList } from '../queries.js';
import { AdminTable } from '../ui/AdminTable.js';
import { ConfirmModal } from '../ui/ConfirmModal.js';
import { describeCounts, ImportButton, ImportOutcome, useImportFile } from '../ui/ImportFile.js';
import { RowActions } from '../ui/RowActions.js';
import { SectionHeader } from '../ui/SectionHeader.js';
import { importTerritories } from '../upload.js';
import { TerritoryForm } from './TerritoryForm.js';

const GEOJSON = '.geojson,.json,application/geo+json,application/json';

/** The territories (neighbourhoods) requests are placed in, imported and exported as GeoJSON. */
export function TerritoriesPage() {
  const { t } = useTranslation();
  const territories = useEntityList(adminApi.territories);
  const departments = useEntityList(adminApi.departments);
  const [editing, setEditing] = useState<AdminTerritory | null>(null);
  const [removing, setRemoving] = useState<AdminTerritory | null>(null);
  const importing = useImportFile(importTerritories, (result) => describeCounts(result.territories));
  const hubOf = (territory: AdminTerritory) =>
    departments.find((d) => d.isHub && d.territoryId === territory.id)?.name ?? t('common.none');

  return (
    <Stack gap="md">
      <SectionHeader title={t('admin.territories.title')} description={t('admin.territories.description')}>
        <ImportButton label={t('admin.territories.import')} accept={GEOJSON} mutation={importing} />
        <Button
          component="a"
          href={EXPORT_URLS.territories}
          download
          variant="default"
          leftSection={<IconDownload aria-hidden size={16} />}
        >
          {t('admin.territories.export')}
        </Button>
      </SectionHeader>
      <ImportOutcome mutation={importing} />
      <AdminTable
        caption={t('admin.territories.title')}
        items={territories.toSorted(byName)}
        columns={[
          { header: t('admin.field.name'), cell: (territory) => territory.name },
          { header: t('admin.field.code'), cell: (territory) => <Code>{territory.code}</Code>, nowrap: true },
          { header: t('admin.territories.hub'), cell: hubOf },
        ]}
        actions={(territory) => (
          <RowActions
            name={territory.name}
            onEdit={() => setEditing(territory)}
            onRemove={() => setRemoving(territory)}
          />
        )}
        empty={{ title: t('admin.territories.emptyTitle'), description: t('admin.territories.emptyDescription') }}
      />
      {editing && <TerritoryForm territory={editing} onClose={() => setEditing(null)} />}
      {removing && (
        <ConfirmModal
          title={t('admin.confirmDelete', { name: removing.name })}
          message={t('admin.territories.deleteMessage')}
          confirmLabel={t('admin.delete')}
          done={t('admin.deleted', { name: removing.name })}
          run={() => adminApi.territories.remove(removing.id)}
          onClose={() => setRemoving(null)}
        />
      )}
    </Stack>
  );
}
