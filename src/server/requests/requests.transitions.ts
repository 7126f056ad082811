/**
 * Request transitions: what each lifecycle action changes besides the status, checked against the
 * pure transition table of core/lifecycle.ts, and recorded as the action's event in the log.
 */
import type { Transaction } from 'kysely';
import type { RequestDto, TransitionBody } from '../../core/api/requests.js';
import { deadlineFor } from '../../core/deadlines.js';
import { type DomainEvent, EVENT_OF_ACTION } from '../../core/events.js';
import { ACTION_IS_PUBLIC, checkTransition } from '../../core/lifecycle.js';
import { can, transitionPermission } from '../../core/permissions.js';
import type { Actor } from '../../core/roles.js';
import { authorize, scopeOf } from '../auth/authorize.js';
import type { Relais } from '../context.js';
import type { Database, RequestRow } from '../db/schema.js';
import { findBody, findCategory, findContractor, findDepartment } from '../directory/directory.repository.js';
import { findUserById } from '../directory/users.repository.js';
import { badRequest, conflict, notFound } from '../errors.js';
import { type EventWriter, inTransaction, type StateChange } from '../events/event-log.js';
import { toRequestDto } from './requests.mapper.js';
import { findRequest, lockRequest } from './requests.repository.js';

interface Effect {
  set: StateChange['set'];
  event: DomainEvent;
}

/** What an action changes besides the status, after checking what it refers to. */
async function effectOf(trx: Transaction<Database>, row: RequestRow, body: TransitionBody): Promise<Effect> {
  switch (body.action) {
    case 'accept': {
      const category = await findCategory(trx, body.categoryId);
      if (!category) throw badRequest(`categoryId: no category has the id ${body.categoryId}`);
      const department = await findDepartment(trx, body.departmentId);
      if (!department) throw badRequest(`departmentId: no department has the id ${body.departmentId}`);
      // The procedure's delay runs from reception, as the dispatcher's inbox proposes it.
      const deadline = body.deadline ?? deadlineFor(new Date(row.created_at), category.deadline_days);
      return {
        set: {
          category_id: category.id,
          department_id: department.id,
          body_id: department.body_id,
          priority: body.priority,
          deadline,
        },
        event: {
          type: EVENT_OF_ACTION.accept,
          data: {
            categoryId: category.id,
            departmentId: department.id,
            priority: body.priority,
            deadline,
            note: body.note,
          },
        },
      };
    }
    case 'start':
      return { set: { hold_reason: null }, event: { type: EVENT_OF_ACTION.start, data: { note: body.note } } };
    case 'hold':
      return {
        set: { hold_reason: body.reason },
        event: { type: EVENT_OF_ACTION.hold, data: { reason: body.reason, until: body.until, note: body.note } },
      };
    case 'submit_for_validation': {
      if (!(await findContractor(trx, body.contractorId))) {
        throw badRequest(`contractorId: no contractor has the id ${body.contractorId}`);
      }
      return {
        set: { contractor_id: body.contractorId },
        event: {
          type: EVENT_OF_ACTION.submit_for_validation,
          data: { contractorId: body.contractorId, note: body.note },
        },
      };
    }
    case 'refuse_validation':
      return {
        set: { contractor_id: null },
        event: { type: EVENT_OF_ACTION.refuse_validation, data: { reason: body.reason } },
      };
    case 'validate':
    case 'resolve':
    case 'close':
      return { set: {}, event: { type: EVENT_OF_ACTION[body.action], data: { note: body.note } } };
    case 'reopen':
    case 'reject':
      return {
        set: { hold_reason: null },
        event: { type: EVENT_OF_ACTION[body.action], data: { reason: body.reason } },
      };
    case 'redirect': {
      if (!(await findBody(trx, body.bodyId))) throw badRequest(`bodyId: no body has the id ${body.bodyId}`);
      return {
        set: { body_id: body.bodyId },
        event: { type: EVENT_OF_ACTION.redirect, data: { bodyId: body.bodyId, reason: body.reason } },
      };
    }
    case 'mark_duplicate': {
      if (body.duplicateOfId === row.id) throw badRequest('duplicateOfId: a request cannot duplicate itself');
      const original = await findRequest(trx, body.duplicateOfId);
      if (!original) throw badRequest(`duplicateOfId: no request has the id ${body.duplicateOfId}`);
      if (original.duplicate_of_id) {
        throw badRequest(
          `duplicateOfId: ${original.reference} is itself a duplicate; choose the request it duplicates`,
        );
      }
      return {
        set: { duplicate_of_id: original.id },
        event: {
          type: EVENT_OF_ACTION.mark_duplicate,
          data: { duplicateOfId: original.id, duplicateOfReference: original.reference, note: body.note },
        },
      };
    }
    case 'assign': {
      if (body.assigneeId === null) {
        return {
          set: { assignee_id: null },
          event: { type: EVENT_OF_ACTION.assign, data: { assigneeId: null, note: body.note } },
        };
      }
      const assignee = await findUserById(trx, body.assigneeId);
      if (!assignee || assignee.disabled === 1 || assignee.department_id !== row.department_id) {
        throw badRequest(`assigneeId: ${body.assigneeId} is not an active member of the department in charge`);
      }
      return {
        set: { assignee_id: assignee.id },
        event: {
          type: EVENT_OF_ACTION.assign,
          data: { assigneeId: assignee.id, assigneeName: assignee.name, note: body.note },
        },
      };
    }
    case 'reassign': {
      if (body.departmentId === row.department_id) {
        throw badRequest('departmentId: the request is already with this department');
      }
      const department = await findDepartment(trx, body.departmentId);
      if (!department) throw badRequest(`departmentId: no department has the id ${body.departmentId}`);
      return {
        // The colleague who had it belongs to the department it leaves.
        set: { department_id: department.id, body_id: department.body_id, assignee_id: null },
        event: {
          type: EVENT_OF_ACTION.reassign,
          data: { fromDepartmentId: row.department_id, toDepartmentId: department.id, reason: body.reason },
        },
      };
    }
    default: {
      const unknownAction: never = body;
      throw new Error(`unhandled action ${JSON.stringify(unknownAction)}`);
    }
  }
}

/**
 * Applies one transition inside the caller's transaction: lock, authorize, check, change, record.
 * Other features use it to move a request in the same transaction as their own writes.
 */
export async function applyTransition(
  { trx, record }: EventWriter,
  dialect: Relais['dialect'],
  actor: Actor,
  id: string,
  body: TransitionBody,
): Promise<void> {
  const row = await lockRequest(trx, dialect, id);
  if (!row) throw notFound(`Request ${id}`);
  authorize(actor, transitionPermission(body.action), scopeOf(row));
  const check = checkTransition(body.action, { status: row.status, departmentId: row.department_id });
  if (!check.ok) throw conflict(check.reason);
  const { set, event } = await effectOf(trx, row, body);
  await record(id, { ...event, public: ACTION_IS_PUBLIC[body.action] }, { from: row.status, to: check.to, set });
}

export async function transitionRequest(
  relais: Relais,
  actor: Actor,
  id: string,
  body: TransitionBody,
  now = new Date(),
): Promise<RequestDto> {
  await inTransaction(relais, { actor, now }, (writer) => applyTransition(writer, relais.dialect, actor, id, body));
  const row = await findRequest(relais.db, id);
  if (!row) throw notFound(`Request ${id}`);
  return toRequestDto(row, can(actor, 'request.read_personal_data', scopeOf(row)));
}
