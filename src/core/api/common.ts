import { z } from 'zod';

export const idSchema = z.uuid();
export const isoDateTime = z.iso.datetime({ offset: true });
/** A calendar day, YYYY-MM-DD (deadlines are days, not instants). */
export const isoDate = z.iso.date();

export const errorSchema = z.object({
  statusCode: z.number(),
  error: z.string(),
  message: z.string(),
  issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
});
export type ApiError = z.infer<typeof errorSchema>;

export const idParams = z.object({ id: idSchema });
