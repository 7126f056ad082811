/**
 * The administration API (/api/admin): inputs and answers for bodies, departments, territories,
 * glossary families and categories, contractors, users, the audit log and the imports.
 * Each entity has an input schema (create, with defaults) and a patch schema (every field
 * optional, no defaults, so a patch changes only what it names).
 */
import { z } from 'zod';
import { ROLES } from '../roles.js';
import { LOCALES } from './auth.js';
import { idSchema, isoDateTime } from './common.js';

const text = (max: number) => z.string().trim().max(max);
/** A name people read; also used by the glossary CSV's columns. */
export const nameSchema = text(200).min(1, 'required');
const name = nameSchema;

/** Stable, human-readable keys used by imports and exports (e.g. `nid-de-poule`). */
export const codeSchema = text(60)
  .min(1, { error: 'required', abort: true })
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'letters, digits, dot, dash or underscore, starting with a letter or digit');

/** '|' joins synonyms and procedure steps in the glossary CSV, so it cannot appear inside one. */
export const LIST_SEPARATOR = '|';
const listItem = (max: number) =>
  text(max)
    .min(1, 'an empty item')
    .refine((s) => !s.includes(LIST_SEPARATOR), `"${LIST_SEPARATOR}" is reserved as the list separator`);
export const synonymsSchema = z.array(listItem(100)).max(200);
export const procedureSchema = z.array(listItem(500)).max(50);
export const deadlineDaysSchema = z.number().int().min(0).max(365, 'at most 365 days');

const email = z.email().max(200);
export const descriptionSchema = text(2000);

// ---- bodies ----------------------------------------------------------------------------------
const bodyShape = z.object({ code: codeSchema, name });
export const bodyInput = bodyShape;
export const bodyPatch = bodyShape.partial();
export const adminBodySchema = bodyShape.extend({ id: idSchema });

// ---- departments -----------------------------------------------------------------------------
const departmentShape = z.object({
  bodyId: idSchema,
  code: codeSchema,
  name,
  /** A hub (pôle de vie des quartiers) covers one territory. */
  isHub: z.boolean(),
  territoryId: idSchema.nullable(),
  emits: z.boolean(),
  receives: z.boolean(),
  email: email.nullable(),
});
export const departmentInput = departmentShape.extend({
  isHub: z.boolean().default(false),
  territoryId: idSchema.nullable().default(null),
  emits: z.boolean().default(true),
  receives: z.boolean().default(true),
  email: email.nullable().default(null),
});
export const departmentPatch = departmentShape.partial();
export const adminDepartmentSchema = departmentShape.extend({ id: idSchema });

// ---- territories -----------------------------------------------------------------------------
// An optional third number (altitude) is allowed by GeoJSON and kept.
const position = z.tuple([z.number(), z.number()], { error: 'a position is [longitude, latitude]' }).rest(z.number());
const ring = z
  .array(position)
  .min(4, 'a ring needs at least 4 positions')
  .refine((r) => {
    const first = r[0];
    const last = r[r.length - 1];
    return first !== undefined && last !== undefined && first[0] === last[0] && first[1] === last[1];
  }, 'a ring must end where it starts');
const polygonRings = z.array(ring).min(1, 'a polygon needs at least its outer ring');

type Position = z.infer<typeof position>;
const inDegrees = ([lon, lat]: Position) => Math.abs(lon) <= 180 && Math.abs(lat) <= 90;

/**
 * One problem for a geometry in other units (e.g. Lambert-93 metres, a frequent export mistake),
 * rather than one per position.
 */
function checkDegrees(polygons: Position[][][], ctx: z.RefinementCtx, multi: boolean) {
  for (const [p, rings] of polygons.entries()) {
    for (const [r, positions] of rings.entries()) {
      const i = positions.findIndex((pos) => !inDegrees(pos));
      if (i >= 0) {
        ctx.addIssue({
          code: 'custom',
          path: ['coordinates', ...(multi ? [p] : []), r, i],
          message: `[${positions[i]?.join(', ')}] is not [longitude, latitude] in degrees: GeoJSON uses WGS 84 (EPSG:4326)`,
        });
        return;
      }
    }
  }
}

export const geometrySchema = z.discriminatedUnion(
  'type',
  [
    z
      .object({ type: z.literal('Polygon'), coordinates: polygonRings })
      .superRefine((g, ctx) => checkDegrees([g.coordinates], ctx, false)),
    z
      .object({ type: z.literal('MultiPolygon'), coordinates: z.array(polygonRings).min(1) })
      .superRefine((g, ctx) => checkDegrees(g.coordinates, ctx, true)),
  ],
  { error: 'a GeoJSON Polygon or MultiPolygon' },
);
export type Geometry = z.infer<typeof geometrySchema>;

