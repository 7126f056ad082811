import type { z } from 'zod';
import type { AdminBody, bodyInput } from '../../core/api/admin.js';
import type { BodiesTable } from '../db/schema.js';
import type { EntityDef } from './entity.js';
import { findRow, insertRow, listRows, updateRow } from './rows.repository.js';

type BodyInput = z.output<typeof bodyInput>;

const toBody = (row: BodiesTable): AdminBody => ({ id: row.id, code: row.code, name: row.name });

export const bodies: EntityDef<AdminBody, BodyInput> = {
  entity: 'bodies',
  noun: 'body',
  uniqueField: 'code',
  list: async (db) => (await listRows(db, 'bodies')).map(toBody),
  load: async (db, id) => {
    const row = await findRow(db, 'bodies', id);
    return row && toBody(row);
  },
  toInput: ({ code, name }) => ({ code, name }),
  check: async () => {},
  insert: (db, id, input) => insertRow(db, 'bodies', { id, ...input }),
  update: (db, id, input) => updateRow(db, 'bodies', id, input),
  removal: {
    kind: 'delete',
    referrers: [
      { table: 'requests', column: 'body_id', label: 'requests' },
      { table: 'departments', column: 'body_id', label: 'departments' },
      { table: 'families', column: 'body_id', label: 'families' },
      { table: 'users', column: 'body_id', label: 'users' },
    ],
  },
};
