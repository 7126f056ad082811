/**
 * Requests: creation (idempotent on the client's id), reading and comments; the lifecycle's
 * transitions are in requests.transitions.ts. Every change goes through the event log.
 */
import type { Kysely } from 'kysely';
import { uuidv7 } from 'uuidv7';
import { type Answers, checkAnswers } from '../../core/answers.js';
import type { Question } from '../../core/api/admin.js';
import type {
  CreateRequestBody,
  ListRequestsQuery,
  RequestDetail,
  RequestDto,
  RequestEventDto,
} from '../../core/api/requests.js';
import { actionsFrom } from '../../core/lifecycle.js';
import { can, transitionPermission } from '../../core/permissions.js';
import type { Actor } from '../../core/roles.js';
import { parisDay } from '../../core/time.js';
import { authorize, scopeOf } from '../auth/authorize.js';
import { readsPersonalData } from '../auth/need-to-know.js';
import { newToken, sha256 } from '../auth/tokens.js';
import type { Relais } from '../context.js';
import type { Database, RequestRow } from '../db/schema.js';
import { findCategory, findDepartment } from '../directory/directory.repository.js';
import { territoryAt } from '../directory/territories.js';
import { badRequest, notFound, unprocessable } from '../errors.js';
import { inTransaction } from '../events/event-log.js';
import { parseQuestions } from '../glossary/glossary.mapper.js';
import { claimPhotos } from '../photos/photo-events.js';
import { cursorAfter, decodeCursor, keysetPage } from './cursor.js';
import { readableFilters } from './list-filters.js';
import { toEventDto, toRequestDto } from './requests.mapper.js';
import {
  findRequest,
  insertRequest,
  listEvents,
  listRequests as listRequestRows,
  nextInSequence,
} from './requests.repository.js';

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
    await inTransaction(relais, { actor, now }, async (writer) => {
      const { trx } = writer;
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
      await writer.record(
        id,
        {
          type: 'created',
          public: true,
          data: { origin: input.origin, categoryId: input.categoryId ?? null, territoryId },
        },
        { from: null, to: 'new' },
      );
      // Photos uploaded with the intake form before the request existed (src/server/photos).
      if (input.photoIds?.length) await claimPhotos(writer, actor, id, input.photoIds);
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
    allowedActions: actionsFrom({ status: row.status, departmentId: row.department_id }).filter((a) =>
      can(actor, transitionPermission(a), scope),
    ),
    canComment: can(actor, 'request.comment', scope),
    canCommentPublic: can(actor, 'request.comment_public', scope),
  };
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
  const event = await inTransaction(relais, { actor, now }, ({ record }) =>
    record(id, { type: 'comment', public: comment.public, data: { body: comment.body } }),
  );
  return toEventDto({ ...event, actor_name: actor.name });
}
