/**
 * Routing: which department, of which body, handles a category in a territory. A per-territory
 * override (category_routes) wins over the category's default department.
 */
import type { Kysely } from 'kysely';
import type { BodiesTable, CategoryRoutesTable, CategoryRow, Database, DepartmentRow } from '../db/schema.js';
import { findBody, findCategory, findDepartment } from '../directory/directory.repository.js';
import { badRequest } from '../errors.js';
import { findTerritoryRoutes, type RoutePair } from './glossary.repository.js';

/** Who handles a category in a territory, and whether the territory's override chose them. */
export interface RoutedDepartment {
  departmentId: string;
  overridden: boolean;
}

/** The routing rule for a category in a territory (null: anywhere). */
export type Routing = (
  category: Pick<CategoryRow, 'id' | 'department_id'>,
  territoryId: string | null,
) => RoutedDepartment;

/**
 * The routing rule over territory overrides already loaded: the override for the category in the
 * territory, else the category's own department. Loading is the callers' (one pair or a page of
 * them), the rule is this one function.
 */
export function routingOver(overrides: readonly CategoryRoutesTable[]): Routing {
  const byCategory = new Map<string, Map<string, string>>();
  for (const o of overrides) {
    const byTerritory = byCategory.get(o.category_id) ?? new Map<string, string>();
    byTerritory.set(o.territory_id, o.department_id);
    byCategory.set(o.category_id, byTerritory);
  }
  return (category, territoryId) => {
    const routed = territoryId === null ? undefined : byCategory.get(category.id)?.get(territoryId);
    return routed === undefined
      ? { departmentId: category.department_id, overridden: false }
      : { departmentId: routed, overridden: true };
  };
}

/** The routing rule with the overrides of these (category, territory) pairs, read in one query. */
export async function loadRouting(db: Kysely<Database>, pairs: readonly RoutePair[]): Promise<Routing> {
  return routingOver(await findTerritoryRoutes(db, pairs));
}

export interface CategoryRoute {
  category: CategoryRow;
  department: DepartmentRow;
  body: BodiesTable;
  /** True when the territory's override chose the department. */
  overridden: boolean;
}

/**
 * The route of a category in a territory (or anywhere, with `territoryId` null). Takes the
 * database or a transaction, so the requests service can call it while accepting a request;
 * callers authorize. Throws 400 naming `categoryId` when the category does not exist.
 */
export async function routeFor(
  db: Kysely<Database>,
  categoryId: string,
  territoryId: string | null,
): Promise<CategoryRoute> {
  const category = await findCategory(db, categoryId);
  if (!category) throw badRequest(`categoryId: no category has the id ${categoryId}`);
  const routing = await loadRouting(db, territoryId ? [{ categoryId, territoryId }] : []);
  const { departmentId, overridden } = routing(category, territoryId);
  const department = await findDepartment(db, departmentId);
  const body = department ? await findBody(db, department.body_id) : undefined;
  // Foreign keys guarantee both: a miss is a broken database, not bad input.
  if (!department || !body) throw new Error(`category ${categoryId}: department ${departmentId} or its body is gone`);
  return { category, department, body, overridden };
}
