/**
 * The one place that says who may do what. Services call `authorize` (server) and the web calls
 * `can` to show only the actions a user may take; both read this table.
 */
import type { Action } from './lifecycle.js';
import type { Actor, Role } from './roles.js';

export type Permission =
  | 'request.create'
  | 'request.read'
  | 'request.read_personal_data'
  | 'request.read_internal'
  | 'request.comment'
  | 'request.comment_public'
  | `request.${Action}`
  | 'request.record_intervention'
  | 'request.add_photo'
  | 'request.add_after_photo'
  | 'queue.read'
  | 'templates.read'
  | 'directory.read'
  | 'glossary.read'
  | 'admin.manage'
  | 'stats.read';

/** The parts of a request that scopes look at. */
export interface RequestScope {
  bodyId: string | null;
  departmentId: string | null;
  contractorId: string | null;
}

/**
 * How far a role's permission reaches: `all` requests, those of the actor's `body`, of the actor's
 * `department`, or those sent to the actor's `contractor` company.
 */
export type Reach = 'all' | 'body' | 'department' | 'contractor';
type Grant = Partial<Record<Role, Reach>>;

const EVERYONE: Grant = {
  reception_agent: 'all',
  field_technician: 'all',
  dispatcher: 'all',
  department_agent: 'all',
  manager: 'all',
  contractor: 'contractor',
  administrator: 'all',
  analyst: 'all',
};
const TRIAGE: Grant = { dispatcher: 'all', manager: 'body', administrator: 'all' };
const WORK: Grant = {
  dispatcher: 'all',
  department_agent: 'department',
  field_technician: 'department',
  manager: 'body',
  administrator: 'all',
};
/**
 * Requesters' names and contact details: the department and body in charge, the receiving office
 * and the dispatcher of that body; administrators. A contractor or an analyst never.
 */
const NEED_TO_KNOW: Grant = {
  reception_agent: 'body',
  field_technician: 'department',
  dispatcher: 'body',
  department_agent: 'department',
  manager: 'body',
  administrator: 'all',
};
const STAFF_WRITERS: Grant = {
  reception_agent: 'all',
  field_technician: 'all',
  dispatcher: 'all',
  department_agent: 'all',
  manager: 'all',
  administrator: 'all',
};

export const GRANTS: Record<Permission, Grant> = {
  'request.create': STAFF_WRITERS,
  'request.read': EVERYONE,
  'request.read_personal_data': NEED_TO_KNOW,
  'request.read_internal': { ...STAFF_WRITERS, analyst: 'all' },
  'request.comment': { ...STAFF_WRITERS, contractor: 'contractor' },
  // What the requester reads (public comments, "after" photos) comes from those who act on the request.
  'request.comment_public': WORK,
  'request.accept': TRIAGE,
  'request.reject': TRIAGE,
  'request.redirect': TRIAGE,
  'request.mark_duplicate': TRIAGE,
  'request.start': WORK,
  'request.hold': WORK,
  'request.submit_for_validation': WORK,
  'request.resolve': { ...WORK, contractor: 'contractor' },
  'request.close': WORK,
  'request.reopen': { ...WORK, reception_agent: 'all' },
  'request.validate': { manager: 'body', administrator: 'all' },
  'request.refuse_validation': { manager: 'body', administrator: 'all' },
  'request.assign': WORK,
  // Field technicians work for their department; sending a request elsewhere is their managers' call.
  'request.reassign': { dispatcher: 'all', department_agent: 'department', manager: 'body', administrator: 'all' },
  'request.record_intervention': { ...WORK, contractor: 'contractor' },
  'request.add_photo': { ...STAFF_WRITERS, contractor: 'contractor' },
  'request.add_after_photo': { ...WORK, contractor: 'contractor' },
  'queue.read': WORK,
  'templates.read': STAFF_WRITERS,
  'directory.read': EVERYONE,
  // The glossary and its suggestions are for staff: a contractor only sees its own orders.
  'glossary.read': { ...STAFF_WRITERS, analyst: 'all' },
  'admin.manage': { administrator: 'all' },
  'stats.read': { manager: 'all', analyst: 'all', administrator: 'all' },
};

function reaches(reach: Reach, actor: Actor, target: RequestScope | undefined): boolean {
  if (reach === 'all') return true;
  // Without a target (e.g. "may this role ever do this?"), a scoped grant still counts as possible.
  if (!target) return true;
  switch (reach) {
    case 'body':
      return actor.bodyId === null || actor.bodyId === target.bodyId;
    case 'department':
      return actor.departmentId !== null && actor.departmentId === target.departmentId;
    case 'contractor':
      return actor.contractorId !== null && actor.contractorId === target.contractorId;
    default: {
      const unknownReach: never = reach;
      throw new Error(`unknown reach ${String(unknownReach)}`);
    }
  }
}

/** Whether `actor` holds `permission`, on `target` when the permission is about one request. */
export function can(actor: Actor, permission: Permission, target?: RequestScope): boolean {
  const reach = GRANTS[permission][actor.role];
  return reach !== undefined && reaches(reach, actor, target);
}

/** The reach of a role for reading requests: used to filter lists in one query. */
export function readReach(actor: Actor): Reach | undefined {
  return reachOf(actor, 'request.read');
}

/** How far `actor`'s role reaches for `permission`: lists filter on it in one query. */
export function reachOf(actor: Actor, permission: Permission): Reach | undefined {
  return GRANTS[permission][actor.role];
}

export function transitionPermission(action: Action): Permission {
  return `request.${action}`;
}
