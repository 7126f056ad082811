import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { AdminDepartment, departmentInput } from '../../core/api/admin.js';
import type { Database, DepartmentsTable } from '../db/schema.js';
import { badRequest, conflict } from '../errors.js';
import { findHubOf } from './admin.repository.js';
import { type EntityDef, flag, mustExist } from './entity.js';
import { findRow, insertRow, listRows, updateRow } from './rows.repository.js';

type DepartmentInput = z.output<typeof departmentInput>;

const toDepartment = (row: DepartmentsTable): AdminDepartment => ({
  id: row.id,
  bodyId: row.body_id,
  code: row.code,
  name: row.name,
  isHub: row.is_hub === 1,
  territoryId: row.territory_id,
  emits: row.emits === 1,
  receives: row.receives === 1,
  email: row.email,
});

const toRow = (d: DepartmentInput) => ({
  body_id: d.bodyId,
  code: d.code,
  name: d.name,
  is_hub: flag(d.isHub),
  territory_id: d.territoryId,
  emits: flag(d.emits),
  receives: flag(d.receives),
  email: d.email,
});

/** A hub covers one territory, and a territory has one hub (the directory and routing rely on it). */
async function checkHub(db: Kysely<Database>, d: DepartmentInput, id: string | null) {
  if (!d.isHub) return;
  if (d.territoryId === null) throw badRequest('territoryId: a hub must cover a territory');
  const other = await findHubOf(db, d.territoryId);
  if (other && other.id !== id) {
    throw conflict(`territoryId: this territory already has a hub, ${other.name} (${other.code})`);
  }
}

export const departments: EntityDef<AdminDepartment, DepartmentInput> = {
  entity: 'departments',
  noun: 'department',
  uniqueField: 'code',
  list: async (db) => (await listRows(db, 'departments')).map(toDepartment),
  load: async (db, id) => {
    const row = await findRow(db, 'departments', id);
    return row && toDepartment(row);
  },
  toInput: ({ id: _id, ...input }) => input,
  check: async (db, d, id) => {
    await mustExist(db, 'bodies', d.bodyId, 'bodyId', 'body');
    await mustExist(db, 'territories', d.territoryId, 'territoryId', 'territory');
    await checkHub(db, d, id);
  },
  insert: (db, id, input) => insertRow(db, 'departments', { id, ...toRow(input) }),
  update: (db, id, input) => updateRow(db, 'departments', id, toRow(input)),
  removal: {
    kind: 'delete',
    referrers: [
      { table: 'requests', column: 'department_id', label: 'requests' },
      { table: 'categories', column: 'department_id', label: 'categories' },
      { table: 'category_routes', column: 'department_id', label: 'territory routes of categories' },
      { table: 'users', column: 'department_id', label: 'users' },
    ],
  },
};
