/** The department's queue, its colleagues, changes to many requests at once, and saved views. */
import {
  type BulkBody,
  type BulkResult,
  bulkResponse,
  type Colleagues,
  type CreateViewBody,
  colleaguesResponse,
  type Queue,
  type QueueQuery,
  queueResponse,
  type SavedView,
  savedViewSchema,
  viewListResponse,
} from '../../core/api/queue.js';
import { toSearchParams } from '../app/api.js';
import { apiFetch } from '../app/http.js';

export type QueueQueryInput = Partial<QueueQuery>;

export async function getQueue(query: QueueQueryInput): Promise<Queue> {
  return queueResponse.parse(await apiFetch('GET', `/queue?${toSearchParams(query)}`));
}

export async function listColleagues(departmentId: string): Promise<Colleagues['items']> {
  return colleaguesResponse.parse(await apiFetch('GET', `/queue/colleagues?${toSearchParams({ departmentId })}`)).items;
}

export async function applyBulk(body: BulkBody): Promise<BulkResult[]> {
  return bulkResponse.parse(await apiFetch('POST', '/queue/bulk', body)).results;
}

export async function listViews(screen: string): Promise<SavedView[]> {
  return viewListResponse.parse(await apiFetch('GET', `/views?${toSearchParams({ screen })}`)).items;
}

export async function createView(body: CreateViewBody): Promise<SavedView> {
  return savedViewSchema.parse(await apiFetch('POST', '/views', body));
}

export async function deleteView(id: string): Promise<void> {
  await apiFetch('DELETE', `/views/${encodeURIComponent(id)}`);
}
