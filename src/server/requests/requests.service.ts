/**
 * Requests: creation (idempotent on the client's id), reading, lifecycle transitions and comments.
 * Every change writes the new state and its request event in one transaction.
 */
import type { Kysely, Transaction } from 'kysely';
import { uuidv7 } from 'uuidv7';
import { type Answers, checkAnswers } from '../../core/answers.js';
import type { Question } from '../../core/api/admin.js';
import type {
  CreateRequestBody,
  ListRequestsQuery,
  RequestDetail,
  RequestDto,
  RequestEventDto,
  TransitionBody,
} from '../../core/api/requests.js';
import { deadlineFor } from '../../core/deadlines.js';
import { EVENT_OF_ACTION } from '../../core/events.js';
import { ACTION_IS_PUBLIC, actionsFrom, checkTransition, type Status } from '../../core/lifecycle.js';
import { can, type RequestScope, transitionPermission } from '../../core/permissions.js';
import type { Actor } from '../../core/roles.js';
import { parisDay } from '../../core/time.js';
import { authorize } from '../auth/authorize.js';
import { readsPersonalData } from '../auth/need-to-know.js';
import { newToken, sha256 } from '../auth/tokens.js';
import type { Relais } from '../context.js';
import type { Database, RequestRow, RequestUpdate } from '../db/schema.js';
import { findBody, findCategory, findContractor, findDepartment } from '../directory/directory.repository.js';
import { territoryAt } from '../directory/territories.js';
import { findUserById } from '../directory/users.repository.js';
import { badRequest, conflict, notFound, unprocessable } from '../errors.js';
import { parseQuestions } from '../glossary/glossary.mapper.js';
import { claimPhotos } from '../photos/photo-events.js';
import { cursorAfter, decodeCursor, keysetPage } from './cursor.js';
import { type EventWriter, inTransaction } from './event-log.js';
import { readableFilters } from './list-filters.js';
import { toEventDto, toRequestDto } from './requests.mapper.js';
import {
  findRequest,
  insertRequest,
  listEvents,
  listRequests as listRequestRows,
  lockRequest,
  nextInSequence,
  updateRequest,
} from './requests.repository.js';

export const scopeOf = (row: RequestRow): RequestScope => ({
  bodyId: row.body_id,
  departmentId: row.department_id,
  contractorId: row.contractor_id,
});

async function requireRequest(db: Kysely<Database>, id: string): Promise<RequestRow> {
  const row = await findRequest(db, id);
  if (!row) throw notFound(`Request ${id}`);
  return row;
}

/** A stable fingerprint of what was submitted, key order aside. */
function payloadHash(input: CreateRequestBody): string {
  const { id: _id, ...payload } = input;
  const sorted = (value: unknown): unknown =>
    value && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(
          Object.entries(value)
            .filter(([, v]) => v !== undefined)
            .sort(([a], [b]) => a.localeCompare(b))
            .map(([k, v]) => [k, sorted(v)]),
        )
      : value;
  return sha256(JSON.stringify(sorted(payload)));
}

/** Refuses answers that do not fit the category's questions, each problem named by its question. */
function checkAnswersOf(questions: Question[], answers: Answers): void {
  const problems = checkAnswers(questions, answers);
  if (problems.length === 0) return;
  throw badRequest(
    problems.map((p) => `answers.${p.code}: ${p.message}`).join('; '),
    problems.map((p) => ({ path: `body.answers.${p.code}`, message: p.message })),
  );
}

export interface Created {
  request: RequestDto;
  /** True when this was a retry of a submission already accepted. */
  replayed: boolean;
}

function replayOf(existing: RequestRow, hash: string, actor: Actor): Created {
  if (existing.payload_hash !== hash) {
    throw unprocessable(
      `A different request was already submitted with id ${existing.id}: use a new id for a new request`,
    );
  }
  return { request: toRequestDto(existing, can(actor, 'request.read_personal_data')), replayed: true };
}

