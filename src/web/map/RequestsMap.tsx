import { useDebouncedCallback } from '@mantine/hooks';
import type L from 'leaflet';
import { type ReactNode, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMapEvents } from 'react-leaflet';
import type { PublicConfig } from '../../core/api/config.js';
import { BaseMap } from './BaseMap.js';
import classes from './RequestsMap.module.css';

export interface Viewport {
  /** `west,south,east,north`, as the API takes it. */
  bbox: string;
  zoom: number;
}

/** Waits for the map to rest before saying where it is: one load per move, not one per frame. */
const SETTLE_MS = 250;

function viewportOf(map: L.Map): Viewport {
  return { bbox: map.getBounds().toBBoxString(), zoom: map.getZoom() };
}

function WatchViewport({ onViewport }: { onViewport: (viewport: Viewport) => void }) {
  const settle = useDebouncedCallback(onViewport, SETTLE_MS);
  const map = useMapEvents({ moveend: () => settle(viewportOf(map)) });
  useEffect(() => onViewport(viewportOf(map)), [map, onViewport]);
  return null;
}

interface RequestsMapProps {
  config: PublicConfig;
  onViewport: (viewport: Viewport) => void;
  /** What is drawn over the tiles (the markers). */
  children: ReactNode;
  /** A note over the map (loading, nothing found, an error). */
  notice: string | null;
}

/** The base map: configured tiles (the map still works without them), zoom buttons, and its place on the page. */
export function RequestsMap({ config, onViewport, children, notice }: RequestsMapProps) {
  const { t } = useTranslation();
  const [tilesFailed, setTilesFailed] = useState(false);
  const notes = [tilesFailed ? t('map.tilesUnavailable') : null, notice].filter(Boolean).join(' ');

  return (
    <div className={classes.frame}>
      <BaseMap
        config={config}
        label={t('map.label')}
        className={classes.map}
        onTilesAvailable={(available) => setTilesFailed(!available)}
      >
        <WatchViewport onViewport={onViewport} />
        {children}
      </BaseMap>
      <div className={classes.notice} role="status" hidden={!notes}>
        {notes}
      </div>
    </div>
  );
}
