import { z } from 'zod';
import { EVENT_TYPES } from '../events.js';
import { ACTIONS, HOLD_REASONS, PRIORITIES, STATUSES } from '../lifecycle.js';
import { ORIGINS } from '../origins.js';
import { idSchema, isoDate, isoDateTime } from './common.js';

export const text = (max: number) => z.string().trim().max(max);

export const CHANNELS = ['email', 'sms', 'none'] as const;
export type Channel = (typeof CHANNELS)[number];

export const requesterSchema = z.object({
  name: text(200).min(1),
  email: z.email().max(200).nullable().optional(),
  phone: text(40)
    .regex(/^[+0-9 ().-]{6,40}$/, 'phone number: digits, spaces and + . - ( ) only')
    .nullable()
    .optional(),
  /** How the requester wants to be told of progress. */
  channel: z.enum(CHANNELS).default('none'),
  /** The requester agreed to be contacted and to have these details kept (GDPR). */
  consent: z.boolean().default(false),
});

/** Answers to a category's extra questions, by question code. */
export const answersSchema = z.record(
  z.string().max(60),
  z.union([z.string().max(1000), z.number(), z.boolean(), z.array(z.string().max(200)).max(20)]),
);

export const createRequestBody = z.object({
  /** Client-generated id: the idempotency key of the submission. */
  id: idSchema.optional(),
  origin: z.enum(ORIGINS),
  description: text(5000).min(3),
  address: text(300).min(1),
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
  categoryId: idSchema.nullable().optional(),
  requester: requesterSchema.nullable().optional(),
  answers: answersSchema.default({}),
  /** Photos uploaded beforehand with POST /api/photos, attached to the request as it is created. */
  photoIds: z.array(idSchema).max(10).optional(),
});
export type CreateRequestBody = z.infer<typeof createRequestBody>;

const note = text(5000).optional();
const reason = text(2000).min(3);

export const transitionBody = z.discriminatedUnion('action', [
  z.object({
    action: z.literal('accept'),
    categoryId: idSchema,
    departmentId: idSchema,
    priority: z.enum(PRIORITIES),
    /** When absent, computed from the category's procedure in working days. */
    deadline: isoDate.optional(),
    note,
  }),
  z.object({ action: z.literal('start'), note }),
  z.object({ action: z.literal('hold'), reason: z.enum(HOLD_REASONS), until: isoDate.optional(), note }),
  z.object({ action: z.literal('submit_for_validation'), contractorId: idSchema, note }),
  z.object({ action: z.literal('validate'), note }),
  z.object({ action: z.literal('refuse_validation'), reason }),
  z.object({ action: z.literal('resolve'), note }),
  z.object({ action: z.literal('close'), note }),
  z.object({ action: z.literal('reopen'), reason }),
  z.object({ action: z.literal('reject'), reason }),
  z.object({ action: z.literal('redirect'), bodyId: idSchema, reason }),
  z.object({ action: z.literal('mark_duplicate'), duplicateOfId: idSchema, note }),
  /** To a colleague of the department in charge; null takes the request back from whoever had it. */
  z.object({ action: z.literal('assign'), assigneeId: idSchema.nullable(), note }),
  z.object({ action: z.literal('reassign'), departmentId: idSchema, reason }),
]);
export type TransitionBody = z.infer<typeof transitionBody>;

export const commentBody = z.object({
  body: text(5000).min(1),
  public: z.boolean().default(false),
});

/** A query parameter given once or repeated (`?status=a&status=b`): always an array. */
export const csv = <T extends readonly [string, ...string[]]>(values: T) =>
  z
    .union([z.enum(values), z.array(z.enum(values))])
    .transform((v) => (Array.isArray(v) ? v : [v]))
    .optional();

export const listRequestsQuery = z.object({
  status: csv(STATUSES),
  origin: csv(ORIGINS),
  bodyId: idSchema.optional(),
  departmentId: idSchema.optional(),
  territoryId: idSchema.optional(),
  categoryId: idSchema.optional(),
  createdFrom: isoDate.optional(),
  createdTo: isoDate.optional(),
  q: text(200).optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type ListRequestsQuery = z.infer<typeof listRequestsQuery>;

export const requestSchema = z.object({
  id: idSchema,
  reference: z.string(),
  status: z.enum(STATUSES),
  origin: z.enum(ORIGINS),
  description: z.string(),
  address: z.string(),
  lat: z.number(),
  lon: z.number(),
  bodyId: idSchema.nullable(),
  departmentId: idSchema.nullable(),
  categoryId: idSchema.nullable(),
  territoryId: idSchema.nullable(),
  contractorId: idSchema.nullable(),
  priority: z.enum(PRIORITIES),
  deadline: isoDate.nullable(),
  holdReason: z.enum(HOLD_REASONS).nullable(),
  duplicateOfId: idSchema.nullable(),
  assigneeId: idSchema.nullable(),
  /** Null when the reader may not see personal data. */
  requester: requesterSchema.nullable(),
  answers: answersSchema,
  createdById: idSchema.nullable(),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});
export type RequestDto = z.infer<typeof requestSchema>;

export const eventSchema = z.object({
  id: idSchema,
  type: z.enum(EVENT_TYPES),
  at: isoDateTime,
  actor: z.object({ id: idSchema, name: z.string() }).nullable(),
  fromStatus: z.enum(STATUSES).nullable(),
  toStatus: z.enum(STATUSES).nullable(),
  public: z.boolean(),
  data: z.record(z.string(), z.unknown()),
});
export type RequestEventDto = z.infer<typeof eventSchema>;

export const requestListResponse = z.object({
  items: z.array(requestSchema),
  nextCursor: z.string().nullable(),
});

export const requestDetailResponse = z.object({
  request: requestSchema,
  events: z.array(eventSchema),
  allowedActions: z.array(z.enum(ACTIONS)),
  canComment: z.boolean(),
  canCommentPublic: z.boolean(),
});
export type RequestDetail = z.infer<typeof requestDetailResponse>;
