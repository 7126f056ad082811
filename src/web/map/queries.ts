import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { getPublicConfig } from '../app/api.js';
import { queryKeys } from '../app/queryKeys.js';
import { FALLBACK_CONFIG, getClusters, type MapQuery } from './api.js';

/** The tiles and starting view; the fallback when they cannot be read, so the map always shows. */
export function useMapConfig() {
  const config = useQuery({
    queryKey: queryKeys.publicConfig,
    queryFn: getPublicConfig,
    staleTime: Number.POSITIVE_INFINITY,
    retry: 1,
  });
  return { config: config.data ?? FALLBACK_CONFIG, ready: !config.isPending };
}

/** Clusters for the box on screen; the previous ones stay while the next load, so the map does not blink. */
export function useClusters(query: MapQuery | null) {
  return useQuery({
    queryKey: queryKeys.mapClustersOf(query ?? {}),
    queryFn: () => getClusters(query ?? { bbox: '', zoom: 0 }),
    enabled: query !== null,
    placeholderData: keepPreviousData,
  });
}