export async function createRequest(
  relais: Relais,
  actor: Actor,
  input: CreateRequestBody,
  now = new Date(),
): Promise<Created> {
  authorize(actor, 'request.create');
  const { db } = relais;
  const id = input.id ?? uuidv7();
  const hash = payloadHash(input);
  const existing = await findRequest(db, id);
  if (existing) return replayOf(existing, hash, actor);

  let bodyId: string | null = null;
  if (input.categoryId) {
    const category = await findCategory(db, input.categoryId);
    if (!category) throw badRequest(`categoryId: no category has the id ${input.categoryId}`);
    checkAnswersOf(parseQuestions(category.questions), input.answers);
    bodyId = (await findDepartment(db, category.department_id))?.body_id ?? null;
  } else if (Object.keys(input.answers).length > 0) {
    throw badRequest('answers: answers go with a categoryId, whose questions they answer', [
      { path: 'body.answers', message: 'answers go with a category, whose questions they answer' },
    ]);
  }
  const territoryId = await territoryAt(db, input.lat, input.lon);
  const at = now.toISOString();
  try {
    await inTransaction(relais, async ({ trx, record }) => {
      const year = parisDay(now).slice(0, 4);
      const number = await nextInSequence(trx, `reference-${year}`);
      await insertRequest(trx, {
        id,
        reference: `${year}-${String(number).padStart(5, '0')}`,
        status: 'new',
        origin: input.origin,
        description: input.description,
        address: input.address,
        lat: input.lat,
        lon: input.lon,
        body_id: bodyId,
        department_id: null,
        category_id: input.categoryId ?? null,
        territory_id: territoryId,
        contractor_id: null,
        priority: 'normal',
        deadline: null,
        hold_reason: null,
        duplicate_of_id: null,
        requester_name: input.requester?.name ?? null,
        requester_email: input.requester?.email ?? null,
        requester_phone: input.requester?.phone ?? null,
        requester_channel: input.requester?.channel ?? null,
        requester_consent: input.requester?.consent ? 1 : 0,
        answers: JSON.stringify(input.answers),
        tracking_token: newToken(),
        payload_hash: hash,
        created_by_id: actor.id,
        created_at: at,
        updated_at: at,
      });
      await record({
        id: uuidv7(),
        request_id: id,
        type: 'created',
        at,
        actor_id: actor.id,
        from_status: null,
        to_status: 'new',
        public: 1,
        data: JSON.stringify({
          origin: input.origin,
          categoryId: input.categoryId ?? null,
          territoryId,
        }),
      });
      // Photos uploaded with the intake form before the request existed (src/server/photos).
      if (input.photoIds?.length) await claimPhotos({ trx, record }, actor, id, input.photoIds, at);
    });
  } catch (error) {
    // Two submissions of the same id racing: the loser answers like a retry.
    const winner = await findRequest(db, id);
    if (winner) return replayOf(winner, hash, actor);
    throw error;
  }
  return {
    request: toRequestDto(await requireRequest(db, id), can(actor, 'request.read_personal_data')),
    replayed: false,
  };
}

export async function listRequests(
  relais: Relais,
  actor: Actor,
  query: ListRequestsQuery,
): Promise<{ items: RequestDto[]; nextCursor: string | null }> {
  authorize(actor, 'request.read');
  const rows = await listRequestRows(
    relais.db,
    readableFilters(actor, query),
    query.cursor ? decodeCursor(query.cursor) : null,
    query.limit + 1,
  );
  const { page, nextCursor } = keysetPage(rows, query.limit, cursorAfter);
  return { items: page.map((r) => toRequestDto(r, readsPersonalData(actor, r))), nextCursor };
}

export async function getRequestDetail(relais: Relais, actor: Actor, id: string): Promise<RequestDetail> {
  const row = await requireRequest(relais.db, id);
  const scope = scopeOf(row);
  authorize(actor, 'request.read', scope);
  const internal = can(actor, 'request.read_internal', scope);
  const events = (await listEvents(relais.db, id))
    .filter((e) => internal || e.public === 1 || e.actor_id === actor.id)
    .map(toEventDto);
  return {
    request: toRequestDto(row, can(actor, 'request.read_personal_data', scope)),
    events,
    allowedActions: actionsFrom({ status: row.status as Status, departmentId: row.department_id }).filter((a) =>
      can(actor, transitionPermission(a), scope),
    ),
    canComment: can(actor, 'request.comment', scope),
    canCommentPublic: can(actor, 'request.comment_public', scope),
  };
}