const territoryShape = z.object({ code: codeSchema, name, geometry: geometrySchema });
export const territoryInput = territoryShape;
export const territoryPatch = territoryShape.partial();
export const boundingBoxSchema = z.object({
  minLat: z.number(),
  maxLat: z.number(),
  minLon: z.number(),
  maxLon: z.number(),
});
export const adminTerritorySchema = territoryShape.extend({ id: idSchema, boundingBox: boundingBoxSchema });

// ---- families --------------------------------------------------------------------------------
const familyShape = z.object({ bodyId: idSchema, code: codeSchema, name, description: descriptionSchema });
export const familyInput = familyShape.extend({ description: descriptionSchema.default('') });
export const familyPatch = familyShape.partial();
export const adminFamilySchema = familyShape.extend({ id: idSchema });

// ---- categories ------------------------------------------------------------------------------
/** Datatypes of Open311 GeoReport v2 service attributes. */
export const QUESTION_TYPES = ['string', 'number', 'datetime', 'text', 'singlevaluelist', 'multivaluelist'] as const;
const LIST_TYPES: readonly string[] = ['singlevaluelist', 'multivaluelist'];

/** An extra question asked at intake, typed like an Open311 service attribute. */
export const questionSchema = z
  .object({
    code: codeSchema,
    datatype: z.enum(QUESTION_TYPES),
    required: z.boolean().default(false),
    /** The question as shown to the agent or citizen. */
    description: text(500).min(1),
    values: z
      .array(z.object({ key: text(60).min(1), name }))
      .max(100)
      .optional(),
  })
  .superRefine((q, ctx) => {
    const isList = LIST_TYPES.includes(q.datatype);
    if (isList && !q.values?.length) {
      ctx.addIssue({ code: 'custom', path: ['values'], message: `a ${q.datatype} needs its values` });
    }
    if (!isList && q.values) {
      ctx.addIssue({ code: 'custom', path: ['values'], message: `only list questions have values, not ${q.datatype}` });
    }
    const keys = q.values?.map((v) => v.key) ?? [];
    if (new Set(keys).size !== keys.length) {
      ctx.addIssue({ code: 'custom', path: ['values'], message: 'each value needs its own key' });
    }
  });
export type Question = z.infer<typeof questionSchema>;

const uniqueBy =
  <T>(key: (item: T) => string, what: string) =>
  (items: T[], ctx: z.RefinementCtx) => {
    const seen = new Set<string>();
    items.forEach((item, index) => {
      if (seen.has(key(item))) ctx.addIssue({ code: 'custom', path: [index], message: `${what} appears twice` });
      seen.add(key(item));
    });
  };

const questionsSchema = z
  .array(questionSchema)
  .max(30)
  .superRefine(uniqueBy((q) => q.code, 'this question code'));

/** Where another department acts in one territory (e.g. a hub's own team). */
export const categoryRouteSchema = z.object({ territoryId: idSchema, departmentId: idSchema });
const routesSchema = z
  .array(categoryRouteSchema)
  .max(100)
  .superRefine(uniqueBy((r) => r.territoryId, 'this territory'));

const duplicateRadiusSchema = z.number().int().min(10).max(5000);

const categoryShape = z.object({
  familyId: idSchema,
  code: codeSchema,
  name,
  description: descriptionSchema,
  synonyms: synonymsSchema,
  departmentId: idSchema,
  deadlineDays: deadlineDaysSchema,
  needsValidation: z.boolean(),
  needsContractor: z.boolean(),
  procedure: procedureSchema,
  questions: questionsSchema,
  routes: routesSchema,
  /** How far apart two open reports may be and still be shown as possible duplicates. */
  duplicateRadiusM: duplicateRadiusSchema,
  active: z.boolean(),
});
export const categoryInput = categoryShape.extend({
  description: descriptionSchema.default(''),
  synonyms: synonymsSchema.default([]),
  needsValidation: z.boolean().default(false),
  needsContractor: z.boolean().default(false),
  procedure: procedureSchema.default([]),
  questions: questionsSchema.default([]),
  routes: routesSchema.default([]),
  duplicateRadiusM: duplicateRadiusSchema.default(150),
  active: z.boolean().default(true),
});
export const categoryPatch = categoryShape.partial();
export const adminCategorySchema = categoryShape.extend({ id: idSchema });

// ---- contractors -----------------------------------------------------------------------------
const contractorShape = z.object({ code: codeSchema, name, email: email.nullable() });
export const contractorInput = contractorShape.extend({ email: email.nullable().default(null) });
export const contractorPatch = contractorShape.partial();
export const adminContractorSchema = contractorShape.extend({ id: idSchema });

