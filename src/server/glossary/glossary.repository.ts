/**
 * The glossary's SQL: categories with who handles them, territory overrides, past decisions.
 * Lists come unordered: the service sorts names with a French collation, the same on both dialects.
 */
import type { Kysely } from 'kysely';
import type { Status } from '../../core/lifecycle.js';
import type { Database } from '../db/schema.js';

/** Statuses a request only reaches after a dispatcher accepted it, category and all. */
const TRIAGED_AWAY: readonly Status[] = ['new', 'rejected', 'redirected', 'duplicate'];

/** Active categories with their family, default department and that department's body. */
export function listCategoryRows(db: Kysely<Database>) {
  return db
    .selectFrom('categories')
    .innerJoin('families', 'families.id', 'categories.family_id')
    .innerJoin('departments', 'departments.id', 'categories.department_id')
    .innerJoin('bodies', 'bodies.id', 'departments.body_id')
    .select([
      'categories.id',
      'categories.code',
      'categories.name',
      'categories.description',
      'categories.synonyms',
      'categories.deadline_days',
      'categories.needs_validation',
      'categories.needs_contractor',
      'categories.procedure',
      'categories.questions',
      'families.id as family_id',
      'families.name as family_name',
      'departments.id as department_id',
      'departments.name as department_name',
      'bodies.id as body_id',
      'bodies.name as body_name',
    ])
    .where('categories.active', '=', 1)
    .execute();
}
export type CategoryListRow = Awaited<ReturnType<typeof listCategoryRows>>[number];

export function listFamilyRows(db: Kysely<Database>) {
  return db
    .selectFrom('families')
    .innerJoin('bodies', 'bodies.id', 'families.body_id')
    .select([
      'families.id',
      'families.code',
      'families.name',
      'families.description',
      'bodies.id as body_id',
      'bodies.name as body_name',
    ])
    .execute();
}
export type FamilyListRow = Awaited<ReturnType<typeof listFamilyRows>>[number];

/** Every per-territory override, with the names to show. */
export function listRouteRows(db: Kysely<Database>) {
  return db
    .selectFrom('category_routes')
    .innerJoin('territories', 'territories.id', 'category_routes.territory_id')
    .innerJoin('departments', 'departments.id', 'category_routes.department_id')
    .select([
      'category_routes.category_id',
      'territories.id as territory_id',
      'territories.name as territory_name',
      'departments.id as department_id',
      'departments.name as department_name',
    ])
    .execute();
}
export type RouteListRow = Awaited<ReturnType<typeof listRouteRows>>[number];

export function findTerritory(db: Kysely<Database>, id: string) {
  return db.selectFrom('territories').select(['id', 'name']).where('id', '=', id).executeTakeFirst();
}

/** A category in a territory, whose override routing looks for. */
export interface RoutePair {
  categoryId: string;
  territoryId: string;
}

/** The territory overrides of (category, territory) pairs, in one query. */
export function findTerritoryRoutes(db: Kysely<Database>, pairs: readonly RoutePair[]) {
  if (pairs.length === 0) return Promise.resolve([]);
  // A page of requests repeats pairs: ask for each once.
  const unique = new Map(pairs.map((p) => [`${p.categoryId} ${p.territoryId}`, p]));
  return db
    .selectFrom('category_routes')
    .select(['category_id', 'territory_id', 'department_id'])
    .where((eb) =>
      eb.or(
        [...unique.values()].map((p) =>
          eb.and([eb('category_id', '=', p.categoryId), eb('territory_id', '=', p.territoryId)]),
        ),
      ),
    )
    .execute();
}

/**
 * The most recent requests a dispatcher accepted and that kept a category: their description and
 * the category finally kept, for the suggestion to learn from.
 */
export function listPastDecisions(db: Kysely<Database>, limit: number) {
  return db
    .selectFrom('requests')
    .select(['requests.category_id', 'requests.description'])
    .where('requests.category_id', 'is not', null)
    .where('requests.status', 'not in', TRIAGED_AWAY)
    .where(({ exists, selectFrom }) =>
      exists(
        selectFrom('request_events')
          .select('request_events.id')
          .whereRef('request_events.request_id', '=', 'requests.id')
          .where('request_events.type', '=', 'accepted'),
      ),
    )
    .orderBy('requests.created_at', 'desc')
    .orderBy('requests.id', 'desc')
    .limit(limit)
    .execute();
}
