/** Server state of the intake form: map settings, look-ups as one types, and the two ways to submit. */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Question } from '../../core/api/admin.js';
import { MIN_REQUESTER_QUERY } from '../../core/api/intake.js';
import { createRequest } from '../app/api.js';
import { queryKeys } from '../app/queryKeys.js';
import { parseForm } from '../ui/formErrors.js';
import {
  addRequestPhotos,
  attachReport,
  type DuplicatesInput,
  findDuplicates,
  findRequesters,
  type LatLon,
  locate,
  searchAddresses,
  uploadPendingPhotos,
} from './api.js';
import { attachSchema, intakeSchema } from './intakeForm.js';

/** Shortest text the address search answers (the BAN API needs 3 characters). */
export const MIN_ADDRESS_LENGTH = 3;

/** Addresses matching `q` (already debounced by the caller), near the map's centre first. */
export function useAddressSearch(q: string, near: LatLon | null) {
  const text = q.trim();
  return useQuery({
    queryKey: queryKeys.addressSearch(text, near),
    queryFn: () => searchAddresses(text, near),
    enabled: text.length >= MIN_ADDRESS_LENGTH,
    staleTime: 60_000,
  });
}

/** The territory and hub of a position, or a warning when it is outside every territory. */
export function useTerritoryAt(position: LatLon | null) {
  return useQuery({
    queryKey: queryKeys.territoryAt(position ?? { lat: 0, lon: 0 }),
    queryFn: () => locate(position ?? { lat: 0, lon: 0 }),
    enabled: position !== null,
    placeholderData: keepPreviousData,
    staleTime: 5 * 60_000,
  });
}

/** Open requests near the position that may be the same problem (input already debounced). */
export function useDuplicates(input: DuplicatesInput | null) {
  return useQuery({
    queryKey: queryKeys.duplicates({ ...input }),
    queryFn: () => {
      if (!input) throw new Error('no position to look around');
      return findDuplicates(input);
    },
    enabled: input !== null,
    placeholderData: keepPreviousData,
  });
}

export function useKnownRequesters(q: string, enabled: boolean) {
  const text = q.trim();
  return useQuery({
    queryKey: queryKeys.knownRequesters(text),
    queryFn: () => findRequesters(text),
    enabled: enabled && text.length >= MIN_REQUESTER_QUERY,
    staleTime: 60_000,
  });
}

/** The key of photo uploads, so that the form waits for them before registering. */
export const PHOTO_UPLOAD = ['photos', 'upload'];

export function useUploadPhotos() {
  return useMutation({ mutationKey: PHOTO_UPLOAD, mutationFn: (files: readonly File[]) => uploadPendingPhotos(files) });
}

/** Registers the request; the form's rules (consent, required answers) are checked first. */
export function useCreateIntake(questions: readonly Question[]) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: unknown) => createRequest(parseForm(intakeSchema(questions), input)),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.requestLists }),
  });
}

/** Attaches the report to an open request, then adds the photos chosen for it to that request. */
export function useAttachReport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ requestId, input, files }: { requestId: string; input: unknown; files: readonly File[] }) => {
      const attached = await attachReport(requestId, parseForm(attachSchema, input));
      if (files.length > 0) await addRequestPhotos(requestId, files);
      return attached;
    },
    onSuccess: (attached) => queryClient.invalidateQueries({ queryKey: queryKeys.request(attached.requestId) }),
  });
}
