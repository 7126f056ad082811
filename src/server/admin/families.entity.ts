import type { z } from 'zod';
import type { AdminFamily, familyInput } from '../../core/api/admin.js';
import type { FamiliesTable } from '../db/schema.js';
import { type EntityDef, mustExist } from './entity.js';
import { findRow, insertRow, listRows, updateRow } from './rows.repository.js';

type FamilyInput = z.output<typeof familyInput>;

export const toFamily = (row: FamiliesTable): AdminFamily => ({
  id: row.id,
  bodyId: row.body_id,
  code: row.code,
  name: row.name,
  description: row.description,
});

export const familyRow = (f: FamilyInput) => ({
  body_id: f.bodyId,
  code: f.code,
  name: f.name,
  description: f.description,
});

export const families: EntityDef<AdminFamily, FamilyInput> = {
  entity: 'families',
  noun: 'family',
  uniqueField: 'code',
  list: async (db) => (await listRows(db, 'families')).map(toFamily),
  load: async (db, id) => {
    const row = await findRow(db, 'families', id);
    return row && toFamily(row);
  },
  toInput: ({ id: _id, ...input }) => input,
  check: (db, f) => mustExist(db, 'bodies', f.bodyId, 'bodyId', 'body'),
  insert: (db, id, input) => insertRow(db, 'families', { id, ...familyRow(input) }),
  update: (db, id, input) => updateRow(db, 'families', id, familyRow(input)),
  removal: { kind: 'delete', referrers: [{ table: 'categories', column: 'family_id', label: 'categories' }] },
};
