import { Alert, Group, Text } from '@mantine/core';
import { IconAlertTriangle, IconMapPin } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { LatLon } from './api.js';
import { useTerritoryAt } from './queries.js';

/** The territory and hub of the pin; outside every territory, a clear warning (still accepted). */
export function PlaceInfo({ position }: { position: LatLon | null }) {
  const { t } = useTranslation();
  const place = useTerritoryAt(position);
  if (!position || !place.data) return null;
  const { territory, hub, warning } = place.data;
  if (warning === 'outside_territories' || !territory) {
    return (
      <Alert
        color="orange"
        variant="light"
        role="status"
        icon={<IconAlertTriangle aria-hidden />}
        title={t('intake.outsideTitle')}
        // Mantine's orange on its light background is below AA for text: the icon carries the colour.
        styles={{ title: { color: 'var(--mantine-color-text)' } }}
      >
        {t('intake.outsideText')}
      </Alert>
    );
  }
  return (
    <Group gap={6} role="status" wrap="nowrap">
      <IconMapPin aria-hidden size={16} />
      <Text size="sm">
        {t('intake.territory', { territory: territory.name })}
        {hub && ` · ${hub.name}`}
      </Text>
    </Group>
  );
}
