import type { RequestListQuery } from './api.js';

/** Query keys in one place, so a mutation invalidates exactly what it changed. */
export const queryKeys = {
  session: ['session'] as const,
  directory: ['directory'] as const,
  requestLists: ['requests'] as const,
  requestList: (query: RequestListQuery) => ['requests', query] as const,
  request: (id: string) => ['request', id] as const,
  // Under the request's key, so refreshing a request refreshes its interventions and photos too.
  requestInterventions: (id: string) => ['request', id, 'interventions'] as const,
  requestPhotos: (id: string) => ['request', id, 'photos'] as const,
  // Lists that live updates refresh (see live/invalidation.ts).
  inbox: ['dispatch'] as const,
  inboxItem: (id: string) => ['dispatch', 'item', id] as const,
  queues: ['queue'] as const,
  queue: (query: Record<string, unknown>) => ['queue', query] as const,
  mapClusters: ['map'] as const,
  mapClustersOf: (query: Record<string, unknown>) => ['map', query] as const,
  colleagues: (departmentId: string | null) => ['colleagues', departmentId] as const,
  savedViews: (screen: string) => ['views', screen] as const,
  templates: (kind: string) => ['templates', kind] as const,
  tracking: (token: string) => ['tracking', token] as const,
  publicConfig: ['config'] as const,
  // The glossary and what is computed from it share one root, refreshed together.
  glossary: ['glossary'] as const,
  routingMap: ['glossary', 'routing-map'] as const,
  glossarySearch: (q: string) => ['glossary', 'search', q] as const,
  glossarySuggestions: (description: string) => ['glossary', 'suggest', description] as const,
  glossaryRoute: (categoryId: string, position: { lat: number; lon: number } | null) =>
    ['glossary', 'route', categoryId, position] as const,
  // Intake look-ups: what is at a place, what was already reported there, who asked before.
  addressSearch: (q: string, near: { lat: number; lon: number } | null) => ['geocoding', 'search', q, near] as const,
  addressAt: (position: { lat: number; lon: number }) => ['geocoding', 'reverse', position] as const,
  territoryAt: (position: { lat: number; lon: number }) => ['geocoding', 'locate', position] as const,
  duplicates: (query: Record<string, unknown>) => ['intake', 'duplicates', query] as const,
  knownRequesters: (q: string) => ['intake', 'requesters', q] as const,
};
