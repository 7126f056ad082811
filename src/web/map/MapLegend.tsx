import { Group, Text } from '@mantine/core';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { STATUSES } from '../../core/lifecycle.js';
import classes from './RequestsMap.module.css';
import { statusColor } from './statusStyle.js';

/** What the markers' colours and letters mean; a cluster shows the status most of its requests have. */
export function MapLegend() {
  const { t } = useTranslation();
  return (
    <Group gap="md" component="ul" aria-label={t('map.legend')} style={{ listStyle: 'none', margin: 0, padding: 0 }}>
      {STATUSES.map((status) => (
        <Group key={status} component="li" gap={4} wrap="nowrap">
          <span className={classes.swatch} style={{ '--status': statusColor(status) } as CSSProperties} aria-hidden>
            {t(`map.letter.${status}`)}
          </span>
          <Text size="xs">{t(`status.${status}`)}</Text>
        </Group>
      ))}
      <Text component="li" size="xs" c="dimmed">
        {t('map.legendCluster')}
      </Text>
    </Group>
  );
}
