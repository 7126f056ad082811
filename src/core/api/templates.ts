import { z } from 'zod';
import { TEMPLATE_KINDS } from '../templates.js';
import { LOCALES } from './auth.js';
import { idSchema, isoDate, isoDateTime } from './common.js';
import { text } from './requests.js';

export const templateSchema = z.object({
  id: idSchema,
  code: z.string(),
  kind: z.enum(TEMPLATE_KINDS),
  title: z.string(),
  bodyFr: z.string(),
  bodyEn: z.string(),
  active: z.boolean(),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});
export type ResponseTemplate = z.infer<typeof templateSchema>;

export const templateListResponse = z.object({ items: z.array(templateSchema) });

const templateFields = {
  code: z
    .string()
    .trim()
    .regex(/^[a-z0-9][a-z0-9_-]{0,59}$/, 'lower-case letters, digits, - and _ only (60 at most)'),
  kind: z.enum(TEMPLATE_KINDS),
  title: text(200).min(1),
  /** May use the placeholders {reference}, {department}, {body}, {category}, {deadline}, {address}. */
  bodyFr: text(5000).min(1),
  bodyEn: text(5000),
  active: z.boolean(),
};

export const createTemplateBody = z.object({
  ...templateFields,
  bodyEn: templateFields.bodyEn.default(''),
  active: templateFields.active.default(true),
});
export type CreateTemplateBody = z.infer<typeof createTemplateBody>;

export const updateTemplateBody = z.object(templateFields).partial();
export type UpdateTemplateBody = z.infer<typeof updateTemplateBody>;

export const listTemplatesQuery = z.object({ kind: z.enum(TEMPLATE_KINDS).optional() });

export const previewTemplateBody = z
  .object({
    /** A saved template, rendered in `locale`... */
    templateId: idSchema.optional(),
    /** ...or a text being written (the administrator's editor, an agent's edited answer). */
    text: text(5000).optional(),
    /** The request whose reference, department, deadline... fill the placeholders. */
    requestId: idSchema.optional(),
    locale: z.enum(LOCALES).default('fr'),
    // What the decision being prepared will set, named in the text before it is applied.
    bodyId: idSchema.optional(),
    departmentId: idSchema.optional(),
    categoryId: idSchema.optional(),
    deadline: isoDate.optional(),
  })
  .refine((b) => (b.templateId === undefined) !== (b.text === undefined), {
    path: ['templateId'],
    message: 'give either templateId or text, not both',
  });
export type PreviewTemplateBody = z.infer<typeof previewTemplateBody>;

export const previewResponse = z.object({
  text: z.string(),
  /** Placeholders left as written: unknown, or without a value for this request. */
  unfilled: z.array(z.string()),
});
export type TemplatePreview = z.infer<typeof previewResponse>;
