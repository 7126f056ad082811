/** Server state of the administration: the lists (loaded whole: they are small) and removals. */
import { useMutation, useSuspenseQuery } from '@tanstack/react-query';
import type { AuditedEntity } from '../../core/api/admin.js';
import type { MessageStatus } from '../../core/notify.js';
import { useCursorPages } from '../ui/PagedList.js';
import { useRefreshAdmin } from './adminForm.js';
import { type EntityApi, getAddressIndex, listAudit, listMessages, listNotices } from './api.js';

/** The whole list; suspends on its first load (the administration's frame shows the loader). */
export function useEntityList<Dto extends { id: string }>(api: EntityApi<Dto>): Dto[] {
  return useSuspenseQuery({ queryKey: api.key, queryFn: api.list }).data;
}

export function useRemoveEntity<Dto extends { id: string }>(api: EntityApi<Dto>) {
  const refresh = useRefreshAdmin();
  return useMutation({ mutationFn: api.remove, onSuccess: refresh });
}

export function useAuditPages(entity: AuditedEntity | undefined) {
  return useCursorPages(['admin', 'audit', entity ?? null], (cursor) => listAudit({ entity, cursor }));
}

export function useMessagePages(status: MessageStatus | undefined) {
  return useCursorPages(['admin', 'messages', status ?? null], (cursor) => listMessages({ status, cursor }));
}

/** The local address index's summary; under ['admin'], so an import refreshes it. */
export function useAddressIndex() {
  return useSuspenseQuery({ queryKey: ['admin', 'addresses'], queryFn: getAddressIndex }).data;
}

export const NOTICES_KEY = ['admin', 'notices'] as const;

/** Which public events tell the requester; under ['admin'], so it is read again after any change. */
export function useNotices() {
  return useSuspenseQuery({ queryKey: NOTICES_KEY, queryFn: listNotices }).data;
}
