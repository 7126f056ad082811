/**
 * The public tracking of one request. No authorize() here: whoever holds the unguessable token
 * (sent to the requester) may read it, and what it shows holds no personal data.
 */
import type { TrackingDto } from '../../core/api/tracking.js';
import type { Relais } from '../context.js';
import { notFound } from '../errors.js';
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
