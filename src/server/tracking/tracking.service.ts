/**
 * The public tracking of one request. No authorize() here: whoever holds the unguessable token
 * (sent to the requester) may read it, and what it shows holds no personal data.
 */
import type { TrackingDto } from '../../core/api/tracking.js';
import type { Relais } from '../context.js';
import { notFound } from '../errors.js';
import { findPhoto } from '../photos/photos.repository.js';
import { type PhotoFile, photoFile } from '../photos/photos.service.js';
import { toTrackingDto } from './tracking.mapper.js';
import { findTrackedRequest, listAfterPhotoIds, listPublicEvents } from './tracking.repository.js';

export async function getTracking(relais: Relais, token: string): Promise<TrackingDto> {
  const row = await findTrackedRequest(relais.db, token);
  if (!row) throw notFound('Tracked request');
  const [events, afterPhotoIds] = await Promise.all([
    listPublicEvents(relais.db, row.id),
    listAfterPhotoIds(relais.db, row.id),
  ]);
  return toTrackingDto(row, events, afterPhotoIds);
}

/** An "after" photo of a tracked request: the only photos a requester sees (no faces of passers-by at intake). */
export async function readTrackedPhoto(
  relais: Relais,
  token: string,
  photoId: string,
  variant: 'full' | 'thumbnail',
): Promise<PhotoFile> {
  const row = await findTrackedRequest(relais.db, token);
  const photo = row ? await findPhoto(relais.db, photoId) : undefined;
  if (!row || !photo || photo.request_id !== row.id || photo.kind !== 'after') throw notFound('Photo');
  return photoFile(relais, photo, variant);
}
