/** The public tracking of one request: no session needed, no personal data in it. */
import { type TrackingDto, trackingResponse } from '../../core/api/tracking.js';
import { apiFetch } from '../app/http.js';

export async function getTracking(token: string): Promise<TrackingDto> {
  return trackingResponse.parse(await apiFetch('GET', `/tracking/${encodeURIComponent(token)}`));
}

/** A photo of the work done, as the tracking page may show it (no session): whole, or 320 px at most. */
export function trackingPhotoUrl(token: string, photoId: string, variant: 'full' | 'thumbnail'): string {
  const path = `/api/tracking/${encodeURIComponent(token)}/photos/${encodeURIComponent(photoId)}`;
  return variant === 'full' ? path : `${path}/thumbnail`;
}
