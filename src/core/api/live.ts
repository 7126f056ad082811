/**
 * What GET /api/live streams (server-sent events, `event: request`): one message per request event
 * the signed-in user may see. It is a signal with the facts lists need to place the request; screens
 * reload the request (or its timeline) for the rest.
 */
import { z } from 'zod';
import { EVENT_TYPES } from '../events.js';
import { STATUSES } from '../lifecycle.js';
import { idSchema, isoDateTime } from './common.js';

export const LIVE_EVENT_NAME = 'request';

export const liveEventSchema = z.object({
  eventId: idSchema,
  requestId: idSchema,
  reference: z.string(),
  type: z.enum(EVENT_TYPES),
  at: isoDateTime,
  public: z.boolean(),
  /** The request's status now. */
  status: z.enum(STATUSES),
  departmentId: idSchema.nullable(),
});
export type LiveEvent = z.infer<typeof liveEventSchema>;
