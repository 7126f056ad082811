import { Code, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AdminTerritory } from '../../../core/api/admin.js';
import { ExportButton } from '../../ui/ExportButton.js';
import { adminApi, EXPORT_URLS } from '../api.js';
import { useEntityDialogs } from '../entityDialogs.js';
import { byName } from '../names.js';
import { useEntityList } from '../queries.js';
import { AdminTable } from '../ui/AdminTable.js';
import { describeCounts, ImportButton, ImportOutcome, useImportFile } from '../ui/ImportFile.js';
import { SectionHeader } from '../ui/SectionHeader.js';
import { importTerritories } from '../upload.js';
import { TerritoryForm } from './TerritoryForm.js';

const GEOJSON = '.geojson,.json,application/geo+json,application/json';

/** The territories (neighbourhoods) requests are placed in, imported and exported as GeoJSON. */
export function TerritoriesPage() {
  const { t } = useTranslation();
  const territories = useEntityList(adminApi.territories);
  const departments = useEntityList(adminApi.departments);
  // Territories come from a GeoJSON file: a form changes one, none creates one.
  const dialogs = useEntityDialogs({
    api: adminApi.territories,
    form: (territory, onClose) => territory && <TerritoryForm territory={territory} onClose={onClose} />,
    deleteMessage: t('admin.territories.deleteMessage'),
  });
  const importing = useImportFile(importTerritories, (result) => describeCounts(result.territories));
  const hubOf = (territory: AdminTerritory) =>
    departments.find((d) => d.isHub && d.territoryId === territory.id)?.name ?? t('common.none');

  return (
    <Stack gap="md">
      <SectionHeader title={t('admin.territories.title')} description={t('admin.territories.description')}>
        <ImportButton label={t('admin.territories.import')} accept={GEOJSON} mutation={importing} />
        <ExportButton href={EXPORT_URLS.territories} label={t('admin.territories.export')} />
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
        actions={dialogs.actions}
        empty={{ title: t('admin.territories.emptyTitle'), description: t('admin.territories.emptyDescription') }}
      />
      {dialogs.dialog}
    </Stack>
  );
}
