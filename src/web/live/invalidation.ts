/** Which cached server state a live event makes stale. */
import type { QueryClient } from '@tanstack/react-query';
import type { LiveEvent } from '../../core/api/live.js';
import type { EventType } from '../../core/events.js';
import { queryKeys } from '../app/queryKeys.js';

/**
 * Whether an event can move a request in or out of a list, or change what a list shows of it
 * (status, department, assignee, deadline). The others only add to the request's own page.
 */
const CHANGES_LISTS: Record<EventType, boolean> = {
  created: true,
  accepted: true,
  started: true,
  held: true,
  submitted_for_validation: true,
  validated: true,
  validation_refused: true,
  resolved: true,
  closed: true,
  reopened: true,
  rejected: true,
  redirected: true,
  marked_duplicate: true,
  assigned: true,
  reassigned: true,
  comment: false,
  intervention_recorded: false,
  report_attached: false,
  photo_added: false,
};

const LISTS = [queryKeys.requestLists, queryKeys.inbox, queryKeys.queues, queryKeys.mapClusters];

/** Refreshes the request's page (timeline, interventions, photos) and, if it may have moved, the lists. */
export function invalidateForEvent(queryClient: QueryClient, event: LiveEvent): Promise<unknown> {
  const keys = [queryKeys.request(event.requestId), ...(CHANGES_LISTS[event.type] ? LISTS : [])];
  return Promise.all(keys.map((queryKey) => queryClient.invalidateQueries({ queryKey })));
}

/** After the stream was down, events may have been missed: everything live is reloaded. */
export function invalidateAllLive(queryClient: QueryClient): Promise<unknown> {
  const keys = [['request'], ...LISTS];
  return Promise.all(keys.map((queryKey) => queryClient.invalidateQueries({ queryKey })));
}
