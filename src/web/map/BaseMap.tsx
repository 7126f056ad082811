import 'leaflet/dist/leaflet.css';
import type L from 'leaflet';
import { type ReactNode, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MapContainer, TileLayer, ZoomControl } from 'react-leaflet';
import type { PublicConfig } from '../../core/api/config.js';

interface BaseMapProps {
  config: PublicConfig;
  /** What the map shows, for screen readers (the map is a labelled region). */
  label: string;
  className?: string | undefined;
  /** Told whether tiles load: the map keeps working without them, the page says so. */
  onTilesAvailable(available: boolean): void;
  /** Gets the Leaflet map once it exists, for controls outside it. */
  onMap?(map: L.Map | null): void;
  /** What is drawn over the tiles. */
  children: ReactNode;
}

/** Every map of Relais: the configured tiles and starting view, zoom buttons, an accessible name. */
export function BaseMap({ config, label, className, onTilesAvailable, onMap, children }: BaseMapProps) {
  const { t } = useTranslation();
  const [map, setMap] = useState<L.Map | null>(null);

  useEffect(() => {
    const container = map?.getContainer();
    container?.setAttribute('role', 'region');
    container?.setAttribute('aria-label', label);
    onMap?.(map);
  }, [map, label, onMap]);

  return (
    <MapContainer
      ref={setMap}
      className={className}
      center={[config.defaultCenter.lat, config.defaultCenter.lon]}
      zoom={config.defaultZoom}
      zoomControl={false}
    >
      <TileLayer
        url={config.tileUrl}
        attribution={config.tileAttribution}
        eventHandlers={{ tileerror: () => onTilesAvailable(false), tileload: () => onTilesAvailable(true) }}
      />
      <ZoomControl position="topright" zoomInTitle={t('map.zoomIn')} zoomOutTitle={t('map.zoomOut')} />
      {children}
    </MapContainer>
  );
}
