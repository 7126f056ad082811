import type { User } from '../../core/api/auth.js';
import { LOCALES } from '../../core/api/auth.js';
import { ROLES, type Role } from '../../core/roles.js';

interface UserLike {
  id: string;
  email: string;
  name: string;
  role: string;
  body_id: string | null;
  department_id: string | null;
  contractor_id: string | null;
  locale: string;
}

function asRole(role: string): Role {
  const found = ROLES.find((r) => r === role);
  if (!found) throw new Error(`unknown role in database: ${role}`);
  return found;
}

export function toUser(row: UserLike): User {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: asRole(row.role),
    bodyId: row.body_id,
    departmentId: row.department_id,
    contractorId: row.contractor_id,
    locale: LOCALES.find((l) => l === row.locale) ?? 'fr',
  };
}
