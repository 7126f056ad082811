import { z } from 'zod';
import { EVENT_TYPES } from '../events.js';
import { MESSAGE_KINDS, MESSAGE_STATUSES, NOTICE_EVENT_TYPES } from '../notify.js';
import { LOCALES } from './auth.js';
import { idSchema, isoDate, isoDateTime } from './common.js';

/** One message of the outbox, as administrators see it in "messages sent". */
export const messageSchema = z.object({
  id: idSchema,
  kind: z.enum(MESSAGE_KINDS),
  /** An e-mail address, a phone number or a URL. */
  recipient: z.string(),
  subject: z.string().nullable(),
  bodyText: z.string(),
  bodyHtml: z.string().nullable(),
  requestId: idSchema.nullable(),
  eventId: idSchema.nullable(),
  locale: z.enum(LOCALES),
  status: z.enum(MESSAGE_STATUSES),
  attempts: z.number().int(),
  /** When the next attempt is due; while sending, when the worker's claim runs out. */
  nextAttemptAt: isoDateTime,
  lastError: z.string().nullable(),
  createdAt: isoDateTime,
  sentAt: isoDateTime.nullable(),
});
export type MessageDto = z.infer<typeof messageSchema>;

export const listMessagesQuery = z.object({
  status: z.enum(MESSAGE_STATUSES).optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type ListMessagesQuery = z.infer<typeof listMessagesQuery>;

export const messageListResponse = z.object({
  items: z.array(messageSchema),
  nextCursor: z.string().nullable(),
});

export const digestRunResponse = z.object({
  /** The Paris calendar day the digests are for. */
  day: isoDate,
  /** Digests written now; a department already sent its digest of the day gets none. */
  queued: z.number().int(),
});

// ---- notices: which events tell the requester ------------------------------------------------
const noticeEventType = z.enum(NOTICE_EVENT_TYPES, {
  error: (issue) =>
    EVENT_TYPES.some((type) => type === issue.input)
      ? `${String(issue.input)} is an internal event: it is never public, so it never tells the requester`
      : `expected an event type that may tell the requester: ${NOTICE_EVENT_TYPES.join(', ')}`,
});

/** Whether public events of one type tell the requester, and what they do when nobody chose. */
export const noticeSchema = z.object({
  eventType: noticeEventType,
  tellsRequester: z.boolean(),
  default: z.boolean(),
});
export type NoticeDto = z.infer<typeof noticeSchema>;
export const noticeListResponse = z.array(noticeSchema);

/** Changes one or several event types at once; each type at most once. */
export const noticesPatch = z
  .array(z.object({ eventType: noticeEventType, tellsRequester: z.boolean() }))
  .min(1, 'at least one change')
  .max(NOTICE_EVENT_TYPES.length)
  .superRefine((changes, ctx) => {
    const seen = new Set<string>();
    changes.forEach((change, index) => {
      if (seen.has(change.eventType)) {
        ctx.addIssue({ code: 'custom', path: [index, 'eventType'], message: `${change.eventType} appears twice` });
      }
      seen.add(change.eventType);
    });
  });
export type NoticesPatch = z.infer<typeof noticesPatch>;
