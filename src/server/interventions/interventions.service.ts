/**
 * Interventions: the work done on a request (when, by whom, what, how much, photos). Recording
 * one writes an internal request event, and may resolve the request in the same transaction.
 */
import { uuidv7 } from 'uuidv7';
import type { Intervention, RecordInterventionBody } from '../../core/api/interventions.js';
import type { RequestDto } from '../../core/api/requests.js';
import { canRecordInterventionIn } from '../../core/interventions.js';
import { can } from '../../core/permissions.js';
import type { Actor } from '../../core/roles.js';
import { authorize, scopeOf } from '../auth/authorize.js';
import type { Relais } from '../context.js';
import { badRequest, conflict, notFound } from '../errors.js';
import { inTransaction } from '../events/event-log.js';
import { toRequestDto } from '../requests/requests.mapper.js';
import { findRequest, lockRequest } from '../requests/requests.repository.js';
import { applyTransition } from '../requests/requests.transitions.js';
import { toInterventionDto } from './interventions.mapper.js';
import { insertIntervention, listInterventions } from './interventions.repository.js';

/** A phone's clock may run a little ahead of the server's. */
const CLOCK_SKEW_MS = 5 * 60_000;

export async function recordIntervention(
  relais: Relais,
  actor: Actor,
  requestId: string,
  input: RecordInterventionBody,
  now = new Date(),
): Promise<{ intervention: Intervention; request: RequestDto }> {
  if (Date.parse(input.doneAt) > now.getTime() + CLOCK_SKEW_MS) throw badRequest('doneAt: cannot be in the future');
  const row = {
    id: uuidv7(),
    request_id: requestId,
    done_at: new Date(input.doneAt).toISOString(),
    done_by_id: actor.id,
    contractor_id: actor.role === 'contractor' ? actor.contractorId : null,
    notes: input.notes,
    quantity: input.quantity ?? null,
    unit: input.unit ?? null,
    minutes_spent: input.minutesSpent ?? null,
    outcome: input.outcome,
    not_done_reason: input.outcome === 'not_done' ? (input.notDoneReason ?? null) : null,
    photo_ids: JSON.stringify(input.photoIds),
    created_at: now.toISOString(),
  };
  await inTransaction(relais, { actor, now }, async (writer) => {
    const request = await lockRequest(writer.trx, relais.dialect, requestId);
    if (!request) throw notFound(`Request ${requestId}`);
    authorize(actor, 'request.record_intervention', scopeOf(request));
    if (!canRecordInterventionIn(request.status, actor.role)) {
      throw conflict(`work cannot be recorded on a request with status "${request.status}"`);
    }
    await insertIntervention(writer.trx, row);
    // Internal: the notes are written for colleagues; the requester learns of the work by the resolution.
    await writer.record(requestId, {
      type: 'intervention_recorded',
      data: {
        interventionId: row.id,
        outcome: row.outcome,
        doneAt: row.done_at,
        notes: row.notes,
        notDoneReason: row.not_done_reason,
        photoIds: input.photoIds,
      },
    });
    if (input.resolve) await applyTransition(writer, relais.dialect, actor, requestId, { action: 'resolve' });
  });
  const request = await findRequest(relais.db, requestId);
  if (!request) throw notFound(`Request ${requestId}`);
  return {
    intervention: toInterventionDto({ ...row, done_by_name: actor.name }),
    request: toRequestDto(request, can(actor, 'request.read_personal_data', scopeOf(request))),
  };
}

export async function getInterventions(relais: Relais, actor: Actor, requestId: string): Promise<Intervention[]> {
  const request = await findRequest(relais.db, requestId);
  if (!request) throw notFound(`Request ${requestId}`);
  authorize(actor, 'request.read', scopeOf(request));
  return (await listInterventions(relais.db, requestId)).map(toInterventionDto);
}
