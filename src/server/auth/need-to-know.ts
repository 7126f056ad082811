/**
 * Requesters' personal data on lists: each row shows it only to readers whose reach for
 * `request.read_personal_data` (core/permissions) covers that row, and a search looks into it only
 * when every row the list can hold is covered, so that matches do not tell who reported what.
 */
import { can, reachOf } from '../../core/permissions.js';
import type { Actor } from '../../core/roles.js';
import type { RequestRow } from '../db/schema.js';

type Scoped = Pick<RequestRow, 'body_id' | 'department_id' | 'contractor_id'>;

/** Whether `actor` reads the requester's details of `row`. */
export function readsPersonalData(actor: Actor, row: Scoped): boolean {
  return can(actor, 'request.read_personal_data', {
    bodyId: row.body_id,
    departmentId: row.department_id,
    contractorId: row.contractor_id,
  });
}

/** Whether a list filtered on `filters` holds only requests whose personal data `actor` may read. */
export function searchesPersonalData(actor: Actor, filters: { bodyId?: string; departmentId?: string }): boolean {
  const reach = reachOf(actor, 'request.read_personal_data');
  switch (reach) {
    case undefined:
    case 'contractor':
      return false;
    case 'all':
      return true;
    case 'body':
      return actor.bodyId === null || filters.bodyId === actor.bodyId;
    case 'department':
      return actor.departmentId !== null && filters.departmentId === actor.departmentId;
    default: {
      const unknownReach: never = reach;
      throw new Error(`unknown reach ${String(unknownReach)}`);
    }
  }
}
