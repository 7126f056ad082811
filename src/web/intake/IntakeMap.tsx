import { Button, Group, Text } from '@mantine/core';
import { IconCurrentLocation } from '@tabler/icons-react';
import L from 'leaflet';
import { memo, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Marker, useMap, useMapEvents } from 'react-leaflet';
import type { PublicConfig } from '../../core/api/config.js';
import { BaseMap } from '../map/BaseMap.js';
import { useMapConfig } from '../map/queries.js';
import { Loading } from '../ui/Loading.js';
import type { LatLon } from './api.js';
import classes from './IntakeMap.module.css';

/** Close enough to see the house numbers. */
const STREET_ZOOM = 17;

/** Drawn in the page rather than loaded: Leaflet's default marker images do not survive bundling. */
const PIN = L.divIcon({
  className: classes.pin,
  html: '<svg xmlns="http://www.w3.org/2000/svg" width="28" height="40" viewBox="0 0 28 40" aria-hidden="true"><path d="M14 1C6.8 1 1 6.8 1 13.9 1 23.6 14 39 14 39s13-15.4 13-25.1C27 6.8 21.2 1 14 1z" fill="#1864ab" stroke="#fff" stroke-width="2"/><circle cx="14" cy="14" r="5" fill="#fff"/></svg>',
  iconSize: [28, 40],
  iconAnchor: [14, 39],
});

const toLatLon = (point: L.LatLng): LatLon => ({ lat: point.lat, lon: point.lng });

function PlaceOnClick({ onPlace }: { onPlace(position: LatLon): void }) {
  useMapEvents({ click: (event) => onPlace(toLatLon(event.latlng)) });
  return null;
}

/** Brings the pin into view when it was placed from elsewhere (an address, a photo). */
function Recentre({ position }: { position: LatLon | null }) {
  const map = useMap();
  useEffect(() => {
    if (position) map.setView([position.lat, position.lon], Math.max(map.getZoom(), STREET_ZOOM));
  }, [map, position]);
  return null;
}

interface IntakeMapProps {
  config: PublicConfig;
  position: LatLon | null;
  /** Whether the map should move to the position (not when the agent just put the pin there). */
  recentre: boolean;
  onPlace(position: LatLon): void;
}

/**
 * The request's place: click to put the pin, drag it to adjust. Keyboard: the arrow keys move the
 * map, then "pin at the centre". Without tiles (offline, blocked server) all of it still works.
 * Memoised: the form around it changes at every key typed, the map only when the pin moves.
 */
const IntakeMap = memo(function IntakeMap({ config, position, recentre, onPlace }: IntakeMapProps) {
  const { t } = useTranslation();
  const [map, setMap] = useState<L.Map | null>(null);
  const [tilesFailed, setTilesFailed] = useState(false);

  return (
    <div>
      <div className={classes.frame}>
        <BaseMap
          config={config}
          label={t('intake.mapLabel')}
          className={classes.map}
          onMap={setMap}
          onTilesAvailable={(available) => setTilesFailed(!available)}
        >
          <PlaceOnClick onPlace={onPlace} />
          {recentre && <Recentre position={position} />}
          {position && (
            <Marker
              position={[position.lat, position.lon]}
              icon={PIN}
              draggable
              title={t('intake.pinTitle')}
              eventHandlers={{ dragend: (event) => onPlace(toLatLon(event.target.getLatLng())) }}
            />
          )}
        </BaseMap>
        {tilesFailed && (
          <div className={classes.notice} role="status">
            {t('intake.tilesUnavailable')}
          </div>
        )}
      </div>
      <Group justify="space-between" gap="xs" mt={4}>
        <Text size="xs" c="dimmed">
          {position ? `${position.lat.toFixed(5)}, ${position.lon.toFixed(5)}` : t('intake.mapHelp')}
        </Text>
        <Button
          type="button"
          variant="subtle"
          size="compact-xs"
          leftSection={<IconCurrentLocation aria-hidden size={14} />}
          disabled={!map}
          onClick={() => map && onPlace(toLatLon(map.getCenter()))}
        >
          {t('intake.pinAtCentre')}
        </Button>
      </Group>
    </div>
  );
});

/** The map once its settings (tiles, starting view) are read; OpenStreetMap around Caen if they cannot be. */
export function PlaceMap(props: Omit<IntakeMapProps, 'config'>) {
  const { config, ready } = useMapConfig();
  return ready ? <IntakeMap config={config} {...props} /> : <Loading />;
}
