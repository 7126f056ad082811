import { z } from 'zod';
import { idSchema } from './common.js';

export const bodySchema = z.object({ id: idSchema, code: z.string(), name: z.string() });
export const departmentSchema = z.object({
  id: idSchema,
  bodyId: idSchema,
  code: z.string(),
  name: z.string(),
  isHub: z.boolean(),
  territoryId: idSchema.nullable(),
  emits: z.boolean(),
  receives: z.boolean(),
});
export const territorySchema = z.object({
  id: idSchema,
  code: z.string(),
  name: z.string(),
  hubDepartmentId: idSchema.nullable(),
});
export const familySchema = z.object({
  id: idSchema,
  bodyId: idSchema,
  code: z.string(),
  name: z.string(),
  description: z.string(),
});
export const categorySchema = z.object({
  id: idSchema,
  familyId: idSchema,
  code: z.string(),
  name: z.string(),
  description: z.string(),
  synonyms: z.array(z.string()),
  departmentId: idSchema,
  deadlineDays: z.number().int(),
  needsValidation: z.boolean(),
  needsContractor: z.boolean(),
  procedure: z.array(z.string()),
});
export const contractorSchema = z.object({ id: idSchema, name: z.string() });

export const directoryResponse = z.object({
  bodies: z.array(bodySchema),
  departments: z.array(departmentSchema),
  territories: z.array(territorySchema),
  families: z.array(familySchema),
  categories: z.array(categorySchema),
  contractors: z.array(contractorSchema),
});

export type Body = z.infer<typeof bodySchema>;
export type Department = z.infer<typeof departmentSchema>;
export type Territory = z.infer<typeof territorySchema>;
export type Family = z.infer<typeof familySchema>;
export type Category = z.infer<typeof categorySchema>;
export type Contractor = z.infer<typeof contractorSchema>;
export type Directory = z.infer<typeof directoryResponse>;
