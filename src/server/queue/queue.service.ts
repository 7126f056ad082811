/**
 * A department's queue: its open requests by deadline, with overdue and due-soon flags, and the
 * changes applied to many of them at once.
 */
import type { BulkBody, BulkResult, Colleagues, Queue, QueueQuery } from '../../core/api/queue.js';
import type { DeadlineFlag } from '../../core/deadline-flag-names.js';
import { deadlineFlag, dueSoonUntil } from '../../core/deadline-flags.js';
import type { Status } from '../../core/lifecycle.js';
import { reachOf, transitionPermission } from '../../core/permissions.js';
import type { Actor } from '../../core/roles.js';
import { parisDay } from '../../core/time.js';
import { authorize } from '../auth/authorize.js';
import { readsPersonalData, searchesPersonalData } from '../auth/need-to-know.js';
import type { Relais } from '../context.js';
import type { RequestRow } from '../db/schema.js';
import { findDepartment } from '../directory/directory.repository.js';
import { badRequest, forbidden, HttpError } from '../errors.js';
import { cursorAfter, decodeCursor, keysetPage } from '../requests/cursor.js';
import { toRequestDto } from '../requests/requests.mapper.js';
import { listRequests, listRequestsByDeadline, type RequestFilters } from '../requests/requests.repository.js';
import { transitionRequest } from '../requests/requests.transitions.js';
import { listDepartmentMembers } from './queue.repository.js';
import { decodeDeadlineCursor, encodeDeadlineCursor } from './queue-cursor.js';

/** What a queue shows unless asked otherwise: the work accepted and not yet done. */
const WORK_STATUSES: Status[] = ['accepted', 'in_progress', 'on_hold', 'awaiting_validation', 'sent_to_contractor'];

interface QueueScope {
  departmentId: string | null;
  bodyId: string | null;
}

/**
 * Whose queue: the department asked for, if the user may see it; else the user's own department
 * (department agents, field technicians), the manager's body, or everything (dispatcher).
 */
async function queueScope(relais: Relais, actor: Actor, departmentId: string | undefined): Promise<QueueScope> {
  authorize(actor, 'queue.read');
  if (departmentId) {
    const department = await findDepartment(relais.db, departmentId);
    if (!department) throw badRequest(`departmentId: no department has the id ${departmentId}`);
    authorize(actor, 'queue.read', { bodyId: department.body_id, departmentId: department.id, contractorId: null });
    return { departmentId: department.id, bodyId: null };
  }
  switch (reachOf(actor, 'queue.read')) {
    case 'department':
      if (!actor.departmentId) throw forbidden('Your account belongs to no department: ask an administrator');
      return { departmentId: actor.departmentId, bodyId: null };
    case 'body':
      return { departmentId: null, bodyId: actor.bodyId };
    default:
      return { departmentId: null, bodyId: null };
  }
}

function flagFilters(flag: DeadlineFlag | undefined, today: string): Partial<RequestFilters> {
  switch (flag) {
    case 'overdue':
      return { deadlineBefore: today };
    case 'due_soon':
      return { deadlineFrom: today, deadlineTo: dueSoonUntil(today) };
    case undefined:
      return {};
    default: {
      const unknownFlag: never = flag;
      throw new Error(`unknown flag ${String(unknownFlag)}`);
    }
  }
}

function assigneeFilter(assigneeId: QueueQuery['assigneeId'], actor: Actor): string | null | undefined {
  if (assigneeId === 'me') return actor.id;
  if (assigneeId === 'none') return null;
  return assigneeId;
}

async function queueRows(relais: Relais, query: QueueQuery, filters: RequestFilters) {
  const fetch = query.limit + 1;
  if (query.sort === 'newest') {
    const rows = await listRequests(relais.db, filters, query.cursor ? decodeCursor(query.cursor) : null, fetch);
    return { rows, cursorOf: cursorAfter };
  }
  const after = query.cursor ? decodeDeadlineCursor(query.cursor) : null;
  const rows = await listRequestsByDeadline(relais.db, filters, after, fetch);
  const cursorOf = (r: RequestRow) => encodeDeadlineCursor({ deadline: r.deadline, createdAt: r.created_at, id: r.id });
  return { rows, cursorOf };
}

export async function getQueue(relais: Relais, actor: Actor, query: QueueQuery, now = new Date()): Promise<Queue> {
  const scope = await queueScope(relais, actor, query.departmentId);
  const today = parisDay(now);
  const filters: RequestFilters = {
    status: query.status ?? WORK_STATUSES,
    departmentId: scope.departmentId ?? undefined,
    bodyId: scope.bodyId ?? undefined,
    categoryId: query.categoryId,
    territoryId: query.territoryId,
    assigneeId: assigneeFilter(query.assigneeId, actor),
    text: query.q,
    textInPersonalData: searchesPersonalData(actor, {
      bodyId: scope.bodyId ?? undefined,
      departmentId: scope.departmentId ?? undefined,
    }),
    ...flagFilters(query.flag, today),
  };
  const { rows, cursorOf } = await queueRows(relais, query, filters);
  const { page, nextCursor } = keysetPage(rows, query.limit, cursorOf);
  return {
    items: page.map((r) => ({
      ...toRequestDto(r, readsPersonalData(actor, r)),
      flag: deadlineFlag(r.deadline, today),
    })),
    nextCursor,
    ...scope,
  };
}

/** The colleagues a request of the department may be assigned to. */
export async function listColleagues(
  relais: Relais,
  actor: Actor,
  departmentId: string | undefined,
): Promise<Colleagues> {
  const scope = await queueScope(relais, actor, departmentId);
  if (!scope.departmentId) throw badRequest('departmentId: say whose colleagues to list');
  const members = await listDepartmentMembers(relais.db, scope.departmentId);
  return {
    items: members.map((m) => ({ id: m.id, name: m.name, role: m.role })),
  };
}

/**
 * Applies one change to many requests, each in its own transaction through the same service as
 * a single change, so one refused request (not allowed, wrong status...) does not hold back the
 * others: each gets its own answer.
 */
export async function bulkTransition(
  relais: Relais,
  actor: Actor,
  body: BulkBody,
  now = new Date(),
): Promise<BulkResult[]> {
  const { ids, ...transition } = body;
  authorize(actor, transitionPermission(transition.action));
  const results: BulkResult[] = [];
  for (const id of new Set(ids)) {
    try {
      const request = await transitionRequest(relais, actor, id, transition, now);
      results.push({ id, ok: true, status: request.status });
    } catch (error) {
      if (!(error instanceof HttpError)) throw error;
      results.push({ id, ok: false, statusCode: error.statusCode, message: error.message });
    }
  }
  return results;
}