interface Effect {
  patch: RequestUpdate;
  data: Record<string, unknown>;
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
        patch: {
          category_id: category.id,
          department_id: department.id,
          body_id: department.body_id,
          priority: body.priority,
          deadline,
        },
        data: {
          categoryId: category.id,
          departmentId: department.id,
          priority: body.priority,
          deadline,
          note: body.note,
        },
      };
    }
    case 'start':
      return { patch: { hold_reason: null }, data: { note: body.note } };
    case 'hold':
      return { patch: { hold_reason: body.reason }, data: { reason: body.reason, until: body.until, note: body.note } };
    case 'submit_for_validation': {
      if (!(await findContractor(trx, body.contractorId))) {
        throw badRequest(`contractorId: no contractor has the id ${body.contractorId}`);
      }
      return {
        patch: { contractor_id: body.contractorId },
        data: { contractorId: body.contractorId, note: body.note },
      };
    }
    case 'refuse_validation':
      return { patch: { contractor_id: null }, data: { reason: body.reason } };
    case 'validate':
    case 'resolve':
    case 'close':
      return { patch: {}, data: { note: body.note } };
    case 'reopen':
    case 'reject':
      return { patch: { hold_reason: null }, data: { reason: body.reason } };
    case 'redirect': {
      if (!(await findBody(trx, body.bodyId))) throw badRequest(`bodyId: no body has the id ${body.bodyId}`);
      return { patch: { body_id: body.bodyId }, data: { bodyId: body.bodyId, reason: body.reason } };
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
        patch: { duplicate_of_id: original.id },
        data: { duplicateOfId: original.id, duplicateOfReference: original.reference, note: body.note },
      };
    }
    case 'assign': {
      if (body.assigneeId === null) {
        return { patch: { assignee_id: null }, data: { assigneeId: null, note: body.note } };
      }
      const assignee = await findUserById(trx, body.assigneeId);
      if (!assignee || assignee.disabled === 1 || assignee.department_id !== row.department_id) {
        throw badRequest(`assigneeId: ${body.assigneeId} is not an active member of the department in charge`);
      }
      return {
        patch: { assignee_id: assignee.id },
        data: { assigneeId: assignee.id, assigneeName: assignee.name, note: body.note },
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
        patch: { department_id: department.id, body_id: department.body_id, assignee_id: null },
        data: { fromDepartmentId: row.department_id, toDepartmentId: department.id, reason: body.reason },
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
  now: Date,
): Promise<void> {
  const row = await lockRequest(trx, dialect, id);
  if (!row) throw notFound(`Request ${id}`);
  authorize(actor, transitionPermission(body.action), scopeOf(row));
  const check = checkTransition(body.action, { status: row.status as Status, departmentId: row.department_id });
  if (!check.ok) throw conflict(check.reason);
  const { patch, data } = await effectOf(trx, row, body);
  const at = now.toISOString();
  await updateRequest(trx, id, { ...patch, status: check.to, updated_at: at });
  await record({
    id: uuidv7(),
    request_id: id,
    type: EVENT_OF_ACTION[body.action],
    at,
    actor_id: actor.id,
    from_status: row.status,
    to_status: check.to,
    public: ACTION_IS_PUBLIC[body.action] ? 1 : 0,
    data: JSON.stringify(data),
  });
}

export async function transitionRequest(
  relais: Relais,
  actor: Actor,
  id: string,
  body: TransitionBody,
  now = new Date(),
): Promise<RequestDto> {
  await inTransaction(relais, (writer) => applyTransition(writer, relais.dialect, actor, id, body, now));
  const row = await requireRequest(relais.db, id);
  return toRequestDto(row, can(actor, 'request.read_personal_data', scopeOf(row)));
}

export async function addComment(
  relais: Relais,
  actor: Actor,
  id: string,
  comment: { body: string; public: boolean },
  now = new Date(),
): Promise<RequestEventDto> {
  const row = await requireRequest(relais.db, id);
  authorize(actor, 'request.comment', scopeOf(row));
  if (comment.public) authorize(actor, 'request.comment_public', scopeOf(row));
  const event = {
    id: uuidv7(),
    request_id: id,
    type: 'comment',
    at: now.toISOString(),
    actor_id: actor.id,
    from_status: null,
    to_status: null,
    public: comment.public ? (1 as const) : (0 as const),
    data: JSON.stringify({ body: comment.body }),
  };
  await inTransaction(relais, async ({ trx, record }) => {
    await record(event);
    await updateRequest(trx, id, { updated_at: event.at });
  });
  return toEventDto({ ...event, actor_name: actor.name });
}
