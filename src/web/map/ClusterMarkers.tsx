import { Anchor, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Marker, Popup, useMap } from 'react-leaflet';
import { Link } from 'react-router';
import type { MapCluster } from '../../core/api/map.js';
import { nameOf, useDirectory } from '../app/directory.js';
import { requestPath } from '../requests/paths.js';
import { StatusBadge } from '../ui/StatusBadge.js';
import { clusterIcon, requestIcon } from './markerIcons.js';
import { dominantStatus } from './statusStyle.js';

/** Zooming into a cluster by this many levels splits it, without losing where one was. */
const ZOOM_STEP = 2;
const MAX_ZOOM = 18;

/** Clusters zoom in when chosen; a single request opens a popup with the way to its page. */
export function ClusterMarkers({ clusters }: { clusters: readonly MapCluster[] }) {
  const { t, i18n } = useTranslation();
  const directory = useDirectory();
  const map = useMap();
  const compact = new Intl.NumberFormat(i18n.language, { notation: 'compact' });

  return clusters.map((cluster) => {
    const position: [number, number] = [cluster.lat, cluster.lon];
    if (cluster.count === 1 && cluster.id && cluster.status) {
      const status = cluster.status;
      const category = nameOf(directory.categoryById, cluster.categoryId ?? null);
      const label = t('map.requestTitle', { reference: cluster.reference, status: t(`status.${status}`) });
      return (
        <Marker
          key={cluster.id}
          position={position}
          icon={requestIcon(status, t(`map.letter.${status}`), label)}
          title={label}
        >
          <Popup>
            <Stack gap={4}>
              <Anchor component={Link} to={requestPath(cluster.id)} fw={600}>
                {t('map.open', { reference: cluster.reference })}
              </Anchor>
              <Text size="sm">{category ?? t('map.noCategory')}</Text>
              <div>
                <StatusBadge status={status} />
              </div>
            </Stack>
          </Popup>
        </Marker>
      );
    }
    const status = dominantStatus(cluster.byStatus);
    const label = t('map.clusterTitle', { count: cluster.count, status: t(`status.${status}`) });
    return (
      <Marker
        key={`${cluster.lat},${cluster.lon}`}
        position={position}
        icon={clusterIcon(cluster.count, compact.format(cluster.count), status, t(`map.letter.${status}`), label)}
        title={label}
        eventHandlers={{ click: () => map.flyTo(position, Math.min(map.getZoom() + ZOOM_STEP, MAX_ZOOM)) }}
      />
    );
  });
}
