import { z } from 'zod';
import { PRIORITIES } from '../lifecycle.js';
import { idSchema, isoDate } from './common.js';
import { suggestionSchema } from './glossary.js';
import { requestSchema } from './requests.js';

export const CATEGORY_SOURCES = ['intake', 'suggestion'] as const;

/** What the dispatcher is offered to confirm or change: the accept transition, pre-filled. */
export const proposalSchema = z.object({
  categoryId: idSchema.nullable(),
  /** Chosen at intake, or suggested from the description; null when there is neither. */
  categorySource: z.enum(CATEGORY_SOURCES).nullable(),
  departmentId: idSchema.nullable(),
  /** True when a route for the request's territory overrides the category's department. */
  routedByTerritory: z.boolean(),
  priority: z.enum(PRIORITIES),
  /** From the category's procedure, in working days from reception. */
  deadline: isoDate.nullable(),
  /** The glossary's suggestions from the description, best first: alternatives to offer. */
  suggestions: z.array(suggestionSchema),
});
export type Proposal = z.infer<typeof proposalSchema>;

export const inboxItemSchema = z.object({
  request: requestSchema,
  proposal: proposalSchema,
  /** The request to open after a decision on this one: the next in the inbox, else the oldest left. */
  nextId: idSchema.nullable(),
});
export type InboxItem = z.infer<typeof inboxItemSchema>;

export const inboxQuery = z.object({
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});
export type InboxQuery = z.infer<typeof inboxQuery>;

export const inboxResponse = z.object({
  items: z.array(inboxItemSchema),
  nextCursor: z.string().nullable(),
  /** New requests waiting, all pages together. */
  total: z.number().int(),
});
export type Inbox = z.infer<typeof inboxResponse>;
