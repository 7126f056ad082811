import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { AdminCategory, categoryInput, Question } from '../../core/api/admin.js';
import type { CategoryRoutesTable, CategoryRow, Database } from '../db/schema.js';
import { listCategoryRoutes, replaceCategoryRoutes } from './admin.repository.js';
import { type EntityDef, flag, mustExist, parseArray } from './entity.js';
import { findRow, insertRow, listRows, updateRow } from './rows.repository.js';

type CategoryInput = z.output<typeof categoryInput>;
type Db = Kysely<Database>;

const toCategory = (row: CategoryRow, routes: CategoryRoutesTable[]): AdminCategory => ({
  id: row.id,
  familyId: row.family_id,
  code: row.code,
  name: row.name,
  description: row.description,
  synonyms: parseArray<string>(row.synonyms),
  departmentId: row.department_id,
  deadlineDays: row.deadline_days,
  needsValidation: row.needs_validation === 1,
  needsContractor: row.needs_contractor === 1,
  procedure: parseArray<string>(row.procedure),
  questions: parseArray<Question>(row.questions),
  routes: routes.map((r) => ({ territoryId: r.territory_id, departmentId: r.department_id })),
  duplicateRadiusM: row.duplicate_radius_m,
  active: row.active === 1,
});

/** The category's own columns; its territory routes live in category_routes. */
export const categoryRow = (c: CategoryInput) => ({
  family_id: c.familyId,
  code: c.code,
  name: c.name,
  description: c.description,
  synonyms: JSON.stringify(c.synonyms),
  department_id: c.departmentId,
  deadline_days: c.deadlineDays,
  needs_validation: flag(c.needsValidation),
  needs_contractor: flag(c.needsContractor),
  procedure: JSON.stringify(c.procedure),
  questions: JSON.stringify(c.questions),
  duplicate_radius_m: c.duplicateRadiusM,
  active: flag(c.active),
});

async function checkCategory(db: Db, c: CategoryInput) {
  await mustExist(db, 'families', c.familyId, 'familyId', 'family');
  await mustExist(db, 'departments', c.departmentId, 'departmentId', 'department');
  for (const [i, route] of c.routes.entries()) {
    await mustExist(db, 'territories', route.territoryId, `routes[${i}].territoryId`, 'territory');
    await mustExist(db, 'departments', route.departmentId, `routes[${i}].departmentId`, 'department');
  }
}

async function loadCategory(db: Db, id: string): Promise<AdminCategory | undefined> {
  const row = await findRow(db, 'categories', id);
  return row && toCategory(row, await listCategoryRoutes(db, id));
}

async function listCategories(db: Db): Promise<AdminCategory[]> {
  const [rows, routes] = await Promise.all([listRows(db, 'categories'), listCategoryRoutes(db, null)]);
  const routesOf = new Map<string, CategoryRoutesTable[]>();
  for (const route of routes) routesOf.set(route.category_id, [...(routesOf.get(route.category_id) ?? []), route]);
  return rows.map((row) => toCategory(row, routesOf.get(row.id) ?? []));
}

/** Categories are deactivated, never deleted: requests and statistics keep pointing at them. */
export const categories: EntityDef<AdminCategory, CategoryInput> = {
  entity: 'categories',
  noun: 'category',
  uniqueField: 'code',
  list: listCategories,
  load: loadCategory,
  toInput: ({ id: _id, ...input }) => input,
  check: checkCategory,
  insert: async (db, id, input) => {
    await insertRow(db, 'categories', { id, ...categoryRow(input) });
    await replaceCategoryRoutes(db, id, input.routes);
  },
  update: async (db, id, input) => {
    await updateRow(db, 'categories', id, categoryRow(input));
    await replaceCategoryRoutes(db, id, input.routes);
  },
  removal: { kind: 'deactivate', deactivate: (input) => ({ ...input, active: false }) },
};
