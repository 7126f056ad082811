import { type ComponentType, type LazyExoticComponent, lazy } from 'react';

/**
 * A page with its own chunk, fetched the first time it is shown, so the sign-in page and each
 * screen load only what they use (Leaflet only with the maps). Until it arrives the nearest
 * Suspense shows the loader; a chunk that cannot be fetched is the route's error.
 */
export function lazyPage<Name extends string>(
  load: () => Promise<Record<Name, ComponentType>>,
  name: Name,
): LazyExoticComponent<ComponentType> {
  return lazy(async () => ({ default: (await load())[name] }));
}
