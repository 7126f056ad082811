import { Code, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ExportButton } from '../../ui/ExportButton.js';
import { EXPORT_URLS } from '../api.js';
import { useAddressIndex } from '../queries.js';
import { AdminTable } from '../ui/AdminTable.js';
import { ImportButton, ImportOutcome, useImportFile } from '../ui/ImportFile.js';
import { SectionHeader } from '../ui/SectionHeader.js';
import { importAddresses } from '../upload.js';

const CSV = '.csv,text/csv';

/**
 * The local address index: what it holds by commune, the BAN's CSV imported into it, and the
 * index exported back as a BAN CSV.
 */
export function AddressesPage() {
  const { t, i18n } = useTranslation();
  const index = useAddressIndex();
  const number = new Intl.NumberFormat(i18n.language);
  const importing = useImportFile(importAddresses, (result) =>
    t('admin.addresses.imported', {
      lines: t('admin.addresses.lines', { count: result.imported }),
      total: t('admin.addresses.count', { count: result.count }),
    }),
  );

  return (
    <Stack gap="md">
      <SectionHeader title={t('admin.addresses.title')} description={t('admin.addresses.description')}>
        <ImportButton label={t('admin.addresses.import')} accept={CSV} mutation={importing} />
        <ExportButton href={EXPORT_URLS.addresses} label={t('admin.addresses.export')} />
      </SectionHeader>
      <Text size="sm" c="dimmed" maw={680}>
        {t('admin.addresses.csvHelp')}
      </Text>
      <ImportOutcome mutation={importing} />
      {index.count > 0 && (
        <Text size="sm" fw={600}>
          {t('admin.addresses.summary', {
            addresses: t('admin.addresses.count', { count: index.count }),
            cities: t('admin.addresses.cities', { count: index.cities.length }),
          })}
        </Text>
      )}
      <AdminTable
        caption={t('admin.addresses.byCity')}
        items={index.cities.map((city) => ({ ...city, id: city.citycode }))}
        columns={[
          { header: t('admin.addresses.city'), cell: (city) => city.city },
          { header: t('admin.addresses.citycode'), cell: (city) => <Code>{city.citycode}</Code>, nowrap: true },
          { header: t('admin.addresses.addresses'), cell: (city) => number.format(city.count), nowrap: true },
        ]}
        empty={{ title: t('admin.addresses.emptyTitle'), description: t('admin.addresses.emptyDescription') }}
      />
    </Stack>
  );
}
