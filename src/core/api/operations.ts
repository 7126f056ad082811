/** Answers of the operations endpoints that load balancers and orchestrators call. */
import { z } from 'zod';

export const livenessSchema = z.object({ status: z.literal('alive') });

/** Ready means: the database answers and every migration this version knows is applied. */
export const readinessSchema = z.object({
  ready: z.boolean(),
  database: z.enum(['reachable', 'unreachable']),
  migrations: z.enum(['applied', 'pending', 'unknown']),
  /** Why the instance is not ready; absent when it is. */
  reason: z.string().optional(),
});
export type Readiness = z.infer<typeof readinessSchema>;
