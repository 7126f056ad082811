/**
 * The request events of photos, and the claim of pending photos by a request being created. Kept
 * apart from the photos service so the requests service can call it without a circular import.
 */
import type { DomainEventOf } from '../../core/events.js';
import type { Actor } from '../../core/roles.js';
import type { PhotoRow } from '../db/schema.js';
import { badRequest } from '../errors.js';
import type { EventWriter } from '../events/event-log.js';
import { claimPendingPhotos } from './photos.repository.js';

/** The event of a photo added to a request; public when it shows the work done. */
export function photoEvent(photo: PhotoRow): DomainEventOf<'photo_added'> {
  return { type: 'photo_added', public: photo.kind === 'after', data: { photoId: photo.id, kind: photo.kind } };
}

/**
 * Attaches the pending photos a user uploaded to the request being created, in its transaction.
 * A photo that is unknown, already attached, or someone else's refuses the whole request.
 */
export async function claimPhotos(
  { trx, record }: EventWriter,
  actor: Actor,
  requestId: string,
  photoIds: string[],
): Promise<void> {
  const wanted = [...new Set(photoIds)];
  const claimed = await claimPendingPhotos(trx, wanted, actor.id, requestId);
  const missing = wanted.filter((id) => !claimed.some((p) => p.id === id));
  if (missing.length) {
    throw badRequest(`photoIds: ${missing.join(', ')} not found among your photos waiting for a request`);
  }
  for (const photo of claimed) await record(requestId, photoEvent(photo));
}
