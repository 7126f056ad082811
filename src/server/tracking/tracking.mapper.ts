import { type TrackingDto, trackingEventSchema, trackingResponse } from '../../core/api/tracking.js';
import { publicTextOf } from '../../core/notify.js';
import type { findTrackedRequest, listPublicEvents } from './tracking.repository.js';

type TrackedRow = NonNullable<Awaited<ReturnType<typeof findTrackedRequest>>>;
type PublicEventRow = Awaited<ReturnType<typeof listPublicEvents>>[number];

/** The street of an address, without the house number: enough to recognise the place, no more. */
export function streetOf(address: string): string {
  return address.replace(/^\s*\d+\s*(bis|ter|quater|[a-z](?=\s))?[\s,]*/i, '');
}

function toTrackingEvent(row: PublicEventRow) {
  const type = trackingEventSchema.shape.type.parse(row.type);
  const data = JSON.parse(row.data) as Record<string, unknown>;
  const held = type === 'held';
  return {
    type,
    at: row.at,
    status: row.to_status,
    text: publicTextOf(type, data),
    holdReason: held ? (data.reason ?? null) : null,
    until: held ? (data.until ?? null) : null,
  };
}

/** The public view of a request; the schema check makes a stray value fail here, not leak. */
export function toTrackingDto(row: TrackedRow, events: PublicEventRow[], afterPhotoIds: string[]): TrackingDto {
  return trackingResponse.parse({
    reference: row.reference,
    status: row.status,
    category: row.category_name,
    address: streetOf(row.address),
    createdAt: row.created_at,
    deadline: row.deadline,
    events: events.map(toTrackingEvent),
    afterPhotoIds,
  });
}
