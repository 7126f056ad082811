import { z } from 'zod';
import { ROLES } from '../roles.js';
import { idSchema } from './common.js';

export const LOCALES = ['fr', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

export const loginBody = z.object({
  email: z.email().max(200),
  password: z.string().min(1).max(200),
});

export const userSchema = z.object({
  id: idSchema,
  email: z.string(),
  name: z.string(),
  role: z.enum(ROLES),
  bodyId: idSchema.nullable(),
  departmentId: idSchema.nullable(),
  contractorId: idSchema.nullable(),
  locale: z.enum(LOCALES),
});
export type User = z.infer<typeof userSchema>;

export const sessionResponse = z.object({ user: userSchema, csrfToken: z.string() });
export type SessionResponse = z.infer<typeof sessionResponse>;
