import { z } from 'zod';
import { DEADLINE_FLAGS } from '../deadline-flag-names.js';
import { STATUSES } from '../lifecycle.js';
import { ROLES } from '../roles.js';
import { idSchema, isoDateTime } from './common.js';
import { csv, requestSchema, text, transitionBody } from './requests.js';

export const QUEUE_SORTS = ['deadline', 'newest'] as const;

export const queueQuery = z.object({
  /** Default: the user's department; for a manager without one, the whole body. */
  departmentId: idSchema.optional(),
  /** Default: the open statuses after acceptance. */
  status: csv(STATUSES),
  flag: z.enum(DEADLINE_FLAGS).optional(),
  /** A colleague's id, `me`, or `none` for the requests nobody has yet. */
  assigneeId: z.union([idSchema, z.enum(['me', 'none'])]).optional(),
  categoryId: idSchema.optional(),
  territoryId: idSchema.optional(),
  q: text(200).optional(),
  /** `deadline`: nearest first, none last, then oldest first; `newest`: newest first. */
  sort: z.enum(QUEUE_SORTS).default('deadline'),
  cursor: z.string().max(300).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type QueueQuery = z.infer<typeof queueQuery>;

export const queueItemSchema = requestSchema.extend({
  /** Overdue the day after the deadline; due soon within two working days of it (Paris days). */
  flag: z.enum(DEADLINE_FLAGS).nullable(),
});
export type QueueItem = z.infer<typeof queueItemSchema>;

export const queueResponse = z.object({
  items: z.array(queueItemSchema),
  nextCursor: z.string().nullable(),
  /** Whose queue this is: a department, or a whole body. */
  departmentId: idSchema.nullable(),
  bodyId: idSchema.nullable(),
});
export type Queue = z.infer<typeof queueResponse>;

export const colleaguesQuery = z.object({ departmentId: idSchema.optional() });
export const colleaguesResponse = z.object({
  items: z.array(z.object({ id: idSchema, name: z.string(), role: z.enum(ROLES) })),
});
export type Colleagues = z.infer<typeof colleaguesResponse>;

/** The changes a queue applies to many requests at once. */
export const BULK_ACTIONS = ['assign', 'start', 'hold', 'resolve', 'close'] as const;

export const bulkBody = z
  .object({ ids: z.array(idSchema).min(1).max(200) })
  .and(transitionBody)
  .refine((b) => (BULK_ACTIONS as readonly string[]).includes(b.action), {
    path: ['action'],
    message: `one of ${BULK_ACTIONS.join(', ')}`,
  });
export type BulkBody = z.infer<typeof bulkBody>;

export const bulkResultSchema = z.discriminatedUnion('ok', [
  z.object({ id: idSchema, ok: z.literal(true), status: z.enum(STATUSES) }),
  /** The error this request alone would have answered (403, 404, 409...). */
  z.object({ id: idSchema, ok: z.literal(false), statusCode: z.number().int(), message: z.string() }),
]);
export type BulkResult = z.infer<typeof bulkResultSchema>;
export const bulkResponse = z.object({ results: z.array(bulkResultSchema) });

/** A list's query parameters as the web puts them in its address. */
export const viewQuerySchema = z.record(
  z.string().max(60),
  z.union([z.string().max(500), z.array(z.string().max(200)).max(50)]),
);

export const savedViewSchema = z.object({
  id: idSchema,
  name: z.string(),
  screen: z.string(),
  query: viewQuerySchema,
  createdAt: isoDateTime,
});
export type SavedView = z.infer<typeof savedViewSchema>;

export const createViewBody = z.object({
  name: text(100).min(1),
  /** The screen the view belongs to: queue, inbox, map, requests... */
  screen: z.string().regex(/^[a-z][a-z_]{0,39}$/, 'lower-case letters and _ only'),
  query: viewQuerySchema,
});
export type CreateViewBody = z.infer<typeof createViewBody>;

export const listViewsQuery = z.object({ screen: z.string().max(40).optional() });
export const viewListResponse = z.object({ items: z.array(savedViewSchema) });
