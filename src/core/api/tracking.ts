/**
 * The public tracking page of one request, reached from the link in every message. It shows no
 * personal data: no requester, no description (people write names in it), no actor names, no
 * internal events.
 */
import { z } from 'zod';
import { EVENT_TYPES } from '../events.js';
import { HOLD_REASONS, STATUSES } from '../lifecycle.js';
import { idSchema, isoDate, isoDateTime } from './common.js';

export const trackingParams = z.object({ token: z.string().min(16).max(100) });
export const trackingPhotoParams = trackingParams.extend({ photoId: idSchema });

export const trackingEventSchema = z.object({
  type: z.enum(EVENT_TYPES),
  at: isoDateTime,
  /** The status the event led to, when it changed it. */
  status: z.enum(STATUSES).nullable(),
  /** The public note, reason or comment that came with the event. */
  text: z.string().nullable(),
  holdReason: z.enum(HOLD_REASONS).nullable(),
  /** Until when a request is on hold, when known. */
  until: isoDate.nullable(),
});
export type TrackingEventDto = z.infer<typeof trackingEventSchema>;

export const trackingResponse = z.object({
  reference: z.string(),
  status: z.enum(STATUSES),
  category: z.string().nullable(),
  /** The street, without the house number. */
  address: z.string(),
  createdAt: isoDateTime,
  deadline: isoDate.nullable(),
  events: z.array(trackingEventSchema),
  /** Photos of the work done (photos of kind "after"). */
  afterPhotoIds: z.array(idSchema),
});
export type TrackingDto = z.infer<typeof trackingResponse>;
