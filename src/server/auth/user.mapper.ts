import type { Locale, User } from '../../core/api/auth.js';
import type { Role } from '../../core/roles.js';

interface UserLike {
  id: string;
  email: string;
  name: string;
  role: Role;
  body_id: string | null;
  department_id: string | null;
  contractor_id: string | null;
  locale: Locale;
}

export function toUser(row: UserLike): User {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    bodyId: row.body_id,
    departmentId: row.department_id,
    contractorId: row.contractor_id,
    locale: row.locale,
  };
}
