/**
 * The glossary API: search by the citizen's words, the whole glossary with procedures, the routing
 * map ("organigramme fonctionnel inversé"), routing a category at a place, and suggestions.
 */
import { z } from 'zod';
import { questionSchema } from './admin.js';
import { idSchema, isoDate } from './common.js';

/** An id with the name to show for it. */
export const namedRefSchema = z.object({ id: idSchema, name: z.string() });
export type NamedRef = z.infer<typeof namedRefSchema>;

const categoryWords = {
  id: idSchema,
  code: z.string(),
  name: z.string(),
  description: z.string(),
  synonyms: z.array(z.string()),
};
const procedureFacts = {
  deadlineDays: z.number().int(),
  needsValidation: z.boolean(),
  needsContractor: z.boolean(),
};

export const glossarySearchQuery = z.object({
  q: z.string().trim().min(1).max(200),
  limit: z.coerce.number().int().min(1).max(50).default(10),
});
export type GlossarySearchQuery = z.infer<typeof glossarySearchQuery>;

export const glossarySearchResultSchema = z.object({
  category: z.object(categoryWords),
  family: namedRefSchema,
  /** The department in charge by default (a territory may override it: see /glossary/route). */
  department: namedRefSchema,
  body: namedRefSchema,
  ...procedureFacts,
  score: z.number(),
  /** The glossary's words that matched, normalised (lower case, no accents, singular). */
  matchedTerms: z.array(z.string()),
});
export type GlossarySearchResult = z.infer<typeof glossarySearchResultSchema>;
export const glossarySearchResponse = z.object({ results: z.array(glossarySearchResultSchema) });

/** In this territory, another department acts. */
export const territoryOverrideSchema = z.object({ territory: namedRefSchema, department: namedRefSchema });
export type TerritoryOverride = z.infer<typeof territoryOverrideSchema>;

export const glossaryCategorySchema = z.object({
  ...categoryWords,
  ...procedureFacts,
  /** The procedure sheet: steps in order. */
  procedure: z.array(z.string()),
  questions: z.array(questionSchema),
  department: namedRefSchema,
  body: namedRefSchema,
  overrides: z.array(territoryOverrideSchema),
});
export type GlossaryCategory = z.infer<typeof glossaryCategorySchema>;

const familyFacts = { id: idSchema, code: z.string(), name: z.string(), description: z.string(), body: namedRefSchema };

export const glossaryFamilySchema = z.object({ ...familyFacts, categories: z.array(glossaryCategorySchema) });
export type GlossaryFamily = z.infer<typeof glossaryFamilySchema>;
export const glossaryResponse = z.object({ families: z.array(glossaryFamilySchema) });
export type Glossary = z.infer<typeof glossaryResponse>;

/** The routing map: per family, from each problem to the department and body that act. */
export const routingMapResponse = z.object({
  families: z.array(
    z.object({
      family: z.object(familyFacts),
      problems: z.array(
        z.object({
          category: z.object({ id: idSchema, code: z.string(), name: z.string() }),
          department: namedRefSchema,
          body: namedRefSchema,
          overrides: z.array(territoryOverrideSchema),
        }),
      ),
    }),
  ),
});
export type RoutingMap = z.infer<typeof routingMapResponse>;

export const routeQuery = z
  .object({
    categoryId: idSchema,
    lat: z.coerce.number().min(-90).max(90).optional(),
    lon: z.coerce.number().min(-180).max(180).optional(),
  })
  .refine((q) => (q.lat === undefined) === (q.lon === undefined), {
    message: 'give both lat and lon, or neither',
    path: ['lon'],
  });
export type RouteQuery = z.infer<typeof routeQuery>;

export const routeResponse = z.object({
  category: z.object({ id: idSchema, code: z.string(), name: z.string() }),
  department: namedRefSchema,
  body: namedRefSchema,
  /** The territory the point falls in; null without a point or outside every territory. */
  territory: namedRefSchema.nullable(),
  /** The deadline if the request were received now, in working days from the procedure. */
  deadline: isoDate,
  ...procedureFacts,
  procedure: z.array(z.string()),
  questions: z.array(questionSchema),
});
export type RouteAnswer = z.infer<typeof routeResponse>;

export const suggestBody = z.object({ description: z.string().trim().min(1).max(5000) });
export const suggestionSchema = z.object({
  categoryId: idSchema,
  name: z.string(),
  /** Similarity between the description and what is known of the category, 0 to 1. */
  score: z.number(),
  /** The words of the description that made it match, strongest first. */
  words: z.array(z.string()),
});
export const suggestResponse = z.object({ suggestions: z.array(suggestionSchema) });
export type SuggestResponse = z.infer<typeof suggestResponse>;
