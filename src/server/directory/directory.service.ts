import type { Kysely } from 'kysely';
import type { Directory } from '../../core/api/directory.js';
import type { Actor } from '../../core/roles.js';
import { authorize } from '../auth/authorize.js';
import type { Database } from '../db/schema.js';
import {
  listBodies,
  listCategories,
  listContractors,
  listDepartments,
  listFamilies,
  listTerritories,
} from './directory.repository.js';

const parseStrings = (json: string): string[] => {
  const value: unknown = JSON.parse(json);
  return Array.isArray(value) ? value.map(String) : [];
};

/** Everything a screen needs to show names for ids and to fill selects. */
export async function getDirectory(db: Kysely<Database>, actor: Actor): Promise<Directory> {
  authorize(actor, 'directory.read');
  const [bodies, departments, territories, families, categories, contractors] = await Promise.all([
    listBodies(db),
    listDepartments(db),
    listTerritories(db),
    listFamilies(db),
    listCategories(db),
    listContractors(db),
  ]);
  return {
    bodies,
    departments: departments.map((d) => ({
      id: d.id,
      bodyId: d.body_id,
      code: d.code,
      name: d.name,
      isHub: d.is_hub === 1,
      territoryId: d.territory_id,
      emits: d.emits === 1,
      receives: d.receives === 1,
    })),
    territories: territories.map((t) => ({
      id: t.id,
      code: t.code,
      name: t.name,
      hubDepartmentId: t.hub_department_id,
    })),
    families: families.map((f) => ({
      id: f.id,
      bodyId: f.body_id,
      code: f.code,
      name: f.name,
      description: f.description,
    })),
    categories: categories.map((c) => ({
      id: c.id,
      familyId: c.family_id,
      code: c.code,
      name: c.name,
      description: c.description,
      synonyms: parseStrings(c.synonyms),
      departmentId: c.department_id,
      deadlineDays: c.deadline_days,
      needsValidation: c.needs_validation === 1,
      needsContractor: c.needs_contractor === 1,
      procedure: parseStrings(c.procedure),
    })),
    contractors,
  };
}
