/** Server state of the interventions and photos of one request, and recording one. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef } from 'react';
import { recordInterventionBody } from '../../core/api/interventions.js';
import type { PhotoKind } from '../../core/api/photos.js';
import { queryKeys } from '../app/queryKeys.js';
import { parseForm } from '../ui/formErrors.js';
import { listInterventions, recordIntervention } from './api.js';
import { type InterventionValues, toInterventionBody } from './interventionForm.js';
import { listRequestPhotos, uploadRequestPhotos } from './photos.js';

export function useRequestPhotos(requestId: string) {
  return useQuery({ queryKey: queryKeys.requestPhotos(requestId), queryFn: () => listRequestPhotos(requestId) });
}

export function useInterventions(requestId: string) {
  return useQuery({
    queryKey: queryKeys.requestInterventions(requestId),
    queryFn: () => listInterventions(requestId),
  });
}

/**
 * Uploads the photos before and after, then records the intervention with their ids. Photos
 * already uploaded by a failed attempt are not uploaded again when the agent retries.
 */
export function useRecordIntervention(requestId: string) {
  const queryClient = useQueryClient();
  const uploaded = useRef(new Map<File, string[]>());

  const upload = async (kind: PhotoKind, files: readonly File[]) => {
    const ids: string[] = [];
    for (const file of files) {
      let done = uploaded.current.get(file);
      if (!done) {
        done = (await uploadRequestPhotos(requestId, kind, [file])).map((photo) => photo.id);
        uploaded.current.set(file, done);
      }
      ids.push(...done);
    }
    return ids;
  };

  return useMutation({
    mutationFn: async (values: InterventionValues) => {
      // Checked before any upload, so a missing field does not leave photos behind.
      parseForm(recordInterventionBody, toInterventionBody(values, []));
      const photoIds = [...(await upload('before', values.before)), ...(await upload('after', values.after))];
      return recordIntervention(requestId, parseForm(recordInterventionBody, toInterventionBody(values, photoIds)));
    },
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.request(requestId) }),
        queryClient.invalidateQueries({ queryKey: queryKeys.requestLists }),
        queryClient.invalidateQueries({ queryKey: queryKeys.queues }),
      ]),
  });
}
