import { can, type Permission, type RequestScope } from '../../core/permissions.js';
import type { Actor } from '../../core/roles.js';
import type { RequestRow } from '../db/schema.js';
import { forbidden } from '../errors.js';

/** The check every service function starts with: throws 403 unless core/permissions allows it. */
export function authorize(actor: Actor, permission: Permission, target?: RequestScope): void {
  if (!can(actor, permission, target)) {
    throw forbidden(`Your role (${actor.role}) may not do "${permission}" here`);
  }
}

/** Whose a request is, as permissions reach it: its body, its department, its contractor. */
export const scopeOf = (row: Pick<RequestRow, 'body_id' | 'department_id' | 'contractor_id'>): RequestScope => ({
  bodyId: row.body_id,
  departmentId: row.department_id,
  contractorId: row.contractor_id,
});
