import type { Kysely } from 'kysely';
import { uuidv7 } from 'uuidv7';
import type { Role } from '../core/roles.js';
import { hashPassword } from '../server/auth/passwords.js';
import { newToken } from '../server/auth/tokens.js';
import type { Database } from '../server/db/schema.js';
import { insertUser } from '../server/directory/users.repository.js';

export interface NewUser {
  email: string;
  name: string;
  role: Role;
  departmentCode?: string | undefined;
  bodyCode?: string | undefined;
  contractorCode?: string | undefined;
  password?: string | undefined;
}

async function idByCode(
  db: Kysely<Database>,
  table: 'departments' | 'bodies' | 'contractors',
  code: string | undefined,
): Promise<string | null> {
  if (!code) return null;
  const row = await db.selectFrom(table).select('id').where('code', '=', code).executeTakeFirst();
  if (!row) throw new Error(`Nothing in ${table} has the code "${code}"`);
  return row.id;
}

/** Creates a user; returns the generated password when none was given. */
export async function addUser(db: Kysely<Database>, user: NewUser): Promise<string | null> {
  const generated = user.password ? null : newToken().slice(0, 16);
  await insertUser(db, {
    id: uuidv7(),
    email: user.email,
    name: user.name,
    role: user.role,
    password_hash: await hashPassword(user.password ?? generated ?? ''),
    body_id: await idByCode(db, 'bodies', user.bodyCode),
    department_id: await idByCode(db, 'departments', user.departmentCode),
    contractor_id: await idByCode(db, 'contractors', user.contractorCode),
    locale: 'fr',
    created_at: new Date().toISOString(),
  });
  return generated;
}
