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

/** The statuses a route documents as answering with an error. */
export type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 429 | 503;

/**
 * The error answers a route documents, all of one shape: `errorResponses(400, 401, 403, 404)`.
 * Typed per status, so the route's reply type knows each one.
 */
export function errorResponses<const S extends ErrorStatus>(...statuses: S[]): Record<S, typeof errorSchema> {
  return Object.fromEntries(statuses.map((status) => [status, errorSchema])) as Record<S, typeof errorSchema>;
}

export const idParams = z.object({ id: idSchema });
