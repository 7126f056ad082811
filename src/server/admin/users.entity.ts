import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { AdminUser, userPatch } from '../../core/api/admin.js';
import { toUser } from '../auth/user.mapper.js';
import type { Database, UserRow } from '../db/schema.js';
import { insertUser } from '../directory/users.repository.js';
import { badRequest } from '../errors.js';
import { type EntityDef, mustExist } from './entity.js';
import { findRow, listRows, updateRow } from './rows.repository.js';

/** What an administrator edits of a user: name, role, scopes, language. */
export type UserFields = Required<z.output<typeof userPatch>>;
/** A new user also has an e-mail (the sign-in name) and a password, hashed before it gets here. */
export type NewUserFields = UserFields & { email: string; passwordHash: string };

/** Never the password hash: this shape also goes into the audit log. */
const toAdminUser = (row: UserRow): AdminUser => ({
  ...toUser(row),
  disabled: row.disabled === 1,
  createdAt: row.created_at,
});

const toRow = (u: UserFields) => ({
  name: u.name,
  role: u.role,
  body_id: u.bodyId,
  department_id: u.departmentId,
  contractor_id: u.contractorId,
  locale: u.locale,
});

/** Scopes must fit the role, or the user could sign in and find nothing to do (or too much). */
async function checkUser(db: Kysely<Database>, u: UserFields) {
  await mustExist(db, 'bodies', u.bodyId, 'bodyId', 'body');
  await mustExist(db, 'departments', u.departmentId, 'departmentId', 'department');
  await mustExist(db, 'contractors', u.contractorId, 'contractorId', 'contractor');
  if (u.role === 'contractor' && u.contractorId === null) {
    throw badRequest('contractorId: a contractor user needs their company');
  }
  if (u.role !== 'contractor' && u.contractorId !== null) {
    throw badRequest('contractorId: only contractor users belong to a contractor company');
  }
  if (u.role === 'department_agent' && u.departmentId === null) {
    throw badRequest('departmentId: a department agent needs their department');
  }
  if (u.departmentId !== null && u.bodyId !== null) {
    const department = await findRow(db, 'departments', u.departmentId);
    if (department && department.body_id !== u.bodyId) {
      throw badRequest('departmentId: this department belongs to another body than bodyId');
    }
  }
}

export const users: EntityDef<AdminUser, UserFields, NewUserFields> = {
  entity: 'users',
  noun: 'user',
  uniqueField: 'email',
  list: async (db) => (await listRows(db, 'users')).map(toAdminUser),
  load: async (db, id) => {
    const row = await findRow(db, 'users', id);
    return row && toAdminUser(row);
  },
  toInput: ({ name, role, bodyId, departmentId, contractorId, locale }) => ({
    name,
    role,
    bodyId,
    departmentId,
    contractorId,
    locale,
  }),
  check: checkUser,
  insert: (db, id, u) =>
    insertUser(db, {
      id,
      ...toRow(u),
      email: u.email,
      password_hash: u.passwordHash,
      created_at: new Date().toISOString(),
    }),
  update: (db, id, u) => updateRow(db, 'users', id, toRow(u)),
};
