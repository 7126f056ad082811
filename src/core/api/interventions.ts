import { z } from 'zod';
import { idSchema, isoDateTime } from './common.js';
import { requestSchema, text } from './requests.js';

export const OUTCOMES = ['done', 'not_done'] as const;
export type Outcome = (typeof OUTCOMES)[number];

export const recordInterventionBody = z
  .object({
    doneAt: isoDateTime,
    /** What was done; internal (the requester is told by the resolution, not by these notes). */
    notes: text(5000).default(''),
    quantity: z.number().positive().max(1_000_000).optional(),
    /** What the quantity counts: m², units, kg... */
    unit: text(20).min(1).optional(),
    minutesSpent: z.number().int().min(0).max(100_000).optional(),
    outcome: z.enum(OUTCOMES),
    notDoneReason: text(2000).min(3).optional(),
    /** Photos uploaded beforehand through POST /api/photos (before/after). */
    photoIds: z.array(idSchema).max(20).default([]),
    /** Also resolve the request, in the same transaction. */
    resolve: z.boolean().default(false),
  })
  .superRefine((b, ctx) => {
    if (b.outcome === 'not_done' && !b.notDoneReason) {
      ctx.addIssue({ code: 'custom', path: ['notDoneReason'], message: 'required when the outcome is not_done' });
    }
    if (b.outcome === 'not_done' && b.resolve) {
      ctx.addIssue({ code: 'custom', path: ['resolve'], message: 'work not done cannot resolve the request' });
    }
    if (b.quantity !== undefined && b.unit === undefined) {
      ctx.addIssue({ code: 'custom', path: ['unit'], message: 'required with a quantity' });
    }
  });
export type RecordInterventionBody = z.infer<typeof recordInterventionBody>;

export const interventionSchema = z.object({
  id: idSchema,
  requestId: idSchema,
  doneAt: isoDateTime,
  doneBy: z.object({ id: idSchema, name: z.string() }),
  /** The company that did the work; null for a city team. */
  contractorId: idSchema.nullable(),
  notes: z.string(),
  quantity: z.number().nullable(),
  unit: z.string().nullable(),
  minutesSpent: z.number().int().nullable(),
  outcome: z.enum(OUTCOMES),
  notDoneReason: z.string().nullable(),
  photoIds: z.array(idSchema),
  createdAt: isoDateTime,
});
export type Intervention = z.infer<typeof interventionSchema>;

export const recordInterventionResponse = z.object({ intervention: interventionSchema, request: requestSchema });
export const interventionListResponse = z.object({ items: z.array(interventionSchema) });
