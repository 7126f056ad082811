import type { RequestListQuery } from './api.js';

/** Query keys in one place, so a mutation invalidates exactly what it changed. */
export const queryKeys = {
  session: ['session'] as const,
  directory: ['directory'] as const,
  requestLists: ['requests'] as const,
  requestList: (query: RequestListQuery) => ['requests', query] as const,
  request: (id: string) => ['request', id] as const,
};
