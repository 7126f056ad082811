import type { z } from 'zod';
import type { AdminContractor, contractorInput } from '../../core/api/admin.js';
import type { ContractorsTable } from '../db/schema.js';
import type { EntityDef } from './entity.js';
import { findRow, insertRow, listRows, updateRow } from './rows.repository.js';

type ContractorInput = z.output<typeof contractorInput>;

const toContractor = (row: ContractorsTable): AdminContractor => ({
  id: row.id,
  code: row.code,
  name: row.name,
  email: row.email,
});

export const contractors: EntityDef<AdminContractor, ContractorInput> = {
  entity: 'contractors',
  noun: 'contractor',
  uniqueField: 'code',
  list: async (db) => (await listRows(db, 'contractors')).map(toContractor),
  load: async (db, id) => {
    const row = await findRow(db, 'contractors', id);
    return row && toContractor(row);
  },
  toInput: ({ code, name, email }) => ({ code, name, email }),
  check: async () => {},
  insert: (db, id, input) => insertRow(db, 'contractors', { id, ...input }),
  update: (db, id, input) => updateRow(db, 'contractors', id, input),
  removal: {
    kind: 'delete',
    referrers: [
      { table: 'requests', column: 'contractor_id', label: 'requests' },
      { table: 'users', column: 'contractor_id', label: 'users' },
    ],
  },
};