// ---- users -----------------------------------------------------------------------------------
export const passwordSchema = z.string().min(12, 'at least 12 characters').max(200);
const userShape = z.object({
  name,
  role: z.enum(ROLES),
  bodyId: idSchema.nullable(),
  departmentId: idSchema.nullable(),
  contractorId: idSchema.nullable(),
  locale: z.enum(LOCALES),
});
export const userInput = userShape.extend({
  email,
  bodyId: idSchema.nullable().default(null),
  departmentId: idSchema.nullable().default(null),
  contractorId: idSchema.nullable().default(null),
  locale: z.enum(LOCALES).default('fr'),
  password: passwordSchema,
});
/** Name, role and scopes; the e-mail (the sign-in name) and the password change elsewhere. */
export const userPatch = userShape.partial();
export const passwordResetBody = z.object({ password: passwordSchema });
export const adminUserSchema = userShape.extend({
  id: idSchema,
  email: z.string(),
  disabled: z.boolean(),
  createdAt: isoDateTime,
});

// ---- audit log -------------------------------------------------------------------------------
/** What the audit log records changes of: the table names. */
export const AUDITED_ENTITIES = [
  'bodies',
  'departments',
  'territories',
  'families',
  'categories',
  'contractors',
  'users',
  'response_templates',
  /** The local address index: one row per import (entityId names the import, not an address). */
  'addresses',
  /** Messages of the outbox, put back in the queue by an administrator. */
  'outbox',
  /** Whether public events of one type tell the requester (snapshots name the event type). */
  'requester_notices',
  /** Look-ups of known requesters at intake: who searched what, and which requests' requesters were shown. */
  'requester_lookups',
] as const;
export type AuditedEntity = (typeof AUDITED_ENTITIES)[number];
export const AUDIT_ACTIONS = [
  'create',
  'update',
  'delete',
  'disable',
  'enable',
  'reset_password',
  'import',
  'lookup',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const auditQuery = z.object({
  entity: z.enum(AUDITED_ENTITIES).optional(),
  entityId: idSchema.optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type AuditQuery = z.infer<typeof auditQuery>;

const snapshot = z.record(z.string(), z.unknown()).nullable();
export const auditEntrySchema = z.object({
  id: idSchema,
  at: isoDateTime,
  actor: z.object({ id: idSchema, name: z.string() }).nullable(),
  entity: z.enum(AUDITED_ENTITIES),
  entityId: idSchema,
  action: z.enum(AUDIT_ACTIONS),
  /** The entity as it was before and after (API shape; never a password hash). */
  before: snapshot,
  after: snapshot,
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;
export const auditListResponse = z.object({ items: z.array(auditEntrySchema), nextCursor: z.string().nullable() });

// ---- imports ---------------------------------------------------------------------------------
/** The columns of the glossary CSV, in the export's order. */
export const GLOSSARY_COLUMNS = [
  'family_code',
  'family_name',
  'category_code',
  'category_name',
  'category_description',
  'synonyms',
  'department_code',
  'deadline_days',
  'needs_validation',
  'needs_contractor',
  'procedure',
  'active',
] as const;
export type GlossaryColumn = (typeof GLOSSARY_COLUMNS)[number];

/** One problem of an import file: where (row as a spreadsheet counts it, column, or feature index) and what. */
export const importProblemSchema = z.object({
  path: z.string(),
  message: z.string(),
  row: z.number().int().optional(),
  column: z.string().optional(),
  feature: z.number().int().optional(),
});
export type ImportProblem = z.infer<typeof importProblemSchema>;
/** A refused import: `issues` lists every problem of the file (absent when the file could not be read at all). */
export const importErrorSchema = z.object({
  statusCode: z.number(),
  error: z.string(),
  message: z.string(),
  issues: z.array(importProblemSchema).optional(),
});

const counts = z.object({ created: z.number().int(), updated: z.number().int(), unchanged: z.number().int() });
export type ImportCounts = z.infer<typeof counts>;
export const glossaryImportResponse = z.object({ families: counts, categories: counts });
export type GlossaryImportResult = z.infer<typeof glossaryImportResponse>;
export const territoriesImportResponse = z.object({ territories: counts });

/** A territory as a GeoJSON feature: what the export writes and the import reads. */
export const territoryFeatureSchema = z.object({
  type: z.literal('Feature'),
  properties: z.object({ code: codeSchema, name }),
  geometry: geometrySchema,
});
export const territoryCollectionSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(territoryFeatureSchema),
});
/** The import's body: checked feature by feature by the service, to report every problem at once. */
export const territoryCollectionBody = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(z.unknown()).max(10_000),
});

export type AdminBody = z.infer<typeof adminBodySchema>;
export type AdminDepartment = z.infer<typeof adminDepartmentSchema>;
export type AdminTerritory = z.infer<typeof adminTerritorySchema>;
export type AdminFamily = z.infer<typeof adminFamilySchema>;
export type AdminCategory = z.infer<typeof adminCategorySchema>;
export type AdminContractor = z.infer<typeof adminContractorSchema>;
export type AdminUser = z.infer<typeof adminUserSchema>;
export type UserInput = z.infer<typeof userInput>;
